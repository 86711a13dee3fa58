/**
 * The API bench's load generator, a process of its own so its clients' work (building requests,
 * parsing answers) is not charged to the local cloud under test. Forked by api.ts with an
 * ApiLoadConfig as argv[2]; answers each ApiLoadRequest with the latency of every call.
 */
import { readFile } from 'node:fs/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { ConsoleLogger } from 'aws-amplify/utils';
import type { Schema } from '../../amplify/data/resource';
import { indexes } from '../../amplify/functions/catalog/catalog-store';
import { toResourcesConfig } from '../../src/app/core/amplify/amplify-outputs';
import type { ApiLoadConfig, ApiLoadReply, ApiLoadRequest, ApiQuery } from './api-load-protocol';

const config = JSON.parse(process.argv[2] ?? '') as ApiLoadConfig;
if (!process.send) throw new Error('api-load must be forked by the API bench');

ConsoleLogger.LOG_LEVEL = 'ERROR';
Amplify.configure(toResourcesConfig(JSON.parse(await readFile(config.outputsFile, 'utf8'))));
const client = generateClient<Schema>();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient(config.dynamo));
const { tables, courseId, lessonId } = config;

const failOnErrors = async (response: Promise<{ errors?: unknown[] }>) => {
  const { errors } = await response;
  if (errors?.length) throw new Error(JSON.stringify(errors));
};

/** Each query as the browser calls it (API key), and the DynamoDB reads its resolver makes. */
const calls: Record<ApiQuery, { ours: () => Promise<unknown>; bare: () => Promise<unknown> }> = {
  listCatalog: {
    ours: () => failOnErrors(client.queries.listCatalog({ authMode: 'apiKey' })),
    bare: () =>
      documents.send(
        new QueryCommand({
          TableName: tables['Course'], IndexName: indexes.coursesByStatus, KeyConditionExpression: '#status = :published',
          ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':published': 'PUBLISHED' },
        }),
      ),
  },
  getCatalogCourse: {
    ours: () => failOnErrors(client.queries.getCatalogCourse({ courseId }, { authMode: 'apiKey' })),
    bare: () =>
      Promise.all([
        documents.send(new GetCommand({ TableName: tables['Course'], Key: { id: courseId } })),
        documents.send(
          new QueryCommand({ TableName: tables['Lesson'], IndexName: indexes.lessonsByCourse, KeyConditionExpression: 'courseId = :id', ExpressionAttributeValues: { ':id': courseId } }),
        ),
      ]),
  },
  getPlayback: {
    ours: () => failOnErrors(client.queries.getPlayback({ lessonId }, { authMode: 'apiKey' })),
    bare: () => documents.send(new GetCommand({ TableName: tables['Lesson'], Key: { id: lessonId } })),
  },
};

/** `clients` callers each make `callsPerClient` calls back to back; the latency of every call. */
async function latencies(call: () => Promise<unknown>, clients: number, callsPerClient: number): Promise<number[]> {
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < callsPerClient; i++) {
        const started = performance.now();
        await call();
        samples.push(performance.now() - started);
      }
    }),
  );
  return samples;
}

process.on('message', (request: ApiLoadRequest) => {
  const reply = (message: ApiLoadReply) => process.send?.(message);
  latencies(calls[request.query][request.side], request.clients, request.callsPerClient).then(
    (samples) => reply({ samples }),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
