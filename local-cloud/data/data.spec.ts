import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Amplify } from 'aws-amplify';
import { Hub } from 'aws-amplify/utils';
import { CONNECTION_STATE_CHANGE, generateClient } from 'aws-amplify/data';
import { build } from 'esbuild';
import { generateKeyPair } from 'jose';
import { chromium, type Browser } from 'playwright-core';
import WebSocket from 'ws';
import type { Schema } from '../../amplify/data/resource';
import { synthBackend } from '../synth/synth-backend';
import type { FunctionIdentity } from '../wiring/function-identities';
import { readDataApiDefinition } from './data-api-definition';
import { startData, type RunningData } from './index';
import { TestUserPool, type TestUser } from './test-user-pool';

const admin: TestUser = { sub: 'admin-sub', username: 'admin', groups: ['ADMINS'] };
const alice: TestUser = { sub: 'alice-sub', username: 'alice' };
const bob: TestUser = { sub: 'bob-sub', username: 'bob' };

/** A media function as the local cloud runs it: IAM with its own session token, allowed updateLesson only. */
const functionCredentials = { accessKeyId: 'LOCALKEY', secretAccessKey: 'local-secret', sessionToken: 'transcode-session' };
const transcodeRole: FunctionIdentity = {
  functionName: 'transcode',
  roleName: 'transcodelambdaServiceRole',
  assumedRoleArn: 'arn:aws:sts::000000000000:assumed-role/transcodelambdaServiceRole/transcode',
  allows: (action, resource) => action === 'appsync:GraphQL' && resource.endsWith('/types/Mutation/fields/updateLesson'),
};

/** The machine is shared and small: a subscription round trip can take seconds under load. */
const slowMs = 30_000;

type Client = ReturnType<typeof generateClient<Schema>>;
type TokenProvider = NonNullable<NonNullable<NonNullable<Parameters<typeof Amplify.configure>[1]>['Auth']>['tokenProvider']>;
type AuthTokens = NonNullable<Awaited<ReturnType<TokenProvider['getTokens']>>>;

describe('startData', () => {
  let workDir: string;
  let synthDir: string;
  let stateDir: string;
  let userPool: TestUserPool;
  let data: RunningData;
  let client: Client;
  let currentToken: string | undefined;
  let invocations: { name: string; event: Record<string, unknown> }[];
  let globalWebSocket: typeof globalThis.WebSocket;
  const openSubscriptions: { unsubscribe(): void }[] = [];

  const start = () =>
    startData({
      stateDir,
      synthDir,
      port: 0,
      dynamoPort: 0,
      userPool,
      iam: {
        credentials: { accessKeyId: functionCredentials.accessKeyId, secretAccessKey: functionCredentials.secretAccessKey },
        callerFor: (token) => (token === functionCredentials.sessionToken ? transcodeRole : undefined),
      },
      log: () => undefined,
      invoke: async (name, event) => {
        invocations.push({ name, event: event as Record<string, unknown> });
        if (name === 'media-access') throw new Error('Lesson not found');
        return [{ id: 'c1', title: 'Blues basics', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER',
          priceCents: 1900, currency: 'usd', lessonCount: 0, totalDurationSeconds: 0, lessons: [], materials: [], access: 'NONE' }];
      },
    });

  const configureAmplify = () => {
    Amplify.configure(
      {
        version: '1.4',
        data: data.outputs as never,
      },
      {
        Auth: {
          tokenProvider: {
            getTokens: async () =>
              currentToken ? { accessToken: { payload: decodePayload(currentToken), toString: () => currentToken ?? '' } } : null,
          },
          // What a backend function signs with: only `authMode: 'iam'` calls use it.
          credentialsProvider: {
            getCredentialsAndIdentityId: async () => ({ credentials: functionCredentials }),
            clearCredentialsAndIdentityId: () => undefined,
          },
        },
      },
    );
    client = generateClient<Schema>();
  };

  const signIn = async (user: TestUser) => {
    currentToken = await userPool.accessToken(user);
  };

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'local-data-'));
    synthDir = join(workDir, 'synth');
    stateDir = join(workDir, 'state');
    await synthBackend(synthDir);
    userPool = await TestUserPool.start();
    invocations = [];
    data = await start();
    const certificate = data.tlsCertificate;
    // Node 20 has no global WebSocket; the browser's would have to trust the certificate the same way.
    globalWebSocket = globalThis.WebSocket;
    globalThis.WebSocket = class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { ca: certificate });
      }
    } as unknown as typeof globalThis.WebSocket;
    configureAmplify();
  }, 180_000);

  afterAll(async () => {
    globalThis.WebSocket = globalWebSocket;
    await data?.stop();
    await userPool?.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    invocations = [];
    currentToken = undefined;
  });

  afterEach(() => {
    for (const subscription of openSubscriptions.splice(0)) subscription.unsubscribe();
  });

  /** Writes a record as the admin functions do (browsers cannot write authoring models). */
  const putModel = async <T extends Record<string, unknown>>(model: string, item: T): Promise<T> => {
    const documents = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: data.dynamoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    );
    const now = new Date().toISOString();
    await documents.send(new PutCommand({ TableName: data.tables[model], Item: { __typename: model, createdAt: now, updatedAt: now, ...item } }));
    return item;
  };
  const putCourse = (title: string) =>
    putModel('Course', {
      id: randomUUID(),
      title,
      summary: 'Summary',
      description: 'Description',
      instrument: 'GUITAR',
      level: 'BEGINNER',
      priceCents: 2900,
      currency: 'usd',
      status: 'DRAFT',
    });
  const putLesson = (courseId: string, title: string, position: number) =>
    putModel('Lesson', { id: randomUUID(), courseId, title, position, freePreview: false, status: 'DRAFT', videoStatus: 'NONE' });

  it('should name every model table with the fixed local suffix', () => {
    expect(data.tables['Course']).toBe('Course-local');
    expect(data.tables['LessonProgress']).toBe('LessonProgress-local');
    expect(Object.keys(data.tables).length).toBe(15);
  }, slowMs);

  it('should map each function-backed field to the defineFunction it invokes', async () => {
    const definition = await readDataApiDefinition(synthDir);
    const invoked = (field: string) => {
      const resolver = definition.resolvers.find((candidate) => candidate.fieldName === field);
      const functions = definition.functions.filter((fn) => resolver?.functions.includes(fn.name));
      const sources = definition.dataSources.filter((source) => functions.some((fn) => fn.dataSourceName === source.name));
      return sources.flatMap((source) => (source.type === 'AWS_LAMBDA' ? [source.functionName] : []));
    };
    expect(invoked('listCatalog')).toEqual(['catalog']);
    expect(invoked('getPlayback')).toEqual(['media-access']);
    expect(invoked('startCheckout')).toEqual(['create-checkout']);
    expect(invoked('completeUpload')).toEqual(['upload-url']);
  }, slowMs);

  it('should get and list courses when the caller is an admin', async () => {
    const created = await putCourse('Fingerstyle 101');
    await signIn(admin);
    const { data: fetched, errors } = await client.models.Course.get({ id: created.id });
    const { data: listed } = await client.models.Course.list();
    expect(errors).toBeUndefined();
    expect(fetched?.title).toBe('Fingerstyle 101');
    expect(listed.map((course) => course.id)).toContain(created.id);
  }, slowMs);

  it('should query lessons of a course in position order through the lessonsByCourse index', async () => {
    const course = await putCourse('Scales');
    await putLesson(course.id, 'Second', 2);
    await putLesson(course.id, 'First', 1);
    await signIn(admin);
    const { data: lessons } = await client.models.Lesson.lessonsByCourse({ courseId: course.id });
    expect(lessons.map((item) => item.title)).toEqual(['First', 'Second']);
  }, slowMs);

  it('should refuse a lesson write from a browser when the caller is an admin or a student', async () => {
    const course = await putCourse('Read-only');
    const lesson = await putLesson(course.id, 'Original', 1);
    for (const user of [admin, alice]) {
      await signIn(user);
      const created = await client.models.Lesson.create({ courseId: course.id, title: 'Mine', position: 2, freePreview: true, status: 'PUBLISHED', videoStatus: 'READY' });
      const updated = await client.models.Lesson.update({ id: lesson.id, hlsPrefix: 'hls/elsewhere/', videoStatus: 'READY' });
      expect(created.errors?.[0]?.errorType).withContext(user.username).toBe('Unauthorized');
      expect(updated.errors?.[0]?.errorType).withContext(user.username).toBe('Unauthorized');
    }
    await signIn(admin);
    const { data: stored } = await client.models.Lesson.get({ id: lesson.id });
    expect(stored?.videoStatus).toBe('NONE');
  }, slowMs);

  it("should keep a practice loop invisible and unchangeable to anyone but its owner", async () => {
    await signIn(alice);
    const { data: loop } = await client.models.PracticeLoop.create({ lessonId: 'l1', name: 'Riff', startSeconds: 1, endSeconds: 5 });
    await signIn(bob);
    const update = await client.models.PracticeLoop.update({ id: loop!.id, name: 'Stolen' });
    const get = await client.models.PracticeLoop.get({ id: loop!.id });
    const list = await client.models.PracticeLoop.list();
    await signIn(alice);
    const { data: own } = await client.models.PracticeLoop.get({ id: loop!.id });
    expect(update.errors?.[0]?.errorType).toBe('Unauthorized');
    expect(get.data).toBeNull();
    expect(list.data.map((item) => item.id)).not.toContain(loop!.id);
    expect(own?.name).toBe('Riff');
  }, slowMs);

  it('should refuse to list courses when the caller is a guest with the API key', async () => {
    const { data: courses, errors } = await client.models.Course.list({ authMode: 'apiKey' });
    expect(courses).toEqual([]);
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
  }, slowMs);

  it('should refuse to create an enrollment when the caller is a guest', async () => {
    const { errors } = await client.models.Enrollment.create({ userId: 'x', courseId: 'c', source: 'PURCHASE' }, { authMode: 'apiKey' });
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
  }, slowMs);

  it('should refuse to create an enrollment when the caller is a signed-in student', async () => {
    await signIn(alice);
    const { errors } = await client.models.Enrollment.create({ userId: alice.sub, courseId: 'c', source: 'PURCHASE' });
    expect(errors?.[0]?.errorType).toBe('Unauthorized');
  }, slowMs);

  it('should invoke the catalog function with an AppSync Lambda event when listCatalog is queried', async () => {
    await signIn(alice);
    const { data: catalog } = await client.queries.listCatalog();
    expect(catalog?.map((course) => course?.title)).toEqual(['Blues basics']);
    expect(invocations.length).toBe(1);
    const { name, event } = invocations[0]!;
    expect(name).toBe('catalog');
    expect(event).toEqual(jasmine.objectContaining({ typeName: 'Query', fieldName: 'listCatalog', arguments: {} }));
    expect(event['identity']).toEqual(jasmine.objectContaining({ sub: alice.sub, username: alice.username }));
  }, slowMs);

  it("should give the function the caller's groups and source IP list when an admin queries the catalog", async () => {
    await signIn(admin);
    await client.queries.listCatalog();
    expect(invocations[0]?.event['identity']).toEqual(
      jasmine.objectContaining({ groups: ['ADMINS'], sourceIp: ['127.0.0.1'], claims: jasmine.objectContaining({ sub: admin.sub }) }),
    );
  }, slowMs);

  it("should answer with the function's message and errorType Lambda:Unhandled when the function throws", async () => {
    const { data: playback, errors } = await client.queries.getPlayback({ lessonId: 'missing' }, { authMode: 'apiKey' });
    expect(playback).toBeNull();
    expect(errors?.[0]).toEqual(jasmine.objectContaining({ errorType: 'Lambda:Unhandled', message: 'Lesson not found' }));
  }, slowMs);

  it('should pass a null identity to the function when a guest queries the catalog', async () => {
    await client.queries.listCatalog({ authMode: 'apiKey' });
    expect(invocations[0]?.event['identity']).toBeNull();
  }, slowMs);

  it('should deliver a lesson update made by a backend function (IAM) to an admin subscribed with onUpdate', async () => {
    const course = await putCourse('Live');
    const lesson = await putLesson(course.id, 'Before', 1);
    await signIn(admin);
    const subscription = await subscribed<Schema['Lesson']['type']>('onUpdateLesson', client.models.Lesson.onUpdate());
    const { errors } = await client.models.Lesson.update({ id: lesson.id, title: 'After' }, { authMode: 'iam' });
    const updated = await subscription.next;
    subscription.unsubscribe();
    expect(errors).toBeUndefined();
    expect(updated.id).toBe(lesson.id);
    expect(updated.title).toBe('After');
  }, slowMs);

  it("should deliver only the subscriber's own practice loops to an owner subscribed with onCreate", async () => {
    await signIn(alice);
    const subscription = await subscribed<Schema['PracticeLoop']['type']>('onCreatePracticeLoop', client.models.PracticeLoop.onCreate());
    await signIn(bob);
    await client.models.PracticeLoop.create({ lessonId: 'l2', name: "Bob's", startSeconds: 0, endSeconds: 1 });
    await signIn(alice);
    await client.models.PracticeLoop.create({ lessonId: 'l2', name: "Alice's", startSeconds: 0, endSeconds: 1 });
    const first = await subscription.next;
    subscription.unsubscribe();
    expect(first.name).toBe("Alice's");
  }, slowMs);

  it('should refuse a subscription when the caller is not allowed to read the model', async () => {
    await signIn(alice);
    // On an auth error the client closes its socket to reconnect; wait for that so later tests get a fresh one.
    const socketClosed = new Promise<void>((resolve) => {
      const stop = Hub.listen('api', ({ payload }) => {
        const state = (payload as { data?: { connectionState?: string } }).data?.connectionState;
        if (payload.event === CONNECTION_STATE_CHANGE && (state === 'ConnectionDisrupted' || state === 'Disconnected')) {
          stop();
          resolve();
        }
      });
    });
    const failure = new Promise<unknown>((resolve) => {
      openSubscriptions.push(client.models.Lesson.onCreate().subscribe({ next: () => resolve('delivered'), error: resolve }));
    });
    const outcome = await failure;
    await socketClosed;
    expect(JSON.stringify(outcome)).toContain('Unauthorized');
  }, slowMs);

  it('should answer 401 when the token is signed with a key the user pool never published', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await userPool.accessToken(admin, { signWith: privateKey });
    const response = await postQuery({ authorization: forged });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { errorType: string }[] }).errors[0]?.errorType).toBe('UnauthorizedException');
  }, slowMs);

  it('should answer connection_init with connection_error when the realtime connection carries a forged token', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await userPool.accessToken(admin, { signWith: privateKey });
    const header = Buffer.from(JSON.stringify({ Authorization: forged, host: new URL(data.graphqlUrl).host })).toString('base64url');
    const socket = new WebSocket(data.realtimeUrl, ['graphql-ws', `header-${header}`], { ca: data.tlsCertificate });
    const reply = new Promise<{ type: string; payload?: { errors?: { errorType: string }[] } }>((resolve, reject) => {
      socket.on('message', (raw) => resolve(JSON.parse(raw.toString()) as { type: string }));
      socket.on('error', reject);
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    const message = await reply;
    socket.close();
    expect(message.type).toBe('connection_error');
    expect(message.payload?.errors?.[0]?.errorType).toBe('UnauthorizedException');
  }, slowMs);

  it('should answer 401 when the token has expired', async () => {
    const expired = await userPool.accessToken(admin, { expiresInSeconds: -10 });
    const response = await postQuery({ authorization: expired });
    expect(response.status).toBe(401);
  }, slowMs);

  it('should answer 401 when the API key is wrong', async () => {
    const response = await postQuery({ 'x-api-key': 'da2-wrong' });
    expect(response.status).toBe(401);
  }, slowMs);

  it('should keep data and the API key when restarted on the same state directory', async () => {
    const course = await putCourse('Persistent');
    await signIn(admin);
    const apiKey = data.apiKey;
    await data.stop();
    data = await start();
    configureAmplify();
    const { data: fetched } = await client.models.Course.get({ id: course.id });
    expect(data.apiKey).toBe(apiKey);
    expect(fetched?.title).toBe('Persistent');
  }, slowMs);

  describe('in Chromium', () => {
    let browser: Browser;
    let appServer: Server;
    let appOrigin: string;

    beforeAll(async () => {
      const bundle = await build({
        entryPoints: [join(import.meta.dirname, 'browser-probe.ts')],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        logLevel: 'error',
      });
      const script = bundle.outputFiles[0]?.text ?? '';
      // The SPA's origin differs from the API's, so every call is a cross-origin one, as in the app.
      appServer = createServer((request, response) => {
        if (request.url === '/probe.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        else response.writeHead(200, { 'content-type': 'text/html' }).end('<script type="module" src="/probe.js"></script>');
      });
      await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
      appOrigin = `http://localhost:${(appServer.address() as AddressInfo).port}`;
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', `--ignore-certificate-errors-spki-list=${data.tlsSpkiFingerprint}`],
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      appServer?.closeAllConnections();
      await new Promise((resolve) => appServer?.close(resolve));
    });

    it('should query and receive a subscription when Chromium trusts only the certificate fingerprint', async () => {
      const course = await putCourse('Browser');
      const lesson = await putLesson(course.id, 'Before', 1);
      await signIn(admin);
      const page = await browser.newPage();
      await page.goto(appOrigin);
      await page.waitForFunction(() => 'startProbe' in window);
      const probe = await page.evaluate(
        (input) => (window as unknown as { startProbe(i: typeof input): Promise<{ courseCount: number; errors: unknown }> }).startProbe(input),
        { outputs: data.outputs, token: currentToken ?? '' },
      );
      await client.models.Lesson.update({ id: lesson.id, title: 'Seen in Chromium' }, { authMode: 'iam' });
      type ProbeState = { updates: string[]; subscriptionErrors: unknown[] };
      await page.waitForFunction(() => {
        const state = window as unknown as ProbeState;
        return state.updates.length > 0 || state.subscriptionErrors.length > 0;
      });
      const updates = await page.evaluate(() => {
        const state = window as unknown as ProbeState;
        return state.subscriptionErrors.length ? state.subscriptionErrors.map((error) => JSON.stringify(error)) : state.updates;
      });
      await page.close();
      expect(probe.errors).toBeUndefined();
      expect(probe.courseCount).toBeGreaterThan(0);
      expect(updates).toEqual(['Seen in Chromium']);
    }, 60_000);
  });

  /** Subscribes and resolves once AppSync acknowledged the subscription (start_ack). */
  function subscribed<T>(field: string, observable: { subscribe(observer: { next(value: T): void; error(error: unknown): void }): { unsubscribe(): void } }) {
    return new Promise<{ next: Promise<T>; unsubscribe(): void }>((ready, failed) => {
      let deliver: (value: T) => void = () => undefined;
      const next = new Promise<T>((resolve) => (deliver = resolve));
      let subscription: { unsubscribe(): void } | undefined;
      const stopListening = Hub.listen('api', ({ payload }) => {
        const ack = payload as { event?: string; data?: { query?: string } };
        if (ack.event === 'Subscription ack' && ack.data?.query?.includes(field)) {
          stopListening();
          ready({ next, unsubscribe: () => subscription?.unsubscribe() });
        }
      });
      subscription = observable.subscribe({ next: (value) => deliver(value), error: failed });
      openSubscriptions.push(subscription);
    });
  }

  function postQuery(headers: Record<string, string>): Promise<Response> {
    return fetch(data.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ listCourses { items { id } } }' }),
    });
  }
});

function decodePayload(token: string): AuthTokens['accessToken']['payload'] {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as AuthTokens['accessToken']['payload'];
}
