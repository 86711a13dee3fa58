import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CertificateRecord } from './certificate-store';

const PAGE = { width: 842, height: 595 }; // A4 landscape, in points
const INK = rgb(0.13, 0.13, 0.2);
const MUTED = rgb(0.4, 0.4, 0.45);
const ACCENT = rgb(0.2, 0.35, 0.7);

/** The certificate as a one-page PDF: who, which course, when, and how anyone can check it. */
export async function certificatePdf(certificate: CertificateRecord, verificationUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(`Certificate of completion: ${certificate.courseTitle}`);
  pdf.setSubject(`${certificate.name} completed ${certificate.courseTitle}. Verification code ${certificate.code}`);
  pdf.setAuthor('Play-Along');
  pdf.setCreationDate(new Date(certificate.issuedAt));

  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 24, y: 24, width: PAGE.width - 48, height: PAGE.height - 48, borderColor: ACCENT, borderWidth: 3 });
  centered(page, 'Play-Along', bold, 20, 500, ACCENT);
  centered(page, 'Certificate of completion', bold, 34, 440, INK);
  centered(page, 'This certifies that', regular, 16, 385, MUTED);
  centered(page, certificate.name, bold, 30, 340, INK);
  centered(page, 'has completed every lesson of the course', regular, 16, 295, MUTED);
  centered(page, certificate.courseTitle, bold, 24, 255, INK);
  centered(page, `on ${issueDate(certificate.issuedAt)}`, regular, 16, 215, MUTED);
  centered(page, `Verification code: ${certificate.code}`, bold, 14, 120, INK);
  centered(page, `Check it at ${verificationUrl}`, regular, 11, 98, MUTED);
  return pdf.save();
}

/** The date the way it is printed on the certificate, e.g. "3 December 2026" (UTC, the day it was stored). */
export function issueDate(issuedAt: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(issuedAt));
}

function centered(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color: ReturnType<typeof rgb>): void {
  const printable = printableIn(font, text);
  const fitted = Math.min(size, (size * (PAGE.width - 96)) / Math.max(1, font.widthOfTextAtSize(printable, size)));
  page.drawText(printable, { x: (PAGE.width - font.widthOfTextAtSize(printable, fitted)) / 2, y, size: fitted, font, color });
}

/** The standard fonts encode WinAnsi only; a character outside it (a name in another script) prints as "?" rather than failing. */
function printableIn(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((character) => (supported.has(character.codePointAt(0) ?? 0) ? character : '?')).join('');
}
