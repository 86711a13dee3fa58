import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { requireEnv } from '../env';
import { logger } from '../logger';
import type { MailContent } from './mail-content';

/**
 * Endpoint, region and credentials come from the standard AWS SDK environment variables. Short
 * timeouts: Cognito gives its post-confirmation trigger 5 seconds, and mail must not hold up any
 * function's main job.
 */
const ses = new SESv2Client({ maxAttempts: 2, requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 } });

/** Sends one message from MAIL_FROM (the configured, verified SES identity) to `to`. */
export async function sendMail(to: readonly string[], mail: MailContent): Promise<void> {
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: requireEnv('MAIL_FROM'),
      Destination: { ToAddresses: [...to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        },
      },
    }),
  );
}

export interface Addressed {
  readonly to: readonly string[];
  readonly mail: MailContent;
}

/**
 * Mail is a courtesy beside a function's main job (a profile, a fulfilled order, a lesson's status),
 * which has already been done when this runs: finding the recipients, composing and sending are
 * tried once, and a failure is logged (with the invocation's correlation keys) and reported as
 * false, never thrown, so it can neither fail nor repeat that job.
 */
export async function sendNotice(kind: string, address: () => Promise<Addressed>): Promise<boolean> {
  try {
    const { to, mail } = await address();
    if (to.length === 0) {
      logger.warn('Mail not sent: no recipient', { mailKind: kind });
      return false;
    }
    await sendMail(to, mail);
    logger.info('Mail sent', { mailKind: kind, recipients: to.length });
    return true;
  } catch (error) {
    logger.error('Mail not sent', { mailKind: kind, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    return false;
  }
}
