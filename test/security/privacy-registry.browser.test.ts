/**
 * Tokens and redaction over every widget of the registry (#18), so that a widget added later is covered
 * without a new test. Tokens: each widget reads the mock portfolio through a rest `<ck-source>` with a bearer
 * token, then a failing backend (500 and 401); the token appears in no requested URL, export, error message,
 * DOM text or attribute, `ck-error` detail or console line. Redaction: every widget that declares `redact`
 * (read from the element class), which must be every widget whose metrics carry a `name` (docs/openapi.json),
 * shows no real name with `redact` set, in DOM text, aria and other attributes, tooltips reached by keyboard,
 * drills and the data table, exports, `ck-select` details or the console.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/define.js';
import type { MetricName } from '../../src/model/metrics.js';
import { REGISTRY } from '../../src/registry.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { queryOf } from '../../mocks/handlers.js';
import { rowSchema } from '../fuzz/openapi-arbitraries.js';
import { until } from '../support/until.js';

const TOKEN = 'tok-PRIVATE-4b1d77e0';
const ENTRIES = REGISTRY.filter((e) => e.role === 'widget');

type Widget = HTMLElement & {
  data: { status: string; error?: { message: string } };
  updateComplete: Promise<boolean>;
  exportTable?: () => unknown;
  exportData?: (f: 'csv' | 'json') => Promise<{ content: string | Blob }>;
};

const requested: string[] = [];
const worker = setupWorker(
  http.get('*/priv-rest/:metric', ({ request, params }) => {
    requested.push(request.url);
    if (request.headers.get('authorization') !== `Bearer ${TOKEN}`)
      return HttpResponse.json({ error: 'no token' }, { status: 401 });
    return HttpResponse.json(mockResponse(String(params.metric) as MetricName, queryOf(new URL(request.url))) as never);
  }),
  http.get('*/priv-500/:metric', ({ request }) => {
    requested.push(request.url);
    return HttpResponse.json({ error: 'warehouse is down' }, { status: 500 });
  }),
  http.get('*/priv-401/:metric', ({ request }) => {
    requested.push(request.url);
    return HttpResponse.json({ error: 'token expired' }, { status: 401 });
  }),
);

const consoleLines: string[] = [];
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const originals = consoleMethods.map((m) => console[m]);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
beforeEach(() => {
  consoleMethods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      consoleLines.push(
        args
          .map((a) =>
            a instanceof Error
              ? `${a.message} ${a.stack ?? ''}`
              : typeof a === 'string'
                ? a
                : (JSON.stringify(a) ?? String(a)),
          )
          .join(' '),
      );
      (originals[i] as (...a: unknown[]) => void)(...args);
    };
  });
});
afterEach(() => {
  consoleMethods.forEach((m, i) => (console[m] = originals[i] as never));
  document.body.replaceChildren();
  requested.length = 0;
  consoleLines.length = 0;
});

/** Every element of a shadow tree, nested shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Text and every attribute value (aria-label, title, data-*) of a shadow tree. */
function deepText(root: ParentNode): string {
  return deepElements(root)
    .flatMap((el) => [
      ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
      ...[...el.attributes].map((a) => a.value),
    ])
    .join('\n');
}

/** Registry example attributes as pairs (`redact` kept or dropped by the caller). */
const attributesOf = (attrs: string) =>
  [...attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);

function mount(tag: string, attrs: string, source: HTMLElement): Widget {
  const widget = document.createElement(tag) as Widget;
  for (const [name, value] of attributesOf(attrs)) widget.setAttribute(name, value);
  widget.style.width = '720px';
  source.append(widget);
  return widget;
}

const settled = (w: Widget) =>
  w.data.status !== 'loading' &&
  !!w.shadowRoot &&
  !w.shadowRoot.querySelector('.spinner') &&
  !!w.shadowRoot.querySelector('[part="frame"], [part="value"], [part="state"], [role="alert"], table');

/** An export's text (csv and json), or nothing when the widget has no table to export. */
async function exportsOf(w: Widget): Promise<string[]> {
  if (typeof w.exportData !== 'function' || !w.exportTable?.()) return [];
  const out: string[] = [];
  for (const f of ['csv', 'json'] as const) {
    const { content } = await w.exportData(f);
    out.push(typeof content === 'string' ? content : await content.text());
  }
  return out;
}

/**
 * What a reader can reach in a widget: its text now, after a keyboard walk of every focusable frame
 * (tooltips, announcements, Enter for ck-select), and after each toggle, drill or table button.
 */
async function explore(w: Widget): Promise<string[]> {
  const root = w.shadowRoot as ShadowRoot;
  const seen = [deepText(root)];
  const walk = async () => {
    for (const frame of deepElements(root).filter((el) => el.getAttribute('part') === 'frame')) {
      (frame as HTMLElement).focus();
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowRight', 'Enter', 'ArrowDown', 'ArrowDown', 'Enter', 'End']) {
        frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await w.updateComplete;
        seen.push(deepText(root));
      }
    }
  };
  await walk();
  const buttons = () =>
    deepElements(root).filter(
      (el): el is HTMLButtonElement =>
        el instanceof HTMLButtonElement &&
        (el.hasAttribute('aria-pressed') || /table/i.test(`${el.textContent} ${el.getAttribute('aria-label')}`)),
    );
  for (let i = 0; i < buttons().length && i < 12; i++) {
    buttons()[i]?.click();
    await w.updateComplete;
    seen.push(deepText(root));
    await walk();
  }
  return seen;
}

describe('tokens over every widget of the registry', () => {
  for (const { tag, example } of ENTRIES) {
    it(`${tag}: no token in URLs, exports, errors, DOM, ck-error or the console`, async () => {
      const details: unknown[] = [];
      document.addEventListener('ck-error', (e) => details.push((e as CustomEvent).detail));
      const texts: string[] = [];
      for (const base of ['/priv-rest', '/priv-500', '/priv-401']) {
        const source = document.createElement('ck-source');
        source.id = `priv${base.replace('/priv-', '-')}`;
        source.setAttribute('base-url', base);
        source.setAttribute('retry', '0');
        source.setAttribute('from', '2025-01');
        source.setAttribute('to', '2025-12');
        source.adapterOptions = { token: TOKEN };
        document.body.append(source);
        const w = mount(tag, example?.attrs ?? '', source);
        await until(() => settled(w), 15_000);
        await w.updateComplete;
        if (base === '/priv-rest') {
          expect(w.data.status, `${tag} drew its data`).toBe('success');
          texts.push(...(await exportsOf(w)));
        } else {
          expect(w.data.error?.message, `${tag} via ${base}`).toMatch(/warehouse is down|token expired|401|500/);
        }
        texts.push(deepText(w.shadowRoot as ShadowRoot), w.data.error?.message ?? '');
        source.remove();
      }
      expect(requested.length).toBeGreaterThanOrEqual(3);
      expect(details.length, `${tag}: ck-error for the failing backends`).toBeGreaterThanOrEqual(2);
      const everything = [...requested, ...texts, JSON.stringify(details), ...consoleLines].join('\n');
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(TOKEN.slice(4)); // nor a part of it
    });
  }
});

/** Whether a widget's element class declares a `redact` property (lit's declared properties). */
function declaresRedact(tag: string): boolean {
  const ctor = customElements.get(tag);
  const declared = ctor && 'elementProperties' in ctor ? ctor.elementProperties : null;
  return declared instanceof Map && declared.has('redact');
}

/** Metrics whose rows carry a person's name. */
const withNames = (metrics: readonly MetricName[]) => metrics.filter((m) => 'name' in (rowSchema(m).properties ?? {}));

/** Registry example attributes for `metric` (a widget of several metrics, like the tile, picks it by `metric`). */
const attrsFor = (attrs: string, metric: MetricName) =>
  attrs
    .replace(/\bredact\b/, '')
    .replace(/\bmetric="[^"]*"/, `metric="${metric}"`)
    .replace(/\bbucket="[^"]*"/, '');

/** A widget on the mock portfolio's named rows of `metric`, and the real names in them (full, Chinese, pinyin). */
async function named(tag: string, attrs: string, metric: MetricName) {
  const response = mockResponse(metric, { from: '2025-07', to: '2025-12' });
  const names = new Set<string>();
  for (const row of response.rows as unknown as Record<string, unknown>[])
    if (typeof row.name === 'string')
      for (const part of [row.name, ...row.name.split(' / ')]) if (part.trim().length >= 2) names.add(part.trim());
  const source = document.createElement('ck-source');
  source.setAttribute('adapter', 'static');
  source.adapterOptions = { data: { [metric]: response } };
  document.body.append(source);
  const w = mount(tag, `${attrsFor(attrs, metric)} min-denominator="0"`, source);
  const details: unknown[] = [];
  w.addEventListener('ck-select', (e) => details.push((e as CustomEvent).detail));
  // Laid out too: a widget whose chart waits for its ResizeObserver draws at width 0 until then, its labels cut to
  // "Agen…" (under CI load the walk below ran before the observer's first report, and found no pseudonym).
  await until(() => settled(w) && (w as unknown as { width: number }).width > 0, 15_000);
  await w.updateComplete;
  expect(w.data.status, `${tag} drew ${metric}`).toBe('success');
  expect(names.size, `${metric} rows carry names`).toBeGreaterThan(0);
  const reach = async () =>
    [...(await explore(w)), JSON.stringify(details), ...(await exportsOf(w)), ...consoleLines].join('\n');
  return { w, names, reach };
}

/** Widgets of the registry that read a metric whose rows carry names, with that metric. */
const NAMED = ENTRIES.flatMap((e) => withNames(e.metrics ?? []).map((metric) => ({ ...e, metric })));

describe('redact over every widget of the registry that can show names', () => {
  it('reads names from the agents and quality metrics at least', () => {
    expect(new Set(NAMED.map((e) => e.metric))).toEqual(new Set(['agents', 'quality']));
  });

  for (const { tag, example, metric } of NAMED) {
    it(`${tag} (${metric}): shows no real name with redact (text, aria, tooltips, drills, table, exports, ck-select, console)`, async () => {
      const plain = await named(tag, example?.attrs ?? '', metric);
      const everythingPlain = await plain.reach();
      const showsNames = [...plain.names].some((n) => everythingPlain.includes(n));
      document.body.replaceChildren();
      consoleLines.length = 0;
      // A widget offering redact shows names without it (else the check below would prove nothing); one that
      // shows none (the tile's totals) has nothing to redact.
      expect(showsNames || !declaresRedact(tag), `${tag} offers redact but showed no name without it`).toBe(true);
      if (!showsNames) return;
      expect(declaresRedact(tag), `${tag} shows names, so it must offer redact`).toBe(true);
      const redacted = await named(tag, `${example?.attrs ?? ''} redact`, metric);
      const everything = await redacted.reach();
      const leaked = [...redacted.names].filter((n) => everything.includes(n));
      expect(leaked, `${tag}: real names shown with redact`).toEqual([]);
      // Pseudonyms instead: the walk reached the places where the names were.
      expect(everything).toMatch(/Agent [0-9A-F]{6}/);
    });
  }
});
