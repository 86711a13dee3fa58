import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Context } from 'aws-lambda';
import type Stripe from 'stripe';
import { requireEnv } from '../shared/env';

export interface Outcome {
  received: true;
  /** Set when this delivery repeats an event that was already processed. */
  duplicate?: true;
}

/** Stripe retries a delivery for up to three days; a processed event is remembered a day longer. */
const rememberProcessedSeconds = 4 * 24 * 60 * 60;

type Processor = (event: Stripe.Event) => Promise<void>;

/**
 * Runs `process` at most once per Stripe event id to completion, with Powertools idempotency in
 * DynamoDB (IDEMPOTENCY_TABLE). The first delivery leases the event until its Lambda's deadline
 * (registerLambdaContext): a crash or timeout leaves the lease to run out, so Stripe's next retry
 * processes the event again. A thrown error deletes the lease at once and propagates, so the
 * answer is non-2xx and Stripe retries. A delivery arriving while another holds the lease gets
 * IdempotencyAlreadyInProgressError; one after completion gets `{ received: true, duplicate: true }`.
 */
export function exactlyOnce(process: Processor): (event: Stripe.Event, context?: Context) => Promise<Outcome> {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'id',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: rememberProcessedSeconds,
    responseHook: (response) => ({ ...(response as object), duplicate: true }),
  });
  let bound: { table: string; run: (event: Stripe.Event) => Promise<Outcome> } | undefined;

  return (event, context) => {
    // The table name arrives through the environment at cold start; tests repoint it between suites.
    const table = requireEnv('IDEMPOTENCY_TABLE');
    if (bound?.table !== table) {
      const persistenceStore = new DynamoDBPersistenceLayer({ tableName: table });
      const run = async (stripeEvent: Stripe.Event): Promise<Outcome> => {
        await process(stripeEvent);
        return { received: true };
      };
      bound = { table, run: makeIdempotent(run, { persistenceStore, config, keyPrefix: 'stripe-event' }) };
    }
    if (context) config.registerLambdaContext(context);
    return bound.run(event);
  };
}
