import { defineFunction } from '@aws-amplify/backend';

export const transcode = defineFunction({
  name: 'transcode',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 30,
  memoryMB: 256,
  resourceGroupName: 'data',
});
