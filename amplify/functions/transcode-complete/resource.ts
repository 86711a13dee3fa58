import { defineFunction } from '@aws-amplify/backend';

export const transcodeComplete = defineFunction({
  name: 'transcode-complete',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 30,
  memoryMB: 256,
  resourceGroupName: 'data',
});
