import type { Invoice } from './billing-objects';
import { invalidParam, noSuchObject } from './errors';
import type { Params } from './form-params';
import { listPage, pageParams } from './list-page';
import type { AcceptedParams } from './accepted-params';
import type { ListObject, Subscription } from './objects';
import { optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';
import { paidSubscriptionInvoice, type SubscriptionInvoiceInput } from './subscription-invoice';

export const invoiceListParams: AcceptedParams = { ...pageParams, customer: 'value', subscription: 'value', status: 'value' };
const statuses = new Set(['draft', 'open', 'paid', 'uncollectible', 'void']);

/**
 * Creates the subscription's paid invoice for its current period and makes it the latest; the caller saves and
 * publishes, so the events go out in Stripe's order around the subscription's own.
 */
export function issueSubscriptionInvoice(
  context: StripeContext,
  subscription: Subscription,
  billingReason: SubscriptionInvoiceInput['billingReason'],
  period: SubscriptionInvoiceInput['period'],
  cardLast4: string,
): Invoice {
  const { state } = context.store;
  const customer = state.customers[subscription.customer];
  if (!customer) throw new Error(`subscription ${subscription.id} names a missing customer ${subscription.customer}`);
  const sequence = Object.values(state.invoices).filter((record) => record.invoice.customer === customer.id).length + 1;
  const invoice = paidSubscriptionInvoice({
    subscription,
    customer,
    billingReason,
    number: `${customer.invoice_prefix}-${String(sequence).padStart(4, '0')}`,
    period,
    productNames: state.productNames,
    hostedUrlBase: context.publicUrl,
  });
  state.invoices[invoice.id] = { invoice, cardLast4 };
  subscription.latest_invoice = invoice.id;
  return invoice;
}

/** Stripe sends `invoice.paid`, then `invoice.payment_succeeded`, for an invoice paid in full. */
export function publishInvoicePaid(context: StripeContext, invoice: Invoice): void {
  context.events.publish('invoice.paid', invoice);
  context.events.publish('invoice.payment_succeeded', invoice);
}

export function findInvoice(context: StripeContext, id: string): Invoice {
  const record = context.store.state.invoices[id];
  if (!record) throw noSuchObject('invoice', id);
  return record.invoice;
}

/** `GET /v1/invoices`: newest first, by customer, subscription and status. */
export function listInvoices(context: StripeContext, params: Params): ListObject<Invoice> {
  const customer = optionalString(params, 'customer');
  const subscription = optionalString(params, 'subscription');
  const status = optionalString(params, 'status');
  if (status !== null && !statuses.has(status)) {
    throw invalidParam('status', `Invalid status: must be one of ${[...statuses].join(', ')}`);
  }
  const matching = Object.values(context.store.state.invoices)
    .map((record) => record.invoice)
    .filter(
      (invoice) =>
        (customer === null || invoice.customer === customer) &&
        (subscription === null || invoice.parent?.subscription_details?.subscription === subscription) &&
        (status === null || invoice.status === status),
    )
    .reverse();
  return listPage(matching, params, '/v1/invoices', 'invoice');
}
