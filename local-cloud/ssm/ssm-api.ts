import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/read-body';
import { incomingSignedRequest, SigV4Error, SigV4Verifier, type Credentials } from '../http/sigv4-verifier';
import { localAccountId, region } from '../service';

/** Who signed a request: the calling function's role, as the templates grant it. */
export interface SsmCaller {
  readonly functionName: string;
  allows(action: string, resourceArn: string): boolean;
}

export interface SsmApiOptions {
  readonly credentials: Credentials;
  /** The function whose session token signed the request (see local-cloud.ts); undefined for another. */
  readonly callerFor: (sessionToken: string | undefined) => SsmCaller | undefined;
  /** Parameter name → value: the templates' parameters and the secrets, as `ampx sandbox secret set` stores them. */
  readonly parameters: ReadonlyMap<string, string>;
}

class SsmError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const parameterArn = (name: string) => `arn:aws:ssm:${region}:${localAccountId}:parameter${name.startsWith('/') ? '' : '/'}${name}`;

/**
 * The one SSM operation the deployed function code calls, GetParameters (Amplify's banner fetches the
 * variables its template marks "resolved during runtime" at cold start), as the real SDK sends it
 * (JSON 1.1, SigV4 signed for `ssm`). Like SSM, the call is refused unless the caller's role grants
 * ssm:GetParameters on every name asked for, and names that do not exist come back as InvalidParameters.
 */
export function createSsmApi(options: SsmApiOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const verifier = new SigV4Verifier(options.credentials, { service: 'ssm', uriEscapePath: true });
  return async (req, res) => {
    try {
      const target = req.headers['x-amz-target'];
      if (req.method !== 'POST' || target !== 'AmazonSSM.GetParameters') {
        throw new SsmError(400, 'UnknownOperationException', `The local SSM does not implement ${String(target ?? `${req.method} ${req.url}`)}.`);
      }
      const body = await readBody(req, 1024 * 1024);
      const caller = await authenticate(req, body);
      const names = (JSON.parse(body.toString('utf8') || '{}') as { Names?: unknown }).Names;
      if (!Array.isArray(names) || names.length === 0 || names.length > 10 || !names.every((name) => typeof name === 'string')) {
        throw new SsmError(400, 'ValidationException', 'Names must list 1 to 10 parameter names.');
      }
      const denied = (names as string[]).find((name) => !caller.allows('ssm:GetParameters', parameterArn(name)));
      if (denied) {
        throw new SsmError(400, 'AccessDeniedException', `User: ${caller.functionName} is not authorized to perform: ssm:GetParameters on resource: ${parameterArn(denied)}`);
      }
      const found = (names as string[]).filter((name) => options.parameters.has(name));
      send(res, 200, {
        Parameters: found.map((name) => ({ Name: name, Type: 'SecureString', Value: options.parameters.get(name), Version: 1, ARN: parameterArn(name), DataType: 'text' })),
        InvalidParameters: (names as string[]).filter((name) => !options.parameters.has(name)),
      });
    } catch (error) {
      if (error instanceof SsmError) send(res, error.status, { __type: error.type, message: error.message });
      else send(res, 500, { __type: 'InternalServerError', message: String(error) });
    }
  };

  async function authenticate(req: IncomingMessage, body: Buffer): Promise<SsmCaller> {
    let sessionToken: string | undefined;
    try {
      ({ sessionToken } = await verifier.verify(incomingSignedRequest(req, body)));
    } catch (error) {
      if (error instanceof SigV4Error) throw new SsmError(400, error.code === 'InvalidAccessKeyId' ? 'UnrecognizedClientException' : 'InvalidSignatureException', error.message);
      throw error;
    }
    const caller = options.callerFor(sessionToken);
    if (!caller) throw new SsmError(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    return caller;
  }
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
}
