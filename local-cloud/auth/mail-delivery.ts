import type { Messages } from 'cognito-local/lib/services/messages.js';
import { renderMail } from './mail-templates';
import type { FileMailbox, MailPurpose } from './mailbox';

/** Replaces cognito-local's console delivery: every code lands in the local mailbox and the log. */
export function mailboxDelivery(mailbox: FileMailbox, log: (line: string) => void): Messages {
  return {
    async deliver(_ctx, source, _clientId, _userPoolId, _user, code, _clientMetadata, deliveryDetails) {
      const purpose = source as MailPurpose;
      const to = deliveryDetails.Destination;
      mailbox.deliver({ to, code, purpose, sentAt: new Date().toISOString(), ...renderMail(purpose, code) });
      log(`✉ code ${code} for ${to} (${purpose})`);
    },
  };
}
