import { join } from 'node:path';
import { AUDIO_SAMPLE_RATE, GOP_SECONDS, SEGMENT_SECONDS, rungsForSourceHeight } from '../../amplify/functions/transcode/hls-ladder';

/** The QVBR quality the pipeline asks for (7), as the local stand-in maps it onto x264's CRF. */
const crf = 23;

/**
 * The one hand-written ffmpeg command that makes the same HLS ladder as the pipeline from the same
 * source: one decode split into every rung the source allows, same encoder settings, same segments.
 * What it leaves out is what the product adds: upload, events, loudness normalisation, poster, records.
 */
export function bareLadderArgs(sourcePath: string, sourceHeight: number, outDir: string): string[] {
  const rungs = rungsForSourceHeight(sourceHeight);
  const split = `[0:v]split=${rungs.length}${rungs.map((_, index) => `[in${index}]`).join('')}`;
  const scales = rungs.map((rung, index) => `[in${index}]scale=${rung.width}:${rung.height},setsar=1[v${index}]`);
  const args = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', sourcePath, '-filter_complex', [split, ...scales].join(';')];
  rungs.forEach((rung, index) => {
    args.push('-map', `[v${index}]`, '-map', '0:a:0');
    args.push(`-maxrate:v:${index}`, String(rung.videoBitsPerSecond), `-bufsize:v:${index}`, String(rung.videoBitsPerSecond * 2), `-b:a:${index}`, String(rung.audioBitsPerSecond));
  });
  args.push(
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(crf), '-profile:v', 'main', '-pix_fmt', 'yuv420p',
    '-sc_threshold', '0', '-force_key_frames', `expr:gte(t,n_forced*${GOP_SECONDS})`,
    '-c:a', 'aac', '-ar', String(AUDIO_SAMPLE_RATE), '-ac', '2',
    '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS), '-hls_playlist_type', 'vod', '-hls_segment_type', 'mpegts',
    '-hls_flags', 'independent_segments', '-master_pl_name', 'master.m3u8',
    '-var_stream_map', rungs.map((_, index) => `v:${index},a:${index}`).join(' '),
    '-hls_segment_filename', join(outDir, 'v%v_%05d.ts'), join(outDir, 'v%v.m3u8'),
  );
  return args;
}
