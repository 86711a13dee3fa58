import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import {
  execute,
  getOperationAST,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AmplifyAppSyncSimulator } from '@aws-amplify/amplify-appsync-simulator';
import { UnauthorizedError, type Authorization, type RequestAuthorizer } from './request-authorizer';
import { createExecutionContext, runQueryOrMutation, type ExecutionContext } from './simulator';
import { matchesSubscriptionFilter } from './subscription-filter';

const require = createRequire(import.meta.url);
const { getArgumentValues } = require('graphql/execution/values') as {
  getArgumentValues: (field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) => Record<string, unknown>;
};

const connectionTimeoutMs = 300_000;
const keepAliveIntervalMs = 60_000;

type Headers = Record<string, string | string[] | undefined>;

interface Subscriber {
  socket: WebSocket;
  id: string;
  fieldName: string;
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
  /** Non-filter arguments: like AppSync, an item is delivered only when its fields equal them. */
  argumentValues: Record<string, unknown>;
  filter: unknown;
  context: ExecutionContext;
}

interface ClientMessage {
  type?: string;
  id?: string;
  payload?: { data?: string; extensions?: { authorization?: Headers } };
}

/**
 * The AppSync realtime protocol (`graphql-ws` subprotocol) as aws-amplify's AWSAppSyncRealTimeProvider
 * speaks it: connection auth in a `header-<base64url>` subprotocol (or the `header` query parameter),
 * per-subscription auth in `start.payload.extensions.authorization`. Each subscription runs its
 * generated resolvers once at start (authorization, and the filter they set with
 * `$extensions.setSubscriptionFilter`); every item a mutation publishes is then filtered and resolved
 * with the subscriber's own identity.
 */
export class RealtimeServer {
  private readonly sockets = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false),
  });
  private readonly subscribers = new Set<Subscriber>();

  constructor(
    private readonly simulator: AmplifyAppSyncSimulator,
    private readonly authorize: RequestAuthorizer,
    private readonly log: (line: string) => void,
  ) {
    const fields = Object.keys(simulator.schema.getSubscriptionType()?.getFields() ?? {});
    for (const fieldName of fields) {
      void simulator.pubsub.subscribe(fieldName, (item: unknown) => {
        this.publish(fieldName, item).catch((error: unknown) => this.log(`[data] realtime delivery failed: ${String(error)}`));
      });
    }
  }

  /** Takes over an HTTP upgrade request when it is for the realtime path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://local');
    if (!url.pathname.endsWith('/realtime')) return false;
    this.sockets.handleUpgrade(request, socket, head, (webSocket) => this.accept(webSocket, request, url));
    return true;
  }

  close(): void {
    for (const client of this.sockets.clients) client.terminate();
    this.subscribers.clear();
    this.sockets.close();
  }

  private accept(socket: WebSocket, request: IncomingMessage, url: URL): void {
    const connectionAuth = this.authorize({ headers: connectionHeaders(request, url) }).then(
      (authorization) => ({ authorization }),
      (error: unknown) => ({ error: error as Error }),
    );
    let keepAlive: NodeJS.Timeout | undefined;
    socket.on('close', () => {
      clearInterval(keepAlive);
      for (const subscriber of this.subscribers) if (subscriber.socket === socket) this.subscribers.delete(subscriber);
    });
    socket.on('message', (raw) => {
      void (async () => {
        const message = parseMessage(raw.toString());
        switch (message?.type) {
          case 'connection_init': {
            const result = await connectionAuth;
            if ('error' in result) {
              send(socket, { type: 'connection_error', payload: { errors: [authError(result.error)] } });
              socket.close(1000);
              return;
            }
            send(socket, { type: 'connection_ack', payload: { connectionTimeoutMs } });
            send(socket, { type: 'ka' });
            keepAlive = setInterval(() => send(socket, { type: 'ka' }), keepAliveIntervalMs);
            keepAlive.unref();
            return;
          }
          case 'start':
            await this.start(socket, message, request.socket.remoteAddress ?? '127.0.0.1');
            return;
          case 'stop':
            for (const subscriber of this.subscribers) {
              if (subscriber.socket === socket && subscriber.id === message.id) this.subscribers.delete(subscriber);
            }
            send(socket, { type: 'complete', id: message.id });
            return;
          default:
            send(socket, { type: 'error', id: message?.id, payload: { errors: [{ errorType: 'UnsupportedOperation', message: 'Unknown message type' }] } });
        }
      })().catch((error: unknown) => this.log(`[data] realtime message failed: ${(error as Error).stack ?? String(error)}`));
    });
  }

  private async start(socket: WebSocket, message: ClientMessage, sourceIp: string): Promise<void> {
    const id = message.id ?? '';
    const fail = (errors: unknown[]) => send(socket, { type: 'error', id, payload: { errors } });
    let authorization: Authorization;
    const headers = message.payload?.extensions?.authorization ?? {};
    try {
      authorization = await this.authorize({ headers });
    } catch (error) {
      fail([authError(error as Error)]);
      return;
    }
    let document: DocumentNode;
    let variables: Record<string, unknown>;
    let operationName: string | undefined;
    try {
      const data = JSON.parse(message.payload?.data ?? '{}') as { query?: string; variables?: Record<string, unknown>; operationName?: string };
      document = parse(data.query ?? '');
      variables = data.variables ?? {};
      operationName = data.operationName;
    } catch (error) {
      fail([{ errorType: 'BadRequestException', message: (error as Error).message }]);
      return;
    }
    const operation = getOperationAST(document, operationName);
    const fieldNode = operation?.selectionSet.selections[0];
    const schema: GraphQLSchema = this.simulator.schema;
    const field = fieldNode?.kind === 'Field' ? schema.getSubscriptionType()?.getFields()[fieldNode.name.value] : undefined;
    if (operation?.operation !== 'subscription' || fieldNode?.kind !== 'Field' || !field || operation.selectionSet.selections.length !== 1) {
      fail([{ errorType: 'BadRequestException', message: 'Expected one subscription field' }]);
      return;
    }
    const context = createExecutionContext(authorization, headers, sourceIp);
    // Running the subscription field once (with no source) runs its resolvers: the auth checks and the filter.
    const result = await runQueryOrMutation(schema, document, variables, operationName, context);
    if (result.errors?.length) {
      fail(result.errors as unknown[]);
      return;
    }
    const argumentValues = getArgumentValues(field, fieldNode, variables);
    delete argumentValues['filter'];
    this.subscribers.add({
      socket,
      id,
      fieldName: field.name,
      document,
      operationName,
      variables,
      argumentValues,
      filter: context.subscriptionFilter,
      context,
    });
    send(socket, { type: 'start_ack', id });
  }

  private async publish(fieldName: string, item: unknown): Promise<void> {
    if (item === null || typeof item !== 'object') return;
    for (const subscriber of this.subscribers) {
      if (subscriber.fieldName !== fieldName) continue;
      const result = await execute({
        schema: this.simulator.schema,
        document: subscriber.document,
        rootValue: item,
        contextValue: { ...subscriber.context, appsyncErrors: [] },
        variableValues: subscriber.variables,
        operationName: subscriber.operationName,
      });
      // AppSync filters what the subscriber would receive, after field resolvers ran (the owner
      // field resolver turns a stored `sub::username` into the `username` that owner filters expect).
      const resolved = (result.data?.[fieldName] ?? {}) as Record<string, unknown>;
      const payload = { ...(item as Record<string, unknown>), ...resolved };
      const argumentsMatch = Object.entries(subscriber.argumentValues).every(
        ([name, value]) => value === null || value === undefined || payload[name] === value,
      );
      if (!argumentsMatch || !matchesSubscriptionFilter(subscriber.filter, payload)) continue;
      send(subscriber.socket, { type: 'data', id: subscriber.id, payload: result });
    }
  }
}

/** Connection auth headers: from the `header-<base64url>` subprotocol, else the `header` query parameter. */
function connectionHeaders(request: IncomingMessage, url: URL): Headers {
  const protocols = String(request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const encoded = protocols.find((p) => p.startsWith('header-'))?.slice('header-'.length) ?? url.searchParams.get('header') ?? '';
  try {
    return JSON.parse(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as Headers;
  } catch {
    return {};
  }
}

function authError(error: Error): { errorType: string; errorCode: number; message: string } {
  const message = error instanceof UnauthorizedError ? error.message : 'Valid authorization header not provided.';
  return { errorType: 'UnauthorizedException', errorCode: 401, message };
}

function parseMessage(raw: string): ClientMessage | undefined {
  try {
    return JSON.parse(raw) as ClientMessage;
  } catch {
    return undefined;
  }
}

function send(socket: WebSocket, message: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}
