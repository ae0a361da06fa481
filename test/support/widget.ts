/**
 * Shared set-up of the widgets' Chromium tests: one msw backend per test file whose metric answers rows or a
 * chosen failure, and a widget mounted under its own `<ck-source>` (readers of what it drew are in
 * widget-read.ts, interactions in widget-act.ts). Waiting stays in the tests (`until`).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { LitElement } from 'lit';

/** The `meta` of every answer of a test backend. */
export const META = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/** What a mode answers: rows (sent with `META`), a body whose fields go beside `META`, or a whole response. */
export type Answer = readonly unknown[] | { rows: readonly unknown[]; [field: string]: unknown } | Response;

/** How a mode answers a request (`params`: the route's named parts, e.g. `:metric`). */
export type Answerer = (request: { params: Record<string, unknown> }) => Answer;

/** The modes every test backend has besides `ok`: no rows, and an HTTP 500 with an error message. */
type BuiltInMode = 'empty' | 'fail';

/** Options of {@link useMetricBackend}. */
export interface BackendOptions {
  /** Handlers to serve after this one (the mock backend's, for tests that also read `/api/collection`). */
  handlers?: readonly RequestHandler[];
  /** The message of the `fail` mode's HTTP 500 (default `warehouse down`). */
  failMessage?: string;
}

/** A test file's backend: the mode of its next answers, and the URLs it was asked. */
export interface MetricBackend<M extends string> {
  /** Answers every later request with this mode (back to `ok` after each test). */
  set(mode: 'ok' | BuiltInMode | M): void;
  /** URLs requested in the current test. */
  readonly requests: string[];
}

/**
 * Starts one msw worker for the test file answering GET `route` (e.g. `*\/test-workload/workload`) as
 * `answers[mode]` says: `ok` is the test's data; `empty` (no rows) and `fail` (HTTP 500 `{error}`) exist
 * unless `answers` gives its own. Registers the hooks that start and stop it and, after each test, empty
 * the page, go back to `ok` and forget the requests.
 */
export function useMetricBackend<M extends string = never>(
  route: string,
  answers: { ok: Answerer } & Record<M, Answerer> & Partial<Record<BuiltInMode, Answerer>>,
  { handlers = [], failMessage = 'warehouse down' }: BackendOptions = {},
): MetricBackend<M> {
  const all: Record<'ok' | BuiltInMode | M, Answerer> = {
    empty: () => [],
    fail: () => HttpResponse.json({ error: failMessage }, { status: 500 }),
    ...answers,
  };
  let mode: 'ok' | BuiltInMode | M = 'ok';
  const requests: string[] = [];
  const worker = setupWorker(
    http.get(route, ({ request, params }) => {
      requests.push(request.url);
      const a = all[mode]({ params });
      if (a instanceof Response) return a;
      return HttpResponse.json(Array.isArray(a) ? { meta: META, rows: a } : { meta: META, ...a });
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
