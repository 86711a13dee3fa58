import { StripeApiError, invalidParam, noSuchObject } from './errors';
import { checkoutSessionDefaults } from './feature-defaults';
import type { Params } from './form-params';
import { newId, nowSeconds } from './ids';
import { parseLineItems } from './line-items';
import { listPage } from './list-page';
import type { CheckoutMode, CheckoutSession, CheckoutSessionRecord, LineItem, ListObject } from './objects';
import {
  expandParam,
  metadataParam,
  optionalBoolean,
  optionalInteger,
  optionalObject,
  optionalString,
  requiredString,
} from './param-readers';
import type { StripeState } from './state-store';
import type { RequestInfo, StripeContext } from './stripe-context';

const modes: readonly CheckoutMode[] = ['payment', 'subscription'];
const day = 24 * 60 * 60;

export function createCheckoutSession(context: StripeContext, params: Params): CheckoutSession {
  const mode = requiredString(params, 'mode');
  if (!modes.includes(mode as CheckoutMode)) {
    throw invalidParam('mode', `Invalid mode: must be one of ${modes.join(' or ')} (setup is not emulated locally)`);
  }
  const lineItems = parseLineItems(params, mode as CheckoutMode);
  const successUrl = urlParam(params, 'success_url');
  const cancelUrl = urlParam(params, 'cancel_url');
  const customer = optionalString(params, 'customer');
  const customerEmail = optionalString(params, 'customer_email');
  if (customer !== null && customerEmail !== null) {
    throw invalidParam('customer_email', 'You may only specify one of these parameters: customer, customer_email.');
  }
  if (customer !== null && !context.store.state.customers[customer]) throw noSuchObject('customer', customer, 'customer');
  const customerCreation = optionalString(params, 'customer_creation');
  if (customerCreation !== null && !['always', 'if_required'].includes(customerCreation)) {
    throw invalidParam('customer_creation', 'Invalid customer_creation: must be one of always or if_required');
  }
  if (customerCreation !== null && mode !== 'payment') {
    throw invalidParam('customer_creation', '`customer_creation` can only be used in `payment` mode.');
  }
  const allowPromotionCodes = optionalBoolean(params, 'allow_promotion_codes');
  if (params['discounts'] !== undefined) {
    if (allowPromotionCodes !== null) {
      throw invalidParam('discounts', 'You may only specify one of these parameters: allow_promotion_codes, discounts.');
    }
    throw invalidParam('discounts', 'discounts is not emulated by the local Stripe stand-in; use allow_promotion_codes.');
  }
  const created = nowSeconds();
  const expiresAt = optionalInteger(params, 'expires_at') ?? created + day;
  if (expiresAt < created + 30 * 60 || expiresAt > created + day) {
    throw invalidParam('expires_at', 'The `expires_at` timestamp must be between 30 minutes and 24 hours from now.');
  }

  const id = newId('cs_test', 58);
  const amount = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  const session: CheckoutSession = {
    ...checkoutSessionDefaults(mode as CheckoutMode),
    id,
    object: 'checkout.session',
    allow_promotion_codes: allowPromotionCodes,
    amount_subtotal: amount,
    amount_total: amount,
    cancel_url: cancelUrl,
    client_reference_id: optionalString(params, 'client_reference_id'),
    created,
    currency: (lineItems[0] as LineItem).currency,
    customer,
    customer_creation: mode === 'payment' && customer === null ? ((customerCreation as 'always' | null) ?? 'if_required') : null,
    customer_details: null,
    customer_email: customerEmail,
    discounts: [],
    expires_at: expiresAt,
    invoice: null,
    livemode: false,
    locale: null,
    metadata: metadataParam(params, 'metadata'),
    mode: mode as CheckoutMode,
    payment_intent: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${context.publicUrl}/pay/${id}`,
  };
  context.store.state.checkoutSessions[id] = {
    session,
    lineItems,
    paymentIntentId: null,
    paymentIntentMetadata: nestedMetadata(params, 'payment_intent_data'),
    subscriptionMetadata: nestedMetadata(params, 'subscription_data'),
  };
  context.store.save();
  return session;
}

/** Looks a session up, first expiring it if its expires_at has passed (Stripe does this in the background). */
export function findCheckoutSession(context: StripeContext, id: string): CheckoutSessionRecord {
  const record = context.store.state.checkoutSessions[id];
  if (!record) throw noSuchObject('checkout.session', id);
  if (record.session.status === 'open' && record.session.expires_at <= nowSeconds()) {
    markExpired(context, record, { id: null, idempotency_key: null });
  }
  return record;
}

export function expireCheckoutSession(context: StripeContext, id: string, request: RequestInfo): CheckoutSession {
  const record = findCheckoutSession(context, id);
  if (record.session.status !== 'open') {
    throw new StripeApiError(
      400,
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.session.status}".`,
    );
  }
  markExpired(context, record, request);
  return record.session;
}

/** The session's line items; each item's `discounts` only when `expand[]=data.discounts` asks for them, as Stripe includes them. */
export function lineItemList(record: CheckoutSessionRecord, params: Params = {}): ListObject<LineItem> {
  const withDiscounts = expandParam(params).includes('data.discounts');
  const items = record.lineItems.map(({ discounts, ...item }): LineItem => (withDiscounts ? { ...item, discounts: discounts ?? [] } : item));
  return listPage(items, params, `/v1/checkout/sessions/${record.session.id}/line_items`, 'line item');
}

const expansions: Record<string, (state: StripeState, record: CheckoutSessionRecord) => unknown> = {
  line_items: (_state, record) => lineItemList(record),
  payment_intent: (state, { session }) => (session.payment_intent ? state.paymentIntents[session.payment_intent] : null),
  customer: (state, { session }) => (session.customer ? state.customers[session.customer] : null),
  subscription: (state, { session }) => (session.subscription ? state.subscriptions[session.subscription] : null),
};

/** The paths a Checkout Session's `expand[]` may name. */
export const checkoutSessionExpansions = Object.keys(expansions);

/** The session with its `expand[]` paths (checked by the router against checkoutSessionExpansions) replaced by the objects they name. */
export function expandCheckoutSession(context: StripeContext, record: CheckoutSessionRecord, params: Params): Record<string, unknown> {
  const result: Record<string, unknown> = { ...record.session };
  for (const path of expandParam(params)) result[path] = expansions[path]?.(context.store.state, record);
  return result;
}

function markExpired(context: StripeContext, record: CheckoutSessionRecord, request: RequestInfo): void {
  record.session.status = 'expired';
  record.session.url = null;
  context.store.save();
  context.events.publish('checkout.session.expired', record.session, request);
}

function urlParam(params: Params, key: string): string | null {
  const value = optionalString(params, key);
  if (value !== null && !URL.canParse(value.replaceAll('{CHECKOUT_SESSION_ID}', 'x'))) {
    throw invalidParam(key, 'Not a valid URL');
  }
  return value;
}

function nestedMetadata(params: Params, key: string): Record<string, string> {
  const nested = optionalObject(params, key);
  return nested ? metadataParam(nested, 'metadata', `${key}[metadata]`) : {};
}
