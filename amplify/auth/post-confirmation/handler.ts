import type { PostConfirmationTriggerHandler } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Creates the new user's profile; a repeated confirmation never overwrites an existing one. */
export const handler: PostConfirmationTriggerHandler = async (event) => {
  const userId = event.request.userAttributes['sub'];
  const email = event.request.userAttributes['email'];
  const now = new Date().toISOString();
  try {
    await documents.send(
      new PutCommand({
        TableName: process.env['USER_PROFILE_TABLE'],
        Item: { userId, email, __typename: 'UserProfile', createdAt: now, updatedAt: now },
        ConditionExpression: 'attribute_not_exists(userId)',
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
  return event;
};
