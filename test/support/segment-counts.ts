/**
 * What the `outcomes` metric must say of one customer segment, read from the `overdue`, `roll-rates` and
 * `complaints` answers filtered by that segment (month interval): per period, account-months and past-due
 * account-months (all buckets; all but the first), accounts in the second bucket at the previous month end
 * (`entered`: every roll-rates row from it) and those in the first bucket now (`cured`), complaints received.
 */
type Row = object;
const fields = (r: Row) => r as Record<string, unknown>;

/** The counts of one period. */
export interface SegmentCounts {
  accounts: number;
  overdue: number;
  entered: number;
  cured: number;
  complained: number;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** Per period, the `outcomes` counts the three metrics' rows imply (buckets: the first is current, the second M1). */
export function segmentCounts(
  overdue: readonly Row[],
  rolls: readonly Row[],
  complaints: readonly Row[],
  buckets: readonly string[] = ['M0', 'M1'],
): Map<string, SegmentCounts> {
  const [m0, m1] = buckets;
  const out = new Map<string, SegmentCounts>();
  const of = (period: unknown) => {
    const key = String(period);
    let c = out.get(key);
    if (!c) out.set(key, (c = { accounts: 0, overdue: 0, entered: 0, cured: 0, complained: 0 }));
    return c;
  };
  for (const r of overdue.map(fields)) {
    const c = of(r.period);
    c.accounts += num(r.accounts);
    if (r.bucket !== m0) c.overdue += num(r.accounts);
  }
  for (const r of rolls.map(fields)) {
    if (r.from !== m1) continue;
    const c = of(r.period);
    c.entered += num(r.accounts);
    if (r.to === m0) c.cured += num(r.accounts);
  }
  for (const r of complaints.map(fields)) of(r.period).complained += num(r.received);
  return out;
}

/** The same counts from `outcomes` rows of one segment, per period (periods with nothing left out). */
export function outcomeCounts(rows: readonly Row[]): Map<string, SegmentCounts> {
  const out = new Map<string, SegmentCounts>();
  for (const r of rows.map(fields)) {
    const c: SegmentCounts = {
      accounts: num(r.accounts),
      overdue: num(r.overdue),
      entered: num(r.entered),
      cured: num(r.cured),
      complained: num(r.complained),
    };
    if (Object.values(c).some((v) => v !== 0)) out.set(String(r.period), c);
  }
  return out;
}

/** Drops periods whose counts are all zero (a metric may omit them). */
export function nonZero(counts: Map<string, SegmentCounts>): Map<string, SegmentCounts> {
  return new Map([...counts].filter(([, c]) => Object.values(c).some((v) => v !== 0)));
}
