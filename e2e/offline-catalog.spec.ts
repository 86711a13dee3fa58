import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { appBuildURL } from './support/app-build';

const firstChords = 'course-guitar-first-chords';
const offlineNotice = /You're offline\. The catalog and the course pages you opened show what they had on your last visit/;

function courseCards(page: Page) {
  return page.getByRole('list', { name: 'Courses' }).getByRole('listitem');
}

/** Resolves once the service worker controls the page and has stored every app-shell file its manifest lists. */
async function waitForAppShellCached(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 'not controlled yet';
          const manifest = (await (await fetch('/ngsw.json', { cache: 'no-store' })).json()) as { assetGroups: { name: string; urls: string[] }[] };
          const listed = manifest.assetGroups.flatMap((group) => group.urls);
          const cached = new Set<string>();
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) cached.add(new URL(request.url).pathname);
          }
          const missing = listed.filter((url) => !cached.has(url));
          return missing.length === 0 ? 'cached' : `missing ${missing.join(', ')}`;
        }),
      { timeout: 60_000 },
    )
    .toBe('cached');
}

/** Every URL the service worker keeps in any of its caches. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

function currentTime(page: Page): Promise<number> {
  return page.locator('video').evaluate((video: HTMLVideoElement) => video.currentTime);
}

// `ng serve` never runs the service worker: these run against the production build.
test.use({ baseURL: appBuildURL, serviceWorkers: 'allow' });

test.describe('offline catalog', () => {
  test('should load the catalog and a visited course offline from the last visit, and never cache media', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    // The first visit also installs the service worker, which fetches the whole app shell meanwhile.
    await expect(courseCards(page).first()).toBeVisible({ timeout: 60_000 });
    await waitForAppShellCached(page);

    await page.getByRole('link', { name: 'First Chords on Guitar' }).click();
    await expect(page).toHaveURL(new RegExp(`/courses/${firstChords}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'First Chords on Guitar' })).toBeVisible();
    await page.getByRole('link', { name: /^Preview / }).first().click();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(1);

    const cached = await cachedUrls(page);
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((url) => new URL(url).origin !== appBuildURL || /\.(m3u8|ts|m4s|mp4|jpg|png|pdf)$|graphql/.test(new URL(url).pathname))).toEqual([]);

    await context.setOffline(true);
    await page.goto('/');

    await expect(page.getByRole('status').filter({ hasText: offlineNotice })).toBeVisible();
    await expect(courseCards(page).first()).toBeVisible();
    expect(await courseCards(page).count()).toBeGreaterThanOrEqual(6);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'First Chords on Guitar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'First Chords on Guitar' })).toBeVisible();

    await page.getByRole('link', { name: /^Preview / }).first().click();
    await expect(page.getByRole('alert').filter({ hasText: "You're offline — this lesson needs a connection." })).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: offlineNotice })).toHaveCount(0);
  });
});
