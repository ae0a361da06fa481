/**
 * What the `records` adapter answers for a server query (the reference every SQL engine must equal): the
 * records a query selects, the adapter's monthly answer rolled up to the query's interval, and the filters
 * the equality tests sweep. Shared by sql-equals-records.test.ts and engines-equal.test.ts.
 */
import type { RecordSet } from '../../src/data/records.js';
import type { MetricName } from '../../src/model/metrics.js';
import type { ServerQuery } from '../../src/server/query.js';
import type { DimensionedRecords } from '../../src/server/seed/record-set.js';
import type { SimulatedPortfolio } from '../../src/server/seed/simulate.js';

/** The month `plus` months after `cohort` (YYYY-MM). */
export const monthOf = (cohort: string, plus: number) => {
  const i = Number(cohort.slice(0, 4)) * 12 + Number(cohort.slice(5, 7)) - 1 + plus;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const inMonths = (m: string, q: ServerQuery) => (!q.from || m >= q.from) && (!q.to || m <= q.to);

/**
 * The records the query selects, as documented in docs/warehouse-schema.md: dimensions on every record;
 * vintage cohorts in [from, to] observed up to `to`; recovery cohorts in [from, to] with payments up to `to`;
 * agent activity by month. Period-keyed rows are range-filtered by `recordsResponse` itself.
 */
export function restrict(records: DimensionedRecords, asOf: string, metric: MetricName, q: ServerQuery): RecordSet {
  const dims = (r: { product?: string; region?: string; team?: string; segment?: string }) =>
    (!q.segment || r.segment === q.segment) &&
    (metric === 'agents' || metric === 'quality' || metric === 'workload' || !q.product || r.product === q.product) &&
    (!q.region || r.region === q.region) &&
    ((metric !== 'agents' &&
      metric !== 'quality' &&
      metric !== 'promises' &&
      metric !== 'contact-hours' &&
      metric !== 'workload') ||
      !q.team ||
      r.team === q.team);
  // workload: a case's account months, charge-off and attempts are read whole (the collector's team and region filter).
  if (metric === 'workload')
    return {
      snapshots: records.snapshots,
      chargeOffs: records.chargeOffs,
      agentActivity: records.agentActivity.filter((a) => dims(a) && inMonths(a.date, q)),
      contactAttempts: records.contactAttempts,
      assignments: records.assignments,
      meta: { asOf },
    };
  return {
    snapshots: records.snapshots.filter(
      (s) => dims(s) && (metric !== 'vintage' || (inMonths(s.cohort, q) && (!q.to || s.period <= q.to))),
    ),
    chargeOffs: records.chargeOffs
      .filter((c) => dims(c) && inMonths(c.cohort, q))
      .map((c) => ({ ...c, recoveries: c.recoveries.filter((p) => !q.to || monthOf(c.cohort, p.month) <= q.to) })),
    agentActivity: records.agentActivity.filter((a) => dims(a) && inMonths(a.date, q)),
    complaints: records.complaints.filter(dims),
    contactAttempts: records.contactAttempts.filter(
      metric === 'promises' || metric === 'contact-hours' ? () => true : dims,
    ),
    promises: records.promises,
    experimentAssignments: records.experimentAssignments.filter(dims),
    scoredAccounts: records.scoredAccounts.filter(dims),
    qaCalls: records.qaCalls.filter(dims),
    customerOutcomes: records.customerOutcomes.filter(dims),
    // Evaluations carry no dimensions: every query keeps them (the latest before `from` still counts).
    agencyEvents: records.agencyEvents.filter((e) => e.kind === 'evaluation' || dims(e)),
    legalCases: records.legalCases.filter(dims),
    meta: { asOf },
  };
}

const cents = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
/** Rows with numbers to the cent, in a canonical order (to compare answers whatever their row order). */
export function normalise(rows: readonly object[]): Record<string, unknown>[] {
  return rows
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cents(v)])))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

const labelOf = (interval: string | undefined) => (month: string) =>
  interval === 'quarter'
    ? `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`
    : interval === 'year'
      ? month.slice(0, 4)
      : month;

/** Sums rows by their key fields (period relabelled); `stock`: keep each label's last month instead. */
function rollUp(
  rows: readonly object[],
  label: (m: string) => string,
  keys: string[],
  stock: boolean,
): Record<string, unknown>[] {
  const out = new Map<string, Record<string, unknown>>();
  const last = new Map<string, string>();
  if (stock)
    for (const r of rows as { period: string }[])
      last.set(label(r.period), r.period > (last.get(label(r.period)) ?? '') ? r.period : last.get(label(r.period))!);
  for (const r of rows as Record<string, unknown>[]) {
    const period = String(r.period);
    if (stock && last.get(label(period)) !== period) continue;
    const row: Record<string, unknown> = { ...r, period: label(period) };
    const key = keys.map((k) => String(row[k])).join('\u0000');
    const acc = out.get(key);
    if (!acc) out.set(key, row);
    else
      for (const [k, v] of Object.entries(row))
        if (typeof v === 'number' && !keys.includes(k)) acc[k] = (acc[k] as number) + v;
  }
  return [...out.values()];
}

/**
 * The records adapter's monthly answer rolled up to the query's interval, as the contract defines it:
 * stocks (overdue, exposure) at period end, flows summed; channel accounts counted once per period (from
 * the attempts, since monthly distinct counts do not add).
 */
export function expected(
  metric: MetricName,
  q: ServerQuery,
  js: { rows: object[]; exposure?: object[] },
  set: RecordSet,
) {
  const label = labelOf(q.interval);
  if (!q.interval || q.interval === 'month' || ['vintage', 'recovery', 'agents', 'legal'].includes(metric)) return js;
  switch (metric) {
    case 'overdue':
      return { rows: rollUp(js.rows, label, ['period', 'bucket'], true) };
    case 'roll-rates':
      return { rows: rollUp(js.rows, label, ['period', 'from', 'to'], false) };
    case 'complaints':
      return {
        rows: rollUp(js.rows, label, ['period', 'category', 'channel'], false),
        exposure: rollUp(js.exposure ?? [], label, ['period'], true),
      };
    case 'compliance':
      return { rows: rollUp(js.rows, label, ['period', 'rule'], false) };
    case 'experiments':
      return { rows: rollUp(js.rows, label, ['experiment', 'arm', 'period', 'horizonDays'], false) };
    case 'scores':
      return { rows: rollUp(js.rows, label, ['period', 'band'], false) };
    case 'quality': {
      // A rule row is there only for months with a violation: its calls and checked are the summed any row's.
      const rows = rollUp(js.rows, label, ['period', 'team', 'agentId', 'method', 'rule'], false);
      const cell = (r: Record<string, unknown>) => [r.period, r.team, r.agentId, r.method].map(String).join('\u0000');
      const any = new Map(rows.filter((r) => r.rule === 'any').map((r) => [cell(r), r]));
      return { rows: rows.map((r) => ({ ...r, calls: any.get(cell(r))?.calls, checked: any.get(cell(r))?.checked })) };
    }
    case 'promises':
      return { rows: rollUp(js.rows, label, ['period'], false) };
    case 'contact-hours':
      return { rows: rollUp(js.rows, label, ['period', 'weekday', 'hour', 'channel'], false) };
    case 'outcomes':
      return { rows: rollUp(js.rows, label, ['period', 'segment'], false) };
    case 'workload':
      return { rows: rollUp(js.rows, label, ['period', 'team'], false) };
    case 'agencies': {
      // lastEvaluation: the agency's latest evaluation in or before the period (not only in months with rows).
      const evaluations = (set.agencyEvents ?? []).filter((e) => e.kind === 'evaluation');
      return {
        rows: rollUp(js.rows, label, ['period', 'agency'], false).map(({ lastEvaluation: _l, ...r }) => {
          const last = evaluations
            .filter((e) => e.agency === r.agency && label(String(e.at).slice(0, 7)) <= String(r.period))
            .map((e) => String(e.at).slice(0, 10))
            .sort()
            .at(-1);
          return last ? { ...r, lastEvaluation: last } : r;
        }),
      };
    }
    default: {
      const groups = new Map<
        string,
        {
          period: string;
          channel: string;
          attempts: number;
          contacts: number;
          ids: Set<string>;
          cost: number;
          collected: number;
        }
      >();
      for (const a of set.contactAttempts as DimensionedRecords['contactAttempts']) {
        const month = new Date(String(a.at)).toISOString().slice(0, 7);
        if (!inMonths(month, q)) continue;
        const key = `${label(month)} ${a.channel}`;
        let g = groups.get(key);
        if (!g)
          groups.set(
            key,
            (g = {
              period: label(month),
              channel: a.channel!,
              attempts: 0,
              contacts: 0,
              ids: new Set(),
              cost: 0,
              collected: 0,
            }),
          );
        g.attempts++;
        if (a.answered) g.contacts++;
        g.ids.add(a.accountId!);
        g.cost += a.cost ?? 0;
        g.collected += a.collected ?? 0;
      }
      return { rows: [...groups.values()].map(({ ids, ...g }) => ({ ...g, accounts: ids.size })) };
    }
  }
}

/** Every filter the contract allows, alone and combined (interval: the one this backend serves). */
export function queries(
  tables: Pick<SimulatedPortfolio, 'account_period' | 'agents' | 'from' | 'to'>,
): Record<string, string>[] {
  const products = [...new Set(tables.account_period.map((r) => r.product))].sort();
  const regions = [...new Set(tables.account_period.map((r) => r.region))].sort();
  const teams = [...new Set(tables.agents.map((a) => a.team))].sort();
  const mid = monthOf(tables.from, 3);
  return [
    {},
    { interval: 'month' },
    { from: tables.from, to: tables.to, interval: 'month' },
    { from: mid },
    { to: mid },
    { from: monthOf(tables.from, 2), to: mid },
    { from: mid, to: mid },
    ...products.map((product) => ({ product })),
    ...regions.map((region) => ({ region })),
    ...teams.map((team) => ({ team })),
    { agency: 'agency-1' },
    { agency: 'yuanda-legal', region: regions[0]! },
    { interval: 'quarter' },
    { interval: 'year' },
    { interval: 'quarter', from: monthOf(tables.from, 1), to: monthOf(tables.from, 7), region: regions[0]! },
    { product: products[0]!, region: regions[1]!, from: monthOf(tables.from, 1), to: monthOf(tables.from, 5) },
    { region: regions[2]!, team: teams[0]!, from: mid },
    { product: 'no-such-product' },
  ];
}
