/**
 * Builds Storybook once, opens every story in headless Chromium and fails on any story that throws,
 * logs a console error, renders an empty chart where data was expected, or has an axe-core violation
 * (in both themes and both languages).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveStatic } from '../support/static-server.js';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, '.cache/storybook-test');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Stories whose widgets are expected not to show data. */
const NO_DATA = /loading|empty|error|wrong|malformed|timeout|no source/i;
/** Stories that show a failed request on purpose: Chromium logs the failed fetch to the console. */
const FAILS_ON_PURPOSE = /error|wrong|malformed|stale/i;

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
}

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let stories: Entry[] = [];

beforeAll(async () => {
  if (!process.env.CK_STORYBOOK_PREBUILT || !existsSync(resolve(out, 'index.json'))) {
    execFileSync(process.execPath, [resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', out, '--quiet', '--disable-telemetry'], {
      cwd: root,
      stdio: 'pipe',
      timeout: 300_000,
    });
  }
  const index = JSON.parse(readFileSync(resolve(out, 'index.json'), 'utf8')) as { entries: Record<string, Entry> };
  // CK_STORY_FILTER (a regular expression on story ids) narrows the run while working on some stories.
  const only = process.env.CK_STORY_FILTER ? new RegExp(process.env.CK_STORY_FILTER) : null;
  stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || only.test(e.id)));
  server = await serveStatic(out);
  browser = await launchChromium();
}, 320_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(entry: Entry, globals: string) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (FAILS_ON_PURPOSE.test(entry.name) && /Failed to load resource/.test(m.text())) return;
    problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=story&globals=${globals}`);
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, { timeout: 15_000 });
  // Wait until no widget is loading (Loading stories stay loading: give them a moment only).
  const settled = await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.tagName.startsWith('CK-') && el.shadowRoot && el.tagName !== 'CK-SOURCE')
          .every((el) => !el.shadowRoot!.querySelector('.spinner')),
      null,
      { timeout: NO_DATA.test(entry.name) ? 300 : 15_000 },
    )
    .then(() => true)
    .catch(() => false);
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.tagName.startsWith('CK-') && el.shadowRoot && !['CK-SOURCE', 'CK-DASHBOARD', 'CK-FILTER-BAR'].includes(el.tagName))
      .map((el) => ({
        tag: el.tagName.toLowerCase(),
        hasData: !!el.shadowRoot!.querySelector('svg.chart path, svg.chart rect[part="mark"], [part="table"] tbody tr, [part="value"]'),
        state: el.shadowRoot!.querySelector('[part="state"]')?.textContent?.trim() ?? '',
      })),
  );
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    // The a11y addon runs axe after each story too: wait for its run to finish before ours.
    let result;
    for (let attempt = 0; ; attempt++) {
      try {
        result = await axe.run({ include: ['#storybook-root'] }, { resultTypes: ['violations'] });
        break;
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  await context.close();
  return { problems, widgets, violations, settled };
}

describe('every story', () => {
  it('was found in the Storybook index', () => {
    expect(stories.length).toBeGreaterThan(process.env.CK_STORY_FILTER ? 0 : 5);
  });

  for (const globals of ['lang:en;theme:light', 'lang:zh-CN;theme:dark']) {
    it(`renders without errors, with data where expected, and passes axe (${globals})`, async () => {
      const failures: string[] = [];
      const slow: string[] = [];
      // A few pages at once: each story is mostly waiting (network mocks, frames, axe).
      const queue = [...stories];
      await Promise.all(
        Array.from({ length: 3 }, async () => {
          for (let entry = queue.shift(); entry; entry = queue.shift()) {
            const t0 = performance.now();
            const { problems, widgets, violations, settled } = await visit(entry, globals);
            const label = `${entry.title} / ${entry.name}`;
            if (performance.now() - t0 > 8000) slow.push(`${label} ${Math.round(performance.now() - t0)} ms`);
            for (const p of problems) failures.push(`${label}: ${p}`);
            for (const v of violations) failures.push(`${label}: axe ${v}`);
            if (!NO_DATA.test(entry.name)) {
              if (!settled) failures.push(`${label}: still loading after 15 s`);
              for (const w of widgets) if (!w.hasData) failures.push(`${label}: <${w.tag}> shows no data (${w.state || 'empty'})`);
            }
            if (!widgets.length) failures.push(`${label}: no widget rendered`);
          }
        }),
      );
      if (slow.length) console.warn(`slow stories (${globals}):\n${slow.join('\n')}`);
      expect(failures.sort()).toEqual([]);
    }, 600_000);
  }
});
