import type { Schema } from '../../data/resource';
import { conflict, notFound, unauthorized } from '../shared/errors';
import { courseAccess } from '../shared/entitlement';
import { requireEnv } from '../shared/env';
import type { Caller } from '../shared/identity';
import { logger } from '../shared/logger';
import { loadViewer } from '../shared/viewer-store';
import { newCertificateCode } from './certificate-code';
import { certificatePdf } from './certificate-pdf';
import { getCertificate, putFirstCertificate, type CertificateRecord } from './certificate-store';
import { getCourse, lessonsRemaining } from './course-completion';
import { holderName } from './holder-name';

export type IssuedCertificate = Schema['IssuedCertificate']['type'];

/**
 * The caller's certificate for a course they may use and whose every published lesson they have
 * completed, by our records. The first request stores it; every later one returns the same
 * certificate (same code and date) with its PDF made again.
 */
export async function issueCertificate(caller: Caller, courseId: string): Promise<IssuedCertificate> {
  const [course, viewer] = await Promise.all([getCourse(courseId), loadViewer(caller, courseId)]);
  if (!course || course.status !== 'PUBLISHED') throw notFound('there is no published course with this id');
  if (courseAccess(viewer, courseId) === 'NONE') throw unauthorized('you do not have access to this course');

  const certificate = (await getCertificate(caller.sub, courseId)) ?? (await firstCertificate(caller.sub, course));
  const verificationUrl = verificationUrlOf(certificate.code);
  const pdf = await certificatePdf(certificate, verificationUrl);
  return {
    code: certificate.code,
    courseId,
    name: certificate.name,
    courseTitle: certificate.courseTitle,
    issuedAt: certificate.issuedAt,
    verificationUrl,
    fileName: `certificate-${courseId}.pdf`,
    pdfBase64: Buffer.from(pdf).toString('base64'),
  };
}

async function firstCertificate(userId: string, course: { id: string; title: string }): Promise<CertificateRecord> {
  const { total, remaining } = await lessonsRemaining(userId, course.id);
  if (total === 0) throw conflict('this course has no lessons to complete yet');
  if (remaining > 0) {
    throw conflict(`complete every lesson first: ${remaining} of ${total} ${total === 1 ? 'lesson' : 'lessons'} still to complete`);
  }
  const name = await holderName(userId);
  if (!name) throw notFound('your profile was not found; sign out and in again');
  const stored = await putFirstCertificate({
    userId,
    courseId: course.id,
    code: newCertificateCode(),
    name,
    courseTitle: course.title,
    issuedAt: new Date().toISOString(),
  });
  logger.info('Certificate issued', { courseId: course.id, code: stored.code });
  return stored;
}

/** The public page that checks a code, on the app's own origin (APP_ORIGIN, as Stripe's return URLs). */
export function verificationUrlOf(code: string): string {
  return `${requireEnv('APP_ORIGIN')}/certificates/verify/${code}`;
}
