import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { listen } from '../http/listen';
import { readBody } from '../http/read-body';
import type { InvokeFunction, RunningService } from '../service';

/**
 * Lambda Function URLs: `http://127.0.0.1:<port>/<function-name>/<path>` invokes that function with
 * the payload format 2.0 event AWS sends (raw body, lower-cased headers, base64 for binary).
 */
export async function startFunctionUrls(options: {
  port: number;
  functionNames: string[];
  invoke: InvokeFunction;
}): Promise<RunningService> {
  const server = createServer(async (request, response) => {
    const [, functionName = '', ...rest] = (request.url ?? '/').split('?')[0]!.split('/');
    if (!options.functionNames.includes(functionName)) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ Message: 'Function URL not found' }));
      return;
    }
    const body = await readBody(request);
    const event = toFunctionUrlEvent(request, `/${rest.join('/')}`, body);
    try {
      const result = (await options.invoke(functionName, event)) as APIGatewayProxyStructuredResultV2 | string | undefined;
      const structured = typeof result === 'object' && result !== null && 'statusCode' in result ? result : { statusCode: 200, body: JSON.stringify(result ?? null) };
      const payload = structured.isBase64Encoded ? Buffer.from(structured.body ?? '', 'base64') : structured.body ?? '';
      response.writeHead(structured.statusCode ?? 200, { 'content-type': 'application/json', ...stringHeaders(structured.headers) }).end(payload);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ Message: 'Internal Server Error', error: (error as Error).message }));
    }
  });
  return listen(server, options.port, 'function URLs');
}

function toFunctionUrlEvent(request: IncomingMessage, rawPath: string, body: Buffer): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  const rawQueryString = (request.url ?? '').split('?')[1] ?? '';
  const isText = /json|text|x-www-form-urlencoded/.test(headers['content-type'] ?? '');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    queryStringParameters: rawQueryString ? Object.fromEntries(new URLSearchParams(rawQueryString)) : undefined,
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: headers['host'] ?? 'localhost',
      domainPrefix: 'local',
      http: { method: request.method ?? 'GET', path: rawPath, protocol: 'HTTP/1.1', sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length === 0 ? undefined : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

function stringHeaders(headers: APIGatewayProxyStructuredResultV2['headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}
