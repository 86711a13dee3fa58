import { Amplify } from 'aws-amplify';
import type { GraphQLQuery } from 'aws-amplify/api';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../data/resource';
import { requireEnv } from './env';

type DataClient = ReturnType<typeof generateClient<Schema>>;

/** A conditional `update<Model>` document and its variables. */
export interface ConditionalUpdate {
  query: string;
  variables: { input: Record<string, unknown> & { id: string }; condition: object };
}

interface GraphQLFailure {
  errors?: { errorType?: string; message?: string }[];
}

let configured: { endpoint: string; client: DataClient } | undefined;

/**
 * The AppSync client of the functions granted `allow.resource(fn)` in the data schema: IAM (SigV4)
 * with the function's own credentials, as `getAmplifyDataClientConfig` configures it. That helper
 * also downloads the model introspection schema from S3 for `client.models`; typed documents do not
 * need it, so the functions skip that read. Configured on first use, from the variables Amplify
 * gives the function (AMPLIFY_DATA_GRAPHQL_ENDPOINT, and Lambda's AWS_* credentials).
 */
function dataClient(): DataClient {
  const endpoint = requireEnv('AMPLIFY_DATA_GRAPHQL_ENDPOINT');
  if (configured?.endpoint !== endpoint) {
    Amplify.configure(
      { API: { GraphQL: { endpoint, region: requireEnv('AWS_REGION'), defaultAuthMode: 'iam' } } },
      {
        Auth: {
          credentialsProvider: {
            getCredentialsAndIdentityId: async () => ({
              credentials: {
                accessKeyId: requireEnv('AWS_ACCESS_KEY_ID'),
                secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY'),
                sessionToken: process.env['AWS_SESSION_TOKEN'] || undefined,
              },
            }),
            clearCredentialsAndIdentityId: () => undefined,
          },
        },
      },
    );
    configured = { endpoint, client: generateClient<Schema>() };
  }
  return configured.client;
}

/**
 * Runs a conditional `update<Model>` mutation (`field`, e.g. updateLesson); false when its condition
 * (or the record's existence) did not hold.
 */
export async function runConditionalUpdate(field: string, update: ConditionalUpdate): Promise<boolean> {
  try {
    const result = await dataClient().graphql<GraphQLQuery<Record<string, unknown>>>(update);
    return result.data[field] !== null && result.data[field] !== undefined;
  } catch (caught) {
    const errors = (caught as GraphQLFailure).errors;
    if (!errors) throw caught;
    if (errors.length > 0 && errors.every((error) => error.errorType === 'DynamoDB:ConditionalCheckFailedException')) return false;
    throw new Error(`AppSync refused ${field}: ${errors.map((error) => `${error.errorType ?? 'Error'}: ${error.message ?? ''}`).join('; ')}`);
  }
}
