import { noSuchObject } from './errors';
import { customerDefaults } from './feature-defaults';
import type { Params } from './form-params';
import { newId, nowSeconds } from './ids';
import type { Customer, Metadata } from './objects';
import { metadataParam, optionalString } from './param-readers';
import type { StripeContext } from './stripe-context';

export function createCustomer(
  context: StripeContext,
  fields: { email: string | null; name: string | null; metadata: Metadata; description?: string | null; phone?: string | null },
): Customer {
  const id = newId('cus', 14);
  const customer: Customer = {
    ...customerDefaults(),
    id,
    object: 'customer',
    balance: 0,
    created: nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: fields.description ?? null,
    email: fields.email,
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    livemode: false,
    metadata: fields.metadata,
    name: fields.name,
    phone: fields.phone ?? null,
  };
  context.store.state.customers[id] = customer;
  context.store.save();
  return customer;
}

export function createCustomerFromParams(context: StripeContext, params: Params): Customer {
  return createCustomer(context, {
    email: optionalString(params, 'email'),
    name: optionalString(params, 'name'),
    description: optionalString(params, 'description'),
    phone: optionalString(params, 'phone'),
    metadata: metadataParam(params, 'metadata'),
  });
}

export function findCustomer(context: StripeContext, id: string): Customer {
  const customer = context.store.state.customers[id];
  if (!customer) throw noSuchObject('customer', id);
  return customer;
}
