import { composeMail, formatDate, signature, type MailContent } from './mail-content';

/** Sent when the membership is set to end at the close of its paid period. */
export function membershipCancelingMail(endsAt?: string): MailContent {
  return composeMail('Your Play-Along membership will end', [
    endsAt
      ? `Your all-access membership is cancelled and will end on ${formatDate(endsAt)}. Until then every course stays open to you.`
      : 'Your all-access membership is cancelled and will end at the close of the period you paid for.',
    'Changed your mind? Resume it under Account → Membership before then.',
    signature,
  ]);
}
