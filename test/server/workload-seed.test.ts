/**
 * The seeded warehouse gives every team of the workload plausible cases (issue #14: the field team had none):
 * inventory, agents, cases per agent, coverage and attempts per case in range for every team, and the field
 * team's cases are M3+ accounts whose visits its collectors make.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/data/validate.js';
import { workload } from '../../src/kpi/workload.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { SEED_TEAMS } from '../../src/server/seed/catalog.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

describe('seeded workload', () => {
  it('every team has cases, agents and plausible ratios over the whole range', async () => {
    const q = parseQuery({ interval: 'year' });
    const { rows } = await runMetric(fx.engine, 'workload', q, boundFilters('workload', q, {}), 30_000);
    const points = workload(validateResponse('workload', { meta: { asOf: fx.tables.asOf }, rows }).rows);
    for (const team of SEED_TEAMS.map((t) => t.code)) {
      const mine = points.filter((p) => p.team === team);
      expect(mine.length, team).toBeGreaterThan(0);
      const inventory = mine.reduce((a, p) => a + p.inventory, 0);
      const fte = mine.reduce((a, p) => a + p.fte, 0);
      const dialled = mine.reduce((a, p) => a + p.coverage.numerator, 0);
      expect(inventory, team).toBeGreaterThan(0);
      expect(fte, team).toBeGreaterThan(0);
      expect(dialled / inventory, `${team} coverage`).toBeGreaterThan(0.3);
      expect(dialled / inventory, `${team} coverage`).toBeLessThanOrEqual(1);
    }
  });

  it("the field team's cases are accounts at M3 or later when handed over", () => {
    const field = new Set(fx.tables.agents.filter((a) => a.team === 'field').map((a) => a.agent_id));
    // Cases are handed over on the first of the month by the bucket of the month-end before (prev_dpd).
    const dpd = new Map(fx.tables.account_period.map((r) => [`${r.account_id}|${r.period}`, r.prev_dpd]));
    const theirs = fx.tables.assignments.filter((s) => field.has(s.agent_id));
    expect(theirs.length).toBeGreaterThan(0);
    const known = theirs.map((s) => dpd.get(`${s.account_id}|${s.assigned_on.slice(0, 8)}01`)).filter((d) => d != null);
    expect(known.length).toBeGreaterThan(theirs.length / 2); // (no prev_dpd in the first month of the table)
    for (const d of known) expect(d).toBeGreaterThan(60);
  });
});
