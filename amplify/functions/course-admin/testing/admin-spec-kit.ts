import type { AppSyncIdentityCognito } from 'aws-lambda';
import { appSyncEvent, userIdentity } from '../../shared/testing/appsync-events';
import { useFakeS3 } from '../../shared/testing/fake-s3';
export { useFakeUserPool, type DirectoryEntry } from '../../shared/testing/fake-user-pool';
import { useLocalTables, type LocalTables, type TableEnv } from '../../shared/testing/local-dynamo';
import { handler } from '../handler';

export const admin = userIdentity('admin-1', ['ADMINS'], 'admin@example.com');
export const student = userIdentity('student-1', [], 'student@example.com');

const tableEnvs: TableEnv[] = [
  'COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'ORDER_TABLE', 'USER_PROFILE_TABLE', 'AUDIT_ENTRY_TABLE',
];

/** Calls the handler as AppSync does; adminCourseSales is the one query. */
export function call<T = unknown>(field: string, args: Record<string, unknown>, identity: AppSyncIdentityCognito | null = admin): Promise<T> {
  const event = appSyncEvent(field, args, identity, field === 'adminCourseSales' ? 'Query' : 'Mutation');
  return handler(event as Parameters<typeof handler>[0]) as Promise<T>;
}

export interface AdminTables extends LocalTables {
  /** Every record of every table the function touches, for "changed nothing" checks. */
  snapshot(): Promise<Record<string, Record<string, unknown>[]>>;
  audit(): Promise<Record<string, unknown>[]>;
}

export function useAdminTables(): AdminTables {
  const tables = useLocalTables(tableEnvs);
  return Object.assign(Object.create(tables) as LocalTables, {
    async snapshot() {
      const entries = await Promise.all(tableEnvs.map(async (table) => [table, sortById(await tables.scan(table))] as const));
      return Object.fromEntries(entries);
    },
    audit: () => tables.scan('AUDIT_ENTRY_TABLE'),
  });
}

/** The media bucket as the cleanup after a delete sees it: `objects` listed, deletions recorded. */
export function useFakeMediaBucket(objects: readonly string[]): { deletedKeys(): string[] } {
  const s3 = useFakeS3((request) => {
    if (request.method === 'GET' && request.query.get('list-type') === '2') {
      const prefix = request.query.get('prefix') ?? '';
      const contents = objects.filter((key) => key.startsWith(prefix)).map((key) => `<Contents><Key>${key}</Key></Contents>`);
      return { body: `<ListBucketResult><Prefix>${prefix}</Prefix><IsTruncated>false</IsTruncated>${contents.join('')}</ListBucketResult>` };
    }
    if (request.method === 'POST' && request.query.has('delete')) return { body: '<DeleteResult></DeleteResult>' };
    return { status: 400 };
  });
  beforeEach(() => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
  });
  return {
    deletedKeys: () =>
      s3
        .requests()
        .filter((request) => request.method === 'POST')
        .flatMap((request) => [...request.body.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1]))
        .sort(),
  };
}

function sortById(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const keyOf = (item: Record<string, unknown>) => String(item['id'] ?? `${String(item['userId'])}:${String(item['courseId'])}`);
  return [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** A course record as the admin mutations store it. */
export function courseFixture(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, title: `Course ${id}`, summary: 'Summary', description: 'Description', instrument: 'GUITAR', level: 'BEGINNER',
    priceCents: 2900, currency: 'usd', status: 'DRAFT', __typename: 'Course', createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z', ...overrides,
  };
}

export function lessonFixture(id: string, courseId: string, position: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, courseId, title: `Lesson ${id}`, position, freePreview: false, status: 'DRAFT', videoStatus: 'NONE', __typename: 'Lesson',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides,
  };
}
