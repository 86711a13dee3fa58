import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

export type ApiQuery = 'listCatalog' | 'getCatalogCourse' | 'getPlayback';

/** What the load generator needs to reach the bench's local cloud (passed as argv[2], JSON). */
export interface ApiLoadConfig {
  readonly outputsFile: string;
  readonly dynamo: Pick<DynamoDBClientConfig, 'region' | 'endpoint' | 'credentials'>;
  readonly tables: Readonly<Record<string, string>>;
  readonly courseId: string;
  readonly lessonId: string;
}

/** One round: our path (`ours`) or the bare DynamoDB reads (`bare`) of one query. */
export interface ApiLoadRequest {
  readonly query: ApiQuery;
  readonly side: 'ours' | 'bare';
  readonly clients: number;
  readonly callsPerClient: number;
}

export type ApiLoadReply = { readonly samples: number[] } | { readonly error: string } | { readonly ready: true };
