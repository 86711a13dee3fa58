import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';

const demoPassword = 'Play-Along-2026!';
const firstChords = 'course-guitar-first-chords';
const bluesLead = 'course-guitar-blues-lead';

/** Signs in and lets the app navigate to `path` itself (as after following a link that needed an account). */
async function signInAndOpen(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`/account/sign-in?returnUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/account\/sign-in/);
}

function currentTime(page: Page): Promise<number> {
  return page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime);
}

function playerRegion(page: Page) {
  return page.getByRole('region', { name: 'Video player' });
}

/** Polls until the video reaches `seconds`, then returns the position actually seen. */
async function waitForPosition(page: Page, seconds: number): Promise<number> {
  await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(seconds);
  return currentTime(page);
}

async function openFreePreviewAsGuest(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'First Chords on Guitar' }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${firstChords}$`));
  await page.getByRole('link', { name: /^Preview / }).first().click();
  await expect(page).toHaveURL(new RegExp(`/courses/${firstChords}/lessons/`));
}

test.describe('lesson player', () => {
  test('should play a free preview when a guest opens it from the course page', async ({ page }) => {
    await openFreePreviewAsGuest(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Holding the guitar and pick' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /First Chords on Guitar/ })).toBeVisible();

    await page.getByRole('button', { name: 'Play', exact: true }).click();

    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(1);
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  });

  test('should send a signed-in user without the course to the course page when they open a paid lesson', async ({ page }) => {
    await signInAndOpen(page, 'newbie@example.com', `/courses/${firstChords}/lessons/${firstChords}-lesson-2`);

    await expect(page).toHaveURL(new RegExp(`/courses/${firstChords}\\?locked=${firstChords}-lesson-2$`));
    await expect(page.getByRole('status')).toContainText('“G and C chords” is part of the full course.');
  });

  test('should resume an owned lesson and loop between A and B when the student uses the keyboard', async ({ page }) => {
    await signInAndOpen(page, 'student@example.com', `/courses/${bluesLead}/lessons/${bluesLead}-lesson-2`);

    // The demo student stopped lesson 2 part-way; the player starts there rather than at 0.
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(0.5);

    const region = playerRegion(page);
    await region.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    const a = await waitForPosition(page, 1);
    await page.keyboard.press('[');
    const b = await waitForPosition(page, a + 2);
    await page.keyboard.press(']');
    await expect(page.getByRole('button', { name: 'Loop between A and B' })).toHaveAttribute('aria-pressed', 'true');

    // Playback runs on past B and is sent back to A.
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeLessThan(b - 0.5);
    expect(await currentTime(page)).toBeGreaterThanOrEqual(a - 0.5);

    // Pausing saves the position at once, so the next visit resumes inside the loop again.
    const saved = page.waitForResponse((response) => (response.request().postData() ?? '').includes('updateLessonProgress'));
    await page.keyboard.press('Space');
    await saved;
  });

  test('should have no serious or critical accessibility violations when the player is shown', async ({ page }) => {
    await openFreePreviewAsGuest(page);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /First Chords on Guitar/ })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
  });
});
