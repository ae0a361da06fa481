/**
 * Fuzz of the live widgets in Chromium (#18): the malformed responses of the Node fuzz (mutations.ts, from
 * docs/openapi.json) reach every widget of the registry through a real `<ck-source>` and the adapter the
 * case names (static object, rest JSON text, csv text). Property, per widget: the host page sees no uncaught
 * exception or unhandled rejection; the widget leaves loading and shows its data (chart, table, value or
 * empty message) or its error state (with a `ck-error` event), never a blank; no NaN, Infinity or undefined
 * in an SVG attribute, nor in text unless the response itself carried that word as a string.
 * Runs: VITE_CK_FUZZ_BROWSER_RUNS cases in all (default 500, spread evenly over the registry's widgets and,
 * for widgets of several metrics, over their metrics); VITE_CK_SEED replays a run.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { MetricName } from '../../src/model/metrics.js';
import { REGISTRY } from '../../src/registry.js';
import { until } from '../support/until.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { fuzzCase, labelMutation, type FuzzCase } from './mutations.js';

const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
const RUNS = Number(env.VITE_CK_FUZZ_BROWSER_RUNS ?? 500);
const SEED = env.VITE_CK_SEED ? Number(env.VITE_CK_SEED) : undefined;

/** Every widget of the registry with the metrics it reads. */
const WIDGETS = REGISTRY.filter((e) => e.role === 'widget').map((e) => ({
  tag: e.tag,
  metrics: e.metrics ?? [],
  attrs: e.example?.attrs ?? '',
}));

/** Attributes a widget gets for a metric: the registry's example, with the tile's `metric` set to the case's. */
function attributesFor(tag: string, attrs: string, metric: MetricName): [string, string][] {
  const pairs = [...attrs.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
  // The example's experiment id would leave generated data (random ids) on the empty state: show the first experiment.
  const kept = pairs.filter(([name]) => !(tag === 'ck-strategy-test' && name === 'experiment'));
  return tag === 'ck-kpi-tile' ? [...kept.filter(([n]) => n !== 'metric' && n !== 'bucket'), ['metric', metric]] : kept;
}

/**
 * The malformed responses of a metric: half of them any response the contract allows with any mutations
 * (mostly errors: random numbers are inconsistent), half the mock portfolio's consistent response with
 * label mutations and no damage to the text (mostly drawn: odd labels, extra fields, duplicates, asOf ahead).
 */
function casesOf(metric: MetricName): fc.Arbitrary<FuzzCase> {
  const portfolio = mockResponse(metric, { from: '2025-07', to: '2025-12' }) as unknown as Record<string, unknown>;
  return fc.oneof(
    fuzzCase(metric),
    fuzzCase(metric, { base: fc.constant(portfolio), mutations: labelMutation(metric), damage: fc.constant(null) }),
  );
}

type Widget = HTMLElement & { data: { status: string }; updateComplete: Promise<boolean> };
interface Mounted {
  tag: string;
  metric: MetricName;
  c: FuzzCase;
  widget: Widget;
  errors: number;
}

/** Every element of a shadow tree, nested shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** The string values of a response (iterative: a case may nest 100,000 arrays deep). */
function stringsOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.keys(v), ...Object.values(v));
  }
  return out;
}

const BAD = /\b(NaN|Infinity|undefined)\b/g;
/** Attributes that carry labels (and so may carry the response's own strings), not numbers. */
const LABEL_ATTRIBUTE = /^(aria-|data-|title$|class$|part$|id$|role$|lang$|dir$)/;

/** NaN, Infinity or undefined in what a widget shows (text outside its error message, SVG attributes). */
export function badValues(widget: Element, excused: ReadonlySet<string>): string[] {
  const bad: string[] = [];
  for (const el of deepElements(widget.shadowRoot ?? widget)) {
    const inSvg = el instanceof SVGElement;
    for (const a of el.attributes) {
      const words = a.value.match(BAD) ?? [];
      const label = LABEL_ATTRIBUTE.test(a.name);
      if (words.some((w) => (inSvg && !label) || !excused.has(w)))
        bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 80)}">`);
    }
    if (el.closest('[role="alert"]')) continue; // an error message may quote the bad value it names
    for (const n of el.childNodes)
      if (n.nodeType === Node.TEXT_NODE && (n.textContent?.match(BAD) ?? []).some((w) => !excused.has(w)))
        bad.push(`<${el.localName}> text ${JSON.stringify(n.textContent?.slice(0, 80))}`);
  }
  return bad;
}

/** What the widget shows once settled: `error`, `data`, or null while it still loads or shows nothing. */
function shown(widget: Widget): 'error' | 'data' | null {
  const root = widget.shadowRoot;
  if (!root || widget.data.status === 'loading' || root.querySelector('.spinner')) return null;
  if (root.querySelector('[role="alert"]')?.textContent?.trim()) return 'error';
  const text = deepElements(root)
    .map((el) => [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : '')).join(''))
    .join('')
    .trim();
  const drawn = root.querySelector('svg, table, [part="value"], [part="state"]');
  return drawn && text ? 'data' : null;
}

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`);
let cases = 0;
const seen = { data: 0, error: 0, routes: new Set<string>(), tags: new Set<string>() };

beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
afterEach(() => document.body.replaceChildren());

let sources = 0;
function mount(tag: string, attrs: string, metric: MetricName, c: FuzzCase): Mounted {
  const source = document.createElement('ck-source');
  source.id = `fuzz-${++sources}`;
  source.setAttribute('retry', '0');
  const respond = () => Promise.resolve(new Response(c.text(), { status: 200 }));
  if (c.route === 'static') {
    source.setAttribute('adapter', 'static');
    source.adapterOptions = { data: { [metric]: c.object() } };
  } else if (c.route === 'rest') {
    source.setAttribute('adapter', 'rest');
    source.setAttribute('base-url', '/fuzz-rest');
    source.adapterOptions = { fetch: respond };
  } else {
    source.setAttribute('adapter', 'csv');
    source.setAttribute(`${metric}-url`, `/fuzz-csv/${metric}.csv`);
    source.adapterOptions = { fetch: respond };
  }
  const widget = document.createElement(tag) as Widget;
  for (const [name, value] of attributesFor(tag, attrs, metric)) widget.setAttribute(name, value);
  const m: Mounted = { tag, metric, c, widget, errors: 0 };
  widget.addEventListener('ck-error', () => m.errors++);
  const host = document.createElement('div');
  host.style.width = '560px';
  source.append(widget);
  host.append(source);
  document.body.append(host);
  return m;
}

async function check(batch: { tag: string; attrs: string; metric: MetricName; c: FuzzCase }[]): Promise<void> {
  const mounted = batch.map(({ tag, attrs, metric, c }) => mount(tag, attrs, metric, c));
  const where = (m: Mounted) => `${m.tag} (${m.metric}) ← ${m.c.toString()}`;
  try {
    await until(() => mounted.every((m) => shown(m.widget)), 15_000);
  } catch {
    const blank = mounted.filter((m) => !shown(m.widget)).map(where);
    expect(blank, 'widgets still loading or blank after 15 s').toEqual([]);
  }
  await Promise.all(mounted.map((m) => m.widget.updateComplete));
  for (const m of mounted) {
    const state = shown(m.widget);
    expect(state, `${where(m)}: blank`).not.toBeNull();
    if (state === 'error') expect(m.errors, `${where(m)}: error shown without ck-error`).toBeGreaterThan(0);
    const excused = new Set(stringsOf(m.c.object()).flatMap((s) => s.match(BAD) ?? []));
    expect(badValues(m.widget, excused), where(m)).toEqual([]);
    seen[state === 'error' ? 'error' : 'data']++;
    seen.routes.add(m.c.route);
    seen.tags.add(m.tag);
  }
  expect(pageErrors, batch.map((b) => b.c.toString()).join(' | ')).toEqual([]);
  cases += mounted.length;
  document.body.replaceChildren();
}

describe(`fuzz in Chromium: ${RUNS} malformed responses through the live widgets of the registry`, () => {
  it('finds NaN, Infinity and undefined in SVG attributes and text, but not in error messages or excused labels', () => {
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).innerHTML =
      '<svg><path d="M0,NaN"></path><text aria-label="NaN">ok</text></svg><p>undefined</p><div role="alert">row 2 field x: NaN</div>';
    expect(badValues(el, new Set())).toEqual(['<path d="M0,NaN">', '<text aria-label="NaN">', '<p> text "undefined"']);
    expect(badValues(el, new Set(['NaN', 'undefined']))).toEqual(['<path d="M0,NaN">']);
  });

  it(`${RUNS} cases over ${WIDGETS.length} widgets: data or error state, no exception on the page`, async () => {
    const perWidget = WIDGETS.map(({ tag, metrics, attrs }) =>
      fc.constantFrom(...metrics).chain((metric) => casesOf(metric).map((c) => ({ tag, attrs, metric, c }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.tuple(...perWidget), (batch) => check(batch)),
      { numRuns: Math.ceil(RUNS / WIDGETS.length), ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
    console.info(
      `fuzz in Chromium: ${cases} cases (${seen.data} data, ${seen.error} error state) over ${seen.tags.size} widgets, routes ${[...seen.routes].join(', ')}`,
    );
    expect(cases).toBeGreaterThanOrEqual(RUNS);
    expect(seen.tags.size).toBe(WIDGETS.length);
    expect(seen.data).toBeGreaterThan(0);
    expect(seen.error).toBeGreaterThan(0);
  }, 300_000);
});
