import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signUpAndConfirm } from './support/accounts';
import { payOnCheckoutPage } from './support/local-stripe';

/** The cheapest demo course: three lessons. */
const course = { id: 'course-voice-warmups', title: 'Singing: Breath and Warm-ups', price: '$19.00', lessons: 3 };

test.describe('certificate of completion', () => {
  test('should let a student who finished every lesson download a PDF certificate whose code a guest verifies', async ({ page, request, browser, baseURL }) => {
    test.setTimeout(180_000);
    const email = `e2e-graduate-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, `/courses/${course.id}`);
    await expect(page).toHaveURL(`/courses/${course.id}`);
    await page.getByRole('button', { name: `Buy for ${course.price}` }).click();
    await payOnCheckoutPage(page, email);
    await expect(page.getByRole('link', { name: 'Start course' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Get certificate' })).toHaveCount(0);

    // The player's own "Mark complete", lesson by lesson (the same record the end of a video sets).
    for (let lesson = 1; lesson <= course.lessons; lesson++) {
      await page.goto(`/courses/${course.id}/lessons/${course.id}-lesson-${lesson}`);
      const done = page.getByRole('button', { name: 'Completed' });
      // The button does nothing until the player has loaded the lesson's progress: click until it takes.
      await expect(async () => {
        if (!(await done.isVisible())) await page.getByRole('button', { name: 'Mark complete' }).click({ timeout: 2_000 });
        await expect(done).toBeVisible({ timeout: 5_000 });
      }).toPass({ timeout: 30_000 });
    }

    await page.getByRole('link', { name: course.title }).first().click();
    await expect(page).toHaveURL(`/courses/${course.id}`);
    const getCertificate = page.getByRole('button', { name: 'Get certificate' });
    await expect(async () => {
      await page.reload();
      await expect(getCertificate).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });

    const downloading = page.waitForEvent('download');
    await getCertificate.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`certificate-${course.id}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const code = (await page.locator('.issued .code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoSeriousA11yViolations(page);

    // Asking again returns the same certificate.
    await getCertificate.click();
    await expect(page.locator('.issued .code')).toHaveText(code);

    // A visitor who never signed in, in a browser of their own.
    const guestContext = await browser.newContext({ baseURL, ignoreHTTPSErrors: true });
    const guest = await guestContext.newPage();
    try {
      await guest.goto(`/certificates/verify/${code}`);
      const valid = guest.getByRole('region', { name: 'Valid certificate', exact: true });
      await expect(valid).toBeVisible();
      await expect(valid).toContainText(email);
      await expect(valid).toContainText(course.title);
      await expectNoSeriousA11yViolations(guest);

      await guest.getByLabel('Verification code').fill('ZZZZ-ZZZZ-ZZZZ');
      await guest.getByRole('button', { name: 'Verify' }).click();
      await expect(guest).toHaveURL(/\/certificates\/verify\/ZZZZ-ZZZZ-ZZZZ$/);
      const invalid = guest.getByRole('region', { name: 'Not a valid certificate' });
      await expect(invalid).toContainText('No certificate has the code ZZZZ-ZZZZ-ZZZZ.');
      await expect(guest.getByRole('region', { name: 'Valid certificate', exact: true })).toHaveCount(0);
      await expectNoSeriousA11yViolations(guest);
    } finally {
      await guestContext.close();
    }
  });
});
