import { defineFunction } from '@aws-amplify/backend';

export const uploadUrl = defineFunction({
  name: 'upload-url',
  entry: './handler.ts',
  runtime: 22,
  // A resume signs up to 320 part URLs after following every ListParts page.
  timeoutSeconds: 30,
  memoryMB: 256,
  resourceGroupName: 'data',
});
