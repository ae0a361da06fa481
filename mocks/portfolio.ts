/**
 * Seeded simulator of a consumer-finance portfolio and the contract responses computed from it.
 *
 * ```ts
 * const response = mockResponse('overdue', { from: '2024-01', to: '2024-06', interval: 'month' });
 * // → { meta: { asOf, source: 'collectkit-mock', currency: 'CNY', definitionVersion: '2026.1' }, rows: [...] }
 * ```
 *
 * Roll-rate entries and exits: accounts originated in a month appear as from-state `NEW` → `M0`;
 * accounts leave through the to-states `CLOSED` (paid off), `CO` (charged off from the charge-off
 * bucket) and `REPAID` (principal repaid by accounts that stay open; accounts 0). With these,
 * Σ_to rows(from = i, t) equals bucket i of `overdue` at t−1 and Σ_from rows(to = j, t) equals bucket j
 * at t, exactly, in accounts and balance. Balances are outstanding principal in whole yuan.
 */
import { SEGMENT_METRICS, segmentNotApplicable, type MetricName } from '../src/model/metrics.js';
import type { MetricResponse } from '../src/model/response.js';
import { endOfMonthIso, monthIndex } from './calendar.js';
import { BUCKETS, PRODUCTS, REGIONS } from './catalog.js';
import { rngFor } from './random.js';
import { simulateBook, type SegmentBook } from './simulate/book.js';
import { agentProfiles } from './simulate/agents.js';
import { resolveQuery, MockQueryError, type MockQuery, type ResolvedQuery } from './query.js';
import { overdueRows } from './metrics/overdue.js';
import { rollRateRows } from './metrics/roll-rates.js';
import { vintageRows } from './metrics/vintage.js';
import { recoveryRows } from './metrics/recovery.js';
import { agentRows } from './metrics/agents.js';
import { complaintRows } from './metrics/complaints.js';
import { channelRows } from './metrics/channels.js';
import { complianceRows } from './metrics/compliance.js';
import { experimentRows } from './metrics/experiments.js';
import { scoreRows } from './metrics/scores.js';
import { qualityRows } from './metrics/quality.js';
import { promiseRows } from './metrics/promises.js';
import { contactHourRows } from './metrics/contact-hours.js';
import { outcomeRows } from './metrics/outcomes.js';
import { workloadRows } from './metrics/workload.js';
import { agencyRows } from './metrics/agencies.js';
import { legalRows } from './metrics/legal.js';

export { MockQueryError, type MockQuery } from './query.js';
export type { MetricResult, Portfolio, PortfolioOptions, ResolvedPortfolioOptions } from './portfolio-types.js';
import type { MetricResult, Portfolio, PortfolioOptions, ResolvedPortfolioOptions } from './portfolio-types.js';

/** Months simulated before the reported window so the book is seasoned. */
const WARMUP_MONTHS = 24;

/** Applies defaults and checks options; throws on unknown products, regions or buckets. */
export function resolvePortfolioOptions(options: PortfolioOptions = {}): ResolvedPortfolioOptions {
  const resolved: ResolvedPortfolioOptions = {
    seed: options.seed ?? 42,
    start: options.start ?? '2023-01',
    months: options.months ?? 36,
    products: options.products ?? PRODUCTS.map((p) => p.code),
    regions: options.regions ?? REGIONS.map((r) => r.code),
    chargeOffBucket: options.chargeOffBucket ?? 'M7+',
    agents: options.agents ?? 60,
    ...(options.accountsPerCohort !== undefined ? { accountsPerCohort: options.accountsPerCohort } : {}),
  };
  if (Number.isNaN(monthIndex(resolved.start)))
    throw new Error(`Bad start month "${resolved.start}", expected YYYY-MM.`);
  if (!(resolved.months >= 1 && Number.isInteger(resolved.months))) throw new Error(`Bad months ${resolved.months}.`);
  const chargeOff = BUCKETS.indexOf(resolved.chargeOffBucket as (typeof BUCKETS)[number]);
  if (chargeOff < 1)
    throw new Error(
      `Bad charge-off bucket "${resolved.chargeOffBucket}", expected one of ${BUCKETS.slice(1).join(', ')}.`,
    );
  return resolved;
}

/** Simulates a portfolio (uncached; see {@link getPortfolio} for the cached one). */
export function simulatePortfolio(options: PortfolioOptions = {}): Portfolio {
  const o = resolvePortfolioOptions(options);
  const start = monthIndex(o.start);
  const chargeOff = BUCKETS.indexOf(o.chargeOffBucket as (typeof BUCKETS)[number]);
  const segments: SegmentBook[] = [];
  for (const product of o.products) {
    for (const region of o.regions) {
      segments.push(
        simulateBook({
          rng: rngFor(o.seed, 'book', product, region),
          product,
          region,
          start,
          months: o.months,
          warmup: WARMUP_MONTHS,
          buckets: BUCKETS.length,
          chargeOff,
          ...(o.accountsPerCohort !== undefined ? { accountsPerCohort: o.accountsPerCohort } : {}),
        }),
      );
    }
  }
  return {
    options: o,
    start,
    months: o.months,
    buckets: BUCKETS,
    chargeOff,
    segments,
    agents: agentProfiles(o.seed, o.agents, o.regions),
    asOf: endOfMonthIso(start + o.months - 1),
  };
}

const cache = new Map<string, Portfolio>();

/** The simulated portfolio for these options, computed once per distinct options (seed, start, …). */
export function getPortfolio(options: PortfolioOptions = {}): Portfolio {
  const key = JSON.stringify(resolvePortfolioOptions(options));
  let portfolio = cache.get(key);
  if (!portfolio) {
    portfolio = simulatePortfolio(options);
    cache.set(key, portfolio);
  }
  return portfolio;
}

type Builder = (p: Portfolio, q: ResolvedQuery, raw: MockQuery) => MetricResult<MetricName>;

const BUILDERS: Record<MetricName, Builder> = {
  overdue: overdueRows,
  'roll-rates': rollRateRows,
  vintage: vintageRows,
  recovery: recoveryRows,
  agents: agentRows,
  complaints: complaintRows,
  channels: channelRows,
  compliance: complianceRows,
  experiments: experimentRows,
  scores: scoreRows,
  quality: qualityRows,
  promises: promiseRows,
  'contact-hours': contactHourRows,
  outcomes: outcomeRows,
  workload: workloadRows,
  agencies: agencyRows,
  legal: legalRows,
};

/**
 * The contract response of `metric` for `query`, computed from the (cached) portfolio of `options`.
 * Throws {@link MockQueryError} (status 400) for a bad query, 404 for an unknown metric.
 */
export function mockResponse<M extends MetricName>(
  metric: M,
  query: MockQuery = {},
  options: PortfolioOptions = {},
): MetricResponse<M> {
  const build = Object.hasOwn(BUILDERS, metric) ? BUILDERS[metric] : undefined;
  if (!build) throw new MockQueryError(`Unknown metric "${metric}".`, 404);
  const p = getPortfolio(options);
  const q = resolveQuery(query, p.start, p.months);
  if (q.interval === 'day' && metric !== 'overdue')
    throw new MockQueryError(`Interval "day" is only served for overdue.`);
  if (q.segment && !SEGMENT_METRICS.includes(metric)) throw new MockQueryError(segmentNotApplicable(metric));
  const result = build(p, q, query) as MetricResult<M>;
  return {
    meta: { asOf: p.asOf, source: 'collectkit-mock', currency: 'CNY', definitionVersion: '2026.1' },
    rows: result.rows,
    ...(result.exposure ? { exposure: result.exposure } : {}),
  };
}
