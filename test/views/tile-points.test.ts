import { describe, expect, it, vi } from 'vitest';

// A fresh module graph: another test file of the worker may have loaded every tile metric in the shared one
// (test/support/lazy-modules.ts, as the SVG renderer does); here the registry starts empty, as on an autoloader page.
async function freshRegistry() {
  vi.resetModules();
  return import('../../src/views/tile-points.js');
}

describe('tile metric modules, loaded with the metric a tile shows', () => {
  it('loads a metric on first use, and only that metric', async () => {
    const { tilePoints, tilePointsReady } = await freshRegistry();
    expect(() => tilePoints('recovery')).toThrow('collectkit: the KPI tile\'s "recovery" module has not loaded');
    const wait = tilePointsReady('recovery');
    expect(wait).toBeInstanceOf(Promise);
    expect(tilePointsReady('recovery')).toBe(wait);
    await wait;
    expect(tilePointsReady('recovery')).toBeUndefined();
    expect(typeof tilePoints('recovery')).toBe('function');
    expect(() => tilePoints('overdue')).toThrow(/"overdue" module has not loaded/);
  });

  it('names the tile metrics when asked for another', async () => {
    const { tilePoints, tilePointsReady } = await freshRegistry();
    expect(tilePointsReady('vintage')).toBeUndefined();
    expect(() => tilePoints('vintage')).toThrow(
      'collectkit: a KPI tile shows overdue, recovery, complaints, agents, roll-rates; not "vintage".',
    );
  });

  it('computes the same points as the KPI functions it wraps', async () => {
    const { tilePoints, tilePointsReady } = await freshRegistry();
    await tilePointsReady('overdue');
    const meta = { asOf: '2025-12-31T00:00:00Z', source: 'test', currency: 'CNY', definitionVersion: '2026.1' };
    // Per period: M0 and M1 accounts; the M1 rate is M1 ÷ all accounts (20/1000, 30/1000).
    const rows = [
      { period: '2025-11', bucket: 'M0', accounts: 980, balance: 98_000 },
      { period: '2025-11', bucket: 'M1', accounts: 20, balance: 2_000 },
      { period: '2025-12', bucket: 'M0', accounts: 970, balance: 97_000 },
      { period: '2025-12', bucket: 'M1', accounts: 30, balance: 3_000 },
    ];
    const points = tilePoints('overdue')(
      { meta, rows },
      { bucket: 'M1', basis: 'count', measure: undefined, net: false, compare: 'previous-period' },
    );
    expect(points.kind).toBe('rate');
    expect(points.list.map((p) => [p.period, p.numerator, p.denominator, p.rate])).toEqual([
      ['2025-11', 20, 1000, 0.02],
      ['2025-12', 30, 1000, 0.03],
    ]);
  });
});
