import type { Basis } from '../model/metrics.js';
import type { RollRateRow } from '../model/rows.js';
import {
  closingBalances,
  cureRates,
  DEFAULT_EXTRA_STATES,
  forecastBuckets,
  transitionMatrices,
  type BucketForecast,
  type PeriodTransitionMatrix,
} from '../kpi/index.js';
import { periodToTime } from '../render/period.js';
import type { PointSeries } from './point-series.js';
import { at } from '../model/at.js';
import { memoByRef } from './memo.js';
import { addDefinitions } from '../model/definitions.js';
import { ROLL_RATES_DEFINITIONS } from '../model/definitions/roll-rates.js';
import { addMessagePack } from '../render/i18n/index.js';
import { ROLL_RATES_MESSAGES } from '../render/i18n/roll-rates.js';

addMessagePack(ROLL_RATES_MESSAGES);

/** The heatmap of one period: the states that occur as rows (from) and columns (to), rates with their parts. */
export interface MatrixView {
  period: string;
  rows: string[];
  columns: string[];
  rates: (number | null)[][];
  numerators: number[][];
  denominators: number[];
}

const matricesBy: Record<Basis, (rows: readonly RollRateRow[]) => readonly PeriodTransitionMatrix[]> = {
  count: memoByRef((rows) => transitionMatrices(rows, { basis: 'count' })),
  balance: memoByRef((rows) => transitionMatrices(rows, { basis: 'balance' })),
};

/**
 * Transition matrices per period (ascending), rates from `src/kpi`; computed once per rows array and basis
 * (the page's roll-rate views share their response), so never to be mutated.
 */
export function rollMatrices(rows: readonly RollRateRow[], basis: Basis): readonly PeriodTransitionMatrix[] {
  return matricesBy[basis](rows);
}

/**
 * The heatmap of `period` (default the latest): rows are the states something left from (exit states
 * such as `CO` never are), columns the states something arrived in (`NEW` never is). Denominators are
 * the row totals `cureRates` reports.
 */
export function matrixView(matrices: readonly PeriodTransitionMatrix[], period?: string): MatrixView | null {
  const m = (period && matrices.find((x) => x.period === period)) || matrices[matrices.length - 1];
  if (!m) return null;
  const S = m.states.length;
  const rowIdx = m.states.map((_, i) => i).filter((i) => at(m.rates, i).some((r) => r !== null));
  const colIdx = m.states
    .map((_, j) => j)
    .filter(
      (j) =>
        rowIdx.some((i) => at(at(m.counts, i), j) > 0) || (j < S && !DEFAULT_EXTRA_STATES.includes(at(m.states, j))),
    );
  if (!rowIdx.length) return { period: m.period, rows: [], columns: [], rates: [], numerators: [], denominators: [] };
  const totals = cureRates(m, { cure: at(m.states, 0), states: rowIdx.map((i) => at(m.states, i)) });
  return {
    period: m.period,
    rows: rowIdx.map((i) => at(m.states, i)),
    columns: colIdx.map((j) => at(m.states, j)),
    rates: rowIdx.map((i) => colIdx.map((j) => at(at(m.rates, i), j))),
    numerators: rowIdx.map((i) => colIdx.map((j) => at(at(m.counts, i), j))),
    denominators: totals.map((r) => r.denominator),
  };
}

function emptySeries(key: string, n: number): PointSeries {
  return {
    key,
    label: key,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    labels: new Array<string>(n),
    numerators: new Float64Array(n),
    denominators: new Float64Array(n),
  };
}

/**
 * The rate P[from][to] of each period as one series (key and label `key`), with its numerator and denominator
 * (the from-state at t−1): a roll-forward rate (M1→M2) or a cure rate (M1→M0).
 */
export function pairSeries(
  matrices: readonly PeriodTransitionMatrix[],
  from: string,
  to: string,
  key: string,
): PointSeries {
  const s = emptySeries(key, matrices.length);
  matrices.forEach((m, i) => {
    const r = at(cureRates(m, { cure: to, states: [from] }), 0);
    s.xs[i] = periodToTime(m.period);
    s.ys[i] = r.rate ?? NaN;
    s.labels[i] = m.period;
    s.numerators[i] = r.numerator;
    s.denominators[i] = r.denominator;
  });
  return s;
}

/** The buckets of the matrices' states (entry and exit states left out), in order. */
export function bucketStates(matrices: readonly PeriodTransitionMatrix[]): string[] {
  return (matrices[0]?.states ?? []).filter((s) => !DEFAULT_EXTRA_STATES.includes(s));
}

/**
 * Roll-forward rates over time, one series per step of the bucket chain (M0→M1, M1→M2, …): the share
 * of M(n−1) at the end of t−1 that is in M(n) at the end of t, from each period's transition matrix.
 */
export function rollTrend(matrices: readonly PeriodTransitionMatrix[]): PointSeries[] {
  return trends(matrices);
}

// Once per matrices array: the page's roll-rate views share their matrices (`rollMatrices`).
const trends = memoByRef((matrices: readonly PeriodTransitionMatrix[]) => {
  const states = bucketStates(matrices);
  return states.slice(1).map((to, k) => {
    const from = at(states, k);
    return pairSeries(matrices, from, to, `${from}→${to}`);
  });
});

/** The forecast and its drawing: per delinquent bucket, the latest actual balance then `months` projected ones. */
export interface ForecastView {
  forecast: BucketForecast;
  period: string;
  series: PointSeries[];
}

/**
 * Rolls the latest balances forward `months` months with the average matrix of the last `window`
 * periods (`forecastBuckets`). Series start at the latest actual balance (the column totals of the
 * latest matrix: where the balance is at the end of that month) and are projected from index 1 on.
 */
export function forecastView(
  matrices: readonly PeriodTransitionMatrix[],
  months: number,
  window: number,
  shift: (period: string, k: number) => string,
): ForecastView | null {
  const latest = matrices[matrices.length - 1];
  if (!latest) return null;
  const current = closingBalances(latest);
  const forecast = forecastBuckets(matrices, current, { months, window });
  const states = forecast.states;
  const shown = states.map((_, i) => i).filter((i) => i > 0 && !DEFAULT_EXTRA_STATES.includes(at(states, i)));
  const n = forecast.months.length + 1;
  const series = shown.map((i) => {
    const s = emptySeries(at(states, i), n);
    s.projectedFrom = 1;
    const balanceAt = (k: number) =>
      k === 0 ? (current[at(states, i)] ?? NaN) : at(at(forecast.months, k - 1).balances, i);
    for (let k = 0; k < n; k++) {
      const label = shift(latest.period, k);
      s.xs[k] = periodToTime(label);
      s.ys[k] = balanceAt(k);
      s.labels[k] = label;
      s.numerators[k] = balanceAt(k);
      s.denominators[k] = NaN;
    }
    return s;
  });
  return { forecast, period: latest.period, series };
}

addDefinitions(ROLL_RATES_DEFINITIONS);
