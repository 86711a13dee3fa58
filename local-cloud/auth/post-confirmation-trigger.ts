import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import type { Lambda } from 'cognito-local/lib/services/lambda.js';
import { region, type InvokeFunction } from '../service';

/** What cognito-local's TriggersService hands its Lambda for a PostConfirmation trigger. */
interface PostConfirmationRequest {
  triggerSource: PostConfirmationTriggerEvent['triggerSource'];
  clientId: string | null;
  clientMetadata?: Record<string, string>;
  userAttributes: Record<string, string>;
  username: string;
  userPoolId: string;
}

export interface PostConfirmationTriggerOptions {
  invoke: InvokeFunction;
  /** Confirming a sign-up with an emailed code verifies the email; cognito-local forgets to. */
  markEmailVerified(userPoolId: string, username: string): Promise<void>;
  log: (line: string) => void;
}

/** Builds the event Cognito sends a PostConfirmation trigger (version 1, real region and caller context). */
export function postConfirmationEvent(request: PostConfirmationRequest): PostConfirmationTriggerEvent {
  return {
    version: '1',
    region,
    userPoolId: request.userPoolId,
    userName: request.username,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: request.clientId ?? 'CLIENT_ID_NOT_APPLICABLE' },
    triggerSource: request.triggerSource,
    request: {
      userAttributes: request.userAttributes,
      ...(request.clientMetadata ? { clientMetadata: request.clientMetadata } : {}),
    },
    response: {},
  };
}

/**
 * The Lambda service cognito-local calls for triggers: only PostConfirmation is wired, and it runs
 * the project's 'post-confirmation' handler in-process instead of through the Lambda Invoke API.
 */
export function postConfirmationTrigger(options: PostConfirmationTriggerOptions): Lambda {
  const invoke = async (_ctx: unknown, trigger: string, request: PostConfirmationRequest): Promise<unknown> => {
    if (trigger !== 'PostConfirmation') throw new Error(`${trigger} trigger not configured`);
    const userAttributes = { ...request.userAttributes };
    if (request.triggerSource === 'PostConfirmation_ConfirmSignUp' && userAttributes['email'] && userAttributes['email_verified'] !== 'true') {
      await options.markEmailVerified(request.userPoolId, request.username);
      userAttributes['email_verified'] = 'true';
    }
    const event = postConfirmationEvent({ ...request, userAttributes });
    try {
      const result = (await options.invoke('post-confirmation', event)) as { response?: unknown } | null | undefined;
      return result?.response ?? {};
    } catch (error) {
      options.log(`post-confirmation failed for ${userAttributes['email'] ?? request.username}: ${(error as Error).message}`);
      throw error;
    }
  };
  return {
    enabled: (trigger) => trigger === 'PostConfirmation',
    invoke: invoke as Lambda['invoke'],
  };
}
