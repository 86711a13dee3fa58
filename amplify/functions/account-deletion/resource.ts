import { defineFunction, secret } from '@aws-amplify/backend';

/** Deletes the caller's account: ends their Stripe subscription, their Cognito user, then their own records (orders stay). */
export const accountDeletion = defineFunction({
  name: 'account-deletion',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 30,
  memoryMB: 256,
  resourceGroupName: 'data',
  environment: {
    STRIPE_SECRET_KEY: secret('STRIPE_SECRET_KEY'),
  },
});
