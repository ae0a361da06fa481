/** Types of the simulated portfolio, apart from the simulator so that the metric builders need not import it. */
import type { MetricName } from '../src/model/metrics.js';
import type { MetricRows } from '../src/model/response.js';
import type { ExposureRow } from '../src/model/rows.js';
import type { AgentProfile } from './simulate/agents.js';
import type { SegmentBook } from './simulate/book.js';

/** Options of `simulatePortfolio`; every field has a default. */
export interface PortfolioOptions {
  /** PRNG seed: the same seed (and options) always gives the same portfolio. Default 42. */
  seed?: number;
  /** First reported month, `YYYY-MM`. Default `2023-01`. */
  start?: string;
  /** Number of reported months. Default 36. */
  months?: number;
  /** Product codes (see `PRODUCTS`). Default cash-loan, credit-card, auto. */
  products?: string[];
  /** Region codes (see `REGIONS`). Default east, north, south, west. */
  regions?: string[];
  /** Bucket whose accounts are charged off the following month. Default `M7+`. */
  chargeOffBucket?: string;
  /** Base accounts originated per product × region per month (default depends on the product). */
  accountsPerCohort?: number;
  /** Number of collectors. Default 60. */
  agents?: number;
}

/** Options with defaults applied. */
export type ResolvedPortfolioOptions = Required<Omit<PortfolioOptions, 'accountsPerCohort'>> & {
  accountsPerCohort?: number;
};

/** A simulated portfolio: one loan book per product × region plus the window it reports. */
export interface Portfolio {
  options: ResolvedPortfolioOptions;
  /** Absolute month index of the first reported month. */
  start: number;
  /** Number of reported months. */
  months: number;
  /** Bucket codes in order, M0 first. */
  buckets: readonly string[];
  /** Index of the charge-off bucket in `buckets`. */
  chargeOff: number;
  segments: SegmentBook[];
  /** Collectors, spread over teams and regions. */
  agents: AgentProfile[];
  /** End of the last reported month, ISO 8601. */
  asOf: string;
}

/** Rows (and exposure) of one metric for a checked query. */
export interface MetricResult<M extends MetricName> {
  rows: MetricRows[M][];
  exposure?: ExposureRow[];
}
