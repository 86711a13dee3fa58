import type { Schema } from '../../../../amplify/data/resource';
import { BackendError, backendCall } from '../../core/data/backend-call';
import type { DataClientService } from '../../core/data/data-client';

export type IssuedCertificate = Schema['IssuedCertificate']['type'];
export type VerifiedCertificate = Schema['VerifiedCertificate']['type'];

/** The signed-in user's certificate for a course they completed (the backend decides), with its PDF. */
export async function issueCertificate(data: DataClientService, courseId: string): Promise<IssuedCertificate> {
  const certificate = await backendCall(data.client.mutations.issueCertificate({ courseId }));
  if (!certificate) throw new BackendError('server', $localize`:@@certificates.error.notMade:The certificate could not be made. Please try again.`);
  return certificate;
}

/** Who completed which course and when, for a code; a code no certificate has is a 'not-found' BackendError. */
export async function verifyCertificate(data: DataClientService, code: string): Promise<VerifiedCertificate> {
  const certificate = await backendCall(data.client.queries.verifyCertificate({ code }, { authMode: data.authMode() }));
  if (!certificate) throw new BackendError('not-found', $localize`:@@certificates.error.noCode:No certificate has this code.`);
  return certificate;
}

/** The app path of the public page that checks a code. */
export function verificationPath(code: string): string[] {
  return ['/certificates/verify', code];
}
