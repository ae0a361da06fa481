/**
 * The customer segment dimension on a warehouse: the filters the equality matrix adds, additivity (each
 * metric's answers per segment, added with mergeResponses, equal the unfiltered answer exactly) and the
 * reconciliation of `outcomes` with `overdue`, `roll-rates` and `complaints` filtered by the same segment.
 */
import { expect } from 'vitest';
import { SEGMENT_METRICS } from '../../src/model/metrics.js';
import { mergeResponses, type MetricResponse } from '../../src/server/merge.js';
import type { CanonicalTables } from '../../src/server/seed/tables.js';
import { nonZero, outcomeCounts, segmentCounts } from '../support/segment-counts.js';
import { normalise } from './records-expected.js';

/** Runs one metric for a raw query on one engine. */
export type RunMetric = (metric: string, raw: Record<string, string>) => Promise<MetricResponse>;

/** The customer segments of a warehouse, sorted. */
export function segmentsOf(t: Pick<CanonicalTables, 'account_period'>): string[] {
  return [...new Set(t.account_period.map((r) => r.segment))].sort();
}

/** Segment filters alone and with the other dimensions and intervals. */
export function segmentQueries(t: CanonicalTables): Record<string, string>[] {
  const [a = 'other', b = a] = segmentsOf(t);
  const region = t.account_period[0]?.region ?? 'north';
  const product = t.account_period[0]?.product ?? 'cash-loan';
  return [
    { segment: a },
    { segment: b, interval: 'quarter' },
    { segment: a, region },
    { segment: b, product, interval: 'year' },
  ];
}

/** For overdue, roll-rates, complaints and outcomes: the segments' answers add up to the unfiltered one. */
export async function segmentsAddUp(run: RunMetric, t: CanonicalTables, label: string): Promise<void> {
  const segments = segmentsOf(t);
  expect(segments.length, `${label}: segments`).toBeGreaterThan(1);
  const region = t.account_period[0]?.region ?? 'north';
  for (const metric of SEGMENT_METRICS)
    for (const base of [{}, { interval: 'quarter' }, { region }] as Record<string, string>[]) {
      const all = await run(metric, base);
      const parts = await Promise.all(segments.map((segment) => run(metric, { ...base, segment })));
      const merged = mergeResponses(metric, parts);
      const what = `${label} ${metric} ${JSON.stringify(base)}`;
      expect(all.rows.length, what).toBeGreaterThan(0);
      expect(normalise(merged.rows), what).toEqual(normalise(all.rows));
      if (all.exposure) expect(normalise(merged.exposure ?? []), `${what} exposure`).toEqual(normalise(all.exposure));
    }
}

/** Per segment and month: outcomes' accounts, overdue, entered, cured, complained = the three metrics'. */
export async function segmentsReconcile(run: RunMetric, t: CanonicalTables, label: string): Promise<void> {
  const region = t.account_period[0]?.region ?? 'north';
  for (const segment of segmentsOf(t))
    for (const base of [{}, { region }] as Record<string, string>[]) {
      const q = { ...base, segment };
      const [outcomes, overdue, rolls, complaints] = await Promise.all(
        ['outcomes', 'overdue', 'roll-rates', 'complaints'].map((m) => run(m, q)),
      );
      const what = `${label} ${JSON.stringify(q)}`;
      const mine = outcomeCounts(outcomes?.rows ?? []);
      expect(mine.size, what).toBeGreaterThan(0);
      expect(mine, what).toEqual(
        nonZero(segmentCounts(overdue?.rows ?? [], rolls?.rows ?? [], complaints?.rows ?? [])),
      );
    }
}
