import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FfmpegBinary {
  readonly path: string;
  /** The npm package's 2018 build crashes when its HLS muxer writes a master playlist; then we write it ourselves. */
  readonly writesMasterPlaylist: boolean;
}

/** Debian's ffmpeg when installed, else the static build shipped inside the npm package @ffmpeg-installer/ffmpeg. */
export function ffmpegBinary(): FfmpegBinary {
  if (existsSync('/usr/bin/ffmpeg')) return { path: '/usr/bin/ffmpeg', writesMasterPlaylist: true };
  const require = createRequire(import.meta.url);
  return { path: (require('@ffmpeg-installer/ffmpeg') as { path: string }).path, writesMasterPlaylist: false };
}

/** The ffmpeg executable every local-cloud tool should use. */
export function ffmpegPath(): string {
  return ffmpegBinary().path;
}
