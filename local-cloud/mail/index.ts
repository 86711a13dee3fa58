import { createServer } from 'node:http';
import type { Credentials } from '../http/sigv4-verifier';
import { listen } from '../http/listen';
import { ports, type RunningService } from '../service';
import type { MailMessage } from '../auth/mailbox';
import { createSesApi, type MailCaller } from './ses-api';

export type { MailCaller } from './ses-api';

export interface StartMailOptions {
  readonly credentials: Credentials;
  readonly callerFor: (sessionToken: string | undefined) => MailCaller | undefined;
  /** The local mailbox (the auth service's), where Cognito's codes land too. */
  readonly mailbox: { deliver(message: MailMessage): void };
  readonly log?: (line: string) => void;
  /** Defaults to ports.mail; 0 picks a free port (tests). */
  readonly port?: number;
}

/**
 * Local Amazon SES (v2): the functions' SendEmail calls, pointed here with AWS_ENDPOINT_URL_SESV2,
 * land in the local mailbox beside the verification codes, one message per recipient.
 */
export async function startMail(options: StartMailOptions): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const api = createSesApi({
    credentials: options.credentials,
    callerFor: options.callerFor,
    deliver: (message) => {
      const sentAt = new Date().toISOString();
      for (const to of message.to) {
        options.mailbox.deliver({
          to,
          from: message.from,
          subject: message.subject,
          body: message.text ?? message.html ?? '',
          code: '',
          purpose: 'SendEmail',
          sentAt,
        });
      }
      log(`✉ "${message.subject}" from ${message.from} to ${message.to.join(', ')}`);
    },
  });
  return listen(createServer((req, res) => void api(req, res)), options.port ?? ports.mail, 'mail');
}
