import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { coldPage, readProbe, totalBlockingTime } from './browser';
import type { StaticServer } from './static-server';
import { median, type BenchRow } from './table';

const repeats = 3;
const settleMs = 1000;

export interface PageUnderTest {
  readonly name: string;
  readonly path: string;
  /** Catalog targets from issue 10; other pages are held to the web's "good" thresholds. */
  readonly lcpTarget: string;
  readonly clsTarget: string;
}

/** LCP, CLS and total blocking time of first visits (median of a few), read with PerformanceObserver in Chromium. */
export async function benchPages(browser: Browser, server: StaticServer, pages: readonly PageUnderTest[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { name, path, lcpTarget, clsTarget } of pages) {
    const lcp: number[] = [];
    const cls: number[] = [];
    const tbt: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const page = await coldPage(browser);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(settleMs);
      const probe = await readProbe(page);
      if (probe.lcp === undefined) throw new Error(`${name} page painted no largest contentful paint`);
      lcp.push(probe.lcp);
      cls.push(probe.cls);
      tbt.push(totalBlockingTime(probe));
      await page.context().close();
    }
    rows.push(
      { measurement: `page: ${name} LCP`, ours: median(lcp), unit: 'ms', target: lcpTarget },
      { measurement: `page: ${name} CLS`, ours: median(cls), unit: '', target: clsTarget },
      { measurement: `page: ${name} total blocking time`, ours: median(tbt), unit: 'ms', target: '≤ 200 ms' },
    );
  }
  return rows;
}

/** The JavaScript a first visit to `path` requests until the network is idle, gzip-measured (node:zlib) from the build's files. */
export async function initialJsKb(browser: Browser, server: StaticServer, distDir: string, path: string): Promise<number> {
  const page = await coldPage(browser);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.origin === new URL(server.origin).origin) scripts.add(url.pathname);
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  await page.context().close();
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(await readFile(join(distDir, script))).length;
  return bytes / 1000;
}
