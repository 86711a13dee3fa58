import { defineFunction } from '@aws-amplify/backend';

export const catalog = defineFunction({
  name: 'catalog',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 10,
  memoryMB: 512,
  resourceGroupName: 'data',
});
