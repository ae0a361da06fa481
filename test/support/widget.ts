/**
 * Shared set-up of the widgets' Chromium tests: one msw backend per test file whose metric answers rows or a
 * chosen failure, a widget mounted under its own `<ck-source>`, and readers of what the widget drew (texts,
 * bar panels, the data table, keyboard announcements, events). Nothing here waits less or swallows an error:
 * every reader throws when what it reads is missing, and waiting stays in the tests (`until`).
 */
import { afterAll, afterEach, beforeAll, onTestFinished } from 'vitest';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { LitElement } from 'lit';
import axe from 'axe-core';
import { until } from './until.js';

/** The `meta` of every answer of a test backend. */
export const META = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/** What a mode answers: rows (sent with `META`) or a whole response. */
type Answer = readonly unknown[] | Response;

/** The modes every test backend has: its rows, no rows, and an HTTP 500 with an error message. */
type BuiltInMode = 'ok' | 'empty' | 'fail';

/** Options of {@link useMetricBackend}. */
export interface BackendOptions {
  /** The mock backend's handlers to serve after this one (for tests that also read `/api/collection`). */
  handlers?: readonly RequestHandler[];
  /** The message of the `fail` mode's HTTP 500 (default `warehouse down`). */
  failMessage?: string;
}

/** A test file's backend: the mode of its next answers, and the URLs it was asked. */
export interface MetricBackend<M extends string> {
  /** Answers every later request with this mode (back to `ok` after each test). */
  set(mode: BuiltInMode | M): void;
  /** URLs requested in the current test. */
  readonly requests: string[];
}

/**
 * Starts one msw worker for the test file answering GET `route` (e.g. `*\/test-workload/workload`) with
 * `rows` in mode `ok`, no rows in `empty`, HTTP 500 `{error}` in `fail`, or what `modes` answer; registers
 * the hooks that start and stop it and, after each test, empty the page and go back to `ok`.
 */
export function useMetricBackend<M extends string = never>(
  route: string,
  rows: () => readonly unknown[],
  modes: Record<M, () => Answer> = {} as Record<M, () => Answer>,
  { handlers = [], failMessage = 'warehouse down' }: BackendOptions = {},
): MetricBackend<M> {
  let mode: BuiltInMode | M = 'ok';
  const requests: string[] = [];
  const answer = (): Answer => {
    if (mode === 'ok') return rows();
    if (mode === 'empty') return [];
    if (mode === 'fail') return HttpResponse.json({ error: failMessage }, { status: 500 });
    return modes[mode]();
  };
  const worker = setupWorker(
    http.get(route, ({ request }) => {
      requests.push(request.url);
      const a = answer();
      return a instanceof Response ? a : HttpResponse.json({ meta: META, rows: a });
    }),
    ...handlers,
  );
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  afterAll(() => worker.stop());
  afterEach(() => {
    document.body.replaceChildren();
    mode = 'ok';
    requests.length = 0;
  });
  return {
    set: (m) => {
      mode = m;
    },
    requests,
  };
}

/** Where and how {@link mountWidget} puts a widget. */
export interface MountOptions {
  /** Base URL of its `<ck-source>` (the test backend's prefix, e.g. `/test-workload`). */
  base: string;
  /** Attributes of the widget, as HTML. */
  attrs?: string;
  /** Attributes of the source beyond id, base-url and retry="0", as HTML. */
  sourceAttrs?: string;
  /** `lang` of the host element. */
  lang?: string;
  /** CSS width of the host element. */
  width?: string;
}

let sources = 0;
/** Puts `<tag>` with its own `<ck-source>` (retry="0") in a host `<div>` on the page and returns the widget. */
export function mountWidget<T extends LitElement>(
  tag: string,
  { base, attrs = '', sourceAttrs = '', lang = 'en', width = '900px' }: MountOptions,
): T {
  const id = `test-src-${++sources}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = width;
  host.innerHTML = `<ck-source id="${id}" base-url="${base}" retry="0" ${sourceAttrs}></ck-source><${tag} source="${id}" ${attrs}></${tag}>`;
  document.body.append(host);
  const el = host.querySelector<T>(tag);
  if (!el) throw new Error(`<${tag}> was not created`);
  return el;
}

/**
 * Puts `<tag attrs>` inside a `<ck-source>` of the mock backend (`base`: `/api/collection` or a scenario;
 * 2024-01 to 2025-12 by month, retry="0") in a host `<div>` of `width`; returns the host and the widget.
 */
export function mountOnMock<T extends LitElement>(
  tag: string,
  { base = '/api/collection', attrs = '', width = '900px' }: { base?: string; attrs?: string; width?: string } = {},
): { host: HTMLElement; el: T } {
  const host = document.createElement('div');
  host.style.width = width;
  host.innerHTML = `<ck-source adapter="rest" base-url="${base}" from="2024-01" to="2025-12" interval="month" retry="0"><${tag} ${attrs}></${tag}></ck-source>`;
  document.body.append(host);
  const el = host.querySelector<T>(tag);
  if (!el) throw new Error(`<${tag}> was not created`);
  return { host, el };
}

/** axe-core's violations in `context` as `rule: targets` lines (an empty list when it passes). */
export async function axeViolations(context: Element, options: axe.RunOptions = {}): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'], ...options });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`);
}

/** The shadow root of a widget; throws when it has none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** `textContent` of every match of `selector` in the widget's shadow root. */
export const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map((t) => t.textContent);

/** `textContent` of every match, trimmed. */
export const trimmedTexts = (el: Element, selector: string) => texts(el, selector).map((t) => t?.trim());

/** The text of the first match with white space folded ('' when there is none). */
export const text = (el: Element, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The value labels of each `.panel` of a multi-panel bar chart, panel by panel. */
export const panelValues = (el: Element) =>
  [...shadow(el).querySelectorAll('.panel')].map((p) =>
    [...p.querySelectorAll('text.value')].map((t) => t.textContent),
  );

/** The widget's button whose text is exactly `label`; throws when there is none. */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`<${el.localName}> has no button "${label}"`);
  return found;
}

/** Presses "Show data table" and waits for the widget's update. */
export async function showTable(el: LitElement): Promise<void> {
  button(el, 'Show data table').click();
  await el.updateComplete;
}

/** The cells' texts of each row of the widget's data table body. */
export const tableCells = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

/**
 * Waits for the widget's chart frame, focuses it and returns `press(key)`: a keydown on the frame, then the
 * widget's update, resolving with what its polite live region announces.
 */
export async function keyboard(el: LitElement): Promise<(key: string) => Promise<string | null | undefined>> {
  const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
  frame.focus();
  return async (key) => {
    frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await el.updateComplete;
    return shadow(el).querySelector('[aria-live="polite"]')?.textContent;
  };
}

/** Resolves with the next `type` event the element dispatches. */
export function nextEvent<D = unknown>(el: Element, type: string): Promise<CustomEvent<D>> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<D>), { once: true }));
}

/** Collects the messages of the `ck-error` events that reach the document during the current test. */
export function collectErrors(): string[] {
  const messages: string[] = [];
  const listener = (e: Event) => messages.push((e as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('ck-error', listener);
  onTestFinished(() => document.removeEventListener('ck-error', listener));
  return messages;
}
