/**
 * Collectors' attempts of one team-month spread over consumer-local weekday × hour: calls follow a
 * working-day profile with evening peaks and a few attempts outside the calling window; answers and
 * right-party contacts are likelier in the evening and at weekends. Every count is split exactly (the
 * cells add up to the team's desk totals), and no cell has more contacts than attempts, RPC than
 * contacts or promises than RPC.
 */
import { allocate } from './agents.js';

/** Relative call volume per local hour, phone desks (a trickle before 08:00 and after 22:00). */
const PHONE_HOURS = [
  0, 0, 0, 0, 0, 0, 0.002, 0.01, 0.55, 0.9, 1, 1, 0.7, 0.8, 1, 1, 0.95, 0.9, 1.05, 1.1, 0.95, 0.55, 0.006, 0.002,
];
/** Relative field visits per local hour. */
const VISIT_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.8, 1, 1, 0.5, 0.7, 1, 1, 0.9, 0.6, 0.2, 0.01, 0, 0, 0, 0];
/** Relative volume per weekday, Monday first. */
const WEEKDAYS = [1, 1, 1, 1, 0.95, 0.55, 0.3];

/** How much likelier than average an attempt is answered / reaches the debtor / gets a promise, per hour and weekday. */
function propensity(kind: 'answer' | 'rpc' | 'promise', weekday: number, hour: number): number {
  const evening = hour >= 18 && hour < 21;
  const weekend = weekday >= 6;
  if (kind === 'answer')
    return (evening ? 1.3 : hour === 12 || hour === 13 ? 1.1 : hour < 10 ? 0.8 : 1) * (weekend ? 1.15 : 1);
  if (kind === 'rpc') return (evening ? 1.3 : hour < 10 ? 0.85 : 0.95) * (weekend ? 1.2 : 1);
  return evening ? 1.15 : 1;
}

/** Splits `total` over weights exactly, never giving a cell more than its cap (assumes total ≤ Σ caps). */
export function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const out = allocate(
    total,
    weights.map((w, i) => ((caps[i] ?? 0) > 0 ? w : 0)),
  );
  let excess = 0;
  out.forEach((v, i) => {
    const cap = caps[i] ?? 0;
    if (v > cap) {
      excess += v - cap;
      out[i] = cap;
    }
  });
  for (let i = 0; excess > 0 && i < out.length; i++) {
    const room = (caps[i] ?? 0) - (out[i] ?? 0);
    const add = Math.min(room, excess);
    out[i] = (out[i] ?? 0) + add;
    excess -= add;
  }
  return out;
}

/** Number of weekday × hour cells. */
export const HOUR_CELLS = 7 * 24;

/**
 * Cells of one team-month: `[attempts, contacts, rpc, promises]` per cell `(weekday - 1) * 24 + hour`,
 * from the team's totals; `visit` teams keep field-visit hours.
 */
export function hourCells(totals: readonly [number, number, number, number], visit: boolean): Float64Array[] {
  const hours = visit ? VISIT_HOURS : PHONE_HOURS;
  const cells = Array.from({ length: HOUR_CELLS }, (_, c) => [Math.floor(c / 24) + 1, c % 24] as const);
  const volume = cells.map(([d, h]) => (WEEKDAYS[d - 1] ?? 0) * (hours[h] ?? 0));
  const attempts = allocate(totals[0], volume);
  const contacts = allocateCapped(
    totals[1],
    cells.map(([d, h], c) => (attempts[c] ?? 0) * propensity('answer', d, h)),
    attempts,
  );
  const rpc = allocateCapped(
    totals[2],
    cells.map(([d, h], c) => (contacts[c] ?? 0) * propensity('rpc', d, h)),
    contacts,
  );
  const promises = allocateCapped(
    totals[3],
    cells.map(([d, h], c) => (rpc[c] ?? 0) * propensity('promise', d, h)),
    rpc,
  );
  return [attempts, contacts, rpc, promises].map((a) => Float64Array.from(a));
}
