import { defineFunction } from '@aws-amplify/backend';

export const mediaAccess = defineFunction({
  name: 'media-access',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 15,
  memoryMB: 512,
  resourceGroupName: 'data',
});
