import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, notFound, resolveWith, unauthorized } from '../shared/errors';
import { callerOf } from '../shared/identity';
import { correlate } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { findCertificateByCode } from './certificate-store';
import { issueCertificate, type IssuedCertificate } from './issue-certificate';
import { issueCertificateArgs, verifyCertificateArgs } from './schema';

type IssueCertificate = Schema['issueCertificate']['functionHandler'];
type VerifyCertificate = Schema['verifyCertificate']['functionHandler'];
type VerifiedCertificate = Schema['VerifiedCertificate']['type'];
type CertificatesEvent = Parameters<IssueCertificate>[0] | Parameters<VerifyCertificate>[0];

/** issueCertificate: the caller (from the token) and the course (an argument); completion comes from our records. */
const issue = (async (event): Promise<IssuedCertificate> => {
  const { courseId } = parseArgs(issueCertificateArgs, event.arguments);
  const caller = callerOf(event.identity);
  if (!caller) throw unauthorized('sign in to get your certificate');
  return issueCertificate(caller, courseId);
}) satisfies IssueCertificate;

/** verifyCertificate: anyone, guests included, learns only who completed which course and when. */
const verify = (async (event): Promise<VerifiedCertificate> => {
  const { code } = parseArgs(verifyCertificateArgs, event.arguments);
  const certificate = await findCertificateByCode(code);
  if (!certificate) throw notFound(`no certificate has the code ${code}`);
  return { code: certificate.code, name: certificate.name, courseTitle: certificate.courseTitle, issuedAt: certificate.issuedAt };
}) satisfies VerifyCertificate;

export const handler = async (event: CertificatesEvent, context?: Context): Promise<IssuedCertificate | VerifiedCertificate> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'issueCertificate':
        return issue(event as Parameters<IssueCertificate>[0]);
      case 'verifyCertificate':
        return verify(event as Parameters<VerifyCertificate>[0]);
      default:
        throw badRequest(`certificates does not serve ${fieldNameOf(event)}`);
    }
  });
};
