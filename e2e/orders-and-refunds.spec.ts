import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signIn, signUpAndConfirm } from './support/accounts';
import { payOnCheckoutPage } from './support/local-stripe';

const course = { id: 'course-piano-foundations', title: 'Piano Foundations', paidLesson: 'course-piano-foundations-lesson-2' };

/** One buyer pays with a promotion code and finds the order and its receipt; an admin then refunds it. */
test.describe.serial('orders, promotion codes and refunds', () => {
  test.describe.configure({ timeout: 180_000 });
  const email = `e2e-promo-${Date.now()}@example.com`;

  test('should charge the discounted price when the buyer applies LEARN20, and list the order with its receipt', async ({ page, request }) => {
    await signUpAndConfirm(page, request, email, `/courses/${course.id}`);
    await page.getByRole('button', { name: 'Buy for $39.00' }).click();
    await expect(page).toHaveURL(/\/pay\/cs_/);

    await page.getByLabel('Add promotion code').fill('NOT-A-CODE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('This code is invalid.')).toBeVisible();
    await page.getByLabel('Add promotion code').fill('LEARN20');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByLabel('Price summary')).toContainText('$31.20');
    await payOnCheckoutPage(page, email);

    await expect(page).toHaveURL(new RegExp(`/courses/${course.id}`));
    await expect(page.getByText('Owned').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Start course' })).toBeVisible();

    await page.goto('/account/orders');
    const order = page.getByRole('row').filter({ hasText: course.title });
    await expect(order).toContainText('$31.20');
    await expect(order).toContainText('LEARN20');
    await expect(order).toContainText('Paid');
    await expectNoSeriousA11yViolations(page);

    const receiptPage = page.waitForEvent('popup');
    await order.getByRole('link', { name: /Receipt/ }).click();
    const receipt = await receiptPage;
    await expect(receipt.getByRole('heading', { name: 'Receipt from Play-Along' })).toBeVisible();
    await expect(receipt.getByText('Discount (LEARN20)')).toBeVisible();
    await expect(receipt.locator('body')).toContainText('$31.20');
  });

  test('should take the course away when an admin refunds the order', async ({ page, browser }) => {
    await signIn(page, 'admin@example.com', '/admin/orders');
    const order = page.getByRole('row').filter({ hasText: course.title }).filter({ hasText: 'LEARN20' }).first();
    await expect(order).toContainText('Paid');
    await order.getByRole('button', { name: /^Refund/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Bought by mistake (e2e)');
    await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Bought by mistake' }).or(order)).toContainText('Refunded', { timeout: 30_000 });

    const student = await (await browser.newContext()).newPage();
    await signIn(student, email, `/courses/${course.id}`);
    await expect(student.getByRole('button', { name: 'Buy for $39.00' })).toBeVisible({ timeout: 30_000 });
    await student.goto('/account/orders');
    await expect(student.getByRole('row').filter({ hasText: course.title })).toContainText('Refunded');
    await student.goto(`/courses/${course.id}/lessons/${course.paidLesson}`);
    await expect(student).toHaveURL(new RegExp(`/courses/${course.id}\\?locked=`));
  });
});
