import type { Context, LambdaFunctionURLEvent } from 'aws-lambda';
import { StripeStandIn, secretKey, webhookSecret, type Delivery } from '../../../local-cloud/stripe/stripe-test-harness';
import { createStripe } from '../shared/stripe-client';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { useLocalTables, type LocalTables, type TableEnv } from '../shared/testing/local-dynamo';
import { handler } from './handler';

export { webhookSecret };
export type { Delivery };

export function functionUrlEvent(body: string, headers: Record<string, string>, isBase64Encoded = false): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'url-id',
      domainName: 'url-id.lambda-url.us-east-1.on.aws',
      domainPrefix: 'url-id',
      http: { method: 'POST', path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'Stripe/1.0' },
      requestId: 'request-1',
      routeKey: '$default',
      stage: '$default',
      time: '24/Nov/2026:00:00:00 +0000',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded,
  };
}

/** A Lambda context whose invocation ends `remainingMs` from now, as Lambda's own does. */
export function lambdaContext(remainingMs: number): Context {
  const deadline = Date.now() + remainingMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'stripe-webhook',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:stripe-webhook',
    memoryLimitInMB: '256',
    awsRequestId: `request-${deadline}`,
    logGroupName: '/aws/lambda/stripe-webhook',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * The webhook's tables: the models' own, behind the real local data API (the handler announces a
 * fulfilled order through AppSync as the stripe-webhook role), and the idempotency table, which is
 * not a model.
 */
export function useWebhookTables(): LocalTables {
  const models = useLocalDataApi('stripe-webhook');
  const leases = useLocalTables(['IDEMPOTENCY_TABLE']);
  const of = (table: TableEnv): LocalTables => (table === 'IDEMPOTENCY_TABLE' ? leases : models);
  return {
    get documents() {
      return models.documents;
    },
    put: (table, item) => of(table).put(table, item),
    get: (table, key) => of(table).get(table, key),
    scan: (table) => of(table).scan(table),
  };
}

let eventSequence = 0;

/** A Stripe event of our own making (Stripe's shape), signed as Stripe signs it. */
export function syntheticEvent(type: string, object: Record<string, unknown>, created = 1_790_000_000): { id: string; payload: string } {
  eventSequence += 1;
  const id = `evt_test_${eventSequence}_${Date.now()}`;
  const payload = JSON.stringify({ id, object: 'event', type, created, api_version: '2026-10-28.endive', data: { object } });
  return { id, payload };
}

export function signed(payload: string, options: { secret?: string; timestamp?: number } = {}): LambdaFunctionURLEvent {
  const header = createStripe(secretKey).webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? webhookSecret,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  return functionUrlEvent(payload, { 'stripe-signature': header });
}

/** Hands one delivery the local Stripe made (raw body and signature, as sent) to the handler. */
export function deliver(delivery: Delivery, context?: Context): ReturnType<typeof handler> {
  return handler(functionUrlEvent(delivery.rawBody, { 'stripe-signature': delivery.signature }), context);
}

export async function bodyOf(response: ReturnType<typeof handler>): Promise<Record<string, unknown>> {
  return JSON.parse(String((await response).body)) as Record<string, unknown>;
}

/**
 * The local Stripe stand-in with a receiver that records its signed deliveries, so a spec hands
 * them to the handler in whatever order, as often, and with whatever Lambda context it needs.
 */
export class StandInStripe extends StripeStandIn {
  /** The delivery of the first `type` event whose object passes `matches`, waiting for it if needed. */
  async delivered(type: string, matches: (object: Record<string, unknown>) => boolean): Promise<Delivery> {
    for (;;) {
      const found = this.receiver.deliveries.find((delivery) => {
        const event = JSON.parse(delivery.rawBody) as { type: string; data: { object: Record<string, unknown> } };
        return event.type === type && matches(event.data.object);
      });
      if (found) return found;
      await this.receiver.received(this.receiver.deliveries.length + 1);
    }
  }
}
