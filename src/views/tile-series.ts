import type { Basis, MetricName } from '../model/metrics.js';
import type { MetricResponse } from '../model/response.js';
import type { AgentRow, ComplaintRow, OverdueRow, RecoveryRow, RollRateRow } from '../model/rows.js';
import {
  agentPerformance,
  comparePeriods,
  complaintTrend,
  overdueRates,
  recoveryCurves,
  type PeriodComparison,
  type ValueKind,
} from '../kpi/index.js';
import { at } from '../model/at.js';
import { AGENT_COUNT_FIELDS } from '../kpi/agents.js';
import { netFlow } from '../kpi/net-flow.js';
import { addMeasures } from '../model/definitions.js';
import { NET_FLOW_DEFINITIONS } from '../model/definitions/net-flow.js';
import { addMessages } from '../render/i18n/index.js';
import { NET_FLOW_MESSAGES } from '../render/i18n/net-flow.js';

// The net-flow tile's title and definition come with its pack (not with every widget).
addMessages(NET_FLOW_MESSAGES);
addMeasures(NET_FLOW_DEFINITIONS);

/** Metrics a KPI tile can show. */
export type TileMetric = Extract<MetricName, 'overdue' | 'recovery' | 'complaints' | 'agents' | 'roll-rates'>;

/** What a tile shows: one value per period (oldest first) with its numerator and denominator. */
export interface TileSeries {
  /** `rate`: a share (deltas in percentage points); `amount`: anything else (deltas in percent). */
  kind: ValueKind;
  periods: string[];
  values: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
  /** The latest value compared with the comparison period (null when there is no value at all). */
  comparison: PeriodComparison | null;
}

/** Options of `tileSeries`: the tile's attributes. */
export interface TileOptions {
  bucket: string;
  basis: Basis;
  /** Recovery: months since charge-off; complaints: per how many accounts. */
  measure: number | undefined;
  net: boolean;
  compare: 'previous-period' | 'same-period-last-year';
}

interface Point {
  period: string;
  numerator: number;
  denominator: number;
  rate: number | null;
}

function points(metric: TileMetric, response: MetricResponse, o: TileOptions): { kind: ValueKind; list: Point[] } {
  switch (metric) {
    case 'overdue':
      return {
        kind: 'rate',
        list: overdueRates(response.rows as OverdueRow[], { buckets: [o.bucket], basis: o.basis }),
      };
    case 'recovery': {
      const months = o.measure ?? 12;
      const list: Point[] = [];
      for (const curve of recoveryCurves(response.rows as RecoveryRow[], { net: o.net })) {
        const p = curve.points.find((q) => q.month === months);
        if (p)
          list.push({ period: curve.cohort, numerator: p.cumulative, denominator: curve.chargedOff, rate: p.rate });
      }
      return { kind: 'rate', list };
    }
    case 'complaints': {
      const trend = complaintTrend(response.rows as ComplaintRow[], response.exposure ?? [], {
        per: o.measure ?? 10_000,
      });
      return { kind: 'amount', list: trend.periods.map((p) => ({ period: p.period, ...p.perAccounts })) };
    }
    case 'roll-rates':
      // Net flow to loss: a product of rates has no single numerator or denominator (NaN: shown as –).
      return {
        kind: 'rate',
        list: netFlow(response.rows as RollRateRow[], o.basis).map((p) => ({ ...p, numerator: NaN, denominator: NaN })),
      };
    case 'agents': {
      // Agents rows cover the whole queried range: one value, the kept-promise rate of all agents as a
      // ratio of sums (the rows are checked one by one, then re-aggregated into one row), no trend.
      const rows = response.rows as AgentRow[];
      agentPerformance(rows);
      const sum: AgentRow = {
        agentId: 'all',
        name: 'all',
        dials: 0,
        connects: 0,
        rightPartyContacts: 0,
        promises: 0,
        promisesDue: 0,
        promisesKept: 0,
        assigned: 0,
        collected: 0,
        hours: 0,
        complaints: 0,
      };
      for (const r of rows) for (const k of AGENT_COUNT_FIELDS) sum[k] += r[k];
      const total = at(agentPerformance([sum]), 0).metrics.keptRate;
      return {
        kind: 'rate',
        list: [{ period: '', numerator: total.numerator, denominator: total.denominator, rate: total.rate }],
      };
    }
  }
}

/**
 * Response of the tile's metric → its series and comparison, every ratio from `src/kpi`:
 * `overdue` (rate of the bucket set), `recovery` (cumulative rate `measure` months after charge-off,
 * one value per cohort), `complaints` (per `measure` accounts), `agents` (kept-promise rate), `roll-rates`
 * (net flow to loss 催收乘数, by `basis`).
 */
export function tileSeries(metric: TileMetric, response: MetricResponse, options: TileOptions): TileSeries {
  const { kind, list } = points(metric, response, options);
  const n = list.length;
  const s: TileSeries = {
    kind,
    periods: list.map((p) => p.period),
    values: Float64Array.from(list, (p) => p.rate ?? NaN),
    numerators: Float64Array.from(list, (p) => p.numerator),
    denominators: Float64Array.from(list, (p) => p.denominator),
    comparison: null,
  };
  if (n && at(list, n - 1).period) {
    const compared = comparePeriods(
      list.map((p) => ({ period: p.period, value: p.rate })),
      { compare: options.compare, kind },
    );
    s.comparison = compared[compared.length - 1] ?? null;
  } else if (n) {
    const rate = at(list, n - 1).rate;
    s.comparison = {
      period: '',
      value: rate,
      kind,
      comparePeriod: null,
      compareValue: null,
      delta: null,
      deltaPoints: null,
      deltaPercent: null,
    };
  }
  return s;
}
