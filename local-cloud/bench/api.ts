import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { indexes } from '../../amplify/functions/catalog/catalog-store';
import { benchCourseId, type BenchCloud } from './bench-cloud';
import { percentile, type BenchRow } from './table';

const callsPerClient = { 1: 60, 50: 4 } as const;
type Concurrency = keyof typeof callsPerClient;

/** Latency of every call when `clients` callers each make their calls back to back. */
async function latencies(call: () => Promise<unknown>, clients: Concurrency): Promise<number[]> {
  const samples: number[] = [];
  await call();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < callsPerClient[clients]; i++) {
        const started = performance.now();
        await call();
        samples.push(performance.now() - started);
      }
    }),
  );
  return samples;
}

/**
 * listCatalog, getCatalogCourse and getPlayback through AppSync + resolver λ, as the browser calls them
 * (API key), against the bare DynamoDB reads underneath them, at 1 and 50 concurrent clients.
 */
export async function benchApi(bench: BenchCloud, playableLessonId: string): Promise<BenchRow[]> {
  const client = generateClient<Schema>();
  const { documents } = bench.clients;
  const tables = bench.cloud.data.tables;
  const failOnErrors = async (response: Promise<{ errors?: unknown[] }>) => {
    const { errors } = await response;
    if (errors?.length) throw new Error(JSON.stringify(errors));
  };
  const queries = [
    {
      name: 'listCatalog',
      ours: () => failOnErrors(client.queries.listCatalog({ authMode: 'apiKey' })),
      bare: () =>
        documents.send(
          new QueryCommand({
            TableName: tables['Course'], IndexName: indexes.coursesByStatus, KeyConditionExpression: '#status = :published',
            ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':published': 'PUBLISHED' },
          }),
        ),
    },
    {
      name: 'getCatalogCourse',
      ours: () => failOnErrors(client.queries.getCatalogCourse({ courseId: benchCourseId }, { authMode: 'apiKey' })),
      bare: () =>
        Promise.all([
          documents.send(new GetCommand({ TableName: tables['Course'], Key: { id: benchCourseId } })),
          documents.send(
            new QueryCommand({ TableName: tables['Lesson'], IndexName: indexes.lessonsByCourse, KeyConditionExpression: 'courseId = :id', ExpressionAttributeValues: { ':id': benchCourseId } }),
          ),
        ]),
    },
    {
      name: 'getPlayback',
      ours: () => failOnErrors(client.queries.getPlayback({ lessonId: playableLessonId }, { authMode: 'apiKey' })),
      bare: () => documents.send(new GetCommand({ TableName: tables['Lesson'], Key: { id: playableLessonId } })),
    },
  ];
  const rows: BenchRow[] = [];
  for (const clients of [1, 50] as const) {
    for (const query of queries) {
      const ours = await latencies(query.ours, clients);
      const bare = await latencies(query.bare, clients);
      for (const p of [50, 95]) {
        rows.push({
          measurement: `API ${query.name} p${p} at ${clients} client${clients > 1 ? 's' : ''} vs its DynamoDB reads`,
          ours: percentile(ours, p),
          bare: percentile(bare, p),
          unit: 'ms',
          target: clients === 50 && p === 95 ? '≤ 50 ms' : '—',
        });
      }
    }
  }
  return rows;
}
