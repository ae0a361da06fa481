/** Markov roll-forward of the bucket distribution: "predict before it happens" (issue 3). */
import { KpiInputError } from './errors.js';
import { DEFAULT_EXTRA_STATES } from './transition.js';
import type { BucketForecast, ForecastMonth, ForecastOptions, TransitionMatrix } from './types.js';
import { at } from '../model/at.js';

/**
 * Averages the rate rows of `matrices` state by state (aligned by state name; rows that are null in a
 * matrix are skipped, so a state is averaged over the matrices that observed it). States no matrix
 * observed get an identity row (they stay where they are) and are listed in `unobserved`.
 */
export function averageMatrix(matrices: readonly TransitionMatrix[]): {
  states: string[];
  matrix: number[][];
  unobserved: string[];
} {
  const states: string[] = [];
  for (const m of matrices) for (const s of m.states) if (!states.includes(s)) states.push(s);
  const n = states.length;
  const sum = states.map(() => new Float64Array(n));
  const seen = new Uint32Array(n);
  for (const m of matrices) {
    const map = m.states.map((s) => states.indexOf(s));
    m.rates.forEach((row, i) => {
      if (row.some((v) => v === null)) return;
      const from = at(map, i);
      const sums = at(sum, from);
      seen[from] = at(seen, from) + 1;
      row.forEach((v, j) => {
        const to = at(map, j);
        sums[to] = at(sums, to) + (v ?? 0); // never null: rows with a null were skipped above
      });
    });
  }
  const unobserved: string[] = [];
  const matrix = sum.map((row, i) => {
    if (!seen[i]) {
      unobserved.push(at(states, i));
      return states.map((_, j) => (i === j ? 1 : 0));
    }
    return Array.from(row, (v) => v / at(seen, i));
  });
  return { states, matrix, unobserved };
}

/**
 * Rolls the current distribution (per state, as a record by state name or an array aligned with the
 * matrices' states) forward `months` months with the average of the last `window` transition matrices
 * (all by default; pass them oldest first, e.g. from `transitionMatrices`). The charge-off state is
 * absorbing; `chargedOff` of a month is what flows into it that month: Σ_{i ≠ CO} b[i] × P[i][CO].
 * Default charge-off state: `CO` when present, else the last bucket (last state that is not an entry
 * or exit state). Balances are conserved: Σ balances stays Σ current.
 * @example forecastBuckets(transitionMatrices(rows, { basis: 'balance' }), { M0: 9e6, M1: 4e5 }, { months: 3, window: 6 })
 */
export function forecastBuckets(
  matrices: readonly TransitionMatrix[],
  current: Readonly<Record<string, number>> | readonly number[],
  options: ForecastOptions,
): BucketForecast {
  const months = options.months;
  if (!Number.isInteger(months) || months < 0)
    throw new KpiInputError('invalid', `months is ${months}, must be an integer ≥ 0`, null, 'months');
  if (!matrices.length)
    throw new KpiInputError('missing', 'forecastBuckets needs at least one transition matrix', null, 'matrices');
  const window = options.window ?? matrices.length;
  if (!Number.isInteger(window) || window < 1)
    throw new KpiInputError('invalid', `window is ${window}, must be an integer ≥ 1`, null, 'window');
  const { states, matrix, unobserved } = averageMatrix(matrices.slice(-window));
  const n = states.length;

  const lastBucket = [...states].reverse().find((s) => !DEFAULT_EXTRA_STATES.includes(s)) ?? at(states, n - 1);
  const chargeOff = options.chargeOff ?? (states.includes('CO') ? 'CO' : lastBucket);
  const co = states.indexOf(chargeOff);
  if (co < 0)
    throw new KpiInputError(
      'unknown-bucket',
      `charge-off state "${chargeOff}" is not among the states (${states.join(', ')})`,
      null,
      'chargeOff',
    );
  matrix[co] = states.map((_, j) => (j === co ? 1 : 0));
  const unobservedOut = unobserved.filter((s) => s !== chargeOff);

  let b = new Float64Array(n);
  if (Array.isArray(current)) {
    if (current.length !== n)
      throw new KpiInputError(
        'invalid',
        `current has ${current.length} values, the states are ${n} (${states.join(', ')})`,
        null,
        'current',
      );
    current.forEach((v, i) => (b[i] = checkValue(at(states, i), v)));
  } else {
    for (const [state, v] of Object.entries(current)) {
      const i = state === 'C' && !states.includes('C') ? 0 : states.indexOf(state);
      if (i < 0)
        throw new KpiInputError(
          'unknown-bucket',
          `current: unknown state "${state}" (states ${states.join(', ')})`,
          null,
          state,
        );
      b[i] = checkValue(state, v);
    }
  }

  const out: ForecastMonth[] = [];
  for (let m = 1; m <= months; m++) {
    const next = new Float64Array(n);
    let chargedOff = 0;
    for (let i = 0; i < n; i++) {
      const bi = at(b, i);
      if (!bi) continue;
      const row = at(matrix, i);
      for (let j = 0; j < n; j++) next[j] = at(next, j) + bi * at(row, j);
      if (i !== co) chargedOff += bi * at(row, co);
    }
    b = next;
    out.push({ month: m, balances: Array.from(b), chargedOff });
  }
  return { states, matrix, unobserved: unobservedOut, chargeOff, months: out };
}

function checkValue(state: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new KpiInputError('not-finite', `current ${state} is ${String(v)}, must be a finite number`, null, state);
  if (v < 0) throw new KpiInputError('negative', `current ${state} is ${v}, must be ≥ 0`, null, state);
  return v;
}
