import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** The bookkeeping attributes the AppSync model resolvers write, so records look the same either way. */
export function modelAttributes(typename: string, now: string): { __typename: string; createdAt: string; updatedAt: string } {
  return { __typename: typename, createdAt: now, updatedAt: now };
}
