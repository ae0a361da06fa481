import type { MetricName, Query } from '../model/metrics.js';
import type { Adapter, AdapterConfig } from './adapter.js';
import { httpAdapter, withUrl } from './http-adapter.js';
import { DataError, toDataError } from './errors.js';
import { safeUrl } from './safe-url.js';
import { validateResponse } from './validate.js';

/** Options of the REST adapter. Headers and tokens come from JS only, never from attributes. */
export interface RestAdapterOptions {
  /** Base URL, absolute or relative to the page (`document.baseURI`). */
  baseUrl: string;
  /** Path template per metric or for all (`{metric}` is replaced), default `{metric}`. */
  paths?: Partial<Record<MetricName | '*', string>>;
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Bearer token sent as `Authorization: Bearer …`. */
  token?: string | (() => string | Promise<string>);
  /** Milliseconds before a request is abandoned as timed out (default 15 000). */
  timeout?: number;
  /** Replaces `globalThis.fetch` (tests, instrumentation). */
  fetch?: typeof fetch;
}

function pageBase(): string {
  return typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
}

/** URL of a metric request: `{base-url}/{path}?from=…&to=…&interval=…&<filters>` (undefined filters omitted). */
export function metricUrl(
  options: Pick<RestAdapterOptions, 'baseUrl' | 'paths'>,
  metric: MetricName,
  query: Query,
): string {
  const template = options.paths?.[metric] ?? options.paths?.['*'] ?? '{metric}';
  const path = template.replace('{metric}', encodeURIComponent(metric));
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
  const url = new URL(path.replace(/^\//, ''), new URL(base, pageBase()));
  for (const [k, v] of Object.entries(query).sort(([a], [b]) => a.localeCompare(b))) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  return url.href;
}

/** The server's own words about a failure: a JSON `error`/`message`, or short plain text; never a web page's markup. */
async function readError(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 500);
    if (/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text)) return '';
    try {
      const body = JSON.parse(text) as { error?: unknown; message?: unknown };
      const msg = body.error ?? body.message;
      if (typeof msg === 'string') return msg;
    } catch {
      /* not JSON: use the text */
    }
    return text.trim();
  } catch {
    return '';
  }
}

/** The server's Retry-After (delay in seconds or an HTTP date) in milliseconds, when it sent one. */
function retryAfterOf(response: Response): { retryAfter?: number } {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return {};
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? { retryAfter: Math.max(0, ms) } : {};
}

/** The REST adapter: `GET {base-url}/{metric}` answering `{meta, rows}`, validated before use. */
export function createRestAdapter(options: RestAdapterOptions): Adapter {
  return httpAdapter(options.fetch, async (doFetch, metric, query, signal) => {
    const url = metricUrl(options, metric, query);
    // What errors show and report: the same request without any credential in it.
    const shown = safeUrl(url);
    const timeout = options.timeout ?? 15_000;
    const timer = AbortSignal.timeout(timeout);
    const combined = signal ? AbortSignal.any([signal, timer]) : timer;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, { signal: combined, headers, credentials: options.credentials ?? 'same-origin' });
      if (!response.ok) {
        const detail = await readError(response);
        throw new DataError(
          'http',
          `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${metric} (GET ${shown})${detail ? `: ${detail.replace(/\.$/, '')}` : ''}.`,
          { status: response.status, url: shown, metric, ...retryAfterOf(response) },
        );
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof DataError) throw error;
      if (signal?.aborted) throw toDataError(signal.reason ?? error, metric);
      if (timer.aborted) {
        throw new DataError('timeout', `No answer for ${metric} within ${timeout / 1000} s (GET ${shown}).`, {
          url: shown,
          metric,
          cause: error,
        });
      }
      throw new DataError('network', `Could not reach the server for ${metric} (GET ${shown}).`, {
        url: shown,
        metric,
        cause: error,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new DataError(
        'parse',
        `The server's answer for ${metric} (GET ${shown}) is not valid JSON (${text.length} characters, starting ${JSON.stringify(text.slice(0, 30))}).`,
        { url: shown, metric, cause: error },
      );
    }
    return withUrl(shown, () => validateResponse(metric, body));
  });
}

/** Factory for `<ck-source adapter="rest" base-url="…" credentials="include" timeout="10s">`. */
export function restAdapterFactory(config: AdapterConfig): Adapter {
  const a = config.attributes;
  const o = (config.options ?? {}) as Partial<RestAdapterOptions>;
  const baseUrl = o.baseUrl ?? a['base-url'];
  if (!baseUrl) throw new DataError('config', 'The rest adapter needs a base-url attribute on <ck-source>.');
  return createRestAdapter({
    ...o,
    baseUrl,
    ...(a['credentials'] ? { credentials: a['credentials'] as RequestCredentials } : {}),
    ...(a['timeout'] ? { timeout: parseDuration(a['timeout']) } : {}),
    ...(a['path'] ? { paths: { '*': a['path'], ...o.paths } } : {}),
  });
}

/** Parses `"30s"`, `"5m"`, `"1h"`, `"500ms"` or a plain number of milliseconds; NaN when unreadable. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) return NaN;
  const n = Number(m[1]);
  return n * ({ ms: 1, s: 1e3, m: 6e4, h: 36e5 }[m[2] ?? 'ms'] ?? 1);
}
