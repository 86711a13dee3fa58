import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';

test.describe('app shell', () => {
  test('should show the toolbar, the title and the guest navigation when a guest opens the app', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveTitle(/Play-Along/);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Play-Along' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Catalog' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'My learning' })).toHaveCount(0);
    await expect(banner.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  });

  test('should move focus to the main content when the skip link is used', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.locator('#main-content')).toBeFocused();
  });

  for (const path of ['/learning', '/admin']) {
    test(`should send a guest to sign-in with a returnUrl when opening ${path}`, async ({ page }) => {
      await page.goto(path);

      await expect(page).toHaveURL(`/account/sign-in?returnUrl=${encodeURIComponent(path)}`);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    });
  }

  test('should show the navigation in a drawer when the screen is small', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/');

    await page.getByRole('button', { name: 'Open navigation' }).click();

    const drawerLink = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Catalog' });
    await expect(drawerLink).toBeVisible();

    // Chosen, the link closes the drawer, and the page under it takes clicks again.
    await drawerLink.click();
    await expect(drawerLink).toBeHidden();
    await page.getByRole('link', { name: 'Play-Along' }).click();
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(drawerLink).toBeVisible();
  });

  const accountPages: ReadonlyArray<[string, string]> = [
    ['/account/sign-in', 'Sign in'],
    ['/account/sign-up', 'Create your account'],
    ['/account/confirm', 'Confirm your email'],
    ['/account/forgot-password', 'Forgot your password?'],
    ['/account/reset', 'Choose a new password'],
  ];
  for (const [path, heading] of accountPages) {
    test(`should have no serious or critical accessibility violations when ${path} is shown`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      // Show the inline validation too: errors must be announced and have enough contrast.
      await page.getByRole('main').getByRole('button', { name: /^(Sign in|Create account|Confirm|Send code|Change password)$/ }).click();

      await expectNoSeriousA11yViolations(page);
    });
  }

  test('should offer a reload when a lazy page cannot be loaded after a deployment', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign in' })).toBeVisible();
    // A new deployment removes the old hashed chunks: every further script request fails.
    await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());

    await page.getByRole('banner').getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByText('A new version of Play-Along is available.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  test('should show a not-found page when the path does not exist', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
