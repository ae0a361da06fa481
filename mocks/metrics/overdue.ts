/** `overdue` rows: accounts and balance per period × bucket (stocks at period end). */
import type { OverdueRow } from '../../src/model/rows.js';
import { daysOf } from '../calendar.js';
import { rngFor } from '../random.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { SegmentBook } from '../simulate/book.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { selectSegments } from '../select.js';

/** Accounts and balance per bucket at the end of reported month `r`, summed over `segments`. */
export function bucketTotals(
  p: Portfolio,
  segments: SegmentBook[],
  r: number,
): { accounts: number[]; balance: number[] } {
  const B = p.buckets.length;
  const accounts = new Array<number>(B).fill(0);
  const balance = new Array<number>(B).fill(0);
  for (const s of segments) {
    for (let b = 0; b < B; b++) {
      accounts[b]! += s.overdueAccounts[r * B + b]!;
      balance[b]! += s.overdueBalance[r * B + b]!;
    }
  }
  return { accounts, balance };
}

/** Builds `overdue` rows: one per period × bucket, all buckets including M0. */
export function overdueRows(p: Portfolio, q: ResolvedQuery): MetricResult<'overdue'> {
  const segments = selectSegments(p, q);
  const rows: OverdueRow[] = [];
  if (q.interval === 'day') return { rows: dailyOverdueRows(p, q, segments) };
  for (const group of periodGroups(q, p.start)) {
    const { accounts, balance } = bucketTotals(p, segments, group.months[group.months.length - 1]!);
    p.buckets.forEach((bucket, b) =>
      rows.push({ period: group.label, bucket, accounts: accounts[b]!, balance: balance[b]! }),
    );
  }
  return { rows };
}

/**
 * Daily `overdue` rows: month-end stocks interpolated linearly through the month, with a little
 * day-to-day noise and a weekend bump in early buckets (payments are not posted on weekends).
 */
function dailyOverdueRows(p: Portfolio, q: ResolvedQuery, segments: SegmentBook[]): OverdueRow[] {
  const rows: OverdueRow[] = [];
  const B = p.buckets.length;
  for (let r = q.first; r <= q.last; r++) {
    const end = bucketTotals(p, segments, r);
    const begin = r > 0 ? bucketTotals(p, segments, r - 1) : end;
    const days = daysOf(p.start + r);
    const rng = rngFor(p.options.seed, 'daily', r, segments.length);
    days.forEach((day, d) => {
      const w = (d + 1) / days.length;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const inRange = (!q.fromDay || day >= q.fromDay) && (!q.toDay || day <= q.toDay);
      for (let b = 0; b < B; b++) {
        const noise = d === days.length - 1 || b === 0 ? 1 : 1 + (rng() - 0.5) * 0.02 + (weekend && b <= 2 ? 0.015 : 0);
        if (!inRange) continue;
        const accounts = Math.max(
          0,
          Math.round((begin.accounts[b]! + (end.accounts[b]! - begin.accounts[b]!) * w) * noise),
        );
        const balance = Math.max(
          0,
          Math.round((begin.balance[b]! + (end.balance[b]! - begin.balance[b]!) * w) * noise),
        );
        rows.push({ period: day, bucket: p.buckets[b]!, accounts, balance });
      }
    });
  }
  return rows;
}
