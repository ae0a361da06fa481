/**
 * Payloads under a strict CSP (#18): dist/autoloader.js and the one-file bundle dist/collectkit.min.js, each
 * on a page served with the Content-Security-Policy of script-tag.test.ts, every widget of the registry (with
 * the dashboard and the filter bar) reading a REST backend whose answers carry the XSS payloads
 * (xss-payloads.ts) in a string field of every row of every metric and in `meta.source`; one round per
 * string field. Plus same-origin vectors that the CSP alone would let through (`<script src="/canary.js">`,
 * `<img src="/canary.png">`…). Nothing runs (the canary is never called, no canary URL is requested),
 * nothing is injected (no foreign element, no on* attribute, no javascript: URL in any shadow tree), the
 * payloads reach the page as text, and the page reports no CSP violation at all (none is expected: every
 * violation would be the kit writing markup, inline script or inline style from data).
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { rollupChunks, type EntryName } from '../support/rollup-chunks.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { queryOf } from '../../mocks/handlers.js';
import { METRICS, type MetricName } from '../../src/model/metrics.js';
import { REGISTRY } from '../../src/registry.js';
import { fieldsOf } from '../fuzz/openapi-arbitraries.js';
import { FORBIDDEN_TAGS, XSS_PAYLOADS } from '../security/xss-payloads.js';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Vectors that load from the page's own origin, which `'self'` allows: only the kit writing markup would load them. */
const SAME_ORIGIN = [
  '<script src="/canary.js"></script>',
  '<img src="/canary.png">',
  '<link rel="stylesheet" href="/canary.css">',
  '<iframe src="/canary.html"></iframe>',
  '<svg><image href="/canary.svg"></image></svg>',
  '<object data="/canary.obj"></object>',
];
const PAYLOADS = [...XSS_PAYLOADS, ...SAME_ORIGIN];

/** The string fields of each metric's rows; a round puts the payloads into one of them. */
const TEXT_FIELDS = Object.fromEntries(METRICS.map((m) => [m, fieldsOf(m).text])) as Record<MetricName, string[]>;
const ROUNDS = Math.max(...Object.values(TEXT_FIELDS).map((f) => f.length));

/** The mock portfolio's answer with the payloads in field `round` (modulo) of every row and in meta.source; round -1 is the clean answer. */
function answer(metric: MetricName, round: number, url: URL): unknown {
  const response = mockResponse(metric, queryOf(url));
  if (round < 0) return response;
  const fields = TEXT_FIELDS[metric];
  const field = fields[round % fields.length] ?? '';
  const rows = (response.rows as unknown as Record<string, unknown>[]).map((row, i) => ({
    ...row,
    [field]: PAYLOADS[(i + round * 17) % PAYLOADS.length],
  }));
  return { ...response, meta: { ...response.meta, source: PAYLOADS[round % PAYLOADS.length] }, rows };
}

const ENTRIES = REGISTRY.filter((e) => e.role === 'widget');
const WIDGETS = ENTRIES.map((e) => e.tag);

const body = (round: number) =>
  `<ck-source id="warehouse" adapter="rest" base-url="/api/r${round}" from="2025-01" to="2025-12" interval="month" retry="0">
  <ck-dashboard><ck-filter-bar></ck-filter-bar>
  ${ENTRIES.map((e) => `<${e.tag} ${e.example?.attrs ?? ''}></${e.tag}>`).join('\n  ')}
  </ck-dashboard>
</ck-source>`;

const BUNDLES = {
  'dist/autoloader.js': '<script type="module" src="/dist/autoloader.js"></script>',
  'dist/collectkit.min.js': '<script src="/collectkit.min.js"></script>',
};
type Bundle = keyof typeof BUNDLES;

const page = (bundle: Bundle, round: number) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>collectkit payloads under a strict CSP</title>
<script src="/watch.js"></script>
${BUNDLES[bundle]}
</head><body>
${body(round)}
</body></html>`;

/** Runs before the bundle (an inline script would be blocked): records violations and defines the canary. */
const watch = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));
window.canaryCalls = 0;
window.__ckCanary = () => { window.canaryCalls++; };`;

let browser: Browser;
let server: Server;
let origin = '';
const files = new Map<string, string>();
const canaryRequests: string[] = [];

/** The chunks of the project's own rollup entry `entry`, served under `prefix`. */
async function build(entry: EntryName, prefix: string): Promise<void> {
  for (const [name, code] of await rollupChunks(entry)) files.set(`${prefix}${name}`, code);
}

beforeAll(async () => {
  await build('one-file', '/');
  await build('autoloader', '/dist/');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
    if (url.pathname.startsWith('/canary')) {
      canaryRequests.push(url.pathname);
      return void res.writeHead(204, headers).end();
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204, headers).end();
    const html = /^\/(autoloader|min)\/(-?\d+)$/.exec(url.pathname);
    if (html) {
      const bundle: Bundle = html[1] === 'min' ? 'dist/collectkit.min.js' : 'dist/autoloader.js';
      return void res
        .writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
        .end(page(bundle, Number(html[2])));
    }
    if (url.pathname === '/watch.js')
      return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(watch);
    const js = files.get(url.pathname);
    if (js !== undefined) return void res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(js);
    const api = /^\/api\/r(-?\d+)\/([\w-]+)$/.exec(url.pathname);
    if (api) {
      const json = JSON.stringify(answer(api[2] as MetricName, Number(api[1]), url));
      return void res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(json);
    }
    res.writeHead(404, headers).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** In the page: every widget settled (its chart, table, value, empty or error state is up, no spinner). */
function settled(tags: string[]): boolean {
  return tags.every((tag) => {
    const shadow = document.querySelector(tag)?.shadowRoot;
    return (
      !!shadow &&
      !shadow.querySelector('.spinner') &&
      !!shadow.querySelector('[part="frame"], [part="value"], [part="state"], [role="alert"]')
    );
  });
}

/**
 * In the page: the elements of a forbidden kind and the on* or javascript: attributes in any shadow tree (an
 * injection unless the clean page has them too: the filter bar's own <form>), and the text and attribute values shown.
 */
function inspect(forbidden: string[]): { injected: string[]; text: string } {
  const injected: string[] = [];
  const text: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (node === document) continue; // the page's own light DOM is the author's markup
      if (forbidden.includes(el.localName)) injected.push(`<${el.localName}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) injected.push(`<${el.localName} ${a.name}>`);
        if (/^\s*(javascript|vbscript|data):/i.test(a.value) && /href|src|action|data/i.test(a.name))
          injected.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        text.push(a.value);
      }
      for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) text.push(n.textContent ?? '');
    }
  };
  walk(document);
  return { injected, text: text.join('\n') };
}

describe('XSS payloads in backend strings, bundles under a strict Content-Security-Policy', () => {
  for (const bundle of Object.keys(BUNDLES) as Bundle[]) {
    it(`${bundle}: ${PAYLOADS.length} payloads through every string field (${ROUNDS} rounds): nothing runs, nothing injected, no CSP violation`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const shown = new Set<string>();
      let clean = new Set<string>();
      try {
        for (let round = -1; round < ROUNDS; round++) {
          const tab = await context.newPage();
          const problems: string[] = [];
          tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
          tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
          await tab.goto(`${origin}/${bundle === 'dist/autoloader.js' ? 'autoloader' : 'min'}/${round}`);
          await tab.waitForFunction(settled, WIDGETS, { timeout: 30_000 });
          // Handlers of injected images and media would fire after their load fails: give them the time.
          await tab.waitForTimeout(300);
          const found = await tab.evaluate(inspect, [...FORBIDDEN_TAGS]);
          const state = await tab.evaluate(() => {
            const w = window as unknown as { cspViolations: string[]; canaryCalls: number };
            return { violations: w.cspViolations, canaryCalls: w.canaryCalls };
          });
          await tab.close();
          const where = `${bundle}, round ${round}`;
          expect(state.canaryCalls, `${where}: a payload ran`).toBe(0);
          expect(canaryRequests, `${where}: a same-origin vector was loaded`).toEqual([]);
          if (round < 0) clean = new Set(found.injected);
          expect(
            found.injected.filter((f) => !clean.has(f)),
            where,
          ).toEqual([]);
          expect(state.violations, `${where}: CSP violations`).toEqual([]);
          expect(problems, where).toEqual([]);
          for (const p of PAYLOADS) if (found.text.includes(p.trim())) shown.add(p);
        }
      } finally {
        await context.close();
      }
      // The payloads reached the page, as text.
      console.info(`${bundle}: ${shown.size} of ${PAYLOADS.length} payloads shown as text`);
      expect(shown.size).toBeGreaterThan(PAYLOADS.length / 2);
      for (const p of SAME_ORIGIN) expect(shown, `${p} shown as text`).toContain(p);
    }, 300_000);
  }
});
