import { defineFunction, secret } from '@aws-amplify/backend';

export const createCheckout = defineFunction({
  name: 'create-checkout',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 15,
  memoryMB: 256,
  resourceGroupName: 'data',
  environment: {
    STRIPE_SECRET_KEY: secret('STRIPE_SECRET_KEY'),
  },
});
