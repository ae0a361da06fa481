/**
 * Monitoring a repayment-prediction model (还款预测模型监控) from `scores` rows: calibration per band (observed
 * rate with its Wilson interval against the mean prediction, and the score-test interval around the
 * prediction), discrimination (AUC and KS from the band counts: exact for a model that only ranks by band,
 * with accounts in one band counted as ties), and population stability (PSI against a baseline period).
 */
import type { ScoreRow } from '../model/rows.js';
import { KpiInputError } from './errors.js';
import { wilson, Z95 } from './intervals.js';
import { compareText, groupRecords } from './group-records.js';
import { checkAmount, checkAtMost, checkLabel } from './validate.js';

/** Band counts of one period (or the sum of several): accounts, those who repaid, and the predictions. */
export interface BandCount {
  band: string;
  accounts: number;
  repaid: number;
  predicted: number;
}

/** AUC and KS at band granularity. */
export interface Discrimination {
  /** P(a repayer's band ranks above a non-repayer's) + ½ P(same band); null without both outcomes. */
  auc: number | null;
  /** Largest gap between the cumulative shares of repayers and non-repayers over band cut-offs. */
  ks: number | null;
}

/**
 * AUC and KS from band counts, bands in the order of `bands` (lowest score first). Exact for the band-level
 * ranking: two accounts of one band are a tie (counted ½ in the AUC), which is all a banded score can tell.
 * @example discrimination([{ band: 'a', accounts: 10, repaid: 2, predicted: 2 }, { band: 'b', accounts: 10, repaid: 8, predicted: 8 }])
 * // auc = (8·8 + ½·(8·2) + ½·(2·8)) / (10·10) = 0.8; ks = |8/10 − 2/10| = 0.6
 */
export function discrimination(bands: readonly BandCount[]): Discrimination {
  const pos = bands.reduce((s, b) => s + b.repaid, 0);
  const neg = bands.reduce((s, b) => s + b.accounts - b.repaid, 0);
  if (!(pos > 0 && neg > 0)) return { auc: null, ks: null };
  let negBelow = 0;
  let posBelow = 0;
  let wins = 0;
  let ks = 0;
  for (const b of bands) {
    const n = b.accounts - b.repaid;
    wins += b.repaid * (negBelow + n / 2);
    negBelow += n;
    posBelow += b.repaid;
    ks = Math.max(ks, Math.abs(negBelow / neg - posBelow / pos));
  }
  return { auc: wins / (pos * neg), ks };
}

/** Shares below this count as this in the PSI (an empty band would make ln(0) infinite). */
export const PSI_FLOOR = 0.0001;

/**
 * Population stability index of `actual` against `expected` band counts (matched by band):
 * Σ (a − e)·ln(a / e) over the bands' shares of accounts, shares floored at {@link PSI_FLOOR}.
 * Null when either side has no accounts.
 * @example psi([{ band: 'a', accounts: 50 }, { band: 'b', accounts: 50 }], [{ band: 'a', accounts: 25 }, { band: 'b', accounts: 75 }])
 * // (.25 − .5)·ln(.25/.5) + (.75 − .5)·ln(.75/.5) = 0.2747
 */
export function psi(
  actual: readonly Pick<BandCount, 'band' | 'accounts'>[],
  expected: readonly Pick<BandCount, 'band' | 'accounts'>[],
): number | null {
  const total = (xs: readonly Pick<BandCount, 'accounts'>[]) => xs.reduce((s, b) => s + b.accounts, 0);
  const ta = total(actual);
  const te = total(expected);
  if (!(ta > 0 && te > 0)) return null;
  const bands = new Set([...actual.map((b) => b.band), ...expected.map((b) => b.band)]);
  let sum = 0;
  for (const band of bands) {
    const a = Math.max(PSI_FLOOR, (actual.find((b) => b.band === band)?.accounts ?? 0) / ta);
    const e = Math.max(PSI_FLOOR, (expected.find((b) => b.band === band)?.accounts ?? 0) / te);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

/** Calibration of one band. */
export interface BandCalibration extends BandCount {
  /** Mean predicted probability = predicted ÷ accounts. */
  expected: number | null;
  /** Observed repayment rate = repaid ÷ accounts, with its Wilson 95 % interval. */
  observed: number | null;
  low: number | null;
  high: number | null;
  /** The score-test 95 % interval around the prediction: expected ± z·√(expected(1 − expected)/accounts). */
  expectedLow: number | null;
  expectedHigh: number | null;
  /** True when the observed rate falls outside the interval around the prediction. */
  outside: boolean;
}

/** Calibration of every band of a set of counts, in band order. */
export function calibration(bands: readonly BandCount[], z = Z95): BandCalibration[] {
  return bands.map((b) => {
    const w = wilson(b.repaid, b.accounts, z);
    const e = b.accounts > 0 ? b.predicted / b.accounts : null;
    const half = e === null ? null : z * Math.sqrt((e * (1 - e)) / b.accounts);
    const lo = e === null || half === null ? null : Math.max(0, e - half);
    const hi = e === null || half === null ? null : Math.min(1, e + half);
    const outside = w.estimate !== null && lo !== null && hi !== null && (w.estimate < lo || w.estimate > hi);
    return {
      ...b,
      expected: e,
      observed: w.estimate,
      low: w.low,
      high: w.high,
      expectedLow: lo,
      expectedHigh: hi,
      outside,
    };
  });
}

/** One period of the monitor. */
export interface ScorePeriod {
  period: string;
  accounts: number;
  bands: BandCalibration[];
  auc: number | null;
  ks: number | null;
  /** PSI against the baseline period (0 for the baseline itself). */
  psi: number | null;
  /** AUC of the baseline minus this period's (positive = worse). */
  aucDrop: number | null;
  /** The monitor's flags: PSI > 0.25, AUC down more than 0.05, bands outside their interval. */
  flags: { psi: boolean; auc: boolean; bands: string[] };
}

/** Result of {@link scoreMonitor}. */
export interface ScoreMonitor {
  baseline: ScorePeriod;
  periods: ScorePeriod[];
  /** Band codes, lowest mean prediction first. */
  bandOrder: string[];
}

/** Options of {@link scoreMonitor}. */
export interface ScoreMonitorOptions {
  /** Baseline period (default the first). */
  baseline?: string;
  /** PSI above this is flagged (default 0.25). */
  psiLimit?: number;
  /** An AUC drop from the baseline above this is flagged (default 0.05). */
  aucDrop?: number;
}

function checkRows(rows: readonly ScoreRow[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const period = checkLabel('score', i, 'period', row.period);
    const band = checkLabel('score', i, 'band', row.band);
    const key = `period ${period}, band ${band}`;
    if (seen.has(`${period}\u0000${band}`))
      throw new KpiInputError(
        'duplicate',
        `score row ${i} (${key}): a second row for the same period and band`,
        i,
        'band',
      );
    seen.add(`${period}\u0000${band}`);
    checkAmount('score', i, key, 'accounts', row.accounts);
    checkAmount('score', i, key, 'predicted', row.predicted);
    checkAmount('score', i, key, 'repaid', row.repaid);
    checkAtMost('score', i, key, 'repaid', row.repaid, 'accounts', row.accounts);
    checkAtMost('score', i, key, 'predicted', row.predicted, 'accounts', row.accounts);
  });
}

/**
 * Per period: calibration per band, AUC and KS from the band counts, PSI against `baseline`, and the flags.
 * Bands are ordered by their mean predicted probability over all rows (the model's ranking). Null without
 * rows; bad rows or an unknown baseline throw `KpiInputError`.
 */
export function scoreMonitor(rows: readonly ScoreRow[], options: ScoreMonitorOptions = {}): ScoreMonitor | null {
  checkRows(rows);
  if (!rows.length) return null;
  const mean = new Map<string, { p: number; n: number }>();
  for (const r of rows) {
    const m = mean.get(r.band) ?? { p: 0, n: 0 };
    mean.set(r.band, { p: m.p + r.predicted, n: m.n + r.accounts });
  }
  const score = (band: string) => {
    const m = mean.get(band);
    return m && m.n > 0 ? m.p / m.n : 0;
  };
  const bandOrder = [...mean.keys()].sort((a, b) => score(a) - score(b) || (a < b ? -1 : 1));
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const countsOf = (period: string): BandCount[] =>
    bandOrder.map((band) => {
      const r = rows.find((x) => x.period === period && x.band === band);
      return { band, accounts: r?.accounts ?? 0, repaid: r?.repaid ?? 0, predicted: r?.predicted ?? 0 };
    });
  const baselineLabel = options.baseline ?? periods[0] ?? '';
  if (!periods.includes(baselineLabel))
    throw new KpiInputError(
      'missing',
      `no scores for the baseline period ${baselineLabel} (the rows hold ${periods[0] ?? ''} to ${periods[periods.length - 1] ?? ''})`,
      null,
      'period',
    );
  const baseCounts = countsOf(baselineLabel);
  const baseAuc = discrimination(baseCounts).auc;
  const psiLimit = options.psiLimit ?? 0.25;
  const aucLimit = options.aucDrop ?? 0.05;
  const periodOf = (period: string): ScorePeriod => {
    const counts = countsOf(period);
    const d = discrimination(counts);
    const bands = calibration(counts);
    const p = psi(counts, baseCounts);
    const drop = d.auc === null || baseAuc === null ? null : baseAuc - d.auc;
    return {
      period,
      accounts: counts.reduce((s, b) => s + b.accounts, 0),
      bands,
      auc: d.auc,
      ks: d.ks,
      psi: p,
      aucDrop: drop,
      flags: {
        psi: p !== null && p > psiLimit,
        auc: drop !== null && drop > aucLimit,
        bands: bands.filter((b) => b.outside).map((b) => b.band),
      },
    };
  };
  const all = periods.map(periodOf);
  return { baseline: all[periods.indexOf(baselineLabel)] ?? periodOf(baselineLabel), periods: all, bandOrder };
}

/** One account scored by the repayment model. */
export interface ScoredAccount {
  /** Month (or day) scored; rows use its `YYYY-MM`. */
  period: string;
  band: string;
  /** Predicted repayment probability, 0–1. */
  predicted: number;
  /** Repaid within the outcome window. */
  repaid: boolean;
  product?: string;
  region?: string;
}

/** Score records (one per account scored) → `scores` rows per month × band. */
export function scoreRecordsToRows(records: readonly ScoredAccount[]): ScoreRow[] {
  const month = (r: ScoredAccount) => r.period.slice(0, 7);
  return groupRecords(
    records,
    (r) => `${month(r)}\u0000${r.band}`,
    (r): ScoreRow => ({ period: month(r), band: r.band, accounts: 0, predicted: 0, repaid: 0 }),
    (row, r) => {
      row.accounts++;
      row.predicted += r.predicted;
      if (r.repaid) row.repaid++;
    },
  ).sort((a, b) => compareText(a.period, b.period) || compareText(a.band, b.band));
}
