import { afterAll, beforeAll, expect, it } from 'vitest';
import { runMetric, SERVER_METRICS } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { boundFilters } from '../../src/server/scope.js';
import { simulateTables } from '../../src/server/seed/simulate.js';
import { loadEverywhere, type EngineSet } from './engines-support.js';
import { SMALL } from './support.js';

let set: EngineSet;
beforeAll(async () => {
  const t = simulateTables(SMALL);
  const t0 = Date.now();
  set = await loadEverywhere('scratch', t, t.asOf);
  console.log('load', Date.now() - t0);
}, 120_000);
afterAll(() => set?.dispose());

for (const metric of SERVER_METRICS) for (const raw of [{}, { interval: 'quarter', region: 'north' }]) {
  it(`${metric} ${JSON.stringify(raw)}`, async () => {
    const q = parseQuery(raw);
    const f = boundFilters(metric, q, {});
    const d = await runMetric(set.engines.duckdb, metric, q, f, 30_000);
    for (const e of ['chdb', 'postgres'] as const) {
      const t0 = Date.now();
      const r = await runMetric(set.engines[e], metric, q, f, 30_000);
      console.log(metric, e, Date.now() - t0, 'ms');
      expect(r, e).toEqual(d);
    }
  });
}
