import { request as httpRequest } from 'node:http';
import { signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { apiRateLimit } from '../../amplify/operations/api-rate-limit';
import { CloudFixture, password } from './cloud-fixture';

const adminEmail = 'rl-admin@example.com';
const course = { id: 'rl-course', title: 'Course', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 100, currency: 'usd', status: 'DRAFT' };
const windowMs = apiRateLimit.windowSeconds * 1000;
/** Requests in flight at once during a burst: enough to be quick, few enough for a small shared machine. */
const burstConcurrency = 20;

/**
 * How the aws-amplify data client reports a request the web ACL blocked: it resolves with
 * `data: null` and a GraphQLError 'Unknown error' whose originalError is the HTTP answer.
 */
interface ReportedError {
  originalError?: { response?: { statusCode?: number; body?: string } };
}
const httpAnswer = (result: { errors?: unknown[] }) => (result.errors?.[0] as ReportedError | undefined)?.originalError?.response;

describe('the API rate limit through the local cloud', () => {
  let fixture: CloudFixture;
  let now = Date.now();
  const client = generateClient<Schema>();

  const readCourse = () => client.models.Course.get({ id: course.id });
  const renameCourse = (title: string) =>
    client.mutations.adminUpdateCourse({ id: course.id, title, summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 100, currency: 'usd' });

  /** Sends `count` reads from this process's address and answers how many the API served. */
  const burst = async (count: number): Promise<number> => {
    let served = 0;
    for (let sent = 0; sent < count; sent += burstConcurrency) {
      const batch = Array.from({ length: Math.min(burstConcurrency, count - sent) }, () => readCourse().then((result) => (result.errors ? 0 : 1)));
      served += (await Promise.all(batch)).reduce<number>((sum, one) => sum + one, 0);
    }
    return served;
  };

  /** Runs `act` with every fetch of this process, aws-amplify's included, sent from `address`. */
  const from = async <T>(address: string, act: () => Promise<T>): Promise<T> => {
    const originalFetch = globalThis.fetch;
    globalThis.fetch = fetchFrom(address);
    try {
      return await act();
    } finally {
      globalThis.fetch = originalFetch;
    }
  };

  beforeAll(async () => {
    fixture = await CloudFixture.start(undefined, { dataClock: () => now });
    await fixture.cloud.auth.admin.createConfirmedUser(adminEmail, password, ['ADMINS']);
    await fixture.put('Course', course);
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    await fixture?.stop();
  });

  beforeEach(async () => {
    now += windowMs;
    await signIn({ username: adminEmail, password });
    expect(await burst(apiRateLimit.requests)).withContext('requests served up to the limit').toBe(apiRateLimit.requests);
  }, 300_000);

  afterEach(async () => {
    await signOut().catch(() => undefined);
  });

  it('should refuse a write past the limit with AppSync\'s WAF block and apply nothing', async () => {
    const before = await fixture.get('Course', { id: course.id });

    const result = await renameCourse('Past the limit');

    expect(result.data).toBeNull();
    expect(httpAnswer(result)?.statusCode).toBe(403);
    expect(JSON.parse(httpAnswer(result)?.body ?? '{}')).toEqual({ errors: [{ errorType: 'WAFForbiddenException', message: '403 Forbidden' }] });
    expect(await fixture.get('Course', { id: course.id })).toEqual(before);
  }, 120_000);

  it('should serve another source address while the first one is blocked', async () => {
    const blocked = await readCourse();

    const other = await from('127.0.0.2', () => renameCourse('From another address'));

    expect(httpAnswer(blocked)?.statusCode).withContext('the first address').toBe(403);
    expect(other.errors).toBeUndefined();
    expect(await fixture.get('Course', { id: course.id })).toEqual(jasmine.objectContaining({ title: 'From another address' }));
  }, 120_000);

  it('should serve the first address again once its requests have left the window', async () => {
    now += windowMs;

    const renamed = await renameCourse('After the window');

    expect(renamed.errors).toBeUndefined();
    expect(await fixture.get('Course', { id: course.id })).toEqual(jasmine.objectContaining({ title: 'After the window' }));
  }, 120_000);
});

/**
 * A fetch whose connections leave from `localAddress` (Linux routes all of 127/8 to loopback). Node's
 * own fetch cannot choose its source address without undici's Agent, which is not a dependency here.
 */
function fetchFrom(localAddress: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = Buffer.from(await request.arrayBuffer());
    return new Promise<Response>((resolve, reject) => {
      const outgoing = httpRequest(request.url, { method: request.method, headers: Object.fromEntries(request.headers), localAddress }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode, headers: incoming.headers as Record<string, string> })),
        );
        incoming.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}
