import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Why a message was sent: a Cognito code, named like Cognito's message sources, or 'SendEmail', a
 * function's own email through the local SES (local-cloud/mail/).
 */
export type MailPurpose =
  | 'SignUp' | 'ResendCode' | 'ForgotPassword' | 'AdminCreateUser' | 'UpdateUserAttribute' | 'VerifyUserAttribute' | 'Authentication'
  | 'SendEmail';

export interface MailMessage {
  readonly to: string;
  /** The sender a function named (SendEmail); Cognito's codes have none. */
  readonly from?: string;
  readonly subject: string;
  /** The plain-text body. */
  readonly body: string;
  /** The verification code; empty for a function's email. */
  readonly code: string;
  readonly purpose: MailPurpose;
  /** ISO timestamp. */
  readonly sentAt: string;
}

/** The local stand-in for the email inbox: every message Cognito or a function would have sent. */
export interface Mailbox {
  deliver(message: MailMessage): void;
  /** Newest message to this address (case-insensitive), if any. */
  latest(email: string): MailMessage | undefined;
  /** Messages, newest first; all of them or only those to one address. */
  list(email?: string): readonly MailMessage[];
}

/** A mailbox persisted as one JSON file, appended to as messages are sent. */
export class FileMailbox implements Mailbox {
  private readonly messages: MailMessage[];

  constructor(private readonly file: string) {
    this.messages = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MailMessage[]) : [];
  }

  deliver(message: MailMessage): void {
    this.messages.push(message);
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.messages, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }

  latest(email: string): MailMessage | undefined {
    return this.list(email)[0];
  }

  list(email?: string): readonly MailMessage[] {
    const wanted = email?.toLowerCase();
    return this.messages.filter((message) => wanted === undefined || message.to.toLowerCase() === wanted).reverse();
  }
}
