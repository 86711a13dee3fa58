import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, BodyTooLargeError } from '../http/read-body';
import { incomingSignedRequest, SigV4Error, SigV4Verifier, type Credentials } from '../http/sigv4-verifier';
import { localAccountId, region } from '../service';
import { emailAddressOf, parseSendEmail, SesError, type SendEmailRequest } from './send-email-request';

/** Who signed a request: the calling function's role, as the templates grant it. */
export interface MailCaller {
  readonly functionName: string;
  allows(action: string, resourceArn: string): boolean;
}

export interface SesApiOptions {
  readonly credentials: Credentials;
  /** The function whose session token signed the request (see local-cloud.ts); undefined for another. */
  readonly callerFor: (sessionToken: string | undefined) => MailCaller | undefined;
  readonly deliver: (message: SendEmailRequest & { messageId: string }) => void;
}

/** SES's limit on a whole message. */
const maxBodyBytes = 40 * 1024 * 1024;
const identityArn = (name: string) => `arn:aws:ses:${region}:${localAccountId}:identity/${name}`;

/**
 * The one SESv2 operation the product calls, SendEmail (POST /v2/email/outbound-emails), as the
 * real SDK sends it: SigV4 signed for `ses`, and allowed only when the caller's role grants
 * ses:SendEmail on the sender's identity (its address or its domain), as SES checks it.
 */
export function createSesApi(options: SesApiOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const verifier = new SigV4Verifier(options.credentials, { service: 'ses', uriEscapePath: true });
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      if (req.method !== 'POST' || url.pathname !== '/v2/email/outbound-emails') {
        throw new SesError(404, 'NotFoundException', `The local SES does not implement ${req.method} ${url.pathname}.`);
      }
      const body = await readBody(req, maxBodyBytes);
      const caller = await authenticate(req, body);
      const request = parseSendEmail(body.toString('utf8'));
      const sender = emailAddressOf(request.from)!;
      const domain = sender.slice(sender.lastIndexOf('@') + 1);
      if (![sender, domain].some((identity) => caller.allows('ses:SendEmail', identityArn(identity)))) {
        throw new SesError(403, 'AccessDeniedException',
          `User: ${caller.functionName} is not authorized to perform: ses:SendEmail on resource: ${identityArn(sender)}`);
      }
      const messageId = randomUUID();
      options.deliver({ ...request, messageId });
      send(res, 200, { MessageId: messageId });
    } catch (error) {
      if (error instanceof SesError) send(res, error.status, { message: error.message }, error.type);
      else if (error instanceof BodyTooLargeError) send(res, 400, { message: 'Message too large.' }, 'MessageRejected');
      else send(res, 500, { message: String(error) }, 'InternalFailure');
    }
  };

  async function authenticate(req: IncomingMessage, body: Buffer): Promise<MailCaller> {
    let sessionToken: string | undefined;
    try {
      ({ sessionToken } = await verifier.verify(incomingSignedRequest(req, body)));
    } catch (error) {
      if (error instanceof SigV4Error) throw new SesError(403, error.code === 'InvalidAccessKeyId' ? 'UnrecognizedClientException' : 'InvalidSignatureException', error.message);
      throw error;
    }
    const caller = options.callerFor(sessionToken);
    if (!caller) throw new SesError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    return caller;
  }
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>, errorType?: string): void {
  res.writeHead(status, { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) });
  res.end(JSON.stringify(body));
}
