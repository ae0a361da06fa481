/**
 * The reference backend's `agencies` metric on the seeded warehouse: the agencies' recoveries are recovery
 * payments of their placed accounts (inside the recovery totals), commission 10–30 % of what they recover,
 * their complaints among the portfolio's, violations found, one agency's evaluation overdue at the as-of.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationOverdue } from '../../src/kpi/agencies.js';
import type { AgencyRow } from '../../src/model/rows.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
let rows: AgencyRow[];
beforeAll(async () => {
  fx = await seededFixture();
  const q = parseQuery({});
  rows = (await runMetric(fx.engine, 'agencies', q, boundFilters('agencies', q, {}), 30_000))
    .rows as unknown as AgencyRow[];
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;

describe('agencies on the seeded warehouse', () => {
  it('five agencies, each with placements, recoveries and checked calls', () => {
    const names = [...new Set(rows.map((r) => r.agency))].sort();
    expect(names).toHaveLength(5);
    for (const name of names) {
      const mine = rows.filter((r) => r.agency === name);
      expect(sum(mine.map((r) => r.accountsPlaced)), name).toBeGreaterThan(0);
      expect(sum(mine.map((r) => r.recovered)), name).toBeGreaterThan(0);
      expect(sum(mine.map((r) => r.callsChecked)), name).toBeGreaterThan(0);
    }
    expect(sum(rows.map((r) => r.violations))).toBeGreaterThan(0);
    expect(sum(rows.map((r) => r.complaints))).toBeGreaterThan(0);
  });

  it('recovered inside the recovery payments of the month; commission 10–30 % of recovered', () => {
    const paid = new Map<string, number>();
    for (const p of fx.tables.recovery_payments) {
      const m = p.paid_on.slice(0, 7);
      paid.set(m, (paid.get(m) ?? 0) + p.amount);
    }
    for (const [month, total] of paid) {
      const recovered = sum(rows.filter((r) => r.period === month).map((r) => r.recovered));
      expect(recovered, month).toBeLessThanOrEqual(Math.round(total * 100) / 100);
    }
    for (const r of rows.filter((x) => x.recovered >= 100)) {
      expect(r.commission / r.recovered, `${r.period} ${r.agency}`).toBeGreaterThanOrEqual(0.099);
      expect(r.commission / r.recovered, `${r.period} ${r.agency}`).toBeLessThanOrEqual(0.301);
    }
  });

  it('complaints about agencies are complaints of the portfolio without a collector', () => {
    const unassigned = fx.tables.complaints.filter((c) => c.agent_id === null).length;
    expect(sum(rows.map((r) => r.complaints))).toBeLessThanOrEqual(unassigned);
  });

  it('one agency lapsed: its last evaluation is over 12 months old at the as-of; the others are current', () => {
    const last = rows.at(-1)?.period ?? '';
    const latest = rows.filter((r) => r.period === last);
    const overdue = latest.filter((r) => evaluationOverdue(r.lastEvaluation ?? null, fx.tables.asOf));
    expect(overdue.map((r) => r.agency)).toEqual(['yuanda-legal']);
  });
});
