/**
 * dist/autoloader.js as a page author uses it: one module script on a page served with a strict
 * Content-Security-Policy; the page's ck-* tags are imported from the same folder, and nothing else.
 * The JavaScript the page fetches is measured from its requests (each file gzipped as it was served)
 * and held to size-budgets.json.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { rollupChunks } from '../support/rollup-chunks.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { queryOf } from '../../mocks/handlers.js';
import type { MetricName } from '../../src/model/metrics.js';
import { REGISTRY } from '../../src/registry.js';
// Every message key, the base catalogue's and every pack's (the SVG renderer loads them all).
import { loadedMessages } from '../../src/render/i18n/index.js';
import '../../src/svg/index.js';

const root = resolve(import.meta.dirname, '../..');
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'";
const budgets = JSON.parse(readFileSync(resolve(root, 'size-budgets.json'), 'utf8')) as Record<
  string,
  { max?: number; target?: number; base?: number; baseWidgets?: number; perWidget?: number }
>;

const WIDGETS = REGISTRY.filter((e) => e.role === 'widget').map((e) => e.tag);

const shell = (body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>collectkit autoloader</title>
<script src="/watch.js"></script>
<script type="module" src="/dist/autoloader.js"></script>
</head><body>
${body}
<div id="later"></div>
</body></html>`;
const page = (body: string) =>
  shell(
    `<ck-source id="warehouse" adapter="rest" base-url="/api/collection" from="2025-01" to="2025-12" interval="month" retry="0">${body}</ck-source>`,
  );

/** The demo's executive page as demo/index.html has it: its <ck-source> and its dashboard, nothing else. */
const EXECUTIVE = (() => {
  const html = readFileSync(resolve(root, 'demo/index.html'), 'utf8');
  const found =
    /<ck-source id="bank"[^>]*><\/ck-source>\s*<ck-dashboard id="exec-dashboard"[\s\S]*?<\/ck-dashboard>/.exec(html);
  if (!found)
    throw new Error('demo/index.html: no <ck-source id="bank"> followed by <ck-dashboard id="exec-dashboard">');
  return found[0];
})();

const PAGES: Record<string, string> = {
  ...Object.fromEntries(
    REGISTRY.filter((e) => e.role === 'widget').map((e) => [
      `/only/${e.tag}.html`,
      page(`<${e.tag} ${e.example!.attrs}></${e.tag}>`),
    ]),
  ),
  '/tile.html': page('<ck-kpi-tile metric="overdue" bucket="M1+"></ck-kpi-tile>'),
  '/tiles.html': page(
    ['metric="recovery" measure="3"', 'metric="complaints"', 'metric="agents"', 'metric="roll-rates"']
      .map((attrs) => `<ck-kpi-tile ${attrs}></ck-kpi-tile>`)
      .join('\n'),
  ),
  '/exec.html': shell(EXECUTIVE),
  '/all.html': page(
    REGISTRY.filter((e) => e.role === 'widget')
      .map((e) => `<${e.tag} ${e.example!.attrs}></${e.tag}>`)
      .join('\n'),
  ),
};

const watch = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));`;

let browser: Browser;
let server: Server;
let origin = '';
const files = new Map<string, string>();

beforeAll(async () => {
  // The build exactly as `npm run build` makes it: the project's rollup entry with the autoloader.
  for (const [name, code] of await rollupChunks('autoloader')) files.set(`/dist/${name}`, code);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
    if (url.pathname === '/favicon.ico') return void res.writeHead(204, headers).end();
    if (PAGES[url.pathname])
      return void res
        .writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
        .end(PAGES[url.pathname]);
    if (url.pathname === '/watch.js')
      return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(watch);
    const js = files.get(url.pathname);
    if (js !== undefined) return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(js);
    const api = /^\/api\/collection\/([\w-]+)$/.exec(url.pathname);
    if (api)
      return void res
        .writeHead(200, { ...headers, 'Content-Type': 'application/json' })
        .end(JSON.stringify(mockResponse(api[1] as MetricName, queryOf(url))));
    res.writeHead(404, headers).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Opens `path`, waits until `ready` holds, and returns what went wrong and the JS fetched (gzip bytes per file). */
async function visit(path: string, ready: (tags: string[]) => unknown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const problems: string[] = [];
  const fetched = new Map<string, number>();
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on(
    'console',
    (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`),
  );
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/dist/')) fetched.set(p, gzipSync(files.get(p) ?? '', { level: 9 }).length);
  });
  await tab.goto(`${origin}${path}`);
  // A function, not a string: the page's CSP forbids eval, which a string predicate would need.
  await tab.waitForFunction(ready, WIDGETS, { timeout: 30_000 });
  const violations = await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { tab, context, problems, violations, fetched };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

describe('dist/autoloader.js under a strict Content-Security-Policy', () => {
  it('loads only what one KPI tile needs and shows its value; sizes within size-budgets.json', async () => {
    const { context, problems, violations, fetched, tab } = await visit('/tile.html', () =>
      /\d/.test(document.querySelector('ck-kpi-tile')?.shadowRoot?.querySelector('[part="value"]')?.textContent ?? ''),
    );
    const defined = await tab.evaluate((tags) => tags.filter((t) => customElements.get(t)), ['ck-source', ...WIDGETS]);
    await context.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    expect(defined).toEqual(['ck-source', 'ck-kpi-tile']);
    expect([...fetched.keys()]).not.toContain('/dist/ck-overdue-trend.js');
    // The CSV parser loads only with adapter="csv".
    expect([...fetched.keys()].filter((f) => /csv|dsv/.test(f))).toEqual([]);
    // The page is in zh-CN: it fetches that language's texts and neither English nor zh-TW (src/locales).
    const languages = [...fetched.keys()].flatMap(
      (f) => /^\/dist\/chunks\/(en|zh-CN|zh-TW)-[\w-]{8}\.js$/.exec(f)?.[1] ?? [],
    );
    expect(languages).toEqual(['zh-CN']);
    const total = kb([...fetched.values()].reduce((a, b) => a + b, 0));
    // The files this page fetched, for scripts/size-composition.mjs --tile (what each module adds to them).
    mkdirSync(resolve(root, '.cache/size'), { recursive: true });
    writeFileSync(resolve(root, '.cache/size/tile-page.json'), JSON.stringify([...fetched.keys()], null, 1));
    const budget = budgets.autoloaderTile!;
    console.log(
      `autoloader + ck-source + ck-kpi-tile: ${total} KB gzip in ${fetched.size} files (max ${budget.max}, target ${budget.target})`,
    );
    expect(total).toBeLessThanOrEqual(budget.max!);
  }, 60_000);

  it('loads the KPI module of each metric a tile shows, on first use', async () => {
    const { context, problems, violations, tab } = await visit('/tiles.html', () =>
      [...document.querySelectorAll('ck-kpi-tile')].every((t) =>
        /\d/.test(t.shadowRoot?.querySelector('[part="value"]')?.textContent ?? ''),
      ),
    );
    const values = await tab.evaluate(() =>
      [...document.querySelectorAll('ck-kpi-tile')].map((t) =>
        t.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim(),
      ),
    );
    await context.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    expect(values).toHaveLength(4);
    for (const v of values) expect(v).toMatch(/\d/);
  }, 60_000);

  it('loads every widget of a full page, and a widget added later', async () => {
    const { context, problems, violations, fetched, tab } = await visit('/all.html', (tags) =>
      tags.every(
        (t) =>
          customElements.get(t) &&
          document.querySelector(t)?.shadowRoot?.querySelector('[part="frame"], [part="value"]'),
      ),
    );
    await tab.evaluate(() =>
      document.querySelector('#later')!.append(Object.assign(document.createElement('ck-filter-bar'), {})),
    );
    await tab.waitForFunction(() => customElements.get('ck-filter-bar'), null, { timeout: 10_000 });
    await context.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    const total = kb([...fetched.values()].reduce((a, b) => a + b, 0));
    console.log(
      `autoloader + every widget: ${total} KB gzip in ${fetched.size} files (max ${budgets.autoloaderAllWidgets!.max})`,
    );
    expect(total).toBeLessThanOrEqual(budgets.autoloaderAllWidgets!.max!);
  }, 60_000);

  it("loads the demo's executive page with less JavaScript than the one-file bundle (size-budgets.json)", async () => {
    const { context, problems, violations, fetched, tab } = await visit('/exec.html', () =>
      [...document.querySelectorAll('#exec-dashboard > *')].every((el) => {
        // A widget counts once its data is in (its KPI and text chunks load with the data), the filter bar once drawn.
        if (!('data' in el)) return el.shadowRoot?.querySelector('select') != null;
        const drawn = el.shadowRoot?.querySelector('[part="frame"], [part="value"]') != null;
        return drawn && (el as unknown as { data: { data?: unknown } }).data.data != null;
      }),
    );
    const onPage = new Set(EXECUTIVE.match(/<ck-[\w-]+/g)?.map((t) => t.slice(1)));
    const defined = await tab.evaluate((tags) => tags.filter((t) => customElements.get(t)), WIDGETS);
    await context.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
    expect(defined).toEqual(WIDGETS.filter((t) => onPage.has(t)));
    const total = kb([...fetched.values()].reduce((a, b) => a + b, 0));
    const budget = budgets.executivePage!;
    console.log(
      `autoloader + the demo's executive page: ${total} KB gzip in ${fetched.size} files (max ${budget.max})`,
    );
    // test/bundle/script-tag.test.ts holds this max below the one-file bundle's own size.
    expect(total).toBeLessThanOrEqual(budget.max!);
  }, 60_000);

  it.each(REGISTRY.filter((e) => e.role === 'widget').map((e) => [e.tag, e.example!.drawn] as const))(
    '%s alone on a page brings its own texts: no message key shows in place of a message',
    async (tag, drawn) => {
      const { context, problems, tab } = await visit(`/only/${tag}.html`, () => true);
      await tab.waitForFunction(
        ([t, sel]) => document.querySelector(t)?.shadowRoot?.querySelector(sel),
        [tag, drawn] as const,
        { timeout: 30_000 },
      );
      const keys = Object.keys(loadedMessages('en'));
      const shown = await tab.evaluate((keys) => {
        const words = new Set<string>();
        const visit = (root: ParentNode) => {
          for (const el of root.querySelectorAll('*')) {
            for (const a of ['aria-label', 'title', 'aria-description'])
              for (const w of (el.getAttribute(a) ?? '').split(/\W+/)) words.add(w);
            if (el.shadowRoot) visit(el.shadowRoot);
          }
          for (const w of (root.textContent ?? '').split(/\W+/)) words.add(w);
        };
        visit(document.body);
        for (const el of document.body.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
        return keys.filter((k) => words.has(k));
      }, keys);
      await context.close();
      expect(problems).toEqual([]);
      expect(shown, `${tag} shows message keys`).toEqual([]);
    },
    60_000,
  );

  it('reports an unknown ck-* tag once on the console and leaves the rest working', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await tab.goto(`${origin}/tile.html`);
    await tab.evaluate(() =>
      document.body.append(document.createElement('ck-no-such-widget'), document.createElement('ck-no-such-widget')),
    );
    await tab.waitForFunction(() => customElements.get('ck-kpi-tile'));
    await expect
      .poll(() => warnings.filter((w) => w.includes('<ck-no-such-widget>')).length, { timeout: 10_000 })
      .toBe(1);
    await context.close();
  }, 60_000);
});
