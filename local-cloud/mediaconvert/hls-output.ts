import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ffmpegMasterName, variantPlaylistName, variantSegmentPrefix } from './ffmpeg-command';
import type { LadderPlan, RungPlan } from './job-settings';

export interface OutputFile {
  /** Where ffmpeg wrote it. */
  readonly localPath: string;
  /** Key under the job's destination, named the way MediaConvert names it. */
  readonly key: string;
  readonly contentType: string;
  /** Rewritten playlist text; undefined means upload the local file as is. */
  readonly body?: string;
}

export interface VariantResult {
  readonly playlistKey: string;
  readonly durationMs: number;
  readonly width?: number;
  readonly height?: number;
}

export interface HlsOutput {
  /** Every segment of every variant. */
  readonly segments: OutputFile[];
  /** Variant playlists, then the master last: uploaded after every segment, so readers never see a dangling reference. */
  readonly playlists: OutputFile[];
  readonly masterKey: string;
  readonly variants: VariantResult[];
}

const contentTypes: Record<string, string> = { m3u8: 'application/vnd.apple.mpegurl', ts: 'video/mp2t', mp4: 'video/mp4', m4s: 'video/mp4' };
const contentTypeOf = (name: string) => contentTypes[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
const ffmpegSegment = /^variant_(\d+)_(\d+\.ts)$/;

/**
 * The upload of one file ffmpeg wrote into `outDir`, when it is a finished segment of one of the plan's
 * rungs (`variant_<i>_00001.ts` → `<base><modifier>_00001.ts`); undefined for anything else, such as a
 * segment still being written under its temporary name.
 */
export function hlsSegmentFile(plan: LadderPlan, outDir: string, name: string): OutputFile | undefined {
  const match = ffmpegSegment.exec(name);
  const rung = match ? plan.rungs[Number(match[1])] : undefined;
  if (!match || !rung) return undefined;
  const ourName = `${plan.destination.baseName}${rung.nameModifier}_${match[2]}`;
  return { localPath: join(outDir, name), key: plan.destination.prefix + ourName, contentType: contentTypeOf(ourName) };
}

/**
 * The frame size a rung's scale filter makes of the source (ffmpeg's own arithmetic for a missing
 * side: keep the aspect ratio, round to an even number), so the job reports what it asked for without
 * probing its outputs.
 */
export function outputSize(rung: Pick<RungPlan, 'width' | 'height'>, source: { width?: number; height?: number }): { width?: number; height?: number } {
  const { width, height } = rung;
  if (width && height) return { width, height };
  if (!source.width || !source.height) return { width, height };
  if (height) return { width: Math.round((height * source.width) / (source.height * 2)) * 2, height };
  if (width) return { width, height: Math.round((width * source.height) / (source.width * 2)) * 2 };
  return { width: source.width, height: source.height };
}

/**
 * Renames ffmpeg's `variant_<i>…` files to MediaConvert's layout — `<base>.m3u8`, `<base><modifier>.m3u8`,
 * `<base><modifier>_00001.ts` — rewriting the playlists to match, and measures each variant from its
 * playlist (durations) and segment sizes (bandwidth).
 */
export async function collectHlsOutput(plan: LadderPlan, outDir: string, source: { width?: number; height?: number }): Promise<HlsOutput> {
  const names = await readdir(outDir);
  const { prefix, baseName } = plan.destination;
  const playlists: OutputFile[] = [];
  const variants: (VariantResult & { peakBps: number; averageBps: number; uri: string })[] = [];
  const renames = new Map<string, string>();

  for (const [index, rung] of plan.rungs.entries()) {
    const ffmpegPrefix = variantSegmentPrefix(index);
    const ourPrefix = `${baseName}${rung.nameModifier}_`;
    const playlistName = `${baseName}${rung.nameModifier}.m3u8`;
    renames.set(variantPlaylistName(index), playlistName);
    const playlist = await readFile(join(outDir, variantPlaylistName(index)), 'utf8');
    const rewritten = playlist
      .split('\n')
      .map((line) => (line.startsWith(ffmpegPrefix) ? ourPrefix + line.slice(ffmpegPrefix.length) : line))
      .join('\n');
    playlists.push({ localPath: join(outDir, variantPlaylistName(index)), key: prefix + playlistName, contentType: contentTypeOf(playlistName), body: rewritten });

    let totalSeconds = 0;
    let totalBytes = 0;
    let peakBps = 0;
    const lines = playlist.split('\n');
    for (const [lineIndex, line] of lines.entries()) {
      const extinf = /^#EXTINF:([\d.]+)/.exec(line);
      const uri = lines[lineIndex + 1]?.trim();
      if (!extinf || !uri) continue;
      const seconds = Number(extinf[1]);
      const { size } = await stat(join(outDir, uri));
      totalSeconds += seconds;
      totalBytes += size;
      if (seconds > 0) peakBps = Math.max(peakBps, (size * 8) / seconds);
    }
    variants.push({
      playlistKey: prefix + playlistName,
      durationMs: Math.round(totalSeconds * 1000),
      ...outputSize(rung, source),
      peakBps: Math.round(peakBps),
      averageBps: totalSeconds > 0 ? Math.round((totalBytes * 8) / totalSeconds) : 0,
      uri: playlistName,
    });
  }
  const masterName = `${baseName}.m3u8`;
  const ffmpegMaster = names.includes(ffmpegMasterName) ? await readFile(join(outDir, ffmpegMasterName), 'utf8') : '';
  // Without ffmpeg's master (the npm fallback build cannot write one) it is written from the measurements.
  const master = ffmpegMaster.includes('#EXT-X-STREAM-INF')
    ? ffmpegMaster
        .split('\n')
        .map((line) => renames.get(line.trim()) ?? line)
        .join('\n')
    : [
        '#EXTM3U',
        '#EXT-X-VERSION:3',
        '#EXT-X-INDEPENDENT-SEGMENTS',
        ...variants.flatMap((variant) => [
          `#EXT-X-STREAM-INF:BANDWIDTH=${variant.peakBps},AVERAGE-BANDWIDTH=${variant.averageBps}${variant.width ? `,RESOLUTION=${variant.width}x${variant.height}` : ''}`,
          variant.uri,
        ]),
        '',
      ].join('\n');

  return {
    segments: names.flatMap((name) => hlsSegmentFile(plan, outDir, name) ?? []).sort((a, b) => a.key.localeCompare(b.key)),
    playlists: [...playlists, { localPath: join(outDir, ffmpegMasterName), key: prefix + masterName, contentType: contentTypeOf(masterName), body: master }],
    masterKey: prefix + masterName,
    variants: variants.map(({ playlistKey, durationMs, width, height }) => ({ playlistKey, durationMs, width, height })),
  };
}
