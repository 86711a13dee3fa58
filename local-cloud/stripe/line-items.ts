import type { AcceptedParams } from './accepted-params';
import { StripeApiError, invalidParam, missingParam } from './errors';
import { lineItemDefaults, priceDefaults } from './feature-defaults';
import type { Params } from './form-params';
import { newId, nowSeconds } from './ids';
import type { CheckoutMode, LineItem, Price, Recurring } from './objects';
import {
  isParams,
  metadataParam,
  optionalInteger,
  optionalList,
  optionalObject,
  optionalString,
  requiredString,
} from './param-readers';

const intervals: ReadonlyArray<Recurring['interval']> = ['day', 'week', 'month', 'year'];

/** What one `line_items[i]` may contain: the fields parseLineItems reads. */
export const lineItemParams: AcceptedParams = {
  price: 'value',
  quantity: 'value',
  price_data: {
    currency: 'value',
    unit_amount: 'value',
    product: 'value',
    product_data: { name: 'value', metadata: 'hash' },
    recurring: { interval: 'value', interval_count: 'value' },
  },
};

/** Builds Checkout line items from `line_items[i][price_data]…`; saved Prices are not emulated. */
export function parseLineItems(params: Params, mode: CheckoutMode): LineItem[] {
  const entries = optionalList(params, 'line_items');
  if (entries.length === 0) throw missingParam('line_items');
  const items = entries.map((entry, index) => {
    const name = `line_items[${index}]`;
    if (!isParams(entry)) throw invalidParam(name, `Invalid object: ${name}`);
    return parseLineItem(entry, name);
  });
  const currencies = new Set(items.map((item) => item.currency));
  if (currencies.size > 1) {
    throw invalidParam('line_items', 'All line items must use the same currency.');
  }
  const hasRecurring = items.some((item) => item.price.recurring !== null);
  if (mode === 'subscription' && !hasRecurring) {
    throw invalidParam('line_items', 'You must provide at least one recurring price in `subscription` mode when using prices.');
  }
  if (mode === 'payment' && hasRecurring) {
    throw invalidParam(
      'line_items',
      'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
    );
  }
  return items;
}

function parseLineItem(entry: Params, name: string): LineItem {
  const priceId = optionalString(entry, 'price', `${name}[price]`);
  if (priceId !== null) {
    throw new StripeApiError(400, `No such price: '${priceId}'`, { code: 'resource_missing', param: `${name}[price]` });
  }
  const priceData = optionalObject(entry, 'price_data', `${name}[price_data]`);
  if (priceData === null) throw missingParam(`${name}[price_data]`);
  const quantity = optionalInteger(entry, 'quantity', `${name}[quantity]`);
  if (quantity === null) throw missingParam(`${name}[quantity]`);
  if (quantity < 1) throw invalidParam(`${name}[quantity]`, 'This value must be greater than or equal to 1.');

  const { price, description } = parsePriceData(priceData, `${name}[price_data]`);
  const amount = price.unit_amount * quantity;
  return {
    ...lineItemDefaults(),
    id: newId('li'),
    object: 'item',
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description,
    metadata: {},
    price,
    quantity,
  };
}

function parsePriceData(data: Params, name: string): { price: Price; description: string } {
  const currency = requiredString(data, 'currency', `${name}[currency]`).toLowerCase();
  if (!/^[a-z]{3}$/.test(currency)) throw invalidParam(`${name}[currency]`, `Invalid currency: ${currency}.`);
  const unitAmount = optionalInteger(data, 'unit_amount', `${name}[unit_amount]`);
  if (unitAmount === null) throw missingParam(`${name}[unit_amount]`);
  if (unitAmount < 0) throw invalidParam(`${name}[unit_amount]`, 'Invalid non-negative integer');

  const productId = optionalString(data, 'product', `${name}[product]`);
  const productData = optionalObject(data, 'product_data', `${name}[product_data]`);
  if (productId === null && productData === null) {
    throw invalidParam(name, 'You must specify either `product` or `product_data` when creating a price.');
  }
  const description = productData
    ? requiredString(productData, 'name', `${name}[product_data][name]`)
    : (productId as string);
  if (productData) metadataParam(productData, 'metadata', `${name}[product_data][metadata]`);

  const recurring = parseRecurring(data, `${name}[recurring]`);
  const price: Price = {
    ...priceDefaults(),
    id: newId('price'),
    object: 'price',
    active: false,
    billing_scheme: 'per_unit',
    created: nowSeconds(),
    currency,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: productId ?? newId('prod', 14),
    recurring,
    tax_behavior: 'unspecified',
    type: recurring ? 'recurring' : 'one_time',
    unit_amount: unitAmount,
    unit_amount_decimal: String(unitAmount),
  };
  return { price, description };
}

function parseRecurring(data: Params, name: string): Recurring | null {
  const recurring = optionalObject(data, 'recurring', name);
  if (recurring === null) return null;
  const interval = requiredString(recurring, 'interval', `${name}[interval]`);
  if (!intervals.includes(interval as Recurring['interval'])) {
    throw invalidParam(`${name}[interval]`, `Invalid ${name}[interval]: must be one of day, week, month, or year`);
  }
  const intervalCount = optionalInteger(recurring, 'interval_count', `${name}[interval_count]`) ?? 1;
  if (intervalCount < 1) throw invalidParam(`${name}[interval_count]`, 'This value must be greater than or equal to 1.');
  return {
    interval: interval as Recurring['interval'],
    interval_count: intervalCount,
    usage_type: 'licensed',
    meter: null,
    trial_period_days: null,
  };
}
