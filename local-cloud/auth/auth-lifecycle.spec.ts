import { createServer, type Server } from 'node:http';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callUserPool, startAuthHarness, uniqueEmail, type AuthHarness } from './auth-test-kit';
import { startAuth } from './index';

const password = 'Passw0rd!';

describe('local auth lifecycle and admin', () => {
  let harness: AuthHarness;

  beforeEach(async () => {
    harness = await startAuthHarness();
  });

  afterEach(() => harness.dispose());

  it('should keep the pool, client, users and mailbox when restarted on the same state dir', async () => {
    const email = uniqueEmail('persist');
    const { sub } = await harness.auth.admin.createConfirmedUser(email, password);
    await callUserPool(harness.auth, 'ForgotPassword', { ClientId: harness.auth.userPoolClientId, Username: email });
    const before = harness.auth;

    harness = await harness.restart();

    const signIn = await callUserPool(harness.auth, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: harness.auth.userPoolClientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    });
    expect(harness.auth.userPoolId).toBe(before.userPoolId);
    expect(harness.auth.userPoolClientId).toBe(before.userPoolClientId);
    expect(harness.auth.identityPoolId).toBe(before.identityPoolId);
    expect((await harness.auth.admin.createConfirmedUser(email, password)).sub).toBe(sub);
    expect(signIn.status).toBe(200);
    expect(harness.auth.mailbox.latest(email)?.purpose).toBe('ForgotPassword');
  });

  it('should offer optional two-factor sign-in on a pool made before it existed when restarted', async () => {
    const poolFile = join(harness.stateDir, 'cognito-local', `${harness.auth.userPoolId}.json`);
    const stored = JSON.parse(readFileSync(poolFile, 'utf8')) as { Options: Record<string, unknown> };
    writeFileSync(poolFile, JSON.stringify({ ...stored, Options: { ...stored.Options, MfaConfiguration: 'OFF' } }));

    harness = await harness.restart();

    const { body } = await callUserPool(harness.auth, 'DescribeUserPool', { UserPoolId: harness.auth.userPoolId });
    expect((body['UserPool'] as { MfaConfiguration?: string }).MfaConfiguration).toBe('OPTIONAL');
  });

  it('should fire post-confirmation once and return the same sub when a confirmed user is created twice', async () => {
    const email = uniqueEmail('seed');

    const first = await harness.auth.admin.createConfirmedUser(email, password, ['ADMINS']);
    const second = await harness.auth.admin.createConfirmedUser(email, password, ['ADMINS']);

    expect(second.sub).toBe(first.sub);
    expect(harness.invocations.length).toBe(1);
    const event = harness.invocations[0]!.event as PostConfirmationTriggerEvent;
    expect(event.triggerSource).toBe('PostConfirmation_ConfirmSignUp');
    expect(event.request.userAttributes).toEqual(
      jasmine.objectContaining({ sub: first.sub, email, email_verified: 'true', 'cognito:user_status': 'CONFIRMED' }),
    );
  });

  it('should list the user in the group when added to ADMINS', async () => {
    const email = uniqueEmail('group');
    await harness.auth.admin.createConfirmedUser(email, password);

    await harness.auth.admin.addToGroup(email, 'ADMINS');

    const { body } = await callUserPool(harness.auth, 'AdminListGroupsForUser', { UserPoolId: harness.auth.userPoolId, Username: email });
    expect((body['Groups'] as { GroupName: string }[]).map((group) => group.GroupName)).toEqual(['ADMINS']);
  });

  it('should refuse a seed password that breaks the policy', async () => {
    await expectAsync(harness.auth.admin.createConfirmedUser(uniqueEmail('weak'), 'short')).toBeRejectedWith(
      jasmine.objectContaining({ code: 'InvalidPasswordException' }),
    );
  });
});

describe('local auth when the post-confirmation handler fails', () => {
  let harness: AuthHarness;

  beforeEach(async () => {
    harness = await startAuthHarness(undefined, async () => {
      throw new Error('table not found');
    });
  });

  afterEach(() => harness.dispose());

  function signInWithPassword(email: string) {
    return callUserPool(harness.auth, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: harness.auth.userPoolClientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    });
  }

  it('should fail the confirmation with UserLambdaValidationException but leave the user confirmed', async () => {
    const email = uniqueEmail('failing');
    const ClientId = harness.auth.userPoolClientId;
    await callUserPool(harness.auth, 'SignUp', { ClientId, Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] });

    const confirm = await callUserPool(harness.auth, 'ConfirmSignUp', { ClientId, Username: email, ConfirmationCode: harness.auth.mailbox.latest(email)!.code });

    expect(confirm.status).toBe(400);
    expect(confirm.body).toEqual({ __type: 'UserLambdaValidationException', message: 'PostConfirmation failed with error table not found.' });
    expect(harness.logLines).toContain(`post-confirmation failed for ${email}: table not found`);
    expect((await signInWithPassword(email)).status).toBe(200);
  });

  it('should reject the seeding call when creating a confirmed user', async () => {
    const email = uniqueEmail('failing-seed');

    await expectAsync(harness.auth.admin.createConfirmedUser(email, password)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'UserLambdaValidationException' }),
    );
    expect((await signInWithPassword(email)).status).toBe(200);
  });
});

describe('startAuth when its port is taken', () => {
  let blocker: Server;
  let stateDir: string;

  beforeEach(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'local-auth-port-'));
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('should fail with a message naming the port and LOCAL_CLOUD_PORT_OFFSET', async () => {
    const port = (blocker.address() as { port: number }).port;

    await expectAsync(startAuth({ stateDir, invoke: async () => ({}), log: () => undefined, ports: { auth: port, cognitoLocal: 0 } })).toBeRejectedWithError(
      `Port ${port} (auth) is already in use — stop the other process or set LOCAL_CLOUD_PORT_OFFSET`,
    );
  });
});
