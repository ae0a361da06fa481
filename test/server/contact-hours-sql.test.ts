/** contact-hours on DuckDB: local weekday and hour from each consumer's zone, and a month's cells = its funnel row. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactHeatmap } from '../../src/kpi/contact-hours.js';
import type { ContactHourRow } from '../../src/model/rows.js';
import { runMetric } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await seededFixture();
}, HOOK_DEADLINE);
afterAll(() => fx?.dispose());

async function rows(metric: string, raw: Record<string, string>): Promise<Record<string, unknown>[]> {
  const q = parseQuery(raw);
  return (await runMetric(fx.engine, metric, q, boundFilters(metric, q, {}), 30_000)).rows;
}

describe('contact-hours SQL', () => {
  it.each([
    {},
    { team: 'late' },
    { region: 'north', from: '2024-03', to: '2024-05' },
    { interval: 'quarter' },
  ] as Record<string, string>[])('cells add up to the funnel steps per period: %j', async (raw) => {
    const hours = await rows('contact-hours', raw);
    const funnel = await rows('promises', raw);
    expect(hours.length).toBeGreaterThan(20);
    for (const f of funnel.filter((r) => Number(r.attempts) > 0)) {
      const cells = hours.filter((h) => h.period === f.period);
      for (const k of ['attempts', 'contacts', 'rightPartyContacts', 'promises']) {
        expect(
          cells.reduce((a, c) => a + Number(c[k]), 0),
          `${String(f.period)} ${k}`,
        ).toBe(Number(f[k]));
      }
    }
  });

  it("reads hours in the consumer's zone: the seed calls 08:00–20:59 local time, plus a few odd hours (06, 07, 21–23)", async () => {
    const h = contactHeatmap((await rows('contact-hours', {})) as unknown as ContactHourRow[]);
    const byHour = Array.from({ length: 24 }, (_, hour) => h.cells.reduce((a, day) => a + day[hour]!.attempts, 0));
    for (const hour of [0, 1, 2, 3, 4, 5]) expect(byHour[hour], `hour ${hour}`).toBe(0);
    expect(byHour[12]!).toBeGreaterThan(3 * byHour[6]!);
    expect(byHour[22]!).toBeGreaterThan(0);
  });
});
