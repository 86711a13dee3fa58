import type Stripe from 'stripe';
import { accountCountry, accountName } from './account';
import type { Invoice, InvoiceLineItem } from './billing-objects';
import { newId, nowSeconds } from './ids';
import { formatAmount } from './money';
import type { Customer, Subscription } from './objects';

export interface SubscriptionInvoiceInput {
  subscription: Subscription;
  customer: Customer;
  billingReason: 'subscription_create' | 'subscription_cycle';
  /** `number`: the customer's invoice prefix and a sequence, e.g. `A1B2C3D4-0002`. */
  number: string;
  /** The invoice's own period: the period just ended for a renewal, the creation instant for the first invoice. */
  period: { start: number; end: number };
  productNames: Readonly<Record<string, string>>;
  hostedUrlBase: string;
}

/**
 * A subscription invoice that was paid at once with the saved card, shaped as API version 2026-10-28 has it: the
 * subscription under `parent.subscription_details`, each line's price under `pricing` and its item under `parent`.
 */
export function paidSubscriptionInvoice(input: SubscriptionInvoiceInput): Invoice {
  const { subscription, customer } = input;
  const id = newId('in');
  const now = nowSeconds();
  const lines = subscription.items.data.map((item) => invoiceLine(item, id, subscription, input.productNames));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    id,
    object: 'invoice',
    account_country: accountCountry,
    account_name: accountName,
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: total,
    amount_remaining: 0,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: false,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: customer.email ?? null,
    customer_name: customer.name ?? null,
    customer_phone: customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: now,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${input.hostedUrlBase}/i/${id}`,
    invoice_pdf: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: input.number,
    on_behalf_of: null,
    parent: {
      quote_details: null,
      subscription_details: { metadata: { ...subscription.metadata }, subscription: subscription.id },
      type: 'subscription_details',
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.period.end,
    period_start: input.period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: 'paid',
    status_transitions: { finalized_at: now, marked_uncollectible_at: null, paid_at: now, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}

function invoiceLine(
  item: Subscription['items']['data'][number],
  invoice: string,
  subscription: Subscription,
  productNames: Readonly<Record<string, string>>,
): InvoiceLineItem {
  const { price, quantity } = item;
  const amount = price.unit_amount * quantity;
  const name = productNames[price.product] ?? price.product;
  const interval = price.recurring ? ` / ${price.recurring.interval}` : '';
  const parent: Stripe.InvoiceLineItem.Parent.SubscriptionItemDetails = {
    invoice_item: null,
    proration: false,
    proration_details: { credited_items: null },
    subscription: subscription.id,
    subscription_item: item.id,
  };
  return {
    id: newId('il'),
    object: 'line_item',
    amount,
    currency: price.currency,
    description: `${quantity} × ${name} (at ${formatAmount(price.unit_amount, price.currency)}${interval})`,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice,
    livemode: false,
    metadata: {},
    parent: { invoice_item_details: null, subscription_item_details: parent, type: 'subscription_item_details' },
    period: { start: item.current_period_start, end: item.current_period_end },
    pretax_credit_amounts: [],
    pricing: {
      price_details: { price: price.id, product: price.product },
      type: 'price_details',
      unit_amount_decimal: price.unit_amount_decimal,
    },
    quantity,
    quantity_decimal: String(quantity),
    subscription: subscription.id,
    subtotal: amount,
    taxes: [],
  };
}
