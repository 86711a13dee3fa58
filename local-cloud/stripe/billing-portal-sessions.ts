import type { AcceptedParams } from './accepted-params';
import type { PortalSession, PortalSessionRecord } from './billing-objects';
import { invalidParam, missingParam, noSuchObject } from './errors';
import type { Params } from './form-params';
import { newId, nowSeconds } from './ids';
import { optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';

export const portalSessionParams: AcceptedParams = { customer: 'value', return_url: 'value' };
/** The account's default portal configuration: the only one, as configurations are not emulated. */
const defaultConfiguration = 'bpc_local_default';
/** A portal left alone this long asks the customer to start again from the app. */
export const portalIdleSeconds = 5 * 60;

/** `POST /v1/billing_portal/sessions`: a short-lived link to the customer portal page `<publicUrl>/p/session/<id>`. */
export function createPortalSession(context: StripeContext, params: Params): PortalSession {
  const customer = optionalString(params, 'customer');
  if (customer === null) throw missingParam('customer');
  if (!context.store.state.customers[customer]) throw noSuchObject('customer', customer, 'customer');
  const returnUrl = optionalString(params, 'return_url');
  if (returnUrl !== null && !URL.canParse(returnUrl)) throw invalidParam('return_url', 'Not a valid URL');

  const id = newId('bps');
  const created = nowSeconds();
  const session: PortalSession = {
    id,
    object: 'billing_portal.session',
    configuration: defaultConfiguration,
    created,
    customer,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: returnUrl,
    url: `${context.publicUrl}/p/session/${id}`,
  };
  context.store.state.billingPortalSessions[id] = { session, lastActiveAt: created };
  context.store.save();
  return session;
}

export type PortalVisit = { kind: 'open'; record: PortalSessionRecord } | { kind: 'expired'; record: PortalSessionRecord } | { kind: 'unknown' };

/** Looks up the session behind a portal page request; an open session's idle timer starts again. */
export function visitPortalSession(context: StripeContext, id: string): PortalVisit {
  const record = context.store.state.billingPortalSessions[id];
  if (!record) return { kind: 'unknown' };
  const now = nowSeconds();
  if (now - record.lastActiveAt > portalIdleSeconds) return { kind: 'expired', record };
  record.lastActiveAt = now;
  context.store.save();
  return { kind: 'open', record };
}
