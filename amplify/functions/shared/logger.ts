import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';

/** One logger for every function; the function name comes from AWS_LAMBDA_FUNCTION_NAME. */
export const logger = new Logger({ serviceName: 'play-along' });

/**
 * Starts a fresh set of correlation keys for one invocation (warm containers would otherwise
 * carry the previous request's keys).
 */
export function correlate(keys: Record<string, string | null | undefined>, context?: Context): void {
  logger.resetKeys();
  if (context?.awsRequestId) logger.addContext(context);
  const present = Object.entries(keys).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  logger.appendKeys(Object.fromEntries(present));
}
