import { SignatureV4 } from '@smithy/signature-v4';
import { NodeSha256 } from '../http/sigv4-verifier';
import type { FunctionIdentity } from '../wiring/function-identities';
import { createRequestAuthorizer, UnauthorizedError, type AuthorizationRequest } from './request-authorizer';

const credentials = { accessKeyId: 'LOCALKEY', secretAccessKey: 'local-secret' };
const sessionToken = 'transcode-session';
const transcode: FunctionIdentity = {
  functionName: 'transcode',
  roleName: 'transcodelambdaServiceRole',
  assumedRoleArn: 'arn:aws:sts::000000000000:assumed-role/transcodelambdaServiceRole/transcode',
  allows: (action, resource) => action === 'appsync:GraphQL' && resource.endsWith('/types/Mutation/fields/updateLesson'),
};
const body = JSON.stringify({ query: 'mutation { updateLesson(input: { id: "l-1" }) { id } }', variables: {} });

/** Signs POST /graphql with the SDK's signer (which also sends x-amz-content-sha256; aws-amplify does not). */
async function signed(
  options: { as?: typeof credentials; token?: string; at?: Date; body?: string; hashHeader?: boolean } = {},
): Promise<AuthorizationRequest> {
  const signer = new SignatureV4({
    service: 'appsync', region: 'us-east-1', sha256: NodeSha256, applyChecksum: options.hashHeader ?? true,
    credentials: { ...(options.as ?? credentials), sessionToken: options.token ?? sessionToken },
  });
  const request = await signer.sign(
    { method: 'POST', protocol: 'http:', hostname: '127.0.0.1', port: 4110, path: '/graphql', headers: { host: '127.0.0.1:4110', 'content-type': 'application/json' }, body },
    { signingDate: options.at ?? new Date() },
  );
  return { headers: request.headers, signed: { method: 'POST', rawPath: '/graphql', query: {}, body: Buffer.from(options.body ?? body) } };
}

describe('request authorizer (IAM)', () => {
  const authorize = createRequestAuthorizer({
    apiKey: 'da2-key',
    issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x',
    jwksUrl: 'http://127.0.0.1:9/jwks.json',
    iam: { credentials, callerFor: (token) => (token === sessionToken ? transcode : undefined) },
  });

  it('should run a correctly signed request as the function’s assumed role when the session token is known', async () => {
    const authorization = await authorize(await signed());

    expect(authorization.mode).toBe('AWS_IAM');
    expect(authorization.iam).toEqual(jasmine.objectContaining({ accountId: '000000000000', userArn: transcode.assumedRoleArn }));
  });

  it('should allow exactly the fields the role’s policy names when the caller is checked', async () => {
    const { iam } = await authorize(await signed());

    expect(iam?.mayCall('Mutation', 'updateLesson')).toBeTrue();
    expect(iam?.mayCall('Mutation', 'deleteLesson')).toBeFalse();
    expect(iam?.mayCall('Query', 'listLessons')).toBeFalse();
  });

  it('should refuse a signed request whose body was altered after signing', async () => {
    const request = await signed();
    request.signed = { ...request.signed!, body: Buffer.from(body.replace('l-1', 'l-2')) };

    await expectAsync(authorize(request)).toBeRejectedWithError(UnauthorizedError, /does not match/);
  });

  it('should refuse an altered body when the client signed it without an x-amz-content-sha256 header', async () => {
    const request = await signed({ hashHeader: false });
    expect(request.headers['x-amz-content-sha256']).toBeUndefined();
    request.signed = { ...request.signed!, body: Buffer.from(body.replace('l-1', 'l-2')) };

    await expectAsync(authorize(request)).toBeRejectedWithError(UnauthorizedError, /does not match/);
  });

  it('should accept a body signed without an x-amz-content-sha256 header when it is unchanged', async () => {
    expect((await authorize(await signed({ hashHeader: false }))).mode).toBe('AWS_IAM');
  });

  it('should refuse a signature older than fifteen minutes', async () => {
    await expectAsync(authorize(await signed({ at: new Date(Date.now() - 20 * 60 * 1000) }))).toBeRejectedWithError(UnauthorizedError, /time/);
  });

  it('should refuse a signature made with an unknown access key', async () => {
    await expectAsync(authorize(await signed({ as: { accessKeyId: 'OTHERKEY', secretAccessKey: 'local-secret' } }))).toBeRejectedWithError(
      UnauthorizedError,
      /Access Key/,
    );
  });

  it('should refuse a signature made with the right key id but another secret', async () => {
    await expectAsync(authorize(await signed({ as: { accessKeyId: 'LOCALKEY', secretAccessKey: 'guessed' } }))).toBeRejectedWithError(UnauthorizedError);
  });

  it('should refuse a valid signature whose session token names no function', async () => {
    await expectAsync(authorize(await signed({ token: 'someone-else' }))).toBeRejectedWithError(UnauthorizedError, /security token/);
  });

  it('should refuse a request with no credential at all', async () => {
    await expectAsync(authorize({ headers: {}, signed: { method: 'POST', rawPath: '/graphql', query: {}, body: Buffer.from(body) } })).toBeRejectedWithError(
      UnauthorizedError,
    );
  });

  it('should refuse IAM where no signed request is available (the realtime socket)', async () => {
    const { headers } = await signed();

    await expectAsync(authorize({ headers })).toBeRejectedWithError(UnauthorizedError, /not available/);
  });
});
