import { defineAuth } from '@aws-amplify/backend';
import { postConfirmation } from './post-confirmation/resource';

/** Email sign-in with a verification code, optional two-factor sign-in with an authenticator app; ADMINS upload and publish courses. */
export const auth = defineAuth({
  loginWith: {
    email: {
      verificationEmailStyle: 'CODE',
      verificationEmailSubject: 'Your Play-Along verification code',
      verificationEmailBody: (createCode) => `Your Play-Along verification code is ${createCode()}`,
    },
  },
  multifactor: { mode: 'OPTIONAL', totp: true },
  userAttributes: {
    preferredUsername: { mutable: true, required: false },
  },
  groups: ['ADMINS'],
  triggers: { postConfirmation },
});
