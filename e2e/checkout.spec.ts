import { expect, test } from '@playwright/test';
import { signUpAndConfirm } from './support/accounts';

const course = { id: 'course-piano-foundations', price: '$39.00', paidLesson: 'course-piano-foundations-lesson-2' };

test.describe('buying a course', () => {
  test('should unlock the course when a new student pays with 4242 after a declined card', async ({ page, request }) => {
    const email = `e2e-buyer-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, `/courses/${course.id}`);
    await expect(page).toHaveURL(`/courses/${course.id}`);

    await page.getByRole('button', { name: `Buy for ${course.price}` }).click();
    await expect(page).toHaveURL(/\/pay\/cs_/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Piano Foundations');

    const pay = async (card: string) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Card number').fill(card);
      await page.getByLabel('Expiry date').fill('12 / 34');
      await page.getByLabel('Security code (CVC)').fill('123');
      await page.getByLabel('Name on card').fill('E2E Buyer');
      await page.getByRole('button', { name: /^Pay / }).click();
    };
    await pay('4000 0000 0000 0002');
    await expect(page.getByRole('alert')).toContainText('Your card was declined.');

    await pay('4242 4242 4242 4242');
    // The course page learns of the webhook's grant from the Order onUpdate subscription, not by polling.
    await expect(page).toHaveURL(new RegExp(`/courses/${course.id}`));
    await expect(page.getByRole('link', { name: 'Start course' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Owned').first()).toBeVisible();

    await page.goto(`/courses/${course.id}/lessons/${course.paidLesson}`);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
  });
});
