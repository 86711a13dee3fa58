import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ProbedStream {
  index: number;
  type: 'video' | 'audio' | 'data';
  /** ffmpeg's codec name, e.g. h264, aac. */
  codec: string;
  width?: number;
  height?: number;
  framesPerSecond?: number;
  sampleRate?: number;
  channels?: number;
}

export interface ProbeResult {
  /** ffmpeg's demuxer names, e.g. ['mov', 'mp4', 'm4a', …]. */
  formatNames: string[];
  /** The ISO BMFF major brand when there is one (qt for QuickTime). */
  majorBrand?: string;
  durationMs?: number;
  bitRate?: number;
  streams: ProbedStream[];
  hasAudio: boolean;
  hasVideo: boolean;
  /** Of the first video stream. */
  width?: number;
  height?: number;
}

/** A failed ffmpeg run with the lines it printed on stderr (the useful part of its error). */
export class FfmpegError extends Error {}

/**
 * Reads container facts from `ffmpeg -i` (which exits non-zero for want of an output, by design), so
 * no ffprobe is needed: the npm fallback ships ffmpeg only. `input` is a path or an http(s) URL
 * (ffmpeg then reads only the byte ranges it needs). Throws FfmpegError when ffmpeg finds no media.
 */
export async function probeMedia(ffmpeg: string, input: string): Promise<ProbeResult> {
  const { stderr } = await run(ffmpeg, ['-hide_banner', '-nostdin', '-i', input]);
  const lines = stderr.split('\n');
  const streams = lines.flatMap((line) => {
    const stream = parseStream(line);
    return stream ? [stream] : [];
  });
  if (streams.length === 0) {
    const reason = lines.map((line) => line.trim()).filter(Boolean).find((line) => !/^At least one output/.test(line) && line.includes(input)) ?? 'no media streams found';
    throw new FfmpegError(reason.replace(`${input}: `, ''));
  }
  const formats = /^Input #0, ([^ ]+), from /m.exec(stderr);
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const bitRate = /Duration: .*bitrate: (\d+) kb\/s/.exec(stderr);
  const video = streams.find((stream) => stream.type === 'video');
  return {
    formatNames: formats ? formats[1]!.replace(/,$/, '').split(',') : [],
    majorBrand: /^\s*major_brand\s*: (\S+)/m.exec(stderr)?.[1],
    durationMs: duration ? Math.round((Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])) * 1000) : undefined,
    bitRate: bitRate ? Number(bitRate[1]) * 1000 : undefined,
    streams,
    hasAudio: streams.some((stream) => stream.type === 'audio'),
    hasVideo: video !== undefined,
    width: video?.width,
    height: video?.height,
  };
}

const channelsByLayout: Record<string, number> = { mono: 1, stereo: 2, '2.1': 3, quad: 4, '5.0': 5, '5.1': 6, '7.1': 8 };

/** `  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 128 kb/s` */
function parseStream(line: string): ProbedStream | undefined {
  const match = /^\s*Stream #0:(\d+)\S*: (Video|Audio|Data|Subtitle): (\w+)(.*)$/.exec(line);
  if (!match) return undefined;
  const [, index, kind, codec, rest] = match as unknown as [string, string, string, string, string];
  const size = /, (\d{2,5})x(\d{2,5})[,\s]/.exec(rest);
  const fps = /, ([\d.]+) fps/.exec(rest);
  const sampleRate = /, (\d+) Hz/.exec(rest);
  const layout = /Hz, ([^,(]+)/.exec(rest)?.[1]?.trim();
  const channels = layout ? channelsByLayout[layout] : undefined;
  return {
    index: Number(index),
    type: kind === 'Video' ? 'video' : kind === 'Audio' ? 'audio' : 'data',
    codec,
    width: size ? Number(size[1]) : undefined,
    height: size ? Number(size[2]) : undefined,
    framesPerSecond: fps ? Number(fps[1]) : undefined,
    sampleRate: sampleRate ? Number(sampleRate[1]) : undefined,
    channels,
  };
}

/** Runs ffmpeg with `-progress pipe:1`, reporting encoded media time in ms as it advances. */
export async function runWithProgress(ffmpeg: string, args: string[], onProgress: (outTimeMs: number) => void, signal?: AbortSignal): Promise<void> {
  const { code, signal: killedBy, stderr } = await run(ffmpeg, args, signal, (line) => {
    // out_time_us (and the misnamed out_time_ms) are microseconds.
    const match = /^out_time_(?:us|ms)=(\d+)$/.exec(line);
    if (match) onProgress(Math.floor(Number(match[1]) / 1000));
  });
  if (code !== 0) {
    const lastLines = stderr.trim().split('\n').slice(-5).join(' | ');
    throw new FfmpegError(`ffmpeg ${killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`}: ${lastLines || 'no error output'}`);
  }
}

function run(command: string, args: string[], signal?: AbortSignal, onStdoutLine?: (line: string) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Keep the tail only: a long transcode can print a lot.
      stderr = (stderr + chunk).slice(-20_000);
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => onStdoutLine?.(line.trim()));
    child.on('error', reject);
    child.on('close', (code, killedBy) => resolve({ code, signal: killedBy, stderr }));
  });
}
