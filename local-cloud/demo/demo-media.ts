import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Three arpeggios (C major, A minor, F major) so each demo clip has a recognisable musical tone. */
const arpeggios = [
  [261.63, 329.63, 392.0, 523.25],
  [220.0, 261.63, 329.63, 440.0],
  [174.61, 220.0, 261.63, 349.23],
];
const pictures = [
  'testsrc2=size=1280x720:rate=30',
  'testsrc2=size=1280x720:rate=30,hue=h=140',
  'smptehdbars=size=1280x720:rate=30',
];

export const clipCount = pictures.length;
export const clipSeconds = 12;

function arpeggioExpression(notes: number[]): string {
  const frequency = notes.map((hz, i) => `${hz}*eq(mod(floor(t*2),${notes.length}),${i})`).join('+');
  return `0.25*sin(2*PI*t*(${frequency}))*(1-0.6*mod(t*2,1))`;
}

/** A 12 s 720p H.264/AAC source video: a test picture with an arpeggio, as an admin would upload. */
export async function generateClip(ffmpeg: string, index: number, file: string): Promise<void> {
  await run(ffmpeg, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `${pictures[index]},format=yuv420p`,
    '-f', 'lavfi', '-i', `aevalsrc='${arpeggioExpression(arpeggios[index]!)}':s=48000:c=stereo`,
    '-t', String(clipSeconds),
    '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '128k',
    '-movflags', '+faststart',
    file,
  ]);
}

/** Course art: a two-colour gradient, 640x360 PNG. */
export async function generateArt(ffmpeg: string, [from, to]: [string, string], file: string): Promise<void> {
  await run(ffmpeg, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `gradients=s=640x360:c0=${from}:c1=${to}:x0=0:y0=0:x1=640:y1=360:n=2:speed=0.00001`,
    '-frames:v', '1',
    file,
  ]);
}

/** A one-page PDF chord chart, written by hand: a valid PDF needs no library for one page of text. */
export async function generateSheetMusic(title: string, file: string): Promise<void> {
  const lines = [title, '', 'G    C    D    Em', '|----|----|----|----|', 'Strum: D  D U  U D U'];
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 18 : 14} Tf 72 ${720 - i * 28} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  await writeFile(file, pdf);
}
