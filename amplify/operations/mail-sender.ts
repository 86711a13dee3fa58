import { Arn, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { isSandbox } from './deployment-type';

/** A sandbox (and the local cloud) sends from here; a real sandbox sets MAIL_FROM to a verified identity. */
export const sandboxMailFrom = 'Play-Along <no-reply@example.com>';

export interface MailSender {
  /** FromEmailAddress as SES takes it: an address, optionally with a display name ("Name <a@b>"). */
  readonly from: string;
  /**
   * The SES identities that may send as `from`: the address and its domain (SES uses whichever of
   * the two is verified), the only resources ses:SendEmail is granted on.
   */
  readonly identityArns: string[];
}

/**
 * Who the functions' email comes from. A branch deployment must be told (MAIL_FROM in the build
 * environment, an address or domain verified in SES); a sandbox defaults to sandboxMailFrom.
 */
export function mailSenderFor(scope: IConstruct, environment: NodeJS.ProcessEnv = process.env): MailSender {
  const configured = environment['MAIL_FROM'];
  if (!configured && !isSandbox(scope)) {
    throw new Error(
      'MAIL_FROM is not set. A branch deployment needs the sender of its email (for example "Play-Along <no-reply@example.com>", ' +
        'an address or domain verified in Amazon SES) as the MAIL_FROM environment variable of the Amplify build.',
    );
  }
  const from = configured || sandboxMailFrom;
  const address = /^(?:[^<>]*<([^<>@\s]+@[^<>@\s]+)>|([^<>@\s]+@[^<>@\s]+))$/.exec(from.trim());
  const email = address?.[1] ?? address?.[2];
  if (!email) throw new Error(`MAIL_FROM must be an email address, optionally with a name ("Play-Along <no-reply@example.com>"); got "${from}".`);
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const stack = Stack.of(scope);
  const identity = (name: string) => Arn.format({ service: 'ses', resource: 'identity', resourceName: name }, stack);
  return { from: from.trim(), identityArns: [identity(email), identity(domain)] };
}
