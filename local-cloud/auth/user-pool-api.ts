import { CognitoError, InvalidParameterError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import { attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { decodeJwt } from 'jose';
import type { CognitoLocal } from './cognito-local';
import { assertPasswordConforms } from './password-policy';
import { SrpChallenges, incorrectCredentials } from './srp-sign-in';

export type ApiRequest = Record<string, unknown>;
export type ApiHandler = (request: ApiRequest) => Promise<unknown>;

interface AuthenticationResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

interface AuthResponse {
  ChallengeName?: string;
  AuthenticationResult?: AuthenticationResult;
  [key: string]: unknown;
}

function text(request: ApiRequest, key: string): string {
  const value = request[key];
  if (typeof value !== 'string' || value === '') throw new InvalidParameterError(`Missing required parameter ${key}`);
  return value;
}

function record(request: ApiRequest, key: string): Record<string, string> {
  const value = request[key];
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

/** cognito-local omits ExpiresIn/TokenType, which Cognito always returns with tokens. */
function completeTokens(result: AuthenticationResult | undefined): AuthenticationResult | undefined {
  if (!result?.AccessToken) return result;
  const { exp, iat } = decodeJwt(result.AccessToken);
  return { ...result, ExpiresIn: (exp ?? 0) - (iat ?? 0), TokenType: 'Bearer' };
}

/**
 * The user-pool operations the proxy answers itself: those cognito-local lacks (USER_SRP_AUTH,
 * GetTokensFromRefreshToken, ResendConfirmationCode, GlobalSignOut) and those whose behaviour it
 * gets wrong (password policy, wrong-password error, a wrong authenticator code while setting TOTP
 * up). Everything else goes to cognito-local unchanged, TOTP sign-in (AssociateSoftwareToken,
 * SetUserMFAPreference, the SOFTWARE_TOKEN_MFA challenge) included.
 */
export function userPoolApi(cognitoLocal: CognitoLocal): Record<string, ApiHandler> {
  const { services, ctx, target } = cognitoLocal;
  const srp = new SrpChallenges();

  async function passwordAuth(request: ApiRequest, username: string, password: string): Promise<AuthResponse> {
    try {
      const response = (await target('InitiateAuth')(ctx, {
        ...request,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      })) as AuthResponse;
      return { ...response, AuthenticationResult: completeTokens(response.AuthenticationResult) };
    } catch (error) {
      if (error instanceof CognitoError && ['InvalidPasswordException', 'NotAuthorizedException'].includes(error.code)) throw incorrectCredentials();
      throw error;
    }
  }

  async function startSrp(request: ApiRequest): Promise<AuthResponse> {
    const clientId = text(request, 'ClientId');
    const parameters = record(request, 'AuthParameters');
    const pool = await services.cognito.getUserPoolForClientId(ctx, clientId);
    const user = parameters['USERNAME'] ? await pool.getUserByUsername(ctx, parameters['USERNAME']) : null;
    if (!user) throw incorrectCredentials();
    if (!parameters['SRP_A']) throw new InvalidParameterError('Missing required parameter SRP_A');
    const poolName = pool.options.Id.split('_')[1] ?? '';
    const challenge = srp.start(clientId, poolName, user.Username, user.Password, parameters['SRP_A']);
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: challenge.salt,
        SECRET_BLOCK: challenge.secretBlock,
        SRP_B: challenge.srpB,
        USERNAME: user.Username,
        USER_ID_FOR_SRP: user.Username,
      },
    };
  }

  async function initiateAuth(request: ApiRequest): Promise<unknown> {
    const flow = text(request, 'AuthFlow');
    if (flow === 'USER_SRP_AUTH') return startSrp(request);
    if (flow === 'USER_PASSWORD_AUTH') {
      const parameters = record(request, 'AuthParameters');
      return passwordAuth(request, parameters['USERNAME'] ?? '', parameters['PASSWORD'] ?? '');
    }
    const response = (await target('InitiateAuth')(ctx, request)) as AuthResponse;
    return { ...response, AuthenticationResult: completeTokens(response.AuthenticationResult) };
  }

  async function respondToAuthChallenge(request: ApiRequest): Promise<unknown> {
    if (request['ChallengeName'] !== 'PASSWORD_VERIFIER') return target('RespondToAuthChallenge')(ctx, request);
    const responses = record(request, 'ChallengeResponses');
    const { userId, password } = srp.verify(
      text(request, 'ClientId'),
      responses['PASSWORD_CLAIM_SECRET_BLOCK'] ?? '',
      responses['TIMESTAMP'] ?? '',
      responses['PASSWORD_CLAIM_SIGNATURE'] ?? '',
    );
    const { ChallengeResponses: _responses, ChallengeName: _name, Session: _session, ...rest } = request;
    return passwordAuth(rest, userId, password);
  }

  async function getTokensFromRefreshToken(request: ApiRequest): Promise<unknown> {
    const response = (await target('InitiateAuth')(ctx, {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: text(request, 'ClientId'),
      AuthParameters: { REFRESH_TOKEN: text(request, 'RefreshToken') },
      ClientMetadata: request['ClientMetadata'],
    })) as AuthResponse;
    return { AuthenticationResult: completeTokens(response.AuthenticationResult) };
  }

  async function resendConfirmationCode(request: ApiRequest): Promise<unknown> {
    const clientId = text(request, 'ClientId');
    const pool = await services.cognito.getUserPoolForClientId(ctx, clientId);
    const user = await pool.getUserByUsername(ctx, text(request, 'Username'));
    if (!user) throw new UserNotFoundError('Username/client id combination not found.');
    if (user.UserStatus !== 'UNCONFIRMED') throw new InvalidParameterError('User is already confirmed.');
    const email = attributeValue('email', user.Attributes);
    if (!email) throw new InvalidParameterError('User has no email to send a code to.');
    const code = services.otp();
    const delivery = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email } as const;
    await pool.saveUser(ctx, { ...user, ConfirmationCode: code });
    await services.messages.deliver(ctx, 'ResendCode', clientId, pool.options.Id, user, code, record(request, 'ClientMetadata'), delivery);
    return { CodeDeliveryDetails: delivery };
  }

  /** Invalidates every refresh token of the user, as Cognito does. */
  async function globalSignOut(request: ApiRequest): Promise<unknown> {
    let claims: ReturnType<typeof decodeJwt>;
    try {
      claims = decodeJwt(text(request, 'AccessToken'));
    } catch {
      throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
    }
    const pool = await services.cognito.getUserPoolForClientId(ctx, String(claims['client_id']));
    const user = await pool.getUserByUsername(ctx, String(claims['username'] ?? claims.sub));
    if (!user) throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
    await pool.saveUser(ctx, { ...user, RefreshTokens: [] });
    return {};
  }

  /** cognito-local matches group members against the alias (email) it was given instead of the username. */
  async function adminListGroupsForUser(request: ApiRequest): Promise<unknown> {
    const pool = await services.cognito.getUserPool(ctx, text(request, 'UserPoolId'));
    const user = await pool.getUserByUsername(ctx, text(request, 'Username'));
    if (!user) throw new UserNotFoundError('User does not exist.');
    return target('AdminListGroupsForUser')(ctx, { ...request, Username: user.Username });
  }

  /** Cognito refuses a wrong code here with EnableSoftwareTokenMFAException, not cognito-local's CodeMismatchException. */
  async function verifySoftwareToken(request: ApiRequest): Promise<unknown> {
    try {
      return await target('VerifySoftwareToken')(ctx, request);
    } catch (error) {
      if (error instanceof CognitoError && error.code === 'CodeMismatchException') {
        throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
      }
      throw error;
    }
  }

  const withPasswordPolicy =
    (name: string, field: string): ApiHandler =>
    async (request) => {
      assertPasswordConforms(request[field]);
      return target(name)(ctx, request);
    };

  return {
    InitiateAuth: initiateAuth,
    RespondToAuthChallenge: respondToAuthChallenge,
    GetTokensFromRefreshToken: getTokensFromRefreshToken,
    ResendConfirmationCode: resendConfirmationCode,
    GlobalSignOut: globalSignOut,
    AdminListGroupsForUser: adminListGroupsForUser,
    VerifySoftwareToken: verifySoftwareToken,
    SignUp: withPasswordPolicy('SignUp', 'Password'),
    ConfirmForgotPassword: withPasswordPolicy('ConfirmForgotPassword', 'Password'),
    ChangePassword: withPasswordPolicy('ChangePassword', 'ProposedPassword'),
  };
}
