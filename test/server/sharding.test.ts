/**
 * Additive, so it scales out: the seeded accounts split into 4 shards by debtor (each account whole in
 * one shard, with the other accounts of its debtor, agent_hours by agent, the agents table in every shard), every metric computed per shard and
 * added with `mergeResponses` gives exactly the response of the unsharded warehouse: same rows, same order,
 * same numbers to the bit. Plus mergeResponses' own contract on hand-made responses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { CN_RULES_STATEMENT, mergeResponses } from '../../src/server/merge.js';
import { metricTemplate, runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { simulateTables } from '../../src/server/seed/simulate.js';
import type { CanonicalTables } from '../../src/server/seed/tables.js';
import { writeTables } from '../../src/server/seed/write-duckdb.js';
import { HOOK_DEADLINE, SMALL } from './support.js';

const SHARDS = 4;

/** Shard of a key (FNV-1a of its text), as a deployment's router might place accounts. */
function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/**
 * The tables of shard `s`: rows of its accounts, hours of its agents, every agent. An account goes where its
 * debtor goes (contact_attempts.debtor_id, else the account itself): cn-gbt-2025/conversations-per-day counts
 * per debtor and local day, so a debtor holding several accounts must be whole in one shard.
 */
function shard(t: CanonicalTables, s: number): CanonicalTables {
  const debtorOf = new Map<string, string>();
  for (const a of t.contact_attempts) if (a.debtor_id) debtorOf.set(a.account_id, a.debtor_id);
  const mine = (r: { account_id: string }) => shardOf(debtorOf.get(r.account_id) ?? r.account_id) === s;
  // QA checks follow the attempt they checked, and violations their check: both stay with the account.
  const attempts = new Set(t.contact_attempts.filter(mine).map((a) => a.attempt_id));
  const checks = t.qa_checks.filter((c) => attempts.has(c.attempt_id));
  const checkIds = new Set(checks.map((c) => c.check_id));
  return {
    qa_checks: checks,
    qa_violations: t.qa_violations.filter((v) => checkIds.has(v.check_id)),
    ...(t.experiment_assignments ? { experiment_assignments: t.experiment_assignments.filter(mine) } : {}),
    ...(t.scores ? { scores: t.scores.filter(mine) } : {}),
    ...(t.customer_outcomes ? { customer_outcomes: t.customer_outcomes.filter(mine) } : {}),
    // Agency events stay with their account; every shard holds every evaluation (like the agents table).
    ...(t.agency_events ? { agency_events: t.agency_events.filter(mine) } : {}),
    ...(t.agency_evaluations ? { agency_evaluations: t.agency_evaluations } : {}),
    ...(t.legal_cases ? { legal_cases: t.legal_cases.filter(mine) } : {}),
    account_period: t.account_period.filter(mine),
    charge_offs: t.charge_offs.filter(mine),
    recovery_payments: t.recovery_payments.filter(mine),
    contact_attempts: t.contact_attempts.filter(mine),
    promises: t.promises.filter(mine),
    assignments: t.assignments.filter(mine),
    complaints: t.complaints.filter(mine),
    agent_hours: t.agent_hours.filter((h) => shardOf(h.agent_id) === s),
    agents: t.agents,
  };
}

const tables = simulateTables(SMALL);
let dir: string;
let whole: Engine;
const shards: Engine[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collectkit-shards-'));
  await writeTables(tables, { out: join(dir, 'whole.duckdb'), asOf: tables.asOf });
  whole = await openDuckDb(join(dir, 'whole.duckdb'), { connections: 2, threads: 1 });
  for (let s = 0; s < SHARDS; s++) {
    await writeTables(shard(tables, s), { out: join(dir, `shard-${s}.duckdb`), asOf: tables.asOf });
    shards.push(await openDuckDb(join(dir, `shard-${s}.duckdb`), { connections: 1, threads: 1 }));
  }
}, HOOK_DEADLINE);
afterAll(() => {
  for (const e of [whole, ...shards]) e?.close();
  rmSync(dir, { recursive: true, force: true });
});

const FILTERS: Record<string, string>[] = [
  {},
  { interval: 'quarter' },
  { interval: 'year' },
  { region: 'north' },
  { product: 'cash-loan', from: '2024-03', to: '2024-08' },
  { from: '2024-04', to: '2024-04' },
  { team: 'early-a' },
  { interval: 'quarter', from: '2024-02', to: '2024-07' },
];

describe('4 shards by account, added, = the whole warehouse', () => {
  it('every account, attempt and complaint is in exactly one shard, and every shard holds some', () => {
    const sizes = [0, 1, 2, 3].map((s) => shard(tables, s).account_period.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(tables.account_period.length);
    expect(Math.min(...sizes)).toBeGreaterThan(tables.account_period.length / 8);
  });

  for (const metric of SERVER_METRICS) {
    it(`${metric}: merged shard responses equal the unsharded response`, async () => {
      for (const raw of FILTERS) {
        const q = parseQuery(raw);
        const filters = boundFilters(metric, q, {});
        const expected = await runMetric(whole, metric, q, filters, 30_000);
        const parts = await Promise.all(shards.map((e) => runMetric(e, metric, q, filters, 30_000)));
        expect(
          parts.filter((p) => p.rows.length).length,
          `${metric} ${JSON.stringify(raw)}: shards with rows`,
        ).toBeGreaterThan(expected.rows.length ? 1 : -1);
        const merged = mergeResponses(metric, parts);
        expect(merged, `${metric} ${JSON.stringify(raw)}`).toEqual(expected);
      }
    });
  }
});

describe('workload: teams need not be whole in a shard, accounts must be', () => {
  let dir2: string;
  const byAgent: Engine[] = [];
  beforeAll(async () => {
    dir2 = mkdtempSync(join(tmpdir(), 'collectkit-shards-agent-'));
    for (let s = 0; s < SHARDS; s++) {
      // The same shards, but each assignment goes with its collector instead of its account.
      const t = { ...shard(tables, s), assignments: tables.assignments.filter((a) => shardOf(a.agent_id) === s) };
      await writeTables(t, { out: join(dir2, `agent-${s}.duckdb`), asOf: tables.asOf });
      byAgent.push(await openDuckDb(join(dir2, `agent-${s}.duckdb`), { connections: 1, threads: 1 }));
    }
  }, HOOK_DEADLINE);
  afterAll(() => {
    for (const e of byAgent) e.close();
    rmSync(dir2, { recursive: true, force: true });
  });

  it('sharded by account, every team has cases in several shards and the sum is exact', async () => {
    const q = parseQuery({});
    const filters = boundFilters('workload', q, {});
    const parts = await Promise.all(shards.map((e) => runMetric(e, 'workload', q, filters, 30_000)));
    const teams = new Set(tables.agents.map((a) => a.team));
    for (const team of teams) {
      const holding = parts.filter((p) => p.rows.some((r) => r.team === team && Number(r.inventory) > 0));
      expect(holding.length, team).toBeGreaterThan(1);
    }
    expect(mergeResponses('workload', parts)).toEqual(await runMetric(whole, 'workload', q, filters, 30_000));
  });

  it('assignments apart from their accounts (sharded by collector) no longer add up', async () => {
    const q = parseQuery({});
    const filters = boundFilters('workload', q, {});
    const parts = await Promise.all(byAgent.map((e) => runMetric(e, 'workload', q, filters, 30_000)));
    const expected = await runMetric(whole, 'workload', q, filters, 30_000);
    const merged = mergeResponses('workload', parts);
    const total = (rows: readonly Record<string, unknown>[], f: string) => rows.reduce((a, r) => a + Number(r[f]), 0);
    // Inventory and hours still add up; the cases' outcomes and dials, read from their accounts, do not.
    expect(total(merged.rows, 'inventory')).toBe(total(expected.rows, 'inventory'));
    expect(total(merged.rows, 'casesDialled')).toBeLessThan(total(expected.rows, 'casesDialled'));
    expect(merged).not.toEqual(expected);
  });
});

describe('mergeResponses', () => {
  it('adds counts and amounts exactly (in cents), keeps key order and buckets in bucket order', () => {
    const a = {
      meta: { asOf: '2024-05-31T23:59:59Z' },
      rows: [{ period: '2024-05', from: 'M1', to: 'M2', accounts: 1, balance: 0.1 }],
    };
    const b = {
      meta: { asOf: '2024-06-30T23:59:59Z' },
      rows: [
        { period: '2024-05', from: 'M0', to: 'M1', accounts: 2, balance: 0.2 },
        { period: '2024-05', from: 'M1', to: 'M2', accounts: 3, balance: 0.2 },
      ],
    };
    const before = JSON.stringify([a, b]);
    expect(mergeResponses('roll-rates', [a, b])).toEqual({
      meta: { asOf: '2024-06-30T23:59:59Z' },
      rows: [
        { period: '2024-05', from: 'M0', to: 'M1', accounts: 2, balance: 0.2 },
        { period: '2024-05', from: 'M1', to: 'M2', accounts: 4, balance: 0.3 },
      ],
    });
    expect(JSON.stringify([a, b])).toBe(before);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('adds per-cohort totals once per shard and repeats them on every row of the cohort', () => {
    const a = {
      rows: [
        { cohort: '2024-01', month: 0, chargedOff: 100, recovered: 1, fees: 0 },
        { cohort: '2024-01', month: 1, chargedOff: 100, recovered: 2, fees: 1 },
      ],
    };
    const b = { rows: [{ cohort: '2024-01', month: 0, chargedOff: 50, recovered: 5, fees: 0 }] };
    expect(mergeResponses('recovery', [a, b]).rows).toEqual([
      { cohort: '2024-01', month: 0, chargedOff: 150, recovered: 6, fees: 0 },
      { cohort: '2024-01', month: 1, chargedOff: 150, recovered: 2, fees: 1 },
    ]);
  });

  it('compliance: the rows of compliance-cn-rules.sql come after all of compliance.sql, as runMetric sends them', () => {
    const rulesInSql = [...metricTemplate('compliance-cn-rules').matchAll(/SELECT \d+(?: AS k)?, '([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(rulesInSql).toEqual([...CN_RULES_STATEMENT]);
    const row = (period: string, rule: string, breaches: number) => ({ period, rule, checked: 10, breaches });
    const a = {
      rows: [row('2024-01', 'us-reg-f/7-in-7', 1), row('2024-01', 'cn-gbt-2025/quiet-hours', 2)],
    };
    const b = {
      rows: [
        row('2024-01', 'us-reg-f/7-in-7', 1),
        row('2024-02', 'us-reg-f/7-in-7', 3),
        row('2024-01', 'cn-gbt-2025/quiet-hours', 1),
        row('2024-02', 'cn-gbt-2025/quiet-hours', 4),
      ],
    };
    expect(mergeResponses('compliance', [a, b]).rows).toEqual([
      { period: '2024-01', rule: 'us-reg-f/7-in-7', checked: 20, breaches: 2 },
      { period: '2024-02', rule: 'us-reg-f/7-in-7', checked: 10, breaches: 3 },
      { period: '2024-01', rule: 'cn-gbt-2025/quiet-hours', checked: 20, breaches: 3 },
      { period: '2024-02', rule: 'cn-gbt-2025/quiet-hours', checked: 10, breaches: 4 },
    ]);
  });

  it('adds sums of squares and probabilities (4 decimals) exactly', () => {
    const row = (collectedSq: number) => ({
      experiment: 'e',
      arm: 'a',
      period: '2024-01',
      horizonDays: 30,
      accounts: 1,
      collectedSq,
    });
    // 0.0001 + 0.0002 in doubles is 0.00030000000000000003; cents would round both to 0.
    expect(mergeResponses('experiments', [{ rows: [row(0.0001)] }, { rows: [row(0.0002)] }]).rows).toEqual([
      { ...row(0.0003), accounts: 2 },
    ]);
    const score = (predicted: number) => ({ period: '2024-01', band: 'A', accounts: 1, predicted });
    expect(mergeResponses('scores', [{ rows: [score(0.1234)] }, { rows: [score(0.4321)] }]).rows).toEqual([
      { ...score(0.5555), accounts: 2 },
    ]);
  });

  it('adds the complaint exposure by period; refuses a metric it does not know', () => {
    const a = { rows: [], exposure: [{ period: '2024-01', accounts: 10 }] };
    const b = {
      rows: [],
      exposure: [
        { period: '2024-01', accounts: 5 },
        { period: '2024-02', accounts: 1 },
      ],
    };
    expect(mergeResponses('complaints', [a, b]).exposure).toEqual([
      { period: '2024-01', accounts: 15 },
      { period: '2024-02', accounts: 1 },
    ]);
    expect(() => mergeResponses('weather', [a])).toThrow(/unknown metric "weather"/);
  });
});

describe('quality: rule rows only where violated, still additive', () => {
  const q = (
    period: string,
    agentId: string,
    method: string,
    rule: string,
    calls: number,
    checked: number,
    violations: number,
    scoreSum = 0,
  ) => ({ period, team: 't', agentId, name: agentId, method, rule, calls, checked, violations, scoreSum });

  it('a rule violated in one shard only takes the merged any row’s calls and checked; rules in QA order', () => {
    // Shard a lists outside-hours before threats could be seen; shard b never violated outside-hours.
    const a = {
      rows: [q('2024-01', 'x', 'ai', 'any', 100, 90, 2, 8000), q('2024-01', 'x', 'ai', 'outside-hours', 100, 90, 2)],
    };
    const b = {
      rows: [
        q('2024-01', 'x', 'ai', 'any', 50, 40, 1, 3600),
        q('2024-01', 'x', 'ai', 'threats', 50, 40, 1),
        q('2024-01', 'y', 'ai', 'any', 10, 10, 0, 900),
      ],
    };
    expect(mergeResponses('quality', [a, b]).rows).toEqual([
      q('2024-01', 'x', 'ai', 'any', 150, 130, 3, 11600),
      q('2024-01', 'x', 'ai', 'threats', 150, 130, 1),
      q('2024-01', 'x', 'ai', 'outside-hours', 150, 130, 2),
      q('2024-01', 'y', 'ai', 'any', 10, 10, 0, 900),
    ]);
  });

  it('on the seeded shards some rule rows come from one shard only, and the merge equals the whole', async () => {
    for (const raw of [{}, { interval: 'quarter' }]) {
      const query = parseQuery(raw);
      const filters = boundFilters('quality', query, {});
      const parts = await Promise.all(shards.map((e) => runMetric(e, 'quality', query, filters, 30_000)));
      const expected = await runMetric(whole, 'quality', query, filters, 30_000);
      const id = (r: Record<string, unknown>) =>
        `${String(r.period)}/${String(r.agentId)}/${String(r.method)}/${String(r.rule)}`;
      const holders = new Map<string, number>();
      for (const p of parts) for (const r of p.rows) holders.set(id(r), (holders.get(id(r)) ?? 0) + 1);
      const single = expected.rows.filter((r) => r.rule !== 'any' && holders.get(id(r)) === 1);
      expect(single.length, JSON.stringify(raw)).toBeGreaterThan(0);
      // Their calls in the whole are more than the one shard's: the merge must take them from the any row.
      expect(single.some((r) => parts.every((p) => !p.rows.some((x) => id(x) === id(r) && x.calls === r.calls)))).toBe(
        true,
      );
      expect(expected.rows.every((r) => r.rule === 'any' || Number(r.violations) > 0)).toBe(true);
      expect(mergeResponses('quality', parts)).toEqual(expected);
    }
  });
});
