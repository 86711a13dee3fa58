import { expect, test, type Page, type Request } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signIn } from './support/accounts';
import { makeMediaFiles, type MediaFiles } from './support/media-files';

/**
 * A course admin takes a course from nothing to published, through the UI only; then a guest, a
 * granted student and the audit trail see the result. The steps share one course, so they run in order.
 */
test.describe.serial('course-admin studio', () => {
  test.describe.configure({ timeout: 180_000 });

  const title = `Slide Guitar Basics ${Date.now().toString(36)}`;
  const lessons = { preview: 'Open tuning and the slide', paid: 'Your first slide riff', broken: 'A take that went wrong' };
  let files: MediaFiles;
  let studioUrl = '';

  test.beforeAll(async () => {
    files = await makeMediaFiles();
  });

  const lessonRow = (page: Page, lesson: string) => page.getByRole('listitem').filter({ hasText: lesson });

  async function openTab(page: Page, name: string): Promise<void> {
    await page.getByRole('tab', { name }).click();
  }

  test('should create a course with art', async ({ page }) => {
    await signIn(page, 'admin@example.com', '/admin');
    await page.getByRole('link', { name: 'New course' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New course' })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Summary').fill('Bottleneck slide in open G, from the first note to a full riff.');
    await page.getByLabel('Description').fill('Tuning, muting and vibrato with a slide, one short lesson at a time.');
    await page.getByRole('combobox', { name: 'Instrument' }).click();
    await page.getByRole('option', { name: 'Guitar' }).click();
    await page.getByRole('combobox', { name: 'Level' }).click();
    await page.getByRole('option', { name: 'Beginner' }).click();
    await page.getByLabel('Price').fill('29.50');
    await page.getByRole('button', { name: 'Create course' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    studioUrl = new URL(page.url()).pathname;
    await page.getByRole('region', { name: 'Course art' }).locator('input[type=file]').setInputFiles(files.art);
    await expect(page.getByRole('img', { name: /art/i })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page);
  });

  test('should add lessons, upload a video and show it ready without a reload', async ({ page }) => {
    await signIn(page, 'admin@example.com', `${studioUrl}?tab=lessons`);
    for (const [lesson, preview] of [[lessons.preview, true], [lessons.paid, false], [lessons.broken, false]] as const) {
      await page.getByRole('button', { name: /^Add (the first )?lesson$/ }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill(lesson);
      if (preview) await dialog.getByRole('switch', { name: /Free preview/ }).click();
      await dialog.getByRole('button', { name: 'Add lesson' }).click();
      await expect(lessonRow(page, lesson)).toBeVisible();
    }

    for (const lesson of [lessons.preview, lessons.paid]) {
      await page.getByRole('button', { name: `Video of ${lesson}` }).click();
      await lessonRow(page, lesson).getByRole('region', { name: 'Lesson video' }).locator('input[type=file]').setInputFiles(files.video);
    }
    for (const lesson of [lessons.preview, lessons.paid]) {
      await expect(lessonRow(page, lesson).getByText(/^Ready · \d+:\d{2}$/)).toBeVisible({ timeout: 120_000 });
    }
    await expectNoSeriousA11yViolations(page);
  });

  test('should resume an interrupted upload after a reload without re-sending finished parts', async ({ page }) => {
    await signIn(page, 'admin@example.com', `${studioUrl}?tab=lessons`);
    let holdLastPart = true;
    const sentParts: number[] = [];
    await page.route(/[?&]partNumber=\d+/, async (route) => {
      const part = Number(new URL(route.request().url()).searchParams.get('partNumber'));
      if (route.request().method() !== 'PUT') return route.continue();
      if (part === 3 && holdLastPart) return; // never answered: the page reloads while it is in flight
      sentParts.push(part);
      return route.continue();
    });

    // Reload only once parts 1 and 2 are stored: a part still in flight at the reload is rightly sent again.
    const storedParts: number[] = [];
    const recordStored = (request: Request) => {
      const part = new URL(request.url()).searchParams.get('partNumber');
      if (request.method() === 'PUT' && part) storedParts.push(Number(part));
    };
    page.on('requestfinished', recordStored);

    await page.getByRole('button', { name: `Video of ${lessons.broken}` }).click();
    const upload = () => lessonRow(page, lessons.broken).getByRole('region', { name: 'Lesson video' });
    await upload().locator('input[type=file]').setInputFiles(files.largeNonVideo);
    await expect.poll(() => [...new Set(storedParts)].sort(), { timeout: 60_000 }).toEqual([1, 2]);
    page.off('requestfinished', recordStored);
    await expect(upload().getByRole('progressbar')).toBeVisible();

    await page.reload();
    holdLastPart = false;
    sentParts.length = 0;
    await page.getByRole('button', { name: `Video of ${lessons.broken}` }).click();
    await expect(upload()).toContainText(/An upload of long-take\.mp4 was interrupted at \d+ %/);
    await upload().locator('input[type=file]').setInputFiles(files.largeNonVideo);

    await expect(lessonRow(page, lessons.broken).getByText(/not a video we can read/i)).toBeVisible({ timeout: 120_000 });
    expect(sentParts).toEqual([3]);
    await expect(page.getByRole('button', { name: `Retry processing the video of ${lessons.broken}` })).toBeVisible();
  });

  test('should reorder the lessons and publish the course', async ({ page }) => {
    await signIn(page, 'admin@example.com', `${studioUrl}?tab=lessons`);
    await page.getByRole('button', { name: `Move ${lessons.broken} up` }).click();
    await expect(page.getByRole('listitem').nth(1)).toContainText(lessons.broken);
    await page.reload();
    await expect(page.getByRole('listitem').nth(1)).toContainText(lessons.broken);
    await page.getByRole('button', { name: `Move ${lessons.broken} down` }).click();
    await expect(page.getByRole('listitem').nth(2)).toContainText(lessons.broken);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(/lesson/i);

    for (const lesson of [lessons.preview, lessons.paid]) {
      await page.getByRole('button', { name: `Publish ${lesson}` }).click();
      await expect(page.getByRole('button', { name: `Unpublish ${lesson}` })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Unpublish', exact: true })).toBeVisible();
  });

  test('should show the published course in the catalog and play its free preview to a guest', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: `Preview ${lessons.preview}` }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
  });

  test('should let newbie play a paid lesson after a grant and refuse it after the revoke', async ({ page, browser }) => {
    await signIn(page, 'admin@example.com', `${studioUrl}?tab=sales`);
    await page.getByLabel('Student email').fill('newbie@example.com');
    await page.getByLabel('Reason').fill('Scholarship');
    await page.getByRole('button', { name: 'Grant access' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'newbie@example.com' })).toBeVisible();

    const student = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    await signIn(student, 'newbie@example.com', '/');
    await student.getByRole('link', { name: title }).click();
    await student.getByRole('link', { name: new RegExp(lessons.paid) }).click();
    await student.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => student.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);
    const paidLessonUrl = student.url();

    await page.getByRole('row').filter({ hasText: 'newbie@example.com' }).getByRole('button', { name: /Revoke/ }).click();
    await page.getByRole('dialog').getByLabel('Reason').fill('Scholarship ended');
    await page.getByRole('dialog').getByRole('button', { name: /Revoke/ }).click();
    await expect(page.getByRole('row').filter({ hasText: 'newbie@example.com' })).toHaveCount(0);

    await student.goto(paidLessonUrl);
    await expect(student).toHaveURL(/\?locked=/);
    await student.context().close();
  });

  test('should attach a sheet-music PDF to a lesson, rename it and delete it', async ({ page }) => {
    await signIn(page, 'admin@example.com', `${studioUrl}?tab=materials`);
    await expect(page.getByText('No materials yet.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Attach to' }).click();
    await page.getByRole('option', { name: new RegExp(lessons.paid) }).click();
    await page.getByRole('region', { name: 'Material' }).locator('input[type=file]').setInputFiles(files.sheetMusic);

    const lessonGroup = page.getByRole('region', { name: new RegExp(lessons.paid) });
    await expect(lessonGroup.getByText('riff-tab', { exact: true })).toBeVisible({ timeout: 30_000 });
    await lessonGroup.getByRole('button', { name: 'Rename riff-tab' }).click();
    await lessonGroup.getByLabel('Title').fill('Slide riff tab');
    await lessonGroup.getByRole('button', { name: 'Save' }).click();
    await expect(lessonGroup.getByText('Slide riff tab', { exact: true })).toBeVisible();

    await lessonGroup.getByRole('button', { name: 'Delete Slide riff tab' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('No materials yet.')).toBeVisible();
  });

  test('should list every change on the audit page, newest first', async ({ page }) => {
    const courseId = studioUrl.split('/').pop() ?? '';
    await signIn(page, 'admin@example.com', `/admin/audit?course=${courseId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    for (const action of ['Revoked access', 'Granted access', 'Published course', 'Published lesson', 'Reordered lessons', 'Deleted material', 'Renamed material', 'Uploaded material', 'Uploaded video', 'Added lesson', 'Uploaded course art', 'Created course']) {
      await expect(page.getByText(action).first()).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page);
  });

  test('should refuse to delete a course with enrolled students, then delete the new course after confirmation', async ({ page }) => {
    await signIn(page, 'admin@example.com', '/admin/courses/course-guitar-blues-lead');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete course' }).click();
    await expect(page.getByRole('alert')).toContainText(/enrolled/);
    await expect(page.getByRole('button', { name: 'Unpublish instead' })).toBeVisible();

    await page.goto(studioUrl);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toContainText(title);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete course' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByLabel('Search by title').fill(title);
    await expect(page.getByRole('heading', { name: 'No courses match' })).toBeVisible();
  });
});
