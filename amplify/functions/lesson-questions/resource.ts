import { defineFunction } from '@aws-amplify/backend';

/** Questions on the lesson timeline: asked and listed by entitled students, answered by admins. */
export const lessonQuestions = defineFunction({
  name: 'lesson-questions',
  entry: './handler.ts',
  runtime: 22,
  timeoutSeconds: 15,
  memoryMB: 256,
  resourceGroupName: 'data',
});
