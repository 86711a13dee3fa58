import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';

const demoPassword = 'Play-Along-2026!';

test.describe('my learning', () => {
  test('should show an enrolled course with progress when the demo student signs in', async ({ page }) => {
    await page.goto('/learning');
    await expect(page).toHaveURL(/\/account\/sign-in\?returnUrl=%2Flearning/);
    await page.getByLabel('Email').fill('student@example.com');
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/learning$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
    const course = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Blues Lead Guitar' }) });
    await expect(course).toBeVisible();
    const percentText = await course.getByText(/% complete$/).textContent();
    expect(Number(percentText?.match(/(\d+)%/)?.[1])).toBeGreaterThan(0);
    await expect(course.getByRole('link', { name: 'Continue Blues Lead Guitar' })).toHaveAttribute(
      'href',
      /\/courses\/course-guitar-blues-lead\/lessons\/.+/,
    );
    await expectNoSeriousA11yViolations(page);
  });
});
