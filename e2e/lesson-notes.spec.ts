import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signIn } from './support/accounts';

const bluesLead = 'course-guitar-blues-lead';
const lessonPath = `/courses/${bluesLead}/lessons/${bluesLead}-lesson-1`;

function currentTime(page: Page): Promise<number> {
  return page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime);
}

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

test.describe('notes and questions on the lesson timeline', () => {
  test('should add a note and a question at a moment, jump back to it, and show the answer an admin gives', async ({ page, browser }) => {
    // Two sign-ins, two pages and three axe runs: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    // Notes and questions stay in the local data between runs, so each run writes its own.
    const run = Date.now().toString(36);
    const noteText = `Mute the low E here ${run}`;
    const questionText = `Should the bend reach a whole step? ${run}`;
    const answerText = `Yes, a whole step: check it against the fretted note. ${run}`;

    await signIn(page, 'student@example.com', lessonPath);
    const panel = page.getByRole('region', { name: 'Notes & questions' });
    await expect(panel).toBeVisible();

    // Back to the start (the demo clip is 12 s and the student may resume near its end), play for
    // two seconds, then pause: that moment is what the note is about.
    // (Until the video has loaded and resumed, a seek is overridden by the resume.)
    await expect(async () => {
      await page.getByRole('region', { name: 'Video player' }).focus();
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowLeft');
      expect(await currentTime(page)).toBeLessThan(0.5);
    }).toPass();
    await page.keyboard.press('Space');
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    const noteAt = await currentTime(page);

    await panel.getByRole('textbox', { name: `Note at ${clock(noteAt)}` }).fill(noteText);
    await panel.getByRole('button', { name: `Add note at ${clock(noteAt)}` }).click();
    const note = panel.getByRole('listitem').filter({ hasText: noteText });
    await expect(note.getByRole('button', { name: `Jump to ${clock(noteAt)}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Note at ${clock(noteAt)}: ${noteText}` })).toBeVisible();

    // A question five seconds later, as the video stands after a step forward.
    await page.getByRole('region', { name: 'Video player' }).focus();
    await page.keyboard.press('ArrowRight');
    const questionAt = await currentTime(page);
    expect(questionAt).toBeGreaterThan(noteAt);
    await panel.getByRole('radio', { name: 'Question for the teacher' }).check();
    await panel.getByRole('textbox', { name: `Question at ${clock(questionAt)}` }).fill(questionText);
    await panel.getByRole('button', { name: `Post question at ${clock(questionAt)}` }).click();
    const question = panel.getByRole('listitem').filter({ hasText: questionText });
    await expect(question).toContainText('Asked by you');
    await expect(question).toContainText('Waiting for an answer.');
    await expect(page.getByRole('button', { name: `Question at ${clock(questionAt)}: ${questionText}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The note's time and its marker both take the video back to the note's moment.
    await note.getByRole('button', { name: `Jump to ${clock(noteAt)}` }).click();
    await expect.poll(async () => Math.abs((await currentTime(page)) - noteAt)).toBeLessThan(0.2);
    await page.getByRole('region', { name: 'Video player' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentTime(page)).toBeGreaterThan(noteAt + 1);
    await page.getByRole('button', { name: `Note at ${clock(noteAt)}: ${noteText}` }).click();
    await expect.poll(async () => Math.abs((await currentTime(page)) - noteAt)).toBeLessThan(0.2);

    // The course admin answers it in the studio.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@example.com', `/admin/courses/${bluesLead}?tab=questions`);
    const asked = admin.getByRole('listitem').filter({ hasText: questionText });
    await expect(asked).toContainText(`at ${clock(questionAt)}`);
    await expect(asked).toContainText('Unanswered');
    await expectNoSeriousA11yViolations(admin);
    await asked.getByRole('textbox').fill(answerText);
    await asked.getByRole('button', { name: 'Send answer' }).click();
    await expect(asked).toContainText(/Answered/);
    await expect(asked.getByRole('button', { name: 'Update answer' })).toBeVisible();
    await adminContext.close();

    // The student sees the answer under the question; their note is still theirs.
    await page.reload();
    const answered = page.getByRole('region', { name: 'Notes & questions' }).getByRole('listitem').filter({ hasText: questionText });
    await expect(answered).toContainText(`Answer: ${answerText}`);
    await expect(page.getByRole('region', { name: 'Notes & questions' }).getByRole('listitem').filter({ hasText: noteText })).toBeVisible();
  });

  test('should edit and delete a note', async ({ page }) => {
    const run = Date.now().toString(36);
    const noteText = `Count the triplets ${run}`;
    await signIn(page, 'student@example.com', lessonPath);
    const panel = page.getByRole('region', { name: 'Notes & questions' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('progressbar', { name: 'Loading notes and questions' })).toBeHidden();

    await panel.getByRole('textbox', { name: /^Note at / }).fill(noteText);
    await panel.getByRole('button', { name: /^Add note at / }).click();
    await panel.getByRole('listitem').filter({ hasText: noteText }).getByRole('button', { name: /^Edit note at / }).click();
    // While it is edited, the note's text is the field's value.
    await panel.getByRole('textbox', { name: /^Edit note at / }).fill(`${noteText} slowly`);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(panel.getByText(`${noteText} slowly`)).toBeVisible();

    await panel.getByRole('listitem').filter({ hasText: `${noteText} slowly` }).getByRole('button', { name: /^Delete note at / }).click();
    await expect(panel.getByText(`${noteText} slowly`)).toBeHidden();
  });
});
