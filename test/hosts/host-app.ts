/**
 * What every example host app under examples/ must prove in Chromium, driven from Node with playwright-core:
 * it passes a non-string property (the static adapter's data object on `<ck-source>.adapterOptions`),
 * hears `ck-select` and `ck-error` through its framework's own event binding, switches `lang` at run
 * time, and unmounts cleanly (elements gone, no error, and a second mount works with one set of listeners).
 *
 * Each example shows the same page: buttons `#lang` and `#mount`, `#selected` (the last `ck-select`
 * detail as "series period value"), `#errors` (one `<li>` per `ck-error` message), and under
 * `<ck-source>` an overdue trend (drawn from the data object) and a complaint trend (no data: `ck-error`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveStatic } from '../support/static-server.js';

const root = resolve(import.meta.dirname, '../..');

/** The element ids and texts every example app uses (see examples/shared/portfolio.js). */
const TITLE_EN = 'Overdue rate by bucket (balance)';
const TITLE_ZH = '分阶段逾期率（按余额）';
/** ArrowRight then Enter on the chart picks the last point of the first series: M1 in 2025-03, 4,000,000 / 100,000,000. */
const SELECTED = 'M1 2025-03 0.04';
const NO_COMPLAINTS = 'No static data for complaints';

/** Opens `url` in a fresh page that records page errors and console errors. */
async function open(
  browser: Browser,
  url: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

/** Resolves once the overdue trend has drawn its lines. */
const drawn = (page: Page) =>
  page.waitForFunction(
    () => (document.querySelector('ck-overdue-trend')?.shadowRoot?.querySelectorAll('path.line').length ?? 0) >= 2,
    null,
    { timeout: 15_000 },
  );

/** The overdue trend's heading, as shown. */
const title = (page: Page) =>
  page.evaluate(
    () => document.querySelector('ck-overdue-trend')?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '',
  );

/** The messages the host listed from `ck-error` events. */
const errors = (page: Page) => page.locator('#errors li').allTextContents();

/**
 * Registers the four host tests. `url()` returns the served app's address once the suite's setup has
 * built and served it (the tests run after `beforeAll`).
 */
export function hostTests(browser: () => Browser, url: () => string): void {
  it('passes the data object as a property and draws it', async () => {
    const { page, problems, close } = await open(browser(), url());
    await drawn(page);
    const source = await page.evaluate(() => {
      const el = document.querySelector('ck-source') as
        (HTMLElement & { adapterOptions?: { data?: { overdue?: { rows?: unknown[] } } } }) | null;
      return {
        rows: el?.adapterOptions?.data?.overdue?.rows?.length,
        attributes: el ? Array.from(el.attributes, (a) => a.name).sort() : [],
      };
    });
    await close();
    // The object itself reached the element (9 rows), and nothing was turned into an attribute string.
    expect(source.rows).toBe(9);
    expect(source.attributes.filter((a) => a.toLowerCase().includes('options'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('hears ck-select and ck-error through its own event binding', async () => {
    const { page, problems, close } = await open(browser(), url());
    await drawn(page);
    await expect.poll(() => errors(page), { timeout: 10_000 }).toEqual([expect.stringContaining(NO_COMPLAINTS)]);
    await page.locator('ck-overdue-trend [part="frame"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#selected').textContent()).toBe(SELECTED);
    await close();
    expect(problems).toEqual([]);
  });

  it('switches lang at run time', async () => {
    const { page, problems, close } = await open(browser(), url());
    await drawn(page);
    expect(await title(page)).toBe(TITLE_EN);
    await page.click('#lang');
    await expect.poll(() => title(page)).toBe(TITLE_ZH);
    expect(await page.evaluate(() => document.querySelector('ck-complaint-trend')?.getAttribute('lang'))).toBe('zh-CN');
    await page.click('#lang');
    await expect.poll(() => title(page)).toBe(TITLE_EN);
    await close();
    expect(problems).toEqual([]);
  });

  it('unmounts cleanly and mounts again with one set of listeners', async () => {
    const { page, problems, close } = await open(browser(), url());
    await drawn(page);
    await expect.poll(() => errors(page), { timeout: 10_000 }).toHaveLength(1);
    await page.click('#mount');
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelectorAll('ck-source, ck-overdue-trend, ck-complaint-trend').length),
      )
      .toBe(0);
    expect(await errors(page)).toEqual([]);
    await page.click('#mount');
    await drawn(page);
    await expect.poll(() => errors(page), { timeout: 10_000 }).toEqual([expect.stringContaining(NO_COMPLAINTS)]);
    // One ck-select, one line of the host's state: the old listeners are gone with the old elements.
    await page.locator('ck-overdue-trend [part="frame"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#selected').textContent()).toBe(SELECTED);
    expect(await errors(page)).toHaveLength(1);
    await close();
    expect(problems).toEqual([]);
  });
}

/**
 * Builds `examples/<name>` with Vite's JS API and its own vite.config.js into a temporary folder, serves
 * it on 127.0.0.1 and launches Chromium. Returns the origin and a function that undoes all three.
 */
export async function buildAndServe(
  name: string,
): Promise<{ browser: Browser; origin: string; close: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), `collectkit-${name}-`));
  // Built as `vite build` would be: plugins that see vitest's variables switch to a test mode (the Angular
  // plugin then leaves components to a JIT compiler the app does not ship), so hide them while building.
  const saved = { VITEST: process.env.VITEST, NODE_ENV: process.env.NODE_ENV };
  delete process.env.VITEST;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: resolve(root, 'examples', name, 'vite.config.js'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, reportCompressedSize: false },
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  return {
    browser,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
