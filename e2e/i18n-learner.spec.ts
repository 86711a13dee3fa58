import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { signUpAndConfirm } from './support/accounts';

/** Chooses a language the way a user does: the toolbar's language menu, which restarts the app in it. */
async function chooseLanguage(page: Page, current: string, next: string): Promise<void> {
  await page.getByRole('button', { name: `${current === 'English' ? 'Language' : 'Idioma'}: ${current}` }).click();
  await page.getByRole('menuitemradio', { name: next }).click();
  // The app restarts in the chosen language.
  await expect(page.getByRole('button', { name: `${next === 'English' ? 'Language' : 'Idioma'}: ${next}` })).toBeVisible({ timeout: 60_000 });
}

/** Fails naming any of `english` still shown on the page: a string left unmarked or untranslated. */
async function expectNoEnglish(page: Page, english: readonly string[]): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(english.filter((phrase) => text.includes(phrase))).toEqual([]);
}

const SHELL_ENGLISH = ['Skip to content', 'Catalog', 'Sign in', 'Language: '];

test.describe('switch language (learner screens)', () => {
  // Each test restarts the app several times (every language switch reloads it).
  test.describe.configure({ timeout: 240_000 });

  test('should show the catalog, a course, certificate verification and the 404 page in Spanish for a guest, keep the choice, and switch back', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Find your next course' })).toBeVisible({ timeout: 60_000 });
    await chooseLanguage(page, 'English', 'Español');

    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Encuentra tu próximo curso' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Catálogo' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Iniciar sesión' })).toBeVisible();
    await expect(page.getByRole('search', { name: 'Filtrar cursos' }).getByLabel('Buscar cursos')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Nivel' })).toBeVisible();
    await expect(page.getByText(/^\d+ cursos$/)).toBeVisible();
    const card = page.getByRole('list', { name: 'Cursos' }).getByRole('listitem').filter({ hasText: 'First Chords on Guitar' });
    await expect(card.getByText('Precio')).toBeVisible();
    await expect(card.locator('.price')).toHaveText(/^29,00\sUS\$$/);
    await expect(card.getByText('3 lecciones')).toBeVisible();
    await expect(card.getByText('Principiante', { exact: true })).toBeVisible();
    await expect(card.getByRole('img', { name: 'Portada de First Chords on Guitar' })).toBeVisible();
    await expectNoEnglish(page, [...SHELL_ENGLISH, 'Find your next course', 'Video lessons', 'Search courses', 'Price', 'Lessons', 'Length', 'Beginner']);
    await expectNoSeriousA11yViolations(page);

    // Instrument filter and the empty state.
    await page.getByRole('listbox', { name: 'Instrumento' }).getByRole('option', { name: /^Guitarra \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/[?&]instrument=GUITAR/);
    await page.getByRole('combobox', { name: 'Nivel' }).click();
    await expect(page.getByRole('option', { name: 'Cualquier nivel' })).toBeVisible();
    await page.getByRole('option', { name: 'Avanzado' }).click();
    await expect(page.getByRole('heading', { name: 'Ningún curso coincide' })).toBeVisible();
    await expect(page.getByText('0 cursos')).toBeVisible();
    await expect(page.getByText('Prueba con otra búsqueda o con menos filtros.')).toBeVisible();
    await expectNoEnglish(page, ['No courses match', 'Try another search', 'Clear filters']);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await expect(page.getByRole('heading', { name: 'Ningún curso coincide' })).toHaveCount(0);

    // The choice survives a reload and a new page.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Encuentra tu próximo curso' })).toBeVisible();
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.locator('html')).toHaveAttribute('lang', 'es');
    await expect(other.getByRole('heading', { level: 1, name: 'Encuentra tu próximo curso' })).toBeVisible();
    await other.close();

    // A course page, as a guest.
    await card.getByRole('link', { name: 'First Chords on Guitar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'First Chords on Guitar' })).toBeVisible();
    await expect(page).toHaveTitle('First Chords on Guitar · Play-Along');
    await expect(page.getByRole('heading', { name: 'Sobre este curso' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Temario' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Materiales' })).toBeVisible();
    await expect(page.getByText(/^3 lecciones ·/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Vista previa de Holding the guitar and pick' })).toBeVisible();
    await expect(page.getByText('Bloqueada', { exact: true }).first()).toBeVisible();
    await expect(page.locator('.cta .price')).toHaveText(/^29,00\sUS\$$/);
    await expect(page.getByRole('link', { name: 'Inicia sesión para comprar' })).toBeVisible();
    await expect(page.getByRole('link', { name: '← Todos los cursos' })).toBeVisible();
    await expectNoEnglish(page, [...SHELL_ENGLISH, 'About this course', 'Curriculum', 'Materials', 'Preview', 'Locked', 'Sign in to buy', 'All courses', 'lessons']);
    await expectNoSeriousA11yViolations(page);

    // Certificate verification: a code no certificate has, and a missing code.
    await page.goto('/certificates/verify/ZZZZ-ZZZZ-ZZZZ');
    await expect(page).toHaveTitle('Verificar un certificado · Play-Along');
    await expect(page.getByRole('heading', { level: 1, name: 'Verificar un certificado' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No es un certificado válido' })).toBeVisible();
    await expect(page.getByText('Comprueba el código e inténtalo de nuevo.')).toBeVisible();
    await page.getByLabel('Código de verificación').fill('');
    await page.getByRole('button', { name: 'Verificar' }).click();
    await expect(page.getByText('Introduce el código del certificado.')).toBeVisible();
    // The backend's own explanation of the refusal stays English (functions answer in one language).
    await expectNoEnglish(page, [...SHELL_ENGLISH, 'Verify a certificate', 'Enter the verification code', 'Not a valid certificate', 'Check the code and try again', 'Enter the code from the certificate']);
    await expectNoSeriousA11yViolations(page);

    await page.goto('/no-such-page');
    await expect(page).toHaveTitle('No encontrado · Play-Along');
    await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Explorar el catálogo' })).toBeVisible();
    await expectNoEnglish(page, [...SHELL_ENGLISH, 'Page not found', 'does not exist', 'Browse the catalog']);
    await expectNoSeriousA11yViolations(page);

    await chooseLanguage(page, 'Español', 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Find your next course' })).toBeVisible();
    await expect(page.locator('.price').first()).toHaveText(/^\$\d+\.\d\d$/);
  });

  test('should show My learning in Spanish, empty, to a new student', async ({ page, request }) => {
    const email = `i18n-learner-${Date.now()}@example.com`;
    await signUpAndConfirm(page, request, email, '/learning');
    await expect(page).toHaveURL(/\/learning$/, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
    await chooseLanguage(page, 'English', 'Español');

    await expect(page).toHaveTitle('Mi aprendizaje · Play-Along');
    await expect(page.getByRole('heading', { level: 1, name: 'Mi aprendizaje' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mi aprendizaje' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: 'Tiempo de práctica esta semana' })).toBeVisible();
    await expect(page.getByText('Aún no has practicado esta semana')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tus cursos' })).toBeVisible();
    await expect(page.getByText('Todavía no te has inscrito en ningún curso.')).toBeVisible();
    await expect(page.getByRole('button', { name: `Menú de la cuenta de ${email}` })).toBeVisible();
    await expectNoEnglish(page, [...SHELL_ENGLISH, 'My learning', 'Practice time', 'No practice yet', 'Your courses', "You haven't enrolled", 'Browse the catalog']);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: `Menú de la cuenta de ${email}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Cerrar sesión' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Pedidos y recibos' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Explorar el catálogo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Encuentra tu próximo curso' })).toBeVisible();
  });
});
