/**
 * msw request handlers serving the simulated portfolio under the REST contract, plus failure
 * scenarios chosen by URL so that one worker serves every story, the demo and the tests:
 *
 * - `GET * /api/collection/:metric?from&to&interval&product&region&team` — the portfolio;
 * - `GET * /api/scenarios/:scenario/:metric?…` — the same, through a scenario (see {@link scenarioNames}).
 *
 * Unknown metrics answer 404 `{error}`, bad query parameters 400 `{error}`.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { MetricName } from '../src/model/metrics.js';
import type { MetricResponse } from '../src/model/response.js';
import { FILTER_NAMES, METRICS } from '../src/model/metrics.js';
import { mockResponse, MockQueryError, type MockQuery, type PortfolioOptions } from './portfolio.js';

/** Scenarios served under `/api/scenarios/:scenario/:metric`. */
export const scenarioNames = [
  'ok',
  'slow',
  'failing',
  'timeout',
  'malformed',
  'wrong-shape',
  'empty',
  'huge',
  'flaky',
  'stale',
] as const;

/** One scenario of the mock backend. */
export type ScenarioName = (typeof scenarioNames)[number];

/** Delays in milliseconds: `ok` applies to every successful answer, `slow` to the slow scenario. Mutable for tests. */
export const scenarioDelays = { ok: 0, slow: 3000 };

/** Portfolio of the `huge` scenario: ten years (2016–2025), 2,000 collectors; overdue is served daily. */
export const HUGE_PORTFOLIO: PortfolioOptions = { start: '2016-01', months: 120, agents: 2000 };

/** The contract's filters (segment included) and the mock's metric options. */
const QUERY_KEYS = [...FILTER_NAMES, 'threshold', 'grace'] as const;

/** Reads the query parameters the mock understands from a URL. */
export function queryOf(url: URL): MockQuery {
  const query: MockQuery = {};
  for (const key of QUERY_KEYS) {
    const value = url.searchParams.get(key);
    if (value !== null) query[key] = value;
  }
  return query;
}

const flakySeen = new Set<string>();
const staleSeen = new Set<string>();

/** Forgets which requests the `flaky` scenario has already failed once. */
export function resetScenarioState(): void {
  flakySeen.clear();
  staleSeen.clear();
}

function errorJson(message: string, status: number) {
  return HttpResponse.json({ error: message }, { status });
}

function answer(metric: string, query: MockQuery, options: PortfolioOptions = {}): MetricResponse | Response {
  if (!(METRICS as readonly string[]).includes(metric)) {
    return errorJson(`Unknown metric "${metric}"; known: ${METRICS.join(', ')}.`, 404);
  }
  try {
    return mockResponse(metric as MetricName, query, options);
  } catch (error) {
    if (error instanceof MockQueryError) return errorJson(error.message, error.status);
    throw error;
  }
}

const hugeCache = new Map<string, MetricResponse>();

/**
 * The response of the `huge` scenario: the ten-year portfolio, overdue daily, whatever range was
 * asked. Computed once per metric and query (the 2,000-agent desk takes about half a second).
 */
function hugeAnswer(metric: string, query: MockQuery, options: PortfolioOptions): MetricResponse | Response {
  const key = JSON.stringify([metric, query, options]);
  const cached = hugeCache.get(key);
  if (cached) return cached;
  const result = hugeCompute(metric, query, options);
  if (!(result instanceof Response)) {
    if (hugeCache.size > 32) hugeCache.clear();
    hugeCache.set(key, result);
  }
  return result;
}

function hugeCompute(metric: string, query: MockQuery, options: PortfolioOptions): MetricResponse | Response {
  const wide: MockQuery = { ...query };
  delete wide.from;
  delete wide.to;
  if (metric === 'overdue') wide.interval = 'day';
  else if (query.interval === 'day') wide.interval = 'month';
  return answer(metric, wide, { ...options, ...HUGE_PORTFOLIO });
}

/** Rows made wrong: a number turned into text in the first row, a field missing from the second. */
function wrongShape(response: MetricResponse): unknown {
  const rows: Record<string, unknown>[] = response.rows.map((row) => ({ ...row }));
  if (rows.length === 0) rows.push({ period: '2024-01' });
  const first = rows[0]!;
  const numeric = Object.keys(first).find((k) => typeof first[k] === 'number');
  if (numeric) first[numeric] = `${String(first[numeric])} CNY`;
  const second = rows[1] ?? rows[0]!;
  const fields = Object.keys(second).filter((k) => k !== numeric);
  delete second[fields[fields.length - 1]!];
  return { ...response, rows };
}

async function serve(scenario: string, metric: string, url: URL, options: PortfolioOptions): Promise<Response> {
  const query = queryOf(url);
  switch (scenario as ScenarioName) {
    case 'ok':
      break;
    case 'slow':
      await delay(scenarioDelays.slow);
      break;
    case 'failing':
      return errorJson('Mock backend failure (scenario "failing").', 500);
    case 'timeout':
      await delay('infinite');
      return errorJson('unreachable', 500);
    case 'flaky': {
      const key = `${metric}?${[...url.searchParams]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`;
      if (!flakySeen.has(key)) {
        flakySeen.add(key);
        return errorJson('Service temporarily unavailable (scenario "flaky": the first request fails).', 503);
      }
      break;
    }
    case 'stale': {
      // The opposite of flaky: the first request per metric + query succeeds, every later one fails,
      // so a widget that refreshes keeps its last good data, marked stale.
      const key = `${metric}?${[...url.searchParams]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join('&')}`;
      if (staleSeen.has(key))
        return errorJson('Refresh failed (scenario "stale": only the first request succeeds).', 500);
      staleSeen.add(key);
      break;
    }
    case 'malformed':
    case 'wrong-shape':
    case 'empty':
    case 'huge':
      break;
    default:
      return errorJson(`Unknown scenario "${scenario}"; known: ${scenarioNames.join(', ')}.`, 404);
  }
  const result = scenario === 'huge' ? hugeAnswer(metric, query, options) : answer(metric, query, options);
  if (result instanceof Response) return result;
  if (scenarioDelays.ok > 0) await delay(scenarioDelays.ok);
  switch (scenario as ScenarioName) {
    case 'malformed': {
      const text = JSON.stringify(result);
      return new HttpResponse(text.slice(0, Math.max(10, Math.floor(text.length / 2))), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    case 'wrong-shape':
      return HttpResponse.json(wrongShape(result) as Record<string, unknown>);
    case 'empty':
      return HttpResponse.json({ ...result, rows: [], ...(result.exposure ? { exposure: [] } : {}) });
    default:
      return HttpResponse.json(result);
  }
}

/** Builds the handlers for a portfolio (default: seed 42, 2023-01 … 2025-12). */
export function createHandlers(options: PortfolioOptions = {}): HttpHandler[] {
  return [
    http.get('*/api/collection/:metric', ({ request, params }) =>
      serve('ok', String(params.metric), new URL(request.url), options),
    ),
    http.get('*/api/scenarios/:scenario/:metric', ({ request, params }) =>
      serve(String(params.scenario), String(params.metric), new URL(request.url), options),
    ),
  ];
}

/** Handlers of the default portfolio, for `setupWorker(...handlers)` / `setupServer(...handlers)`. */
export const handlers: HttpHandler[] = createHandlers();
