/**
 * Scopes: what a caller may see, decided by the deployment (a header set by the intranet's reverse proxy,
 * a bearer token, or any function), ANDed into every query. A filter outside the scope is 403, never
 * another scope's rows; a scope on a dimension a metric does not have is 403 for that metric.
 */
import { RequestError } from './errors.js';
import type { ServerQuery } from './query.js';
import { at } from '../model/at.js';
import { SEGMENT_METRICS, segmentNotApplicable } from '../model/metrics.js';

/** Scoped dimensions. */
export const SCOPE_DIMENSIONS = ['product', 'region', 'team'] as const;

/** One scoped dimension. */
export type ScopeDimension = (typeof SCOPE_DIMENSIONS)[number];

/** Allowed values per dimension; a dimension not listed is unrestricted. `{}` sees everything. */
export type Scope = Partial<Record<ScopeDimension, readonly string[]>>;

/** The request as a scope hook sees it. */
export interface ScopeRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** Maps a request to its scope; throw `RequestError(401, …)` to refuse it. */
export type ScopeHook = (request: ScopeRequest) => Scope | Promise<Scope>;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/**
 * Parses `region=north;team=early-a,early-b` (or `*` for everything) into a scope. Throws on anything else,
 * so a misconfigured proxy fails closed.
 */
export function parseScope(text: string): Scope {
  const trimmed = text.trim();
  if (trimmed === '*') return {};
  const scope: Scope = {};
  for (const part of trimmed.split(';')) {
    const m = /^\s*(product|region|team)\s*=\s*([^;]+)$/.exec(part);
    const dimension = m?.[1] as ScopeDimension | undefined;
    const values = m?.[2]?.split(',').map((v) => v.trim()) ?? [];
    if (!dimension || !values.length || !values.every((v) => CODE.test(v)) || scope[dimension]) {
      throw new RequestError(403, 'The scope given for this request is not valid.');
    }
    scope[dimension] = values;
  }
  return scope;
}

/**
 * A hook reading the scope from a header the reverse proxy sets on every request (`region=north`, `*`).
 * A request without it is refused (401): the proxy, not the browser, decides.
 * @example createApp({ engine, scope: headerScope('x-collectkit-scope') })
 */
export function headerScope(header: string): ScopeHook {
  const name = header.toLowerCase();
  return (request) => {
    const value = request.headers[name];
    if (typeof value !== 'string' || !value)
      throw new RequestError(401, `This server needs the ${header} header (set by the reverse proxy).`);
    return parseScope(value);
  };
}

/**
 * A hook mapping `Authorization: Bearer <token>` to a scope from a table; unknown or missing tokens are 401.
 * @example tokenScope({ 's3cret-north': 'region=north', 's3cret-all': '*' })
 */
export function tokenScope(tokens: Record<string, string | Scope>): ScopeHook {
  const table = new Map(
    Object.entries(tokens).map(([token, scope]) => [token, typeof scope === 'string' ? parseScope(scope) : scope]),
  );
  return (request) => {
    const auth = request.headers.authorization;
    const m = typeof auth === 'string' ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
    const scope = m ? table.get(at(m, 1)) : undefined;
    if (!scope) throw new RequestError(401, 'This server needs a valid bearer token.');
    return scope;
  };
}

/** Dimensions each metric can be filtered and scoped by. */
export const METRIC_DIMENSIONS: Record<string, readonly ScopeDimension[]> = {
  overdue: ['product', 'region'],
  'roll-rates': ['product', 'region'],
  vintage: ['product', 'region'],
  recovery: ['product', 'region'],
  agents: ['region', 'team'],
  complaints: ['product', 'region'],
  channels: ['product', 'region'],
  compliance: ['product', 'region'],
  experiments: ['product', 'region'],
  scores: ['product', 'region'],
  quality: ['region', 'team'],
  promises: ['product', 'region', 'team'],
  'contact-hours': ['product', 'region', 'team'],
  outcomes: ['product', 'region'],
  workload: ['region', 'team'],
  agencies: ['product', 'region'],
  legal: ['product', 'region'],
};

/** Filters bound into a metric's SQL: a list of allowed values per dimension, or null for all. */
export type BoundFilters = Record<ScopeDimension, readonly string[] | null>;

/**
 * Query filters ANDed with the scope: a filter inside the scope narrows it; outside it is 403; a scope on a
 * dimension the metric lacks is 403. Filters on dimensions a metric lacks are ignored, as the `records`
 * adapter ignores them, except `segment`: a metric without customer segments answers it 400.
 */
export function boundFilters(metric: string, query: ServerQuery, scope: Scope): BoundFilters {
  // The customer segment is a filter, not a scope: refused (400) by the metrics that have none.
  if (query.segment !== undefined && !(SEGMENT_METRICS as readonly string[]).includes(metric))
    throw new RequestError(400, segmentNotApplicable(metric), 'segment');
  const dims = METRIC_DIMENSIONS[metric] ?? [];
  const out: BoundFilters = { product: null, region: null, team: null };
  for (const d of SCOPE_DIMENSIONS) {
    const allowed = scope[d];
    if (!dims.includes(d)) {
      if (allowed)
        throw new RequestError(403, `Your access is limited by ${d}, which the ${metric} metric does not have.`);
      continue;
    }
    const wanted = query[d];
    if (wanted !== undefined && allowed && !allowed.includes(wanted))
      throw new RequestError(403, `Query parameter ${d}: ${wanted} is outside your access.`, d);
    out[d] = wanted !== undefined ? [wanted] : allowed ? [...allowed] : null;
  }
  return out;
}
