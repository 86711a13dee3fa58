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

  test('should open the speed menu on the speed in use and say that the pitch is kept', async ({ page }) => {
    await signInAndOpen(page, 'student@example.com', `/courses/${bluesLead}/lessons/${bluesLead}-lesson-3`);
    await expect(page.getByText('Pitch preserved')).toBeVisible();

    await page.getByRole('button', { name: /^Playback speed / }).click();
    await page.getByRole('menuitemradio', { name: '0.8×', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Playback speed 0.8×' })).toBeVisible();
    expect(await page.locator('video').evaluate((video: HTMLVideoElement) => [video.playbackRate, video.preservesPitch])).toEqual([0.8, true]);

    await page.getByRole('button', { name: 'Playback speed 0.8×' }).click();
    const current = page.getByRole('menuitemradio', { name: '0.8×', exact: true });
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'Playback speed' })).toBeHidden();
  });

  test('should save a loop under a name the student gives it and rename it', async ({ page }) => {
    // Saved loops stay in the local data between runs, so each run names its own.
    const name = `Bend drill ${Date.now().toString(36)}`;
    const renamed = `${name} slow`;
    await signInAndOpen(page, 'student@example.com', `/courses/${bluesLead}/lessons/${bluesLead}-lesson-3`);

    const region = playerRegion(page);
    await region.focus();
    // Back to the start: an earlier run may have left this lesson's position near its end.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    const a = await waitForPosition(page, 1);
    await page.keyboard.press('[');
    await waitForPosition(page, a + 1.5);
    await page.keyboard.press(']');
    await page.keyboard.press('Space');

    await page.getByRole('button', { name: 'Save loop', exact: true }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save loop' });
    const nameField = saveDialog.getByLabel('Loop name');
    await expect(nameField).toHaveValue(/^Loop \d+:\d\d–\d+:\d\d$/);
    await expect(nameField).toBeFocused();
    // The suggestion is selected: typing replaces it, Enter saves.
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(saveDialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Rename loop ${name}`, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: `Rename loop ${name}`, exact: true }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename loop' });
    await expect(renameDialog.getByLabel('Loop name')).toHaveValue(name);
    await renameDialog.getByLabel('Loop name').fill('');
    await expect(renameDialog.getByText('Give the loop a name.')).toBeVisible();
    await renameDialog.getByLabel('Loop name').fill('x'.repeat(101));
    await expect(renameDialog.getByText('A loop name can be at most 100 characters (101 now).')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(renameDialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Rename loop ${name}`, exact: true })).toBeFocused();

    await page.getByRole('button', { name: `Rename loop ${name}`, exact: true }).click();
    await renameDialog.getByLabel('Loop name').fill(renamed);
    await page.keyboard.press('Enter');
    await expect(renameDialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Rename loop ${name}`, exact: true })).toBeHidden();

    // The name is stored, not only shown: it is there after a reload. Then the loop is removed again.
    await page.reload();
    await page.getByRole('button', { name: `Delete loop ${renamed}`, exact: true }).click();
    await expect(page.getByRole('button', { name: `Delete loop ${renamed}`, exact: true })).toBeHidden();
  });

  test('should have no serious or critical accessibility violations when the player is shown', async ({ page }) => {
    await openFreePreviewAsGuest(page);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /First Chords on Guitar/ })).toBeVisible();

    await expectNoSeriousA11yViolations(page);
  });
});
