import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ProbeResult {
  durationMs?: number;
  hasAudio: boolean;
  hasVideo: boolean;
  width?: number;
  height?: number;
}

/** A failed ffmpeg run with the lines it printed on stderr (the useful part of its error). */
export class FfmpegError extends Error {}

/**
 * Reads container facts from `ffmpeg -i` (which exits non-zero for want of an output, by design), so
 * no ffprobe is needed: the npm fallback ships ffmpeg only.
 */
export async function probeMedia(ffmpeg: string, path: string): Promise<ProbeResult> {
  const { stderr } = await run(ffmpeg, ['-hide_banner', '-nostdin', '-i', path]);
  const streams = stderr.split('\n').filter((line) => /^\s*Stream #/.test(line));
  const video = streams.find((line) => / Video: /.test(line));
  if (!video) {
    const reason = stderr.split('\n').map((line) => line.trim()).filter(Boolean).find((line) => !/^At least one output/.test(line) && line.includes(path)) ?? 'no video stream found';
    throw new FfmpegError(reason.replace(`${path}: `, ''));
  }
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const size = /, (\d{2,5})x(\d{2,5})[,\s]/.exec(video);
  return {
    durationMs: duration ? Math.round((Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])) * 1000) : undefined,
    hasAudio: streams.some((line) => / Audio: /.test(line)),
    hasVideo: true,
    width: size ? Number(size[1]) : undefined,
    height: size ? Number(size[2]) : undefined,
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
