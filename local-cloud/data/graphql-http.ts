import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, Kind, parse, type DocumentNode, type FieldNode } from 'graphql';
import type { AmplifyAppSyncSimulator } from '@aws-amplify/amplify-appsync-simulator';
import { readBody } from '../http/read-body';
import type { RateLimiter } from './rate-limiter';
import { UnauthorizedError, type IamCaller, type RequestAuthorizer } from './request-authorizer';
import { createExecutionContext, runQueryOrMutation } from './simulator';

const maxBodyBytes = 10 * 1024 * 1024;

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, x-api-key, x-amz-date, x-amz-user-agent, x-amz-security-token',
  'access-control-max-age': '600',
};

interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** What AppSync answers when its web ACL blocks a request. */
const wafBlockedBody = { errors: [{ errorType: 'WAFForbiddenException', message: '403 Forbidden' }] };

/**
 * `POST /graphql` the way AppSync answers it: 403 when the web ACL's rate rule blocks the client's
 * IP (WAF sees every request before AppSync does), 401 before execution for a bad credential, else 200.
 */
export function createGraphqlHandler(options: {
  simulator: AmplifyAppSyncSimulator;
  authorize: RequestAuthorizer;
  /** Per client IP, as the web ACL's rate-based rule counts; without it nothing is limited. */
  rateLimiter?: RateLimiter;
  log: (line: string) => void;
}): (request: IncomingMessage, response: ServerResponse) => void {
  const blockedClients = new Set<string>();
  return (request, response) => {
    const client = request.socket.remoteAddress ?? 'unknown';
    if (options.rateLimiter && !options.rateLimiter.admit(client)) {
      if (!blockedClients.has(client)) options.log(`[data] ${client} is over the API's rate limit: 403 WAFForbiddenException until its rate falls`);
      blockedClients.add(client);
      send(response, 403, wafBlockedBody);
      return;
    }
    blockedClients.delete(client);
    handle(request, response).catch((error: unknown) => {
      options.log(`[data] request failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) send(response, 500, { errors: [{ errorType: 'InternalFailure', message: 'Internal error' }] });
    });
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const path = url.pathname;
    if (request.method === 'OPTIONS') {
      const requested = request.headers['access-control-request-headers'];
      response.writeHead(204, { ...corsHeaders, ...(requested ? { 'access-control-allow-headers': requested } : {}) }).end();
      return;
    }
    if (path !== '/graphql' || request.method !== 'POST') {
      const hint = 'play-along local data API: POST /graphql, WebSocket /graphql/realtime';
      response.writeHead(path === '/' ? 200 : 404, { 'content-type': 'text/plain', ...corsHeaders }).end(hint);
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(request, maxBodyBytes);
    } catch (error) {
      send(response, 400, { errors: [{ errorType: 'MalformedHttpRequestException', message: (error as Error).message }] });
      return;
    }
    let authorization;
    try {
      authorization = await options.authorize({
        headers: request.headers,
        signed: { method: 'POST', rawPath: url.pathname, query: Object.fromEntries(url.searchParams), body: raw },
      });
    } catch (error) {
      if (!(error instanceof UnauthorizedError)) throw error;
      send(response, 401, { errors: [{ errorType: error.errorType, message: error.message }] });
      return;
    }
    let body: GraphQLRequestBody;
    let document: DocumentNode;
    try {
      body = JSON.parse(raw.toString('utf8')) as GraphQLRequestBody;
      document = parse(String(body.query ?? ''));
    } catch (error) {
      send(response, 400, { errors: [{ errorType: 'MalformedHttpRequestException', message: (error as Error).message }] });
      return;
    }
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    if (getOperationAST(document, operationName)?.operation === 'subscription') {
      send(response, 400, {
        errors: [{ errorType: 'BadRequestException', message: 'Subscriptions are served over the realtime WebSocket endpoint' }],
      });
      return;
    }
    const denied = authorization.iam ? fieldsDeniedBy(authorization.iam, document, operationName) : [];
    if (denied.length > 0) {
      send(response, 200, {
        data: Object.fromEntries(denied.map(({ fieldName }) => [fieldName, null])),
        errors: denied.map(({ typeName, fieldName }) => ({
          path: [fieldName],
          errorType: 'Unauthorized',
          message: `Not Authorized to access ${fieldName} on type ${typeName}`,
        })),
      });
      return;
    }
    const context = createExecutionContext(authorization, request.headers, request.socket.remoteAddress ?? '127.0.0.1');
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    send(response, 200, await runQueryOrMutation(options.simulator.schema, document, variables, operationName, context));
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...corsHeaders }).end(JSON.stringify(body));
}

/** IAM is checked per top-level field (`appsync:GraphQL` on …/types/<Type>/fields/<field>) before anything runs. */
function fieldsDeniedBy(caller: IamCaller, document: DocumentNode, operationName: string | undefined): { typeName: string; fieldName: string }[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const typeName = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  return operation.selectionSet.selections
    .filter((selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith('__'))
    .map((selection) => ({ typeName, fieldName: (selection as FieldNode).name.value }))
    .filter(({ fieldName }) => !caller.mayCall(typeName, fieldName));
}
