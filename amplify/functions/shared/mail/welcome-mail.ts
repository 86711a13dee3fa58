import { composeMail, signature, type MailContent } from './mail-content';

/** Sent once a new account's email address is confirmed. */
export function welcomeMail(displayName?: string): MailContent {
  return composeMail('Welcome to Play-Along', [
    displayName ? `Hi ${displayName},` : 'Hi,',
    'Your Play-Along account is ready. Find a course, watch its free previews, and practise with the tools ' +
      'musicians use: slow down without changing the pitch, loop a passage from A to B, and pick up where you left off.',
    signature,
  ]);
}
