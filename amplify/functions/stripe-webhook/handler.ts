import { IdempotencyAlreadyInProgressError } from '@aws-lambda-powertools/idempotency';
import type { APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEvent } from 'aws-lambda';
import type Stripe from 'stripe';
import { toHttpStatus } from '../shared/errors';
import { requireEnv } from '../shared/env';
import { correlate, logger } from '../shared/logger';
import { stripeClient } from '../shared/stripe-client';
import { fulfil } from './fulfil';
import { exactlyOnce } from './exactly-once';
import { recordProcessedEvent } from './payment-store';
import { mailNotice } from './send-notice';

/**
 * Stripe webhook behind a public Function URL. Trust comes only from the signature over the raw
 * body (no unsigned fallback). Each event is processed exactly once through a lease in the
 * idempotency table (see exactly-once.ts): a repeat is acknowledged without effects; a delivery
 * while another holds the lease answers 409 and a failure answers non-2xx, so Stripe retries; a
 * processed event is logged in PaymentEvent for admins.
 */
export const handler = async (request: LambdaFunctionURLEvent, context?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
  correlate({ requestId: request.requestContext?.requestId }, context);
  if (request.requestContext?.http?.method && request.requestContext.http.method !== 'POST') {
    return respond(405, { error: 'method not allowed' });
  }

  const event = verify(request);
  if (!event) return respond(400, { error: 'invalid signature' });
  correlate({ requestId: request.requestContext?.requestId, stripeEventId: event.id, stripeEventType: event.type }, context);

  try {
    const outcome = await processOnce(event, context);
    if (outcome.duplicate) logger.info('Duplicate Stripe event; already processed');
    return respond(200, { ...outcome });
  } catch (error) {
    if (error instanceof IdempotencyAlreadyInProgressError) {
      logger.info('Stripe event is being processed by another delivery; asking Stripe to retry');
      return respond(409, { error: 'event in progress' });
    }
    logger.error('Stripe event processing failed; Stripe will retry it', error instanceof Error ? error : String(error));
    return respond(toHttpStatus(error), { error: 'processing failed' });
  }
};

/**
 * The buyer's email goes out inside the once-only section, after our records changed: a repeated
 * delivery sends nothing, and a mail failure is only logged, so it neither fails the event nor
 * makes Stripe retry it. (A crash after sending but before the lease completes would send again on
 * the retry: a duplicate mail is the better failure than a missing fulfilment.)
 */
const processOnce = exactlyOnce(async (event) => {
  const notice = await fulfil(event);
  await recordProcessedEvent(event.id, event.type);
  if (notice) await mailNotice(notice);
});

function verify(request: LambdaFunctionURLEvent): Stripe.Event | null {
  const signature = headerOf(request, 'stripe-signature');
  if (!signature || request.body === undefined) return null;
  const rawBody = request.isBase64Encoded ? Buffer.from(request.body, 'base64') : request.body;
  const secret = requireEnv('STRIPE_WEBHOOK_SECRET');
  const stripe = stripeClient();
  try {
    return stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    logger.warn('Rejected webhook', { reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

function headerOf(request: LambdaFunctionURLEvent, name: string): string | undefined {
  const entry = Object.entries(request.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function respond(statusCode: number, body: Record<string, unknown>): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
