import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signUpAndConfirm } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { payOnCheckoutPage } from './support/local-stripe';

const course = { id: 'course-piano-foundations', title: 'Piano Foundations', price: '$39.00' };

/** The local mailbox page (where the local SES delivers), beside the local user pool endpoint. */
async function mailboxUrl(request: APIRequestContext): Promise<string> {
  const outputs = (await (await request.get('/amplify_outputs.json')).json()) as { custom?: { local?: { userPoolEndpoint?: string } } };
  const endpoint = outputs.custom?.local?.userPoolEndpoint;
  expect(endpoint, 'amplify_outputs.json names the local user pool endpoint').toBeTruthy();
  return `${endpoint}/mailbox`;
}

/** The mailbox page's row of the message with this subject sent to `email`, once it has arrived. */
async function mailRow(page: Page, request: APIRequestContext, email: string, subject: string) {
  const mailbox = await mailboxUrl(request);
  const row = page.getByRole('row').filter({ hasText: email }).filter({ hasText: subject });
  await expect(async () => {
    await page.goto(mailbox);
    await expect(row).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

test.describe('email', () => {
  test('should welcome a new student by email once they confirm their sign-up', async ({ page, request }) => {
    const email = `e2e-welcome-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email);
    await expect(page).not.toHaveURL(/\/account\/confirm/);

    const row = await mailRow(page, request, email, 'Welcome to Play-Along');

    await expect(row).toContainText('Play-Along <no-reply@example.com>');
    await expect(row).toContainText('Your Play-Along account is ready.');
    await expectNoSeriousA11yViolations(page);
  });

  test('should email a receipt naming the course and the amount when a student buys it with the test card', async ({ page, request }) => {
    test.slow(); // sign-up, checkout and the webhook's fulfilment before the mail
    const email = `e2e-receipt-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, `/courses/${course.id}`);
    await expect(page).toHaveURL(`/courses/${course.id}`);

    await page.getByRole('button', { name: `Buy for ${course.price}` }).click();
    await payOnCheckoutPage(page, email);
    await expect(page.getByRole('link', { name: 'Start course' })).toBeVisible({ timeout: 30_000 });

    const row = await mailRow(page, request, email, 'Your Play-Along receipt');

    await expect(row).toContainText(`Item: ${course.title}`);
    await expect(row).toContainText(`Paid: ${course.price}`);
    await expect(row).toContainText(/Order: cs_/);
  });
});
