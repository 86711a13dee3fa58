import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface TestUser {
  sub: string;
  username: string;
  groups?: string[];
}

/**
 * A stand-in for a Cognito user pool in tests: serves a JWKS and mints RS256 access tokens with
 * Cognito's claims, so tests do not depend on the local auth service.
 */
export class TestUserPool {
  readonly userPoolId = 'us-east-1_TestPool1';
  readonly issuer = `https://cognito-idp.us-east-1.amazonaws.com/${this.userPoolId}`;

  private constructor(
    private readonly server: Server,
    readonly jwksUrl: string,
    private readonly privateKey: CryptoKey,
    private readonly kid: string,
  ) {}

  static async start(): Promise<TestUserPool> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const kid = 'test-key-1';
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return new TestUserPool(server, `http://127.0.0.1:${port}/.well-known/jwks.json`, privateKey, kid);
  }

  /** An access token as Cognito issues it; `signWith` forges one with a key the pool never published. */
  async accessToken(user: TestUser, options: { expiresInSeconds?: number; signWith?: CryptoKey } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      'cognito:groups': user.groups,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now,
      client_id: 'testclient',
      username: user.username,
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid })
      .setSubject(user.sub)
      .setIssuer(this.issuer)
      .setIssuedAt(now - 60)
      .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
      .sign(options.signWith ?? this.privateKey);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
