import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { DEMO_PASSWORD, signUpAndConfirm } from './support/accounts';

const NEW_PASSWORD = 'Practise-Daily-2027!';

/** A new student, signed up and confirmed through the app, on the Settings page. */
async function newStudentOnSettings(page: Page, request: Parameters<typeof signUpAndConfirm>[1], label: string): Promise<string> {
  const email = `e2e-${label}-${Date.now()}@example.com`;
  await signUpAndConfirm(page, request, email, '/account/settings');
  await expect(page).toHaveURL('/account/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  return email;
}

/** Fills the sign-in form with these credentials and submits it. */
async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/account/sign-in');
  const main = page.getByRole('main');
  await main.getByLabel('Email').fill(email);
  await main.getByLabel('Password', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Sign in' }).click();
}

/** The toolbar's account menu button, which names the signed-in user. */
const accountMenu = (page: Page, email: string) => page.getByRole('banner').getByRole('button', { name: `Account menu for ${email}` });

async function signOutFromMenu(page: Page, email: string): Promise<void> {
  await accountMenu(page, email).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign in' })).toBeVisible();
}

/** What an authenticator app shows now for this key (RFC 6238: SHA-1, 6 digits, 30 seconds). */
const authenticatorCode = (key: string): string => generateSync({ secret: key });

test.describe('account settings', () => {
  test('should save a display name that is still there after a reload, and open from the account menu', async ({ page, request }) => {
    const email = await newStudentOnSettings(page, request, 'name');
    const displayName = page.getByRole('region', { name: 'Display name' }).getByLabel('Display name');

    await displayName.fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Display name saved.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto('/');
    await accountMenu(page, email).click();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await expect(page).toHaveURL('/account/settings');
    await expect(displayName).toHaveValue('Ada Lovelace');
  });

  test('should change the password with the policy checklist, refuse the old one and sign in with the new one', async ({ page, request }) => {
    const email = await newStudentOnSettings(page, request, 'password');
    const passwordSection = page.getByRole('region', { name: 'Password' });

    await passwordSection.getByLabel('Current password').fill(DEMO_PASSWORD);
    await passwordSection.getByLabel('New password', { exact: true }).fill('short');
    await expect(passwordSection.getByRole('list', { name: 'Password requirements' }).getByText('At least 8 characters (not met)')).toBeAttached();
    await passwordSection.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await passwordSection.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await passwordSection.getByRole('button', { name: 'Change password' }).click();
    await expect(passwordSection.getByRole('status')).toHaveText('Your password has been changed.');
    await signOutFromMenu(page, email);

    await submitSignIn(page, email, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');

    await submitSignIn(page, email, NEW_PASSWORD);
    await expect(page).not.toHaveURL(/\/account\/sign-in/);
    await expect(accountMenu(page, email)).toBeVisible();
  });

  test('should set up an authenticator app and then ask for its code at sign-in', async ({ page, request }) => {
    test.setTimeout(120_000);
    const email = await newStudentOnSettings(page, request, 'totp');
    const twoFactor = page.getByRole('region', { name: 'Two-factor sign-in' });

    await twoFactor.getByRole('button', { name: 'Set up authenticator app' }).click();
    await expect(twoFactor.getByRole('img', { name: /QR code/ })).toBeVisible();
    const key = (await twoFactor.locator('.secret').textContent())?.trim() ?? '';
    expect(key).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoSeriousA11yViolations(page);
    const setupCode = authenticatorCode(key);
    await twoFactor.getByLabel('Authenticator code').fill(setupCode);
    await twoFactor.getByRole('button', { name: 'Verify and turn on' }).click();
    await expect(twoFactor.getByRole('status')).toContainText('Two-factor sign-in is on.');
    await signOutFromMenu(page, email);

    await submitSignIn(page, email, DEMO_PASSWORD);
    const code = page.getByRole('main').getByLabel('Authenticator code');
    await expect(code).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Cognito accepts each code once: wait for the app's next code when the setup's is still current.
    await expect.poll(() => authenticatorCode(key), { timeout: 35_000, intervals: [1_000] }).not.toBe(setupCode);
    await code.fill(authenticatorCode(key));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();

    await expect(page).not.toHaveURL(/\/account\/sign-in/);
    await expect(accountMenu(page, email)).toBeVisible();
  });

  test('should delete the account after DELETE is typed, and refuse its sign-in afterwards', async ({ page, request }) => {
    const email = await newStudentOnSettings(page, request, 'delete');

    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await expect(dialog.getByRole('button', { name: 'Delete account' })).toBeDisabled();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await dialog.getByRole('button', { name: 'Delete account' }).click();

    await expect(page).toHaveURL(/\/account\/sign-in/);
    await expect(page.getByRole('status').filter({ hasText: 'Your account has been deleted.' })).toBeVisible();
    await submitSignIn(page, email, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
  });
});
