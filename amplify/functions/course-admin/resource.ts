import { defineFunction } from '@aws-amplify/backend';

export const courseAdmin = defineFunction({
  name: 'course-admin',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 10,
  memoryMB: 256,
  resourceGroupName: 'data',
});
