import type { APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEvent } from 'aws-lambda';
import type Stripe from 'stripe';
import { toHttpStatus } from '../shared/errors';
import { requireEnv } from '../shared/env';
import { correlate, logger } from '../shared/logger';
import { stripeClient } from '../shared/stripe-client';
import { fulfil } from './fulfil';
import { claimEvent, releaseEvent } from './payment-store';

/**
 * Stripe webhook behind a public Function URL. Trust comes only from the signature over the raw
 * body (no unsigned fallback). Each event id is claimed in PaymentEvent before any side effect:
 * a repeat is acknowledged without effects; a failure releases the claim and answers non-2xx so
 * Stripe's retry processes it again.
 */
export const handler = async (
  request: LambdaFunctionURLEvent,
  context?: Context,
): Promise<APIGatewayProxyStructuredResultV2> => {
  correlate({ requestId: request.requestContext?.requestId }, context);
  if (request.requestContext?.http?.method && request.requestContext.http.method !== 'POST') {
    return respond(405, { error: 'method not allowed' });
  }

  const event = verify(request);
  if (!event) return respond(400, { error: 'invalid signature' });
  correlate({ requestId: request.requestContext?.requestId, stripeEventId: event.id, stripeEventType: event.type }, context);

  if (!(await claimEvent(event.id, event.type))) {
    logger.info('Duplicate Stripe event; already processed');
    return respond(200, { received: true, duplicate: true });
  }
  try {
    await fulfil(event);
  } catch (error) {
    logger.error('Stripe event processing failed; releasing it for retry', error instanceof Error ? error : String(error));
    await releaseEvent(event.id);
    return respond(toHttpStatus(error), { error: 'processing failed' });
  }
  return respond(200, { received: true });
};

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
