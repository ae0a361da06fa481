/**
 * The promise funnel's SQL on DuckDB equals the `records` adapter on the same seeded rows, for every
 * filter the metric has and several grace periods; and it reconciles with the agents' SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsResponse } from '../../src/data/records.js';
import { validateResponse } from '../../src/data/validate.js';
import type { Query } from '../../src/model/metrics.js';
import type { PromiseFunnelRow } from '../../src/model/rows.js';
import { promiseFunnel } from '../../src/kpi/promises.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { toRecordSet, type DimensionedRecords } from '../../src/server/seed/record-set.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let records: DimensionedRecords;

beforeAll(async () => {
  fx = await seededFixture();
  records = toRecordSet(fx.tables);
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

const cents = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
const normalise = (rows: readonly object[]) =>
  rows
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cents(v)])))
    .sort((a, b) => (String(a.period) < String(b.period) ? -1 : 1));
const label = (interval: string | undefined, m: string) =>
  interval === 'quarter'
    ? `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`
    : interval === 'year'
      ? m.slice(0, 4)
      : m;

/** The records adapter's monthly rows, rolled up to the query's interval (every field a flow: summed). */
function expected(raw: Record<string, string>): Record<string, unknown>[] {
  const { interval, ...rest } = raw;
  const monthly = recordsResponse({ ...records, meta: { asOf: fx.tables.asOf } }, 'promises', rest as Query).rows;
  const out = new Map<string, Record<string, number | string>>();
  for (const r of monthly) {
    const period = label(interval, r.period);
    const acc = out.get(period);
    if (!acc) out.set(period, { ...r, period });
    else for (const [k, v] of Object.entries(r)) if (k !== 'period') acc[k] = (acc[k] as number) + (v as number);
  }
  return [...out.values()];
}

async function sql(raw: Record<string, string>): Promise<Record<string, unknown>[]> {
  const q = parseQuery(raw);
  const { rows } = await runMetric(fx.engine, 'promises', q, boundFilters('promises', q, {}), 30_000);
  return rows;
}

describe('promises: SQL on DuckDB = the records adapter, seeded portfolio', () => {
  const mid = '2024-04';
  const queries: Record<string, string>[] = [
    {},
    { from: '2024-02', to: mid },
    { from: mid, to: mid },
    { grace: '3' },
    { grace: '10', from: '2024-03' },
    { product: 'credit-card' },
    { region: 'east' },
    { team: 'early-a' },
    { team: 'late', region: 'west', grace: '5' },
    { interval: 'quarter' },
    { interval: 'year', grace: '2' },
    { product: 'no-such-product' },
  ];

  it('the seed has promises of every outcome, pending ones, and broken ones followed up early, late and never', () => {
    const f = promiseFunnel(expected({}) as unknown as PromiseFunnelRow[]).total;
    expect(f.kept).toBeGreaterThan(20);
    expect(f.partlyKept).toBeGreaterThan(5);
    expect(f.broken).toBeGreaterThan(5);
    expect(f.pending).toBeGreaterThan(0);
    // The seed works an account a few times a month, so most next contacts come days later.
    expect(f.followUpOver72h).toBeGreaterThan(5);
    expect(f.followUpNone).toBeGreaterThan(0);
    expect(f.followUpUnder24h + f.followUp24To48h + f.followUp48To72h).toBeGreaterThan(0);
  });

  it.each(queries)('every filter: %j', async (raw) => {
    const rows = await sql(raw);
    validateResponse('promises', { meta: { asOf: fx.tables.asOf }, rows });
    expect(normalise(rows)).toEqual(normalise(expected(raw)));
    if (raw.product !== 'no-such-product') expect(rows.length).toBeGreaterThan(0);
    expect(() => promiseFunnel(rows as unknown as PromiseFunnelRow[])).not.toThrow();
  });

  it('grace turns late full payments into kept promises and moves maturity later', async () => {
    const none = promiseFunnel((await sql({})) as unknown as PromiseFunnelRow[]).total;
    const grace = promiseFunnel((await sql({ grace: '5' })) as unknown as PromiseFunnelRow[]).total;
    expect(grace.keptRate.rate!).toBeGreaterThan(none.keptRate.rate!);
    expect(grace.matured + grace.pending).toBe(none.matured + none.pending);
  });

  it("the funnel's steps equal the agents' SQL (team filter too), and matured / kept their promises due / kept", async () => {
    for (const raw of [{}, { team: 'mid' }, { from: '2024-03', to: '2024-06' }] as Record<string, string>[]) {
      const q = parseQuery(raw);
      const agents = (await runMetric(fx.engine, 'agents', q, boundFilters('agents', q, {}), 30_000)).rows;
      const funnel = await sql(raw);
      const sum = (rows: Record<string, unknown>[], k: string) => rows.reduce((a, r) => a + Number(r[k]), 0);
      expect(sum(funnel, 'rightPartyContacts'), JSON.stringify(raw)).toBe(sum(agents, 'rightPartyContacts'));
      expect(sum(funnel, 'attempts')).toBe(sum(agents, 'dials'));
      expect(sum(funnel, 'promises')).toBe(sum(agents, 'promises'));
      // Agents count promises due by due month, whatever the as-of day; the funnel only matured ones.
      expect(sum(funnel, 'kept')).toBeLessThanOrEqual(sum(agents, 'promisesKept'));
    }
  });

  it('refuses a grace that is not whole days', () => {
    expect(() => parseQuery({ grace: '-1' })).toThrow(/grace/);
    expect(() => parseQuery({ grace: '1.5' })).toThrow(/grace/);
  });
});
