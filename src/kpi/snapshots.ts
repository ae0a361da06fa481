/**
 * Record-level helpers for the `records` adapter: account-month snapshots → `overdue` and `roll-rates`
 * rows. Built for 100,000+ snapshots: typed arrays and one Map per period, no per-row objects.
 */
import type { BucketConfig } from '../model/buckets.js';
import type { OverdueRow, RollRateRow } from '../model/rows.js';
import { bucketLookup, DEFAULT_BUCKETS } from './buckets.js';
import { CURE_DAY_FIELDS, cureDayBin } from './cure.js';
import { KpiInputError } from './errors.js';
import { isNextPeriod, seriesInterval } from './periods.js';
import type { AccountSnapshot, SnapshotOptions } from './types.js';
import { at, must, sortedEntries } from '../model/at.js';

/** Snapshots indexed by period: sorted periods, and per period a Map accountId → snapshot index. */
interface SnapshotIndex {
  config: BucketConfig;
  periods: string[];
  accounts: Map<string, number>[];
  /** Bucket index per snapshot. */
  bucket: Uint16Array;
  /** Period index (into `periods`) per snapshot. */
  period: Uint32Array;
}

function fail(
  code: 'missing' | 'not-finite' | 'negative' | 'duplicate',
  i: number,
  s: AccountSnapshot,
  field: string,
  why: string,
): never {
  throw new KpiInputError(
    code,
    `snapshot row ${i} (account ${String(s.accountId)}, period ${String(s.period)}): ${field} ${why}`,
    i,
    field,
  );
}

function indexSnapshots(snapshots: readonly AccountSnapshot[], config: BucketConfig): SnapshotIndex {
  const lookup = bucketLookup(config);
  const n = snapshots.length;
  const bucket = new Uint16Array(n);
  const periodOf = new Uint32Array(n);
  const byLabel = new Map<string, Map<string, number>>();
  for (let i = 0; i < n; i++) {
    const s = at(snapshots, i);
    const { accountId, period, dpd, balance } = s;
    if (typeof accountId !== 'string' || !accountId)
      fail('missing', i, s, 'accountId', `is ${String(accountId)}, must be a non-empty string`);
    if (typeof period !== 'string' || !period)
      fail('missing', i, s, 'period', `is ${String(period)}, must be a non-empty string`);
    if (typeof dpd !== 'number' || !Number.isFinite(dpd))
      fail('not-finite', i, s, 'dpd', `is ${String(dpd)}, must be a finite number`);
    if (dpd < 0) fail('negative', i, s, 'dpd', `is ${dpd}, must be ≥ 0`);
    if (typeof balance !== 'number' || !Number.isFinite(balance))
      fail('not-finite', i, s, 'balance', `is ${String(balance)}, must be a finite number`);
    if (balance < 0) fail('negative', i, s, 'balance', `is ${balance}, must be ≥ 0`);
    let accounts = byLabel.get(period);
    if (!accounts) byLabel.set(period, (accounts = new Map<string, number>()));
    const first = accounts.get(accountId);
    if (first !== undefined)
      fail('duplicate', i, s, 'accountId', `appears twice in the period (first at row ${first})`);
    accounts.set(accountId, i);
    bucket[i] = lookup(dpd);
  }
  const byPeriod = sortedEntries(byLabel);
  const periods = byPeriod.map(([p]) => p);
  const accounts = byPeriod.map(([, a]) => a);
  const rank = new Map(periods.map((p, k) => [p, k]));
  for (let i = 0; i < n; i++) periodOf[i] = must(rank.get(at(snapshots, i).period), `rank of row ${i}'s period`);
  return { config, periods, accounts, bucket, period: periodOf };
}

/**
 * `overdue` rows from account snapshots: per period (ascending) and bucket (config order, every bucket
 * even when empty) the number of accounts and the sum of their balance, bucketed by `dpd`.
 * Bad snapshots (missing id or period, negative or non-finite dpd or balance, an account twice in one
 * period) throw `KpiInputError` naming the row.
 * @example snapshotsToOverdue([{ accountId: 'a', period: '2024-01', dpd: 45, balance: 900 }]) // M2: 1 account, 900
 */
export function snapshotsToOverdue(snapshots: readonly AccountSnapshot[], options: SnapshotOptions = {}): OverdueRow[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const idx = indexSnapshots(snapshots, config);
  const nb = config.length;
  const accounts = new Float64Array(idx.periods.length * nb);
  const balance = new Float64Array(idx.periods.length * nb);
  for (let i = 0; i < snapshots.length; i++) {
    const cell = at(idx.period, i) * nb + at(idx.bucket, i);
    accounts[cell] = at(accounts, cell) + 1;
    balance[cell] = at(balance, cell) + at(snapshots, i).balance;
  }
  const out: OverdueRow[] = [];
  idx.periods.forEach((period, p) => {
    for (let b = 0; b < nb; b++)
      out.push({
        period,
        bucket: at(config, b).code,
        accounts: at(accounts, p * nb + b),
        balance: at(balance, p * nb + b),
      });
  });
  return out;
}

/**
 * `roll-rates` rows from account snapshots: for every pair of consecutive periods (t−1, t) — calendar
 * consecutive for known label shapes, so a missing month yields no rows for the month after it — each
 * account present in both counts once in (bucket at t−1 → bucket at t) with its **t−1 balance**, so that
 * for every from-state Σ_to accounts (and balance) equals the state at t−1 among the accounts counted.
 * Accounts that leave (absent at t) are counted only with `exitState` (e.g. `CLOSED`, t−1 balance);
 * accounts that appear (absent at t−1) only with `entryState` (e.g. `NEW`, t balance).
 * Rows with no accounts are omitted; order: period, from, to (config order, then entry/exit). Every row carries
 * the days-to-cure counts (`CURE_DAY_FIELDS`: cured accounts by their t−1 dpd; 0 but on delinquent → first bucket).
 */
export function snapshotsToRollRates(
  snapshots: readonly AccountSnapshot[],
  options: SnapshotOptions = {},
): RollRateRow[] {
  const config = options.config ?? DEFAULT_BUCKETS;
  const idx = indexSnapshots(snapshots, config);
  const nb = config.length;
  const ENTRY = nb;
  const EXIT = nb + 1;
  const size = nb + 2;
  const codes = [...config.map((b) => b.code), options.entryState ?? '', options.exitState ?? ''];
  const interval = seriesInterval(idx.periods);
  const exits = options.exitState !== undefined;
  const out: RollRateRow[] = [];
  const accounts = new Float64Array(size * size);
  const balance = new Float64Array(size * size);
  const cured = new Float64Array(nb * CURE_DAY_FIELDS.length);
  for (let p = 1; p < idx.periods.length; p++) {
    if (!isNextPeriod(at(idx.periods, p - 1), at(idx.periods, p), interval)) continue;
    accounts.fill(0);
    balance.fill(0);
    cured.fill(0);
    const before = at(idx.accounts, p - 1);
    const now = at(idx.accounts, p);
    // Map#forEach: no [key, value] entry array per account
    before.forEach((i, id) => {
      const j = now.get(id);
      if (j === undefined && !exits) return;
      const cell = at(idx.bucket, i) * size + (j === undefined ? EXIT : at(idx.bucket, j));
      accounts[cell] = at(accounts, cell) + 1;
      balance[cell] = at(balance, cell) + at(snapshots, i).balance;
      const bin = cureDayBin(at(snapshots, i).dpd);
      if (j !== undefined && at(idx.bucket, i) > 0 && at(idx.bucket, j) === 0 && bin >= 0) {
        const k = at(idx.bucket, i) * CURE_DAY_FIELDS.length + bin;
        cured[k] = at(cured, k) + 1;
      }
    });
    if (options.entryState !== undefined) {
      now.forEach((j, id) => {
        if (before.has(id)) return;
        const cell = ENTRY * size + at(idx.bucket, j);
        accounts[cell] = at(accounts, cell) + 1;
        balance[cell] = at(balance, cell) + at(snapshots, j).balance;
      });
    }
    const period = at(idx.periods, p);
    for (let f = 0; f < size; f++) {
      for (let t = 0; t < size; t++) {
        const a = at(accounts, f * size + t);
        if (!(a > 0)) continue;
        const row: RollRateRow = {
          period,
          from: at(codes, f),
          to: at(codes, t),
          accounts: a,
          balance: at(balance, f * size + t),
        };
        CURE_DAY_FIELDS.forEach(
          (field, b) => (row[field] = t === 0 && f < nb ? at(cured, f * CURE_DAY_FIELDS.length + b) : 0),
        );
        out.push(row);
      }
    }
  }
  return out;
}
