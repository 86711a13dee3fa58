import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { DEMO_PASSWORD } from './support/accounts';

const firstChords = 'course-guitar-first-chords';

/** Chooses Spanish the way a person does: the toolbar's language menu, which stores the choice and reloads. */
async function switchToSpanish(page: Page): Promise<void> {
  await page.goto('/account/sign-in');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitemradio', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Idioma: Español' })).toBeVisible();
}

async function signInInSpanish(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`/account/sign-in?returnUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).not.toHaveURL(/\/account\/sign-in/, { timeout: 60_000 });
}

/** Fails naming any of `english` (strings this area translated) still shown on the page. */
async function expectNoneOf(page: Page, english: readonly string[]): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(english.filter((phrase) => text.includes(phrase))).toEqual([]);
}

test.describe('player and account in Spanish', () => {
  // Each test reloads the app for the language switch and signs in: slower than one screen's spec.
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ page }) => {
    await switchToSpanish(page);
  });

  test('should show the sign-in form and its validation in Spanish', async ({ page }) => {
    await expect(page).toHaveTitle('Iniciar sesión · Play-Along');
    await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();

    await expect(page.getByText('Introduce tu correo electrónico.')).toBeVisible();
    await expect(page.getByText('Introduce tu contraseña.')).toBeVisible();
    await page.getByLabel('Correo electrónico').fill('no-es-un-correo');
    await expect(page.getByText('Introduce un correo electrónico válido.')).toBeVisible();
    await expect(page.getByRole('link', { name: '¿Has olvidado tu contraseña?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Crea una cuenta' })).toBeVisible();
    await expectNoneOf(page, ['Sign in', 'Password', 'Enter your', 'Forgot password?', 'New to Play-Along?', 'Create an account']);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Crea una cuenta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Crea tu cuenta' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Requisitos de la contraseña' })).toContainText('Al menos 8 caracteres');
    await expectNoneOf(page, ['Create your account', 'Confirm password', 'At least 8 characters', 'Already have an account?']);
  });

  test('should show settings, membership and orders in Spanish with Spanish prices and dates', async ({ page }) => {
    await signInInSpanish(page, 'student@example.com', '/account/settings');

    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
    await expect(page.getByText('Sesión iniciada como student@example.com')).toBeVisible();
    for (const heading of ['Nombre visible', 'Contraseña', 'Inicio de sesión en dos pasos', 'Dispositivos', 'Eliminar cuenta']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Configurar app de autenticación' })).toBeVisible();
    await expectNoneOf(page, ['Settings', 'Display name', 'Two-factor sign-in', 'Devices', 'Delete account', 'Save name', 'Current password']);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/account/membership');
    await expect(page.getByRole('heading', { level: 1, name: 'Membresía' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Membresía de acceso total' })).toBeVisible();
    // es-ES money: comma decimals and the currency after the amount.
    await expect(page.getByRole('button', { name: /^Únete por \d+,\d{2}\sUS\$\/mes$/ })).toBeVisible();
    await expectNoneOf(page, ['Membership', 'Every course included', 'Join for', '/month']);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/account/orders');
    await expect(page.getByRole('heading', { level: 1, name: 'Pedidos y recibos' })).toBeVisible();
    const orders = page.getByRole('table').first();
    await expect(orders.getByRole('columnheader', { name: 'Importe' })).toBeVisible();
    const row = orders.getByRole('row').nth(1);
    await expect(row).toContainText(/\d+,\d{2}\sUS\$/);
    await expect(row).toContainText(/\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}/);
    await expect(page.getByText('Sin facturas de membresía.')).toBeVisible();
    await expectNoneOf(page, ['Orders & receipts', 'Amount', 'Membership invoices', 'No membership invoices', 'See the membership']);
    await expectNoSeriousA11yViolations(page);
  });

  test('should show the player of a free preview in Spanish: speed menu, loops and notes', async ({ page }) => {
    await signInInSpanish(page, 'newbie@example.com', `/courses/${firstChords}/lessons/${firstChords}-lesson-1`);

    const player = page.getByRole('region', { name: 'Reproductor de vídeo' });
    await expect(player).toBeVisible();
    await expect(page.getByText('Tono conservado')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reproducir', exact: true })).toBeVisible();

    await page.getByRole('button', { name: /^Velocidad de reproducción / }).click();
    await expect(page.getByRole('menu', { name: 'Velocidad de reproducción' })).toBeVisible();
    await page.getByRole('menuitemradio', { name: '0,8×', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Velocidad de reproducción 0,8×' })).toBeVisible();

    await expect(page.getByRole('heading', { name: 'Bucles guardados' })).toBeVisible();
    await expect(page.getByText('Marca A y B mientras suena el vídeo y guarda el bucle para practicarlo más tarde.')).toBeVisible();
    await expect(page.getByText('Ningún bucle marcado')).toBeVisible();

    const notes = page.getByRole('region', { name: 'Notas y preguntas' });
    await expect(notes.getByRole('progressbar')).toBeHidden();
    await expect(notes.getByRole('radio', { name: 'Nota privada' })).toBeChecked();
    await expect(notes.getByRole('button', { name: /^Añadir nota en \d+:\d{2}$/ })).toBeVisible();
    await expect(notes.getByText('Solo tú puedes ver tus notas.')).toBeVisible();
    await notes.getByRole('radio', { name: 'Pregunta para el profesor' }).check();
    await expect(notes.getByRole('button', { name: /^Publicar pregunta en \d+:\d{2}$/ })).toBeVisible();

    await page.getByRole('button', { name: 'Atajos de teclado' }).click();
    await expect(page.getByRole('dialog', { name: 'Atajos de teclado' })).toContainText('Reproducir o pausar');
    await page.getByRole('button', { name: 'Cerrar' }).click();

    await expectNoneOf(page, [
      'Pitch preserved',
      'Saved loops',
      'Mark A and B',
      'No loop set',
      'Notes & questions',
      'Private note',
      'Question for the teacher',
      'Post question',
      'Mark complete',
      'Previous',
      'Next',
      'Materials',
    ]);
    await expectNoSeriousA11yViolations(page);
  });
});
