import type { Context } from 'cognito-local/lib/services/context.js';
import type { CognitoService } from 'cognito-local/lib/services/cognitoService.js';
import { attribute, attributesAppend } from 'cognito-local/lib/services/userPoolService.js';

/** Sets email_verified=true on a stored user (what Cognito does when a sign-up is confirmed by an emailed code). */
export async function markEmailVerified(ctx: Context, cognito: CognitoService, userPoolId: string, username: string): Promise<void> {
  const pool = await cognito.getUserPool(ctx, userPoolId);
  const user = await pool.getUserByUsername(ctx, username);
  if (!user) return;
  await pool.saveUser(ctx, {
    ...user,
    Attributes: attributesAppend(user.Attributes, attribute('email_verified', 'true')),
    UserLastModifiedDate: new Date(),
  });
}
