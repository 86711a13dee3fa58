import { composeMail, signature, type MailContent } from './mail-content';

/** Sent when the membership has ended (cancelled, or unpaid past the grace period). */
export function membershipEndedMail(): MailContent {
  return composeMail('Your Play-Along membership has ended', [
    'Your all-access membership has ended. Courses you bought on their own stay yours.',
    'You can join again at any time under Account → Membership.',
    signature,
  ]);
}
