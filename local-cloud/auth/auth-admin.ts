import { attribute, attributeValue, attributesAppend } from 'cognito-local/lib/services/userPoolService.js';
import type { CognitoLocal } from './cognito-local';
import { assertPasswordConforms } from './password-policy';
import type { AuthResourceIds } from './user-pool-setup';

/** What demo-data seeding needs from the user pool. */
export interface AuthAdmin {
  /**
   * Creates a confirmed user with a verified email and fires the post-confirmation trigger as a
   * confirmed sign-up would (a failing trigger rejects with UserLambdaValidationException; the user
   * stays). Idempotent: an existing user keeps its password and sub, and the trigger does not re-fire.
   */
  createConfirmedUser(email: string, password: string, groups?: string[]): Promise<{ sub: string }>;
  /** Adds the user to an existing group (no-op if already a member). */
  addToGroup(email: string, group: string): Promise<void>;
}

export function createAuthAdmin({ services, ctx, target }: CognitoLocal, ids: AuthResourceIds): AuthAdmin {
  const UserPoolId = ids.userPoolId;

  const addToGroup = async (email: string, group: string): Promise<void> => {
    await target('AdminAddUserToGroup')(ctx, { UserPoolId, Username: email, GroupName: group });
  };

  return {
    addToGroup,
    async createConfirmedUser(email, password, groups = []) {
      const pool = await services.cognito.getUserPool(ctx, UserPoolId);
      let user = await pool.getUserByUsername(ctx, email);
      if (!user) {
        assertPasswordConforms(password);
        await target('AdminCreateUser')(ctx, {
          UserPoolId,
          Username: email,
          MessageAction: 'SUPPRESS',
          TemporaryPassword: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
        });
        await target('AdminSetUserPassword')(ctx, { UserPoolId, Username: email, Password: password, Permanent: true });
        user = await pool.getUserByUsername(ctx, email);
        if (!user) throw new Error(`createConfirmedUser: ${email} vanished after creation`);
        await services.triggers.postConfirmation(ctx, {
          clientId: ids.userPoolClientId,
          source: 'PostConfirmation_ConfirmSignUp',
          username: user.Username,
          userPoolId: UserPoolId,
          userAttributes: attributesAppend(user.Attributes, attribute('cognito:user_status', user.UserStatus)),
        });
      }
      for (const group of groups) await addToGroup(email, group);
      const sub = attributeValue('sub', user.Attributes);
      if (!sub) throw new Error(`createConfirmedUser: ${email} has no sub`);
      return { sub };
    },
  };
}
