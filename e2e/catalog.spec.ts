import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';


function courseCards(page: Page) {
  return page.getByRole('list', { name: 'Courses' }).getByRole('listitem');
}

test.describe('catalog (guest)', () => {
  test('should list at least six published courses when a guest opens the catalog', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Find your next course' })).toBeVisible();
    await expect(courseCards(page).first()).toBeVisible();
    expect(await courseCards(page).count()).toBeGreaterThanOrEqual(6);
    await expect(page.getByText('Violin from Scratch')).toHaveCount(0);
  });

  test('should filter by instrument and level in the URL and keep the filter when reloaded', async ({ page }) => {
    await page.goto('/');
    await expect(courseCards(page).first()).toBeVisible();

    await page.getByRole('listbox', { name: 'Instrument' }).getByRole('option', { name: 'Guitar' }).click();
    await expect(page).toHaveURL(/[?&]instrument=GUITAR/);
    await page.getByRole('combobox', { name: 'Level' }).click();
    await page.getByRole('option', { name: 'Intermediate' }).click();
    await expect(page).toHaveURL(/[?&]level=INTERMEDIATE/);

    await page.reload();

    await expect(page.getByRole('listbox', { name: 'Instrument' }).getByRole('option', { name: 'Guitar' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('combobox', { name: 'Level' })).toContainText('Intermediate');
    await expect(courseCards(page)).toHaveCount(1);
    const card = courseCards(page).first();
    await expect(card.getByRole('heading', { name: 'Blues Lead Guitar' })).toBeVisible();
    await expect(card.getByText('Guitar', { exact: true })).toBeVisible();
    await expect(card.getByText('Intermediate', { exact: true })).toBeVisible();
  });

  test('should narrow the list by search text when the guest types', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('piano');
    await expect(page).toHaveURL(/[?&]q=piano/);
    await expect(courseCards(page)).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Piano Foundations' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Jazz Piano Voicings' })).toBeVisible();
  });

  test('should offer to clear the filters when nothing matches', async ({ page }) => {
    await page.goto('/?q=banjo');
    await expect(page.getByRole('heading', { name: 'No courses match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await courseCards(page).count()).toBeGreaterThanOrEqual(6);
  });

  test('should open a course with a free preview lesson when a guest picks one', async ({ page }) => {
    await page.goto('/?instrument=GUITAR&level=INTERMEDIATE');
    await page.getByRole('link', { name: 'Blues Lead Guitar' }).click();

    await expect(page).toHaveURL(/\/courses\/course-guitar-blues-lead$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Blues Lead Guitar' })).toBeVisible();
    const preview = page.getByRole('link', { name: 'Preview The 12-bar blues' });
    await expect(preview).toBeVisible();
    await expect(preview).toHaveAttribute('href', /\/courses\/course-guitar-blues-lead\/lessons\/.+/);
    await expect(page.getByText('Locked', { exact: true })).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Sign in to buy' })).toHaveAttribute('href', /\/account\/sign-in\?returnUrl=/);
  });

  test('should say so when the course does not exist', async ({ page }) => {
    await page.goto('/courses/no-such-course');
    await expect(page.getByRole('heading', { level: 1, name: 'Course not found' })).toBeVisible();
  });

  test('should have no serious accessibility violations when showing the catalog', async ({ page }) => {
    await page.goto('/');
    await expect(courseCards(page).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('should have no serious accessibility violations when showing a course', async ({ page }) => {
    await page.goto('/courses/course-guitar-blues-lead');
    await expect(page.getByRole('heading', { level: 1, name: 'Blues Lead Guitar' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
