import { refuseUnknownParams, type AcceptedParams } from './accepted-params';
import {
  checkoutSessionExpansions,
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
import { lineItemParams } from './line-items';
import { pageParams } from './list-page';
import { expandParam } from './param-readers';
import type { RequestInfo, StripeContext } from './stripe-context';
import { createRefund, findRefund } from './refunds';
import { cancelSubscription, findSubscription } from './subscriptions';
import { listSubscriptions, subscriptionListParams } from './subscription-list';
import { subscriptionUpdateParams, updateSubscription } from './subscription-update';
import { findInvoice, invoiceListParams, listInvoices } from './invoices';
import { createPortalSession, portalSessionParams } from './billing-portal-sessions';
import { findCoupon } from './coupons';
import { expandPaymentIntent, findPaymentIntent, paymentIntentExpansions } from './payment-intents';
import { findPromotionCode, listPromotionCodes, promotionCodeListParams } from './promotion-codes';

export interface ApiCall {
  method: string;
  path: string;
  params: Params;
  request: RequestInfo;
}

type Handler = (context: StripeContext, call: ApiCall, id: string) => unknown;

/**
 * One /v1 endpoint. `accepts` declares every parameter it takes, nested keys included (see ParamShape); the router
 * refuses anything else with Stripe's `parameter_unknown` error before the handler runs, so nothing changes.
 * `expand[]` is accepted everywhere, as by Stripe, but only the paths in `expandable` are served; others are
 * refused as Stripe refuses them. To emulate a new parameter, add it to `accepts` and read it in the handler;
 * a list endpoint spreads `pageParams` and answers with `listPage`.
 */
interface Route {
  method: string;
  pattern: RegExp;
  accepts: AcceptedParams;
  expandable?: readonly string[];
  handle: Handler;
}

const routes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    accepts: {
      mode: 'value',
      line_items: [lineItemParams],
      success_url: 'value',
      cancel_url: 'value',
      client_reference_id: 'value',
      customer: 'value',
      customer_email: 'value',
      customer_creation: 'value',
      expires_at: 'value',
      metadata: 'hash',
      payment_intent_data: { metadata: 'hash' },
      subscription_data: { metadata: 'hash' },
      allow_promotion_codes: 'value',
      discounts: [{ coupon: 'value', promotion_code: 'value' }],
    },
    expandable: checkoutSessionExpansions,
    handle: (c, call) => {
      const session = createCheckoutSession(c, call.params);
      return expandCheckoutSession(c, findCheckoutSession(c, session.id), call.params);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    accepts: {},
    expandable: checkoutSessionExpansions,
    handle: (c, call, id) => expandCheckoutSession(c, findCheckoutSession(c, id), call.params),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    accepts: pageParams,
    expandable: ['data.discounts'],
    handle: (c, call, id) => lineItemList(findCheckoutSession(c, id), call.params),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    accepts: {},
    handle: (c, call, id) => expireCheckoutSession(c, id, call.request),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/customers$/,
    accepts: { email: 'value', name: 'value', description: 'value', phone: 'value', metadata: 'hash' },
    handle: (c, call) => createCustomerFromParams(c, call.params),
  },
  { method: 'GET', pattern: /^\/v1\/customers\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findCustomer(c, id) },
  { method: 'GET', pattern: /^\/v1\/subscriptions\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findSubscription(c, id) },
  {
    method: 'DELETE',
    pattern: /^\/v1\/subscriptions\/([^/]+)$/,
    accepts: {},
    handle: (c, call, id) => cancelSubscription(c, id, call.request),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/payment_intents\/([^/]+)$/,
    accepts: {},
    expandable: paymentIntentExpansions,
    handle: (c, call, id) => expandPaymentIntent(c, findPaymentIntent(c, id), call.params),
  },
  { method: 'GET', pattern: /^\/v1\/charges\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findCharge(c, id) },
  {
    method: 'POST',
    pattern: /^\/v1\/refunds$/,
    accepts: { charge: 'value', payment_intent: 'value', amount: 'value', reason: 'value', metadata: 'hash' },
    handle: (c, call) => createRefund(c, call.params, call.request),
  },
  { method: 'GET', pattern: /^\/v1\/refunds\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findRefund(c, id) },
  { method: 'GET', pattern: /^\/v1\/events$/, accepts: { ...pageParams, type: 'value' }, handle: (c, call) => listEvents(c, call.params) },
  { method: 'GET', pattern: /^\/v1\/events\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findEvent(c, id) },
  { method: 'GET', pattern: /^\/v1\/subscriptions$/, accepts: subscriptionListParams, handle: (c, call) => listSubscriptions(c, call.params) },
  {
    method: 'POST',
    pattern: /^\/v1\/subscriptions\/([^/]+)$/,
    accepts: subscriptionUpdateParams,
    handle: (c, call, id) => updateSubscription(c, id, call.params, call.request),
  },
  { method: 'GET', pattern: /^\/v1\/invoices$/, accepts: invoiceListParams, handle: (c, call) => listInvoices(c, call.params) },
  { method: 'GET', pattern: /^\/v1\/invoices\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findInvoice(c, id) },
  {
    method: 'POST',
    pattern: /^\/v1\/billing_portal\/sessions$/,
    accepts: portalSessionParams,
    handle: (c, call) => createPortalSession(c, call.params),
  },
  { method: 'GET', pattern: /^\/v1\/promotion_codes$/, accepts: promotionCodeListParams, handle: (c, call) => listPromotionCodes(c, call.params) },
  { method: 'GET', pattern: /^\/v1\/promotion_codes\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findPromotionCode(c, id) },
  { method: 'GET', pattern: /^\/v1\/coupons\/([^/]+)$/, accepts: {}, handle: (c, _call, id) => findCoupon(c, id) },
];

/** Runs one authenticated /v1 call; Stripe errors become their status and body, anything else a 500 api_error. */
export function handleApiCall(context: StripeContext, call: ApiCall): { status: number; body: unknown } {
  try {
    for (const route of routes) {
      const match = route.pattern.exec(call.path);
      if (match && route.method === call.method) {
        checkParams(call.params, route);
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

function findEvent(context: StripeContext, id: string): unknown {
  const record = context.store.state.events[id];
  if (!record) throw noSuchObject('event', id);
  return record.event;
}

function checkParams(params: Params, route: Route): void {
  refuseUnknownParams(params, { ...route.accepts, expand: ['value'] });
  const unexpandable = expandParam(params).find((path) => !route.expandable?.includes(path));
  if (unexpandable !== undefined) throw invalidParam('expand', `This property cannot be expanded (${unexpandable}).`);
}
