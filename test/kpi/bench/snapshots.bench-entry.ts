/**
 * Benchmark body for `node scripts/bench-kpi.mjs`: 100,000 seeded account-month snapshots
 * (10,000 accounts × 10 months) → overdue and roll-rate rows; median of several runs. Also `downsample`
 * of a million points.
 */
import { downsample, snapshotsToOverdue, snapshotsToRollRates } from '../../../src/kpi/index.js';
import type { AccountSnapshot } from '../../../src/kpi/index.js';

/** mulberry32: a small seeded generator, so every run times the same data. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded account-month panel: each month an account cures, stays, or rolls 30 days further. */
export function generate(accounts: number, months: number, seed = 42): AccountSnapshot[] {
  const random = rng(seed);
  const out: AccountSnapshot[] = [];
  const dpd = new Float64Array(accounts);
  const balance = Float64Array.from({ length: accounts }, () => 1000 + Math.floor(random() * 49_000));
  for (let m = 0; m < months; m++) {
    const period = `2025-${String(m + 1).padStart(2, '0')}`;
    for (let a = 0; a < accounts; a++) {
      const u = random();
      if (m > 0)
        dpd[a] =
          dpd[a]! === 0
            ? u < 0.06
              ? 1 + Math.floor(random() * 29)
              : 0
            : u < 0.3
              ? 0
              : u < 0.45
                ? dpd[a]!
                : dpd[a]! + 30;
      balance[a] = Math.max(0, balance[a]! - (dpd[a] ? 0 : 300));
      out.push({ accountId: `A${String(a).padStart(6, '0')}`, period, dpd: dpd[a]!, balance: balance[a]! });
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Runs the benchmark and returns the figures (milliseconds). */
export function run(runs = 7): {
  rows: number;
  overdueMs: number;
  rollRatesMs: number;
  bothMs: number;
  overdueRows: number;
  rollRateRows: number;
} {
  const snapshots = generate(10_000, 10);
  const o: number[] = [];
  const r: number[] = [];
  const both: number[] = [];
  let overdueRows = 0;
  let rollRateRows = 0;
  // one warm-up run, not timed
  snapshotsToOverdue(snapshots);
  snapshotsToRollRates(snapshots, { exitState: 'CLOSED', entryState: 'NEW' });
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    overdueRows = snapshotsToOverdue(snapshots).length;
    const t1 = performance.now();
    rollRateRows = snapshotsToRollRates(snapshots, { exitState: 'CLOSED', entryState: 'NEW' }).length;
    const t2 = performance.now();
    o.push(t1 - t0);
    r.push(t2 - t1);
    both.push(t2 - t0);
  }
  return {
    rows: snapshots.length,
    overdueMs: median(o),
    rollRatesMs: median(r),
    bothMs: median(both),
    overdueRows,
    rollRateRows,
  };
}

/** Times `downsample` of a 1,000,000-point series to 1,000 pixel columns (median of `runs`). */
export function runDownsample(runs = 7): {
  points: number;
  minmaxMs: number;
  lttbMs: number;
  minmaxKept: number;
  lttbKept: number;
} {
  const n = 1_000_000;
  const random = rng(7);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.sin(i / 1000) + random() * 0.1;
  }
  const time = (method: 'minmax' | 'lttb') => {
    const t: number[] = [];
    let kept = 0;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      kept = downsample(xs, ys, 1000, { method }).xs.length;
      t.push(performance.now() - t0);
    }
    return { ms: median(t), kept };
  };
  const mm = time('minmax');
  const lt = time('lttb');
  return { points: n, minmaxMs: mm.ms, lttbMs: lt.ms, minmaxKept: mm.kept, lttbKept: lt.kept };
}
