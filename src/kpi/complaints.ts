/** Complaint (投诉) trend: per 10,000 accounts, on-time and upheld rates, by category or channel. */
import type { ComplaintRow, ExposureRow } from '../model/rows.js';
import type { ComplaintBreakdown, ComplaintPeriod, ComplaintTrend, ComplaintTrendOptions } from './types.js';
import { checkAmount, checkAtMost, checkLabel, checkUnique, ratio } from './validate.js';
import { sortedEntries } from '../model/at.js';

interface Sums {
  received: number;
  closed: number;
  closedOnTime: number;
  upheld: number;
}

const zero = (): Sums => ({ received: 0, closed: 0, closedOnTime: 0, upheld: 0 });
const add = (a: Sums, b: Sums) => {
  a.received += b.received;
  a.closed += b.closed;
  a.closedOnTime += b.closedOnTime;
  a.upheld += b.upheld;
};

function summarise(
  period: string,
  s: Sums,
  byKey: Map<string, Sums>,
  accounts: number | null,
  per: number,
): ComplaintPeriod {
  const breakdown: ComplaintBreakdown[] = [...byKey.entries()]
    .map(([key, k]) => ({
      key,
      received: k.received,
      share: ratio(k.received, s.received),
      onTime: ratio(k.closedOnTime, k.closed),
      upheld: ratio(k.upheld, k.closed),
    }))
    .sort((a, b) => b.received - a.received || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const perAccounts =
    accounts === null ? { numerator: s.received, denominator: 0, rate: null } : ratio(s.received, accounts);
  if (perAccounts.rate !== null)
    perAccounts.rate = Number.isFinite(perAccounts.rate * per) ? perAccounts.rate * per : null;
  return {
    period,
    received: s.received,
    closed: s.closed,
    closedOnTime: s.closedOnTime,
    upheldCount: s.upheld,
    accounts,
    perAccounts,
    onTime: ratio(s.closedOnTime, s.closed),
    upheld: ratio(s.upheld, s.closed),
    breakdown,
  };
}

/**
 * Complaints by period (ascending): received; per `per` (default 10,000) accounts = received ÷ the
 * period's average active accounts × per (the exposure rows of the period averaged — one row is that
 * row; no row gives `accounts: null` and a null rate); on-time rate = closed on time ÷ closed; upheld
 * rate = upheld ÷ closed; and a breakdown by `category` (default) or `channel`, most received first,
 * with each key's share of the period's complaints. `total` sums all periods, its per-accounts rate
 * over the average of the periods' accounts (null when a period has no exposure).
 * Bad rows (negative, non-finite, closedOnTime or upheld > closed, duplicate period × category ×
 * channel; negative or non-finite exposure) throw `KpiInputError`.
 * @example complaintTrend(rows, exposure, { per: 10_000, by: 'category' }).periods[0].perAccounts.rate
 */
export function complaintTrend(
  rows: readonly ComplaintRow[],
  exposure: readonly ExposureRow[],
  options: ComplaintTrendOptions = {},
): ComplaintTrend {
  const per = options.per ?? 10_000;
  const by = options.by ?? 'category';
  const periods = new Map<string, { sums: Sums; byKey: Map<string, Sums> }>();
  const totalByKey = new Map<string, Sums>();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const period = checkLabel('complaint', i, 'period', row.period);
    const category = checkLabel('complaint', i, 'category', row.category);
    const channel = checkLabel('complaint', i, 'channel', row.channel);
    const key = `period ${period}, category ${category}, channel ${channel}`;
    checkUnique(seen, [period, category, channel], 'complaint', i, key, 'period, category and channel', 'category');
    const s: Sums = {
      received: checkAmount('complaint', i, key, 'received', row.received),
      closed: checkAmount('complaint', i, key, 'closed', row.closed),
      closedOnTime: checkAmount('complaint', i, key, 'closedOnTime', row.closedOnTime),
      upheld: checkAmount('complaint', i, key, 'upheld', row.upheld),
    };
    checkAtMost('complaint', i, key, 'closedOnTime', s.closedOnTime, 'closed', s.closed);
    checkAtMost('complaint', i, key, 'upheld', s.upheld, 'closed', s.closed);
    let p = periods.get(period);
    if (!p) periods.set(period, (p = { sums: zero(), byKey: new Map() }));
    add(p.sums, s);
    const k = by === 'channel' ? channel : category;
    for (const map of [p.byKey, totalByKey]) {
      let ks = map.get(k);
      if (!ks) map.set(k, (ks = zero()));
      add(ks, s);
    }
  });
  const exposureSums = new Map<string, { sum: number; n: number }>();
  exposure.forEach((row, i) => {
    const period = checkLabel('exposure', i, 'period', row.period);
    const accounts = checkAmount('exposure', i, `period ${period}`, 'accounts', row.accounts);
    const e = exposureSums.get(period) ?? { sum: 0, n: 0 };
    e.sum += accounts;
    e.n++;
    exposureSums.set(period, e);
  });
  const byPeriod = sortedEntries(periods);
  const labels = byPeriod.map(([period]) => period);
  const total = zero();
  let accountSum = 0;
  let allExposed = labels.length > 0;
  const out = byPeriod.map(([period, p]) => {
    add(total, p.sums);
    const e = exposureSums.get(period);
    const accounts = e ? e.sum / e.n : null;
    if (accounts === null) allExposed = false;
    else accountSum += accounts;
    return summarise(period, p.sums, p.byKey, accounts, per);
  });
  const totalLabel = labels.length ? `${labels[0]}/${labels[labels.length - 1]}` : '';
  return {
    per,
    by,
    periods: out,
    total: summarise(totalLabel, total, totalByKey, allExposed ? accountSum / labels.length : null, per),
  };
}
