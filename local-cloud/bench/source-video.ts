import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';

const run = promisify(execFile);

/** A C–Am–F–G progression, one chord every 2 s, as three sine voices with a plucked decay: music, not a test tone. */
const chords = [
  [261.63, 329.63, 392.0],
  [220.0, 261.63, 329.63],
  [174.61, 220.0, 261.63],
  [196.0, 246.94, 293.66],
];
const voice = (index: number) => {
  const pick = (chord: number) => `eq(mod(floor(t/2),4),${chord})*${chords[chord]![index]}`;
  const frequency = `(${chords.map((_, chord) => pick(chord)).join('+')})`;
  return `0.2*sin(2*PI*${frequency}*t)*exp(-1.5*mod(t,2))`;
};
const musicExpression = [0, 1, 2].map(voice).join('+');

/** A `seconds`-long H.264/AAC source of the given height (16:9, 30 fps) with moving pictures and chords, as a teacher's upload. */
export async function makeSourceVideo(file: string, height: number, seconds: number): Promise<void> {
  const width = Math.round((height * 16) / 9);
  await run(ffmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=30`,
    '-f', 'lavfi', '-i', `aevalsrc='${musicExpression}|${musicExpression}':s=48000:c=stereo`,
    '-t', String(seconds),
    '-c:v', 'libx264', '-preset', 'fast', '-crf', '20', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '192k', '-movflags', '+faststart', file,
  ]);
}
