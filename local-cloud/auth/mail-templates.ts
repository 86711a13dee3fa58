import type { MailPurpose } from './mailbox';

/** The texts amplify/auth/resource.ts deploys (verificationEmailSubject / verificationEmailBody). */
const verificationSubject = 'Your Play-Along verification code';
const verificationBody = (code: string) => `Your Play-Along verification code is ${code}`;

export function renderMail(purpose: MailPurpose, code: string): { subject: string; body: string } {
  switch (purpose) {
    case 'AdminCreateUser':
      return { subject: 'Your temporary password', body: `Your username is your email address and temporary password is ${code}` };
    case 'Authentication':
      return { subject: 'Your authentication code', body: `Your authentication code is ${code}` };
    default:
      return { subject: verificationSubject, body: verificationBody(code) };
  }
}
