import { expect, test } from '@playwright/test';
import { signUpAndConfirm } from './support/accounts';
import { advanceStripeClock, payOnCheckoutPage } from './support/local-stripe';

const course = { id: 'course-piano-foundations', paidLesson: 'course-piano-foundations-lesson-2' };

test.describe('all-access membership', () => {
  test('should unlock a course never bought, keep it after cancelling until the period ends, and lock it after', async ({ page, request }) => {
    test.setTimeout(240_000);
    const email = `e2e-member-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, '/account/membership');
    await expect(page).toHaveURL('/account/membership');

    await page.getByRole('button', { name: 'Join for $15.00/month' }).click();
    await payOnCheckoutPage(page, email);
    await expect(page).toHaveURL(/\/account\/membership/);
    await expect(page.getByText(/Renews on/)).toBeVisible({ timeout: 30_000 });

    await page.goto(`/courses/${course.id}`);
    await expect(page.getByText('Included in membership').first()).toBeVisible();
    await page.goto(`/courses/${course.id}/lessons/${course.paidLesson}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);

    await page.goto('/account/membership');
    await page.getByRole('button', { name: 'Manage billing' }).click();
    await expect(page.getByRole('heading', { name: 'Manage your subscription' })).toBeVisible();
    const portalOrigin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Cancel subscription' }).click();
    await page.getByRole('button', { name: 'Confirm cancellation' }).click();
    await expect(page.getByText(/Cancels on/)).toBeVisible();
    await page.getByRole('link', { name: 'Return to Play-Along' }).click();
    await expect(page).toHaveURL(/\/account\/membership/);
    await expect(page.getByText(/Ends on/)).toBeVisible({ timeout: 30_000 });

    await page.goto(`/courses/${course.id}`);
    await expect(page.getByText('Included in membership').first()).toBeVisible();

    await advanceStripeClock(request, portalOrigin, 32);
    await expect
      .poll(
        async () => {
          await page.goto('/account/membership');
          const ended = page.getByText(/Your membership ended on/);
          return ended.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 60_000, intervals: [1000, 2000, 3000] },
      )
      .toBe(true);
    await page.goto(`/courses/${course.id}/lessons/${course.paidLesson}`);
    await expect(page).toHaveURL(new RegExp(`/courses/${course.id}\\?locked=`));
    await expect(page.getByRole('button', { name: /^Buy for / })).toBeVisible();
  });
});
