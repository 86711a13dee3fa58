import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from 'cognito-local/lib/server/config.js';
import type { CognitoService } from 'cognito-local/lib/services/cognitoService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { region } from '../service';
import { renderMail } from './mail-templates';

export interface AuthResourceIds {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly identityPoolId: string;
}

export const adminsGroup = 'ADMINS';

const verification = renderMail('SignUp', '{####}');

/**
 * What amplify/auth/resource.ts deploys: email as username, Amplify's default password policy, code
 * verification, optional authenticator-app (TOTP) sign-in.
 */
export const userPoolDefaults: Config['UserPoolDefaults'] = {
  UsernameAttributes: ['email'],
  AutoVerifiedAttributes: ['email'],
  MfaConfiguration: 'OPTIONAL',
  Policies: {
    PasswordPolicy: {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
    },
  },
  VerificationMessageTemplate: {
    DefaultEmailOption: 'CONFIRM_WITH_CODE',
    EmailSubject: verification.subject,
    EmailMessage: verification.body,
  },
};

function randomId(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

function loadOrCreateIds(idsFile: string): AuthResourceIds {
  if (existsSync(idsFile)) return JSON.parse(readFileSync(idsFile, 'utf8')) as AuthResourceIds;
  const ids: AuthResourceIds = {
    userPoolId: `${region}_${randomId('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 9)}`,
    userPoolClientId: randomId('abcdefghijklmnopqrstuvwxyz0123456789', 26),
    identityPoolId: `${region}:${randomUUID()}`,
  };
  mkdirSync(dirname(idsFile), { recursive: true });
  writeFileSync(idsFile, JSON.stringify(ids, null, 2));
  return ids;
}

/** Creates the user pool, its web client and the ADMINS group once; later starts find them on disk. */
export async function ensureUserPool(ctx: Context, cognito: CognitoService, idsFile: string): Promise<AuthResourceIds> {
  const ids = loadOrCreateIds(idsFile);
  const now = new Date();
  const pools = await cognito.listUserPools(ctx);
  if (!pools.some((pool) => pool.Id === ids.userPoolId)) {
    await cognito.createUserPool(ctx, {
      ...userPoolDefaults,
      Id: ids.userPoolId,
      Name: 'play-along-local',
      Arn: `arn:aws:cognito-idp:${region}:000000000000:userpool/${ids.userPoolId}`,
      CreationDate: now,
      LastModifiedDate: now,
    });
  }
  const pool = await cognito.getUserPool(ctx, ids.userPoolId);
  // A pool created before two-factor sign-in existed gets the configuration it deploys with now.
  if (pool.options.MfaConfiguration !== userPoolDefaults.MfaConfiguration) {
    await pool.updateOptions(ctx, { ...pool.options, MfaConfiguration: userPoolDefaults.MfaConfiguration, LastModifiedDate: now });
  }
  if (!(await cognito.getAppClient(ctx, ids.userPoolClientId))) {
    await pool.saveAppClient(ctx, {
      UserPoolId: ids.userPoolId,
      ClientId: ids.userPoolClientId,
      ClientName: 'play-along-web',
      CreationDate: now,
      LastModifiedDate: now,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    });
  }
  if (!(await pool.listGroups(ctx)).some((group) => group.GroupName === adminsGroup)) {
    await pool.saveGroup(ctx, { GroupName: adminsGroup, CreationDate: now, LastModifiedDate: now });
  }
  return ids;
}
