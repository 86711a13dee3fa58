import { defineFunction, secret } from '@aws-amplify/backend';

/** Membership plan, billing portal, renewal changes, invoices, and admin refunds: the Stripe calls a person starts. */
export const billing = defineFunction({
  name: 'billing',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 15,
  memoryMB: 256,
  resourceGroupName: 'data',
  environment: {
    STRIPE_SECRET_KEY: secret('STRIPE_SECRET_KEY'),
  },
});
