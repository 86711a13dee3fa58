import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/data';
import { startData, type RunningData } from '../../local-cloud/data';
import { TestUserPool, type TestUser } from '../../local-cloud/data/test-user-pool';
import { synthOnce } from '../../local-cloud/synth/synth-backend';
import type { Schema } from './resource';

const alice: TestUser = { sub: 'alice-sub', username: 'alice' };
const admin: TestUser = { sub: 'admin-sub', username: 'admin', groups: ['ADMINS'] };

type TokenProvider = NonNullable<NonNullable<NonNullable<Parameters<typeof Amplify.configure>[1]>['Auth']>['tokenProvider']>;
type AccessTokenPayload = NonNullable<Awaited<ReturnType<TokenProvider['getTokens']>>>['accessToken']['payload'];

/** UserProfile through the synthesized schema and its real resolvers, as the browser's client calls them. */
describe('UserProfile authorization', () => {
  let workDir: string;
  let userPool: TestUserPool;
  let data: RunningData;
  let documents: DynamoDBDocumentClient;
  let currentToken: string | undefined;
  const client = () => generateClient<Schema>();

  beforeAll(async () => {
    const synth = await synthOnce();
    workDir = await mkdtemp(join(tmpdir(), 'user-profile-auth-'));
    userPool = await TestUserPool.start();
    data = await startData({ stateDir: workDir, synthDir: synth.dir, port: 0, dynamoPort: 0, userPool, invoke: () => Promise.reject(new Error('no functions')), log: () => undefined });
    documents = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: data.dynamoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    );
    Amplify.configure(
      { version: '1.4', data: data.outputs as never },
      {
        Auth: {
          tokenProvider: {
            getTokens: async () => (currentToken ? { accessToken: { payload: payloadOf(currentToken), toString: () => currentToken ?? '' } } : null),
          },
        },
      },
    );
  }, 600_000);

  afterAll(async () => {
    await data?.stop();
    await userPool?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    // What post-confirmation writes from the verified Cognito attribute.
    const now = new Date().toISOString();
    await documents.send(new PutCommand({
      TableName: data.tables['UserProfile'],
      Item: { __typename: 'UserProfile', userId: alice.sub, email: 'alice@example.com', displayName: 'Alice', createdAt: now, updatedAt: now },
    }));
    currentToken = await userPool.accessToken(alice);
  });

  const storedProfile = async () => (await documents.send(new GetCommand({ TableName: data.tables['UserProfile'], Key: { userId: alice.sub } }))).Item;

  it('should refuse Unauthorized and keep the verified email when the owner updates their email', async () => {
    const { errors } = await client().models.UserProfile.update({ userId: alice.sub, email: 'someone-else@example.com' });

    expect(errors?.[0]?.errorType).toBe('Unauthorized');
    expect((await storedProfile())?.['email']).toBe('alice@example.com');
  }, 60_000);

  it('should change only the display name when the owner updates it', async () => {
    const { data: updated, errors } = await client().models.UserProfile.update({ userId: alice.sub, displayName: 'Alice Cooper' });

    expect(errors).toBeUndefined();
    expect(updated?.displayName).toBe('Alice Cooper');
    expect(updated?.email).toBe('alice@example.com');
  }, 60_000);

  it('should let the owner and an admin read the email', async () => {
    const own = await client().models.UserProfile.get({ userId: alice.sub });
    currentToken = await userPool.accessToken(admin);
    const asAdmin = await client().models.UserProfile.get({ userId: alice.sub });

    expect(own.data?.email).toBe('alice@example.com');
    expect(asAdmin.data?.email).toBe('alice@example.com');
  }, 60_000);
});

function payloadOf(token: string): AccessTokenPayload {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as AccessTokenPayload;
}
