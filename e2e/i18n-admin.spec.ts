import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signIn } from './support/accounts';

/**
 * The demo admin switches the app to Spanish from the toolbar, as a person does, and works through the
 * studio: the course list (prices and dates formatted for Spain), an empty search, the new-course form's
 * validation, a course's tabs, the orders and the audit trail. Every screen is checked for English left
 * behind and with axe.
 */
test.describe('admin studio in Spanish', () => {
  test.describe.configure({ timeout: 180_000 });

  /** English the studio used to show on these screens; none of it may remain once Spanish is chosen. */
  const english = [
    'Every course, drafts and published',
    'Audit trail',
    'New course',
    'Search by title',
    'Load more',
    'Showing',
    'Updated',
    'All courses',
    'Create course',
    'Enter a title.',
    'Choose an instrument.',
    'Details',
    'Students & sales',
    'Save details',
    'Course art',
    'Drop a file here',
    'Paid orders',
    'Revenue',
    'Grant access',
    'Every order, newest first',
    'All statuses',
    'Search orders',
    'Every change made in the course studio',
    'All admins',
  ];

  async function expectNoEnglish(page: Page): Promise<void> {
    const text = await page.locator('main').innerText();
    expect(english.filter((phrase) => text.includes(phrase))).toEqual([]);
  }

  async function chooseSpanish(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: 'Idioma: Español' })).toBeVisible();
  }

  test('should show the course list, a course, the orders and the audit trail in Spanish', async ({ page }) => {
    await signIn(page, 'admin@example.com', '/admin');
    await chooseSpanish(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Cursos' })).toBeVisible();
    await expect(page).toHaveTitle('Cursos · Administración · Play-Along');
    await expect(page.getByRole('link', { name: 'Nuevo curso' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Precio' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Se muestra/ })).toBeVisible();
    const firstRow = page.getByRole('row').nth(1);
    // 29,50 US$ / 0,00 € and "3 dic 2026": Spanish number and month formats.
    await expect(firstRow).toContainText(/\d,\d{2}\s(US\$|€|GBP|£)|Gratis/);
    await expect(firstRow).toContainText(/\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}/);
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('searchbox', { name: 'Buscar por título' }).fill('zzz no such course');
    await expect(page.getByRole('heading', { name: 'Ningún curso coincide' })).toBeVisible();
    await page.getByRole('button', { name: 'Quitar filtros' }).click();

    await page.getByRole('link', { name: 'Nuevo curso' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuevo curso' })).toBeVisible();
    await page.getByRole('button', { name: 'Crear curso' }).click();
    await expect(page.getByText('Indica un título.')).toBeVisible();
    await expect(page.getByText('Elige un instrumento.')).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: '← Todos los cursos' }).click();
    await page.getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('tab', { name: 'Detalles' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Imagen del curso' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Guardar detalles' })).toBeVisible();
    await expect(page.getByText(/^Elige una imagen JPEG, PNG o WebP de hasta 5 MB\.$/)).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: 'Lecciones' }).click();
    await expect(page.getByRole('heading', { name: 'Lecciones', level: 2 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Lecciones en el orden del curso' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Vídeo de / }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: 'Alumnos y ventas' }).click();
    await expect(page.getByRole('heading', { name: 'Ventas' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Conceder acceso' })).toBeVisible();
    await page.getByRole('button', { name: 'Conceder acceso' }).click();
    await expect(page.getByText('Indica el correo con el que el alumno inicia sesión.')).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/admin/orders');
    await expect(page.getByRole('heading', { level: 1, name: 'Pedidos' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Importe' })).toBeVisible();
    await expect(page.locator('td.amount').first()).toHaveText(/\d,\d{2}\s(US\$|€|GBP|£)/);
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Registro de auditoría' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Administrador' })).toBeVisible();
    await expectNoEnglish(page);
    await expectNoSeriousA11yViolations(page);
  });
});
