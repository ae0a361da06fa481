/** Transition (roll-rate) matrices 迁徙矩阵 and cure rates from `roll-rates` rows. */
import type { BucketConfig } from '../model/buckets.js';
import { bucketIndex, DEFAULT_BUCKETS, validateBucketConfig } from './buckets.js';
import { KpiInputError } from './errors.js';
import type { CureRate, PeriodTransitionMatrix, TransitionMatrix, TransitionOptions, TransitionRow } from './types.js';
import { checkAmount, checkLabel, checkUnique, ratio } from './validate.js';
import { at } from '../model/at.js';

/**
 * States besides the buckets that roll-rate rows may carry by default: the entry `NEW` (originated in
 * t) and the exits `CLOSED` (paid off), `REPAID` and `CO` (charged off), as the mocks and the records
 * adapter write them.
 */
export const DEFAULT_EXTRA_STATES: readonly string[] = Object.freeze(['NEW', 'CLOSED', 'REPAID', 'CO']);

/**
 * What is on book per state at the end of a matrix's period: the column totals (where the period's
 * transitions arrived), for every state except the entry and exit states in `exclude`. The starting
 * point of `forecastBuckets`.
 */
export function closingBalances(
  matrix: TransitionMatrix,
  exclude: readonly string[] = DEFAULT_EXTRA_STATES,
): Record<string, number> {
  const totals: Record<string, number> = {};
  matrix.states.forEach((state, j) => {
    if (exclude.includes(state)) return;
    let sum = 0;
    for (const row of matrix.counts) sum += at(row, j);
    totals[state] = sum;
  });
  return totals;
}

interface Accumulated {
  states: string[];
  /** Per period (ascending; '' for rows without a period): S × S sums over all possible states. */
  cells: Map<string, Float64Array>;
  used: Uint8Array;
  size: number;
}

/** An amount of a row: a finite number ≥ 0 (what `checkAmount` accepts). */
function isAmount(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function accumulate(rows: readonly TransitionRow[], options: TransitionOptions, needPeriod: boolean): Accumulated {
  const config: BucketConfig = options.config ?? DEFAULT_BUCKETS;
  validateBucketConfig(config);
  const extras = options.extraStates ?? DEFAULT_EXTRA_STATES;
  const nb = config.length;
  const size = nb + extras.length;
  const states = [...config.map((b) => b.code), ...extras];
  const stateOf = (code: unknown): number => {
    if (typeof code !== 'string') return -1;
    const b = bucketIndex(code, config);
    if (b >= 0) return b;
    const e = extras.indexOf(code);
    return e >= 0 ? nb + e : -1;
  };
  const used = new Uint8Array(size);
  const cells = new Map<string, Float64Array>();
  /** Per period, the from × to cells a row has filled (a second row for one of them is a duplicate). */
  const filled = new Map<string, Uint8Array>();
  const count = options.basis === 'count';
  /** The checks of a row with their messages, in order: throws `KpiInputError` at the first failing. */
  const checkRow = (row: TransitionRow, i: number, duplicate: boolean): void => {
    const period = needPeriod || row.period !== undefined ? checkLabel('roll-rate', i, 'period', row.period) : '';
    const key = `${period ? `period ${period}, ` : ''}from ${String(row.from)} to ${String(row.to)}`;
    const f = stateOf(row.from);
    const t = stateOf(row.to);
    for (const [field, s, v] of [
      ['from', f, row.from],
      ['to', t, row.to],
    ] as const) {
      if (s < 0) {
        throw new KpiInputError(
          'unknown-bucket',
          `roll-rate row ${i} (${key}): unknown state "${String(v)}" (buckets ${states.slice(0, nb).join(', ')}, C, or ${extras.join(', ')})`,
          i,
          field,
        );
      }
    }
    checkAmount('roll-rate', i, key, 'accounts', row.accounts);
    checkAmount('roll-rate', i, key, 'balance', row.balance);
    const id = [period, f, t];
    if (duplicate) checkUnique(new Set([id.join('\u0000')]), id, 'roll-rate', i, key, 'period, from and to', 'to');
  };
  for (let i = 0; i < rows.length; i++) {
    const row = at(rows, i);
    const labelled = needPeriod || row.period !== undefined;
    const period = labelled ? row.period : '';
    const f = stateOf(row.from);
    const t = stateOf(row.to);
    const { accounts, balance } = row;
    // The checks without a message: a row failing one is checked again by `checkRow`, which names it and throws.
    if (
      typeof period !== 'string' ||
      (labelled && period === '') ||
      f < 0 ||
      t < 0 ||
      !isAmount(accounts) ||
      !isAmount(balance)
    ) {
      checkRow(row, i, false);
      continue; // not reached: checkRow threw
    }
    let m = cells.get(period);
    let cellsFilled = filled.get(period);
    if (!m || !cellsFilled) {
      cells.set(period, (m = new Float64Array(size * size)));
      filled.set(period, (cellsFilled = new Uint8Array(size * size)));
    }
    const slot = f * size + t;
    if (cellsFilled[slot]) checkRow(row, i, true);
    cellsFilled[slot] = 1;
    m[slot] = count ? accounts : balance;
    used[f] = used[t] = 1;
  }
  // buckets always appear; extra states only when some row uses them
  for (let b = 0; b < nb; b++) used[b] = 1;
  const sorted = new Map([...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { states, cells: sorted, used, size };
}

function toMatrix(acc: Accumulated, sums: Float64Array): TransitionMatrix {
  const keep: number[] = [];
  for (let s = 0; s < acc.size; s++) if (acc.used[s]) keep.push(s);
  const counts = keep.map((i) => keep.map((j) => at(sums, i * acc.size + j)));
  const rates = counts.map((row) => {
    let total = 0;
    for (const v of row) total += v;
    return row.map((v) => (total > 0 ? v / total : null));
  });
  return { states: keep.map((s) => at(acc.states, s)), counts, rates };
}

/**
 * Transition matrix over all given rows (pooled across their periods): `counts[i][j]` = accounts (or
 * balance) in state i at t−1 and j at t; `rates[i][j]` = counts[i][j] ÷ Σ_j counts[i][j] (row-normalised),
 * a whole row null when the state has nothing (never NaN). States are the buckets of the config in
 * order (`C` rows count as the first bucket), then the extra states that occur.
 * Bad rows (unknown state, negative or non-finite amounts, duplicate period × from × to) throw `KpiInputError`.
 * @example transitionMatrix(rows, { basis: 'count' }).rates[1][0] // M1 → M0, the M1 cure rate
 */
export function transitionMatrix(rows: readonly TransitionRow[], options: TransitionOptions): TransitionMatrix {
  const acc = accumulate(rows, options, false);
  const total = new Float64Array(acc.size * acc.size);
  for (const m of acc.cells.values()) for (let k = 0; k < total.length; k++) total[k] = at(total, k) + at(m, k);
  return toMatrix(acc, total);
}

/**
 * One transition matrix per period t (rows must carry `period`), periods ascending; all matrices share
 * the same states so they can be averaged (`forecastBuckets`).
 */
export function transitionMatrices(
  rows: readonly TransitionRow[],
  options: TransitionOptions,
): PeriodTransitionMatrix[] {
  const acc = accumulate(rows, options, true);
  return [...acc.cells.entries()].map(([period, m]) => ({ period, ...toMatrix(acc, m) }));
}

/** Options of `cureRates`. */
export interface CureRateOptions {
  /** The cure state (default the matrix's first state, i.e. M0/C). */
  cure?: string;
  /** States to report (default every state except the cure state and `DEFAULT_EXTRA_STATES`). */
  states?: readonly string[];
}

/**
 * Cure rate per state: P[i][C] = counts[i][C] ÷ Σ_j counts[i][j], with numerator and denominator;
 * null when the state has nothing.
 * @example cureRates(transitionMatrix(rows, { basis: 'balance' })) // [{ state: 'M1', rate: 0.42, … }, …]
 */
export function cureRates(matrix: TransitionMatrix, options: CureRateOptions = {}): CureRate[] {
  const cure = options.cure ?? at(matrix.states, 0);
  const c = matrix.states.indexOf(cure);
  if (c < 0)
    throw new KpiInputError(
      'unknown-bucket',
      `cure state "${cure}" is not in the matrix (${matrix.states.join(', ')})`,
      null,
      'cure',
    );
  const wanted = options.states ?? matrix.states.filter((s) => s !== cure && !DEFAULT_EXTRA_STATES.includes(s));
  return wanted.map((state) => {
    const i = matrix.states.indexOf(state);
    if (i < 0)
      throw new KpiInputError(
        'unknown-bucket',
        `state "${state}" is not in the matrix (${matrix.states.join(', ')})`,
        null,
        'states',
      );
    let total = 0;
    for (const v of at(matrix.counts, i)) total += v;
    return { state, ...ratio(at(at(matrix.counts, i), c), total) };
  });
}
