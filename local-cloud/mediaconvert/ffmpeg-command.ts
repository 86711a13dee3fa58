import { join } from 'node:path';
import type { FrameCapturePlan, LadderPlan, RungPlan } from './job-settings';

/** Names ffmpeg writes; they become MediaConvert's names afterwards (older ffmpeg builds lack var_stream_map `name:`). */
export const ffmpegMasterName = 'ffmpeg-master.m3u8';
export const variantPlaylistName = (index: number) => `variant_${index}.m3u8`;
export const variantSegmentPrefix = (index: number) => `variant_${index}_`;

export interface SourceInfo {
  durationMs?: number;
  hasAudio: boolean;
}

/** QVBR quality 1..10 mapped onto x264 CRF (7 → 23, x264's default quality). */
const crfFor = (quality: number) => Math.min(51, Math.max(0, 37 - 2 * quality));

/**
 * One ffmpeg run for the whole ladder: the source is decoded once and encoded per rung (H.264 + AAC),
 * keyframes forced on the segment grid so every segment starts clean, muxed by the HLS muxer with
 * -var_stream_map into one variant playlist per rung plus a master playlist. Loudness is corrected
 * once per distinct target and split to the rungs that share it, not once per rung.
 */
export function ladderArgs(plan: LadderPlan, inputPath: string, outDir: string, source: SourceInfo, writeMaster = true): string[] {
  const needsSilence = plan.rungs.some((rung) => rung.audio) && !source.hasAudio;
  const args = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1', '-i', inputPath];
  if (needsSilence) args.push('-f', 'lavfi', '-i', 'anullsrc=channel_layout=stereo:sample_rate=48000');
  // Generated silence has no loudness to correct.
  const normalised = needsSilence ? new Map<number, string>() : normalisedAudio(plan.rungs);
  if (normalised.size > 0) args.push('-filter_complex', loudnessGraph(normalised));
  let audioIndex = 0;
  const streamMap: string[] = [];
  const perStream: string[] = [];
  plan.rungs.forEach((rung, videoIndex) => {
    args.push('-map', '0:v:0');
    perStream.push(...videoOptions(rung, videoIndex));
    if (rung.audio) {
      args.push('-map', normalised.has(videoIndex) ? `[${normalisedLabel(videoIndex)}]` : needsSilence ? '1:a:0' : '0:a:0');
      perStream.push(`-b:a:${audioIndex}`, String(rung.audio.bitrate), `-ar:a:${audioIndex}`, String(rung.audio.sampleRate), `-ac:a:${audioIndex}`, String(rung.audio.channels));
      streamMap.push(`v:${videoIndex},a:${audioIndex}`);
      audioIndex += 1;
    } else {
      streamMap.push(`v:${videoIndex}`);
    }
  });
  args.push('-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-sc_threshold', '0');
  if (audioIndex > 0) args.push('-c:a', 'aac');
  args.push(...perStream);
  if (needsSilence) args.push('-shortest');
  args.push(
    '-f', 'hls',
    '-hls_time', String(plan.segmentSeconds),
    '-hls_playlist_type', 'vod',
    '-hls_list_size', '0',
    // temp_file: a segment (and a playlist) appears under its own name only once complete, so the
    // job can upload segments while ffmpeg still writes the next ones.
    '-hls_flags', 'independent_segments+temp_file',
    '-hls_segment_type', 'mpegts',
    '-start_number', '1',
    ...(writeMaster ? ['-master_pl_name', ffmpegMasterName] : []),
    '-var_stream_map', streamMap.join(' '),
    '-hls_segment_filename', join(outDir, 'variant_%v_%05d.ts'),
    join(outDir, 'variant_%v.m3u8'),
  );
  return args;
}

const normalisedLabel = (rungIndex: number) => `loud${rungIndex}`;

/** Rung index → its loudnorm filter, for the rungs whose audio is corrected. */
function normalisedAudio(rungs: readonly RungPlan[]): Map<number, string> {
  const filters = new Map<number, string>();
  rungs.forEach((rung, index) => {
    if (rung.audio?.loudness) filters.set(index, loudnormFilter(rung.audio.loudness));
  });
  return filters;
}

/** One loudnorm per distinct target on the decoded source audio, asplit to each rung's labelled output. */
export function loudnessGraph(filters: ReadonlyMap<number, string>): string {
  const rungsByFilter = new Map<string, number[]>();
  for (const [rung, filter] of filters) rungsByFilter.set(filter, [...(rungsByFilter.get(filter) ?? []), rung]);
  return [...rungsByFilter]
    .map(([filter, rungs]) => `[0:a:0]${filter},asplit=${rungs.length}${rungs.map((rung) => `[${normalisedLabel(rung)}]`).join('')}`)
    .join(';');
}

/** AudioNormalizationSettings → ffmpeg's EBU R128 loudnorm (single pass): integrated target and true-peak ceiling. */
export function loudnormFilter({ targetLkfs, truePeakDb }: { targetLkfs: number; truePeakDb: number }): string {
  return `loudnorm=I=${targetLkfs}:TP=${Math.min(0, Math.max(-9, truePeakDb))}:LRA=11`;
}

/** The files a frame capture writes: `<baseName><nameModifier>.0000000.jpg`, `….0000001.jpg`, … as MediaConvert names them. */
export const frameCaptureName = (capture: FrameCapturePlan, sequence: number) =>
  `${capture.destination.baseName}${capture.nameModifier}.${String(sequence).padStart(7, '0')}.${capture.extension}`;

/** Where the job's run writes frame capture `index` (each capture output gets its own folder). */
export const frameCaptureDir = (workDir: string, index: number) => join(workDir, `frames-${index}`);

/**
 * The whole job as one ffmpeg run, so the source is decoded once: the HLS ladder into `outDir`, then
 * every FRAME_CAPTURE output as another output of the same decode, into frameCaptureDir(workDir, i).
 */
export function jobArgs(plan: LadderPlan, inputPath: string, workDir: string, outDir: string, source: SourceInfo, writeMaster = true): string[] {
  return [
    ...ladderArgs(plan, inputPath, outDir, source, writeMaster),
    ...plan.frameCaptures.flatMap((capture, index) => frameCaptureOutputArgs(capture, frameCaptureDir(workDir, index))),
  ];
}

/**
 * A FRAME_CAPTURE output: the first frame, then one frame every interval (the fps filter picks the
 * frame nearest each point of that grid), at most maxCaptures JPEGs, scaled like the output's video
 * description. Output options only: it follows the ladder's output in the same run.
 */
export function frameCaptureOutputArgs(capture: FrameCapturePlan, outDir: string): string[] {
  const scale = scaleFilter({ width: capture.width, height: capture.height, fit: false });
  // MediaConvert's quality 1..100 (higher is better) onto the JPEG encoder's qscale 31..2.
  const qscale = Math.round(31 - (Math.min(100, Math.max(1, capture.quality)) / 100) * 29);
  const pattern = `${capture.destination.baseName}${capture.nameModifier}.%07d.${capture.extension}`;
  return [
    '-map', '0:v:0', '-vf', `fps=1/${capture.intervalSeconds},${scale}`, '-frames:v', String(capture.maxCaptures),
    '-q:v', String(qscale), '-start_number', '0', join(outDir, pattern),
  ];
}

function videoOptions(rung: RungPlan, index: number): string[] {
  const options = [`-filter:v:${index}`, scaleFilter(rung), `-force_key_frames:v:${index}`, `expr:gte(t,n_forced*${rung.keyframeSeconds})`];
  const peak = rung.maxBitrate ?? rung.bitrate;
  switch (rung.rateControl) {
    case 'CBR':
      if (rung.bitrate) options.push(`-b:v:${index}`, String(rung.bitrate), `-minrate:v:${index}`, String(rung.bitrate), `-maxrate:v:${index}`, String(rung.bitrate));
      break;
    case 'VBR':
      if (rung.bitrate) options.push(`-b:v:${index}`, String(rung.bitrate));
      if (peak) options.push(`-maxrate:v:${index}`, String(peak));
      break;
    case 'QVBR':
      options.push(`-crf:v:${index}`, String(crfFor(rung.qvbrQualityLevel)));
      if (peak) options.push(`-maxrate:v:${index}`, String(peak));
      break;
  }
  if (peak) options.push(`-bufsize:v:${index}`, String(peak * 2));
  if (rung.profile) options.push(`-profile:v:${index}`, rung.profile);
  if (rung.framerate) options.push(`-r:v:${index}`, `${rung.framerate.numerator}/${rung.framerate.denominator}`);
  return options;
}

function scaleFilter({ width, height, fit }: Pick<RungPlan, 'width' | 'height' | 'fit'>): string {
  if (width && height && fit) {
    return `scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2,setsar=1`;
  }
  if (width && height) return `scale=${width}:${height},setsar=1`;
  if (height) return `scale=-2:${height},setsar=1`;
  if (width) return `scale=${width}:-2,setsar=1`;
  return 'null';
}
