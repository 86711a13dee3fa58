import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { UserLambdaValidationError } from 'cognito-local/lib/errors.js';
import type { PostConfirmationTrigger } from 'cognito-local/lib/services/triggers/postConfirmation.js';
import { attributesToRecord } from 'cognito-local/lib/services/userPoolService.js';
import { region, type InvokeFunction } from '../service';

type PostConfirmationParams = Parameters<PostConfirmationTrigger>[1];

export interface PostConfirmationTriggerOptions {
  invoke: InvokeFunction;
  /** Confirming a sign-up with an emailed code verifies the email; cognito-local forgets to. */
  markEmailVerified(userPoolId: string, username: string): Promise<void>;
  log: (line: string) => void;
}

/** The event Cognito sends a PostConfirmation trigger (version 1, real region and caller context). */
export function postConfirmationEvent(params: PostConfirmationParams, userAttributes: Record<string, string>): PostConfirmationTriggerEvent {
  return {
    version: '1',
    region,
    userPoolId: params.userPoolId,
    userName: params.username,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: params.clientId ?? 'CLIENT_ID_NOT_APPLICABLE' },
    triggerSource: params.source,
    request: { userAttributes, ...(params.clientMetadata ? { clientMetadata: params.clientMetadata } : {}) },
    response: {},
  };
}

/**
 * cognito-local's PostConfirmation trigger, replaced: it runs the project's 'post-confirmation'
 * handler through `invoke` (no Lambda Invoke API), and a failing handler fails the confirming call
 * with UserLambdaValidationException as Cognito does (the user stays confirmed), where cognito-local
 * would swallow the error.
 */
export function postConfirmationTrigger(options: PostConfirmationTriggerOptions): PostConfirmationTrigger {
  return async (_ctx, params) => {
    const userAttributes = attributesToRecord(params.userAttributes);
    if (params.source === 'PostConfirmation_ConfirmSignUp' && userAttributes['email'] && userAttributes['email_verified'] !== 'true') {
      await options.markEmailVerified(params.userPoolId, params.username);
      userAttributes['email_verified'] = 'true';
    }
    try {
      await options.invoke('post-confirmation', postConfirmationEvent(params, userAttributes));
    } catch (error) {
      const message = (error as Error).message;
      options.log(`post-confirmation failed for ${userAttributes['email'] ?? params.username}: ${message}`);
      throw new UserLambdaValidationError(`PostConfirmation failed with error ${message}.`);
    }
  };
}
