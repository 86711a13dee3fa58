import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { RunningService } from '../service';
import { startSsm } from '.';

const credentials = { accessKeyId: 'AKIDLOCALSSM', secretAccessKey: 'local-ssm-secret' };
const sessionToken = 'session-of-transcode';
const endpointName = '/amplify/resource_reference/app/sandbox/AMPLIFY_DATA_GRAPHQL_ENDPOINT';
const secretName = '/amplify/app/sandbox/STRIPE_SECRET_KEY';
const arn = (name: string) => `arn:aws:ssm:us-east-1:000000000000:parameter${name}`;

describe('local SSM (GetParameters for the functions’ cold starts)', () => {
  let ssm: RunningService;
  const client = (overrides: { secretAccessKey?: string; sessionToken?: string } = {}) =>
    new SSMClient({ region: 'us-east-1', endpoint: ssm.url, credentials: { ...credentials, sessionToken, ...overrides }, maxAttempts: 1 });

  beforeAll(async () => {
    ssm = await startSsm({
      credentials,
      callerFor: (token) =>
        token === sessionToken
          ? { functionName: 'transcode', allows: (action, resource) => action === 'ssm:GetParameters' && [arn(endpointName), arn(secretName), arn('/amplify/app/sandbox/MISSING')].includes(resource) }
          : undefined,
      parameters: new Map([
        [endpointName, 'http://127.0.0.1:4110/graphql'],
        [secretName, 'sk_test_local'],
      ]),
      port: 0,
    });
  });
  afterAll(() => ssm.stop());

  it('should answer the parameters the caller’s role may read, and list unknown names as invalid', async () => {
    const answer = await client().send(new GetParametersCommand({ Names: [endpointName, secretName, '/amplify/app/sandbox/MISSING'], WithDecryption: true }));

    expect(answer.Parameters?.map(({ Name, Value }) => [Name, Value])).toEqual([
      [endpointName, 'http://127.0.0.1:4110/graphql'],
      [secretName, 'sk_test_local'],
    ]);
    expect(answer.InvalidParameters).toEqual(['/amplify/app/sandbox/MISSING']);
  });

  it('should refuse a parameter the caller’s role does not grant', async () => {
    await expectAsync(client().send(new GetParametersCommand({ Names: [endpointName, '/amplify/other/SECRET'] }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'AccessDeniedException', message: jasmine.stringMatching(/transcode is not authorized to perform: ssm:GetParameters on resource: .*\/amplify\/other\/SECRET/) }),
    );
  });

  it('should refuse a request signed with another key or by no function', async () => {
    await expectAsync(client({ secretAccessKey: 'wrong' }).send(new GetParametersCommand({ Names: [endpointName] }))).toBeRejectedWith(jasmine.objectContaining({ name: 'InvalidSignatureException' }));
    await expectAsync(client({ sessionToken: 'someone-else' }).send(new GetParametersCommand({ Names: [endpointName] }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'UnrecognizedClientException' }),
    );
  });
});
