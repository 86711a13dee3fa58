import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { LocalCloud } from './local-cloud';

export interface LocalAwsClients {
  documents: DynamoDBDocumentClient;
  s3: S3Client;
  /** Writes a model record the way the AppSync resolvers store it (with __typename and timestamps). */
  putModel(model: string, item: Record<string, unknown>): Promise<unknown>;
}

/** AWS SDK clients for scripts and tests, pointed at the local cloud with the environment its functions get. */
export function localAwsClients(cloud: LocalCloud): LocalAwsClients {
  const env = cloud.functionEnvironment;
  const credentials = { accessKeyId: env['AWS_ACCESS_KEY_ID']!, secretAccessKey: env['AWS_SECRET_ACCESS_KEY']! };
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: env['AWS_REGION'], endpoint: env['AWS_ENDPOINT_URL_DYNAMODB'], credentials }));
  const s3 = new S3Client({ region: env['AWS_REGION'], endpoint: env['AWS_ENDPOINT_URL_S3'], credentials, forcePathStyle: true });
  return {
    documents,
    s3,
    putModel: (model, item) => {
      const now = new Date().toISOString();
      return documents.send(new PutCommand({ TableName: cloud.data.tables[model], Item: { __typename: model, createdAt: now, updatedAt: now, ...item } }));
    },
  };
}
