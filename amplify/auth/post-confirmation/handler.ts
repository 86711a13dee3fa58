import type { PostConfirmationTriggerHandler } from 'aws-lambda';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, isConditionalCheckFailed, modelAttributes } from '../../functions/shared/dynamo';
import { requireEnv } from '../../functions/shared/env';
import { correlate, logger } from '../../functions/shared/logger';
import { sendNotice } from '../../functions/shared/mail/mailer';
import { welcomeMail } from '../../functions/shared/mail/welcome-mail';

/**
 * Creates the new user's profile and welcomes them by email. Only real sign-up confirmations count
 * (not password resets); a repeated confirmation never overwrites an existing profile nor welcomes
 * twice. A welcome that cannot be sent is logged and the confirmation still succeeds.
 */
export const handler: PostConfirmationTriggerHandler = async (event, context) => {
  const userId = event.request.userAttributes['sub'];
  const email = event.request.userAttributes['email'];
  correlate({ userId, triggerSource: event.triggerSource }, context);
  if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
  if (!userId || !email) throw new Error('Confirmed user has no sub or email attribute');

  const now = new Date().toISOString();
  const displayName = event.request.userAttributes['preferred_username'];
  try {
    await documents.send(
      new PutCommand({
        TableName: requireEnv('USER_PROFILE_TABLE'),
        Item: { userId, email, ...(displayName ? { displayName } : {}), ...modelAttributes('UserProfile', now) },
        ConditionExpression: 'attribute_not_exists(userId)',
      }),
    );
    logger.info('Profile created');
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    logger.info('Profile already exists');
    return event;
  }
  await sendNotice('welcome', async () => ({ to: [email], mail: welcomeMail(displayName) }));
  return event;
};
