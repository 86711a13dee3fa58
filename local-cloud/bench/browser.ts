import { chromium, type Browser, type Page } from '@playwright/test';

/** What the probe script records in the page, in ms since the page's time origin. */
export interface PageProbe {
  click?: number;
  firstFrame?: number;
  playing?: number;
  lcp?: number;
  fcp?: number;
  cls: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    benchProbe: PageProbe;
  }
}

/**
 * Runs in every page before its own scripts: records the last click, the first video frame and
 * `playing` (asking to play as soon as a frame shows, as a viewer pressing play at once would), and
 * the page's LCP, FCP, layout shifts and long tasks from PerformanceObserver. Plain JavaScript text:
 * a function compiled by tsx would carry helpers the page does not have.
 */
const probeScript = `
  const probe = { cls: 0, longTasks: [] };
  window.benchProbe = probe;
  document.addEventListener('click', () => (probe.click = performance.now()), true);
  document.addEventListener('loadeddata', (event) => {
    probe.firstFrame ??= performance.now();
    event.target.muted = true;
    event.target.play().catch(() => undefined);
  }, true);
  document.addEventListener('playing', () => (probe.playing ??= performance.now()), true);
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => record(list.getEntries())).observe({ type, buffered: true });
    } catch {}
  };
  observe('largest-contentful-paint', (entries) => (probe.lcp = entries[entries.length - 1].startTime));
  observe('paint', (entries) => {
    for (const entry of entries) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  });
  observe('layout-shift', (entries) => {
    for (const entry of entries) if (!entry.hadRecentInput) probe.cls += entry.value;
  });
  observe('longtask', (entries) => {
    for (const entry of entries) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
`;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--autoplay-policy=no-user-gesture-required'],
  });
}

/**
 * A fresh page (empty cache and storage: a first visit) at a desktop size, with the probe installed.
 * Service workers are blocked: a first visit has none yet, and its background prefetch of every chunk
 * would otherwise count as the page's own requests.
 */
export async function coldPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  await context.addInitScript({ content: probeScript });
  return context.newPage();
}

export const readProbe = (page: Page): Promise<PageProbe> => page.evaluate(() => window.benchProbe);

/** Waits until the probe has a value for `key`. */
export async function waitForProbe(page: Page, key: 'firstFrame' | 'playing' | 'lcp', timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction((name) => window.benchProbe[name] !== undefined, key, { timeout: timeoutMs });
  return (await readProbe(page))[key]!;
}

/** Total blocking time: the part over 50 ms of every long task after the first contentful paint. */
export const totalBlockingTime = (probe: PageProbe): number =>
  probe.longTasks.filter((task) => task.start >= (probe.fcp ?? 0)).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
