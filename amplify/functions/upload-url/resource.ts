import { defineFunction } from '@aws-amplify/backend';

export const uploadUrl = defineFunction({
  name: 'upload-url',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 10,
  memoryMB: 256,
  resourceGroupName: 'data',
});
