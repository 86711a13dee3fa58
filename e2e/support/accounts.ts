import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Play-Along-2026!';

/**
 * The latest verification code the local Cognito "sent" to `email`. The local cloud keeps a mailbox
 * at `<userPoolEndpoint>/mailbox/<email>.json` (newest first) instead of emailing; the functions'
 * own email (purpose SendEmail, such as the welcome) lands there too and carries no code.
 */
export async function latestCode(request: APIRequestContext, email: string): Promise<string> {
  const outputs = (await (await request.get('/amplify_outputs.json')).json()) as {
    custom?: { local?: { userPoolEndpoint?: string } };
  };
  const endpoint = outputs.custom?.local?.userPoolEndpoint;
  expect(endpoint, 'amplify_outputs.json names the local user pool endpoint').toBeTruthy();
  let code = '';
  await expect
    .poll(async () => {
      const messages = (await (await request.get(`${endpoint}/mailbox/${encodeURIComponent(email)}.json`)).json()) as Array<{
        code?: string;
        purpose?: string;
      }>;
      code = messages.find((message) => message.purpose !== 'SendEmail')?.code ?? '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code;
}

/** Fills the sign-up form; the page then shows the confirm step. */
export async function fillSignUp(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account\/confirm/);
}

/** Signs up a new user through the app and confirms them with the mailed code; they end signed in. */
export async function signUpAndConfirm(page: Page, request: APIRequestContext, email: string, returnUrl?: string): Promise<void> {
  await page.goto(returnUrl ? `/account/sign-up?returnUrl=${encodeURIComponent(returnUrl)}` : '/account/sign-up');
  await fillSignUp(page, email);
  await page.getByLabel('Confirmation code').fill(await latestCode(request, email));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
}

/** Signs in through the app's form and lands on `path`. */
export async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`/account/sign-in?returnUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/account\/sign-in/);
}
