import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD, fillSignUp, latestCode, signUpAndConfirm } from './support/accounts';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('main');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('accounts on the local cloud', () => {
  test('should sign the student in and show their email when the password is right', async ({ page }) => {
    await page.goto('/account/sign-in');

    await signIn(page, 'student@example.com', PASSWORD);

    await expect(page).toHaveURL('/');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('button', { name: /student@example\.com/ })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'My learning' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  });

  test('should show a clear message and stay on the form when the password is wrong', async ({ page }) => {
    await page.goto('/account/sign-in');

    await signIn(page, 'student@example.com', 'Wrong-password-1!');

    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
    await expect(page).toHaveURL(/\/account\/sign-in/);
  });

  test('should return to the guarded page when a guest signs in from its redirect', async ({ page }) => {
    await page.goto('/learning');
    await expect(page).toHaveURL(/returnUrl=%2Flearning/);

    await signIn(page, 'student@example.com', PASSWORD);

    await expect(page).toHaveURL('/learning');
  });

  test('should skip the form when a signed-in user opens sign-in again', async ({ page }) => {
    await page.goto('/account/sign-in');
    await signIn(page, 'student@example.com', PASSWORD);
    await expect(page).toHaveURL('/');

    await page.goto('/account/sign-in?returnUrl=%2Flearning');

    await expect(page).toHaveURL('/learning');
  });

  test('should open the admin area when an admin signs in', async ({ page }) => {
    await page.goto('/admin');

    await signIn(page, 'admin@example.com', PASSWORD);

    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { name: 'Courses', exact: true })).toBeVisible();
  });

  test('should tell a signed-in student why the admin area is closed to them', async ({ page }) => {
    await page.goto('/admin');

    await signIn(page, 'student@example.com', PASSWORD);

    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { name: 'Course admins only' })).toBeVisible();
    await expect(page.getByText('You are signed in as student@example.com, which is not a course-admin account')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Admin' })).toHaveCount(0);
  });

  test('should sign out and show the Sign in button again when the user signs out', async ({ page }) => {
    await page.goto('/account/sign-in');
    await signIn(page, 'newbie@example.com', PASSWORD);
    const banner = page.getByRole('banner');

    await banner.getByRole('button', { name: /newbie@example\.com/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();

    await expect(banner.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  test('should refuse a weak password inline without contacting the server when signing up', async ({ page }) => {
    await page.goto('/account/sign-up');

    await page.getByLabel('Email').fill('someone@example.com');
    await page.getByLabel('Password', { exact: true }).fill('password');
    await page.getByLabel('Confirm password').fill('password');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByText('The password does not meet all the requirements below.')).toBeVisible();
    await expect(page).toHaveURL('/account/sign-up');
  });

  test('should take a new user to the confirm step when they sign up', async ({ page }) => {
    const email = `e2e-${Date.now()}@example.com`;
    await page.goto('/account/sign-up');

    await fillSignUp(page, email);

    await expect(page.getByRole('status')).toContainText(email);
  });

  test('should sign the new user in when they confirm the emailed code after signing up', async ({ page, request }) => {
    const email = `e2e-confirm-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, '/learning');

    await expect(page).toHaveURL('/learning');
    await expect(page.getByRole('banner').getByRole('button', { name: new RegExp(email.replace(/[.]/g, '\\.')) })).toBeVisible();
  });

  test('should let the user sign in with a new password when they reset it with the emailed code', async ({ page, request }) => {
    const email = `e2e-reset-${Date.now()}@example.com`;
    const newPassword = 'Fresh-Start-2027?';
    await signUpAndConfirm(page, request, email);
    await expect(page).toHaveURL('/');
    await page.getByRole('banner').getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();

    await page.goto('/account/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page).toHaveURL('/account/reset');
    await expect(page.getByLabel('Code')).toHaveValue('');
    const resetCode = await latestCode(request, email);
    await page.getByLabel('Code').fill(resetCode);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page).toHaveURL('/account/sign-in');
    await signIn(page, email, newPassword);

    await expect(page).toHaveURL('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'My learning' })).toBeVisible();
  });
});
