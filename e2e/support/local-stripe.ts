import { readFile } from 'node:fs/promises';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const DAY_SECONDS = 24 * 60 * 60;

/** Fills and submits the local Stripe's hosted checkout form. */
export async function payOnCheckoutPage(page: Page, email: string, card = '4242 4242 4242 4242'): Promise<void> {
  await expect(page).toHaveURL(/\/pay\/cs_/);
  const emailField = page.getByLabel('Email');
  if (await emailField.isEditable()) await emailField.fill(email);
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiry date').fill('12 / 34');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByLabel('Name on card').fill('E2E Buyer');
  await page.getByRole('button', { name: /^(Pay|Subscribe) / }).click();
}

/**
 * Moves the local Stripe's account clock (its counterpart of Stripe's test clocks) forward, with the
 * local secret key `npm start` generated; Stripe then ends or renews what became due and sends the events.
 */
export async function advanceStripeClock(request: APIRequestContext, stripeOrigin: string, days: number): Promise<void> {
  const secrets = JSON.parse(await readFile(new URL('../../.local-cloud/secrets.json', import.meta.url), 'utf8')) as { stripeSecretKey: string };
  const response = await request.post(`${stripeOrigin}/_local/clock/advance`, {
    headers: { authorization: `Bearer ${secrets.stripeSecretKey}` },
    form: { seconds: String(days * DAY_SECONDS) },
  });
  expect(response.status(), await response.text()).toBe(200);
}
