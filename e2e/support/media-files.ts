import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ffmpegPath } from '../../local-cloud/mediaconvert/ffmpeg-path';

const run = promisify(execFile);

/** Files an admin would pick: generated on the spot, so nothing binary is kept in the repository. */
export interface MediaFiles {
  /** A 4 s 320x180 H.264/AAC clip: below the lowest rung, so it transcodes fast. */
  readonly video: string;
  /** A 640x360 PNG for the course art. */
  readonly art: string;
  /** 40 MiB of random bytes named .mp4: three upload parts, and not a video anyone can read. */
  readonly largeNonVideo: string;
  /** A one-page PDF, as sheet music would be. */
  readonly sheetMusic: string;
}

export async function makeMediaFiles(): Promise<MediaFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-media-'));
  const files: MediaFiles = {
    video: join(dir, 'first-lesson.mp4'),
    art: join(dir, 'course-art.png'),
    largeNonVideo: join(dir, 'long-take.mp4'),
    sheetMusic: join(dir, 'riff-tab.pdf'),
  };
  const ffmpeg = (...args: string[]) => run(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
  await ffmpeg(
    '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-t', '4', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', files.video,
  );
  await ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=640x360', '-frames:v', '1', files.art);
  await writeFile(files.largeNonVideo, randomBytes(40 * 1024 * 1024));
  await writeFile(files.sheetMusic, onePagePdf);
  return files;
}

const onePagePdf = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');
