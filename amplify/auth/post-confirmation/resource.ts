import { defineFunction } from '@aws-amplify/backend';

export const postConfirmation = defineFunction({
  name: 'post-confirmation',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 10,
  resourceGroupName: 'auth',
});
