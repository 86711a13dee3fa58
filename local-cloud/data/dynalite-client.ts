import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { readBody } from '../http/read-body';
import { DynamoError, type DynamoCall, type DynamoErrorBody } from './dynamo-wire';

export interface RawResponse {
  readonly statusCode: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

const hopByHopHeaders = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host'];

/** dynalite checks that a signature is present, never that it is right. */
const unsignedCallHeaders = {
  'content-type': 'application/x-amz-json-1.0',
  authorization: 'AWS4-HMAC-SHA256 Credential=local/20000101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
  'x-amz-date': '20000101T000000Z',
};

/** HTTP to a dynalite listening on loopback: requests relayed as received, and calls of our own. */
export class DynaliteClient {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(private readonly url: string) {}

  /** Sends a client's request on unchanged; resolves once dynalite has answered it in full. */
  forward(request: IncomingMessage, body: Buffer): Promise<RawResponse> {
    return this.send(request.method ?? 'POST', request.url ?? '/', withoutHopByHop(request.headers), body);
  }

  readonly call: DynamoCall = async (operation, input) => {
    const headers = { ...unsignedCallHeaders, 'x-amz-target': `DynamoDB_20120810.${operation}` };
    const response = await this.send('POST', '/', headers, Buffer.from(JSON.stringify(input)));
    const parsed = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
    if (response.statusCode !== 200) throw new DynamoError(response.statusCode, parsed as unknown as DynamoErrorBody);
    return parsed;
  };

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, headers: OutgoingHttpHeaders, body: Buffer): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        new URL(path, this.url),
        { method, agent: this.agent, headers: { ...headers, 'content-length': body.length } },
        (incoming) => {
          readBody(incoming).then(
            (responseBody) =>
              resolve({ statusCode: incoming.statusCode ?? 500, headers: withoutHopByHop(incoming.headers), body: responseBody }),
            reject,
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = { ...headers };
  for (const name of hopByHopHeaders) delete kept[name];
  return kept;
}
