import { defineFunction } from '@aws-amplify/backend';

/** Issues a student's certificate of completion (with its PDF) and verifies a certificate's code for anyone. */
export const certificates = defineFunction({
  name: 'certificates',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 15,
  memoryMB: 512,
  resourceGroupName: 'data',
});
