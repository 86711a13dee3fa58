import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CognitoError, UnsupportedError } from 'cognito-local/lib/errors.js';
import { readBody } from '../http/read-body';
import type { Mailbox } from './mailbox';
import { renderMailboxPage } from './mailbox-page';
import type { ApiHandler, ApiRequest } from './user-pool-api';

export interface AuthProxyOptions {
  /** Port cognito-local listens on (loopback). */
  cognitoLocalPort: number;
  userPool: Record<string, ApiHandler>;
  identityPool: Record<string, ApiHandler>;
  mailbox: Mailbox;
  userPoolId: string;
  /** Token issuer; cognito-local's own discovery document names http://localhost:9229 instead. */
  issuer: string;
}

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype, x-amz-date',
};

/** Serialises like the AWS JSON protocol: dates as epoch seconds. */
function awsJson(value: unknown): string {
  return JSON.stringify(value ?? {}, function (this: Record<string, unknown>, key, item: unknown) {
    const original = this[key];
    return original instanceof Date ? Math.floor(original.getTime() / 1000) : item;
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { ...corsHeaders, 'content-type': contentType });
  res.end(body);
}

async function answer(handler: ApiHandler, body: Buffer, res: ServerResponse): Promise<void> {
  try {
    const request = (body.length ? JSON.parse(body.toString('utf8')) : {}) as ApiRequest;
    send(res, 200, 'application/x-amz-json-1.1', awsJson(await handler(request)));
  } catch (error) {
    if (error instanceof CognitoError) {
      res.setHeader('x-amzn-errortype', error.code);
      send(res, 400, 'application/x-amz-json-1.1', JSON.stringify({ __type: error.code, message: error.message }));
    } else if (error instanceof SyntaxError) {
      send(res, 400, 'application/x-amz-json-1.1', JSON.stringify({ __type: 'SerializationException', message: error.message }));
    } else {
      const type = error instanceof UnsupportedError ? 'CognitoLocal#Unsupported' : 'InternalErrorException';
      send(res, 500, 'application/x-amz-json-1.1', JSON.stringify({ __type: type, message: (error as Error).message }));
    }
  }
}

function forward(req: IncomingMessage, body: Buffer, res: ServerResponse, port: number): void {
  const upstream = httpRequest(
    { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${port}` } },
    (response) => {
      res.writeHead(response.statusCode ?? 502, { ...response.headers, ...corsHeaders });
      response.pipe(res);
    },
  );
  upstream.on('error', (error) => send(res, 502, 'application/json', JSON.stringify({ message: `cognito-local: ${error.message}` })));
  upstream.end(body);
}

function targetOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-amz-target'];
  return typeof header === 'string' ? header.split('.')[1] : undefined;
}

/**
 * The endpoint Amplify's `userPoolEndpoint` / `identityPoolEndpoint` point at. It answers the
 * operations cognito-local lacks, serves the local mailbox, and forwards the rest unchanged.
 */
export function createAuthProxy(options: AuthProxyOptions): Server {
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...corsHeaders,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '86400',
      });
      res.end();
      return;
    }
    if (req.method === 'GET' && /^\/mailbox\/?$/.test(path)) {
      send(res, 200, 'text/html; charset=utf-8', renderMailboxPage(options.mailbox.list()));
      return;
    }
    const mailboxJson = req.method === 'GET' ? /^\/mailbox\/(.+)\.json$/.exec(path) : null;
    if (mailboxJson) {
      send(res, 200, 'application/json', JSON.stringify(options.mailbox.list(decodeURIComponent(mailboxJson[1]!))));
      return;
    }
    if (req.method === 'GET' && path === `/${options.userPoolId}/.well-known/openid-configuration`) {
      const base = `http://${req.headers.host ?? '127.0.0.1'}/${options.userPoolId}`;
      const discovery = { issuer: options.issuer, jwks_uri: `${base}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['RS256'] };
      send(res, 200, 'application/json', JSON.stringify(discovery));
      return;
    }
    const body = await readBody(req);
    const target = targetOf(req);
    if (req.method === 'POST' && /^\/identity\/?$/.test(path)) {
      const handler = target ? options.identityPool[target] : undefined;
      if (handler) await answer(handler, body, res);
      else send(res, 400, 'application/x-amz-json-1.1', JSON.stringify({ __type: 'UnknownOperationException', message: `Unsupported identity operation ${target}` }));
      return;
    }
    const handler = req.method === 'POST' && path === '/' && target ? options.userPool[target] : undefined;
    if (handler) await answer(handler, body, res);
    else forward(req, body, res, options.cognitoLocalPort);
  });
}
