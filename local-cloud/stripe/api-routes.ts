import {
  createCheckoutSession,
  expandCheckoutSession,
  expireCheckoutSession,
  findCheckoutSession,
  lineItemList,
} from './checkout-sessions';
import { findCharge } from './charges';
import { createCustomerFromParams, findCustomer } from './customers';
import { StripeApiError, invalidParam, noSuchObject } from './errors';
import type { Params } from './form-params';
import { listEvents } from './event-list';
import { expandParam, optionalInteger } from './param-readers';
import type { RequestInfo, StripeContext } from './stripe-context';
import { createRefund, findRefund } from './refunds';
import { cancelSubscription, findSubscription } from './subscriptions';

export interface ApiCall {
  method: string;
  path: string;
  params: Params;
  request: RequestInfo;
}

type Handler = (context: StripeContext, call: ApiCall, id: string) => unknown;

interface Route {
  method: string;
  pattern: RegExp;
  handle: Handler;
}

const routes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    handle: (c, call) => {
      const session = createCheckoutSession(c, call.params);
      return expandCheckoutSession(c, findCheckoutSession(c, session.id), expandParam(call.params));
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    handle: (c, call, id) => expandCheckoutSession(c, findCheckoutSession(c, id), expandParam(call.params)),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    handle: (c, call, id) => lineItemList(findCheckoutSession(c, id), limitParam(call.params)),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    handle: (c, call, id) => expireCheckoutSession(c, id, call.request),
  },
  { method: 'POST', pattern: /^\/v1\/customers$/, handle: (c, call) => createCustomerFromParams(c, call.params) },
  { method: 'GET', pattern: /^\/v1\/customers\/([^/]+)$/, handle: (c, _call, id) => findCustomer(c, id) },
  { method: 'GET', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handle: (c, _call, id) => findSubscription(c, id) },
  { method: 'DELETE', pattern: /^\/v1\/subscriptions\/([^/]+)$/, handle: (c, call, id) => cancelSubscription(c, id, call.request) },
  { method: 'GET', pattern: /^\/v1\/payment_intents\/([^/]+)$/, handle: (c, _call, id) => findPaymentIntent(c, id) },
  { method: 'GET', pattern: /^\/v1\/charges\/([^/]+)$/, handle: (c, _call, id) => findCharge(c, id) },
  { method: 'POST', pattern: /^\/v1\/refunds$/, handle: (c, call) => createRefund(c, call.params, call.request) },
  { method: 'GET', pattern: /^\/v1\/refunds\/([^/]+)$/, handle: (c, _call, id) => findRefund(c, id) },
  { method: 'GET', pattern: /^\/v1\/events$/, handle: (c, call) => listEvents(c, call.params, limitParam(call.params)) },
  { method: 'GET', pattern: /^\/v1\/events\/([^/]+)$/, handle: (c, _call, id) => findEvent(c, id) },
];

/** Runs one authenticated /v1 call; Stripe errors become their status and body, anything else a 500 api_error. */
export function handleApiCall(context: StripeContext, call: ApiCall): { status: number; body: unknown } {
  try {
    for (const route of routes) {
      const match = route.pattern.exec(call.path);
      if (match && route.method === call.method) {
        return { status: 200, body: route.handle(context, call, decodeURIComponent(match[1] ?? '')) };
      }
    }
    throw new StripeApiError(404, `Unrecognized request URL (${call.method}: ${call.path}). This local Stripe stand-in only emulates the endpoints the app uses.`);
  } catch (error) {
    if (error instanceof StripeApiError) return { status: error.status, body: error.toBody() };
    context.log(`api error on ${call.method} ${call.path}: ${error instanceof Error ? error.stack : String(error)}`);
    return { status: 500, body: new StripeApiError(500, 'An unexpected error occurred in the local Stripe stand-in.', { type: 'api_error' }).toBody() };
  }
}

function findPaymentIntent(context: StripeContext, id: string): unknown {
  const paymentIntent = context.store.state.paymentIntents[id];
  if (!paymentIntent) throw noSuchObject('payment_intent', id);
  return paymentIntent;
}

function findEvent(context: StripeContext, id: string): unknown {
  const record = context.store.state.events[id];
  if (!record) throw noSuchObject('event', id);
  return record.event;
}

function limitParam(params: Params): number {
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalidParam('limit', 'This value must be between 1 and 100.');
  return limit;
}
