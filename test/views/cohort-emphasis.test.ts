import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AVERAGE_KEY, emphasiseLatest } from '../../src/views/cohort-emphasis.js';
import { recoverySeries } from '../../src/views/recovery-series.js';
import { renderChartSvg } from '../../src/svg/index.js';
import type { RecoveryRow } from '../../src/model/rows.js';
import type { PointSeries } from '../../src/views/point-series.js';
import { expectGolden } from '../support/golden.js';

/** A cohort curve from (numerator, denominator) pairs at months 1…n; points from `projectedFrom` on are projected. */
function cohort(key: string, points: [number, number][], projectedFrom?: number): PointSeries {
  return {
    key,
    label: key,
    xs: Float64Array.from(points, (_, i) => i + 1),
    ys: Float64Array.from(points, ([n, d]) => n / d),
    labels: points.map((_, i) => String(i + 1)),
    numerators: Float64Array.from(points, ([n]) => n),
    denominators: Float64Array.from(points, ([, d]) => d),
    ...(projectedFrom === undefined ? {} : { projectedFrom }),
  };
}
const label = 'Average of all cohorts';

describe('emphasiseLatest', () => {
  it('leaves seven or fewer cohorts as they are, each in its own colour', () => {
    const seven = Array.from({ length: 7 }, (_, i) => cohort(`c${i}`, [[1, 10]]));
    const out = emphasiseLatest(seven, { latest: 3, averageLabel: label });
    expect(out).toEqual(seven);
    expect(out.some((s) => s.tone)).toBe(false);
  });

  it('recedes all but the latest cohorts, colours the newest first, and adds the pooled average (hand-checked)', () => {
    // 8 cohorts; cohort k has recovered k at month 1 (of 100) and, for the 6 oldest, 2k at month 2 (of 100).
    // The two newest are projected at month 2 and do not count in the average there.
    const series = Array.from({ length: 8 }, (_, k) =>
      cohort(
        `c${k}`,
        [
          [k, 100],
          [2 * k, 100],
        ],
        k >= 6 ? 1 : undefined,
      ),
    );
    const out = emphasiseLatest(series, { latest: 3, averageLabel: label });
    expect(out.map((s) => [s.key, s.tone ?? 'colour', s.colorIndex ?? null])).toEqual([
      ['c0', 'context', null],
      ['c1', 'context', null],
      ['c2', 'context', null],
      ['c3', 'context', null],
      ['c4', 'context', null],
      ['c5', 'colour', 2],
      ['c6', 'colour', 1],
      ['c7', 'colour', 0],
      [AVERAGE_KEY, 'reference', null],
    ]);
    const average = out[8]!;
    expect(average.label).toBe(label);
    // Month 1: (0+1+…+7) / 800 = 28/800 = 3.5 %. Month 2: 2·(0+1+…+5) / 600 = 30/600 = 5 % (c6, c7 projected).
    expect([...average.xs]).toEqual([1, 2]);
    expect([...average.ys]).toEqual([28 / 800, 30 / 600]);
    expect([...average.numerators]).toEqual([28, 30]);
    expect([...average.denominators]).toEqual([800, 600]);
  });

  it('keeps every cohort in colour with latest 0 (highlight="all")', () => {
    const series = Array.from({ length: 12 }, (_, k) => cohort(`c${k}`, [[k, 100]]));
    expect(emphasiseLatest(series, { latest: 0, averageLabel: label })).toEqual(series);
  });

  it('draws the pooled average inside the range of the cohorts at every month (it is a weighted mean), whatever the data', () => {
    const curve = fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(curve, { minLength: 8, maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (curves, latest) => {
          const series = curves.map((c, k) => cohort(`c${k}`, c));
          const out = emphasiseLatest(series, { latest, averageLabel: label });
          expect(out.filter((s) => s.tone === undefined)).toHaveLength(latest);
          expect(out.filter((s) => s.tone === 'context')).toHaveLength(series.length - latest);
          const average = out.find((s) => s.key === AVERAGE_KEY)!;
          average.xs.forEach((x, i) => {
            const at = series.map((s) => s.ys[x - 1]).filter((v): v is number => v !== undefined);
            expect(average.ys[i]).toBeGreaterThanOrEqual(Math.min(...at) - 1e-12);
            expect(average.ys[i]).toBeLessThanOrEqual(Math.max(...at) + 1e-12);
          });
        },
      ),
    );
  });
});

describe('recovery curves of 24 cohorts (collectkit/svg)', () => {
  // 24 monthly cohorts of 1,000 charged off; cohort c recovers (10 + c % 5) per month since charge-off,
  // observed to month 23 − c (the newest has one month).
  const rows: RecoveryRow[] = Array.from({ length: 24 }, (_, c) => {
    const cohortLabel = `${2024 + Math.floor(c / 12)}-${String((c % 12) + 1).padStart(2, '0')}`;
    return Array.from({ length: 24 - c }, (_, month) => ({
      cohort: cohortLabel,
      month,
      chargedOff: 1000,
      recovered: 10 + (c % 5),
      fees: 1,
    }));
  }).flat();

  it('draws 21 receded lines, 3 coloured, the average, and a legend of 5 entries (golden)', async () => {
    const series = emphasiseLatest(recoverySeries(rows, { net: false, maxMonths: 24, projection: false }), {
      latest: 3,
      averageLabel: label,
    });
    expect(series).toHaveLength(25);
    const svg = renderChartSvg('recovery-curves', rows, {
      maxMonths: 24,
      projection: false,
      lang: 'en',
      width: 640,
      height: 280,
    });
    expect(svg.match(/class="line context"/g)).toHaveLength(21);
    expect(svg.match(/class="line"/g)).toHaveLength(3);
    expect(svg.match(/class="line reference"/g)).toHaveLength(1);
    for (const entry of ['Earlier cohorts (21)', '2025-10', '2025-11', '2025-12', label])
      expect(svg).toContain(`>${entry}</text>`);
    expect(svg).not.toContain('>2024-01</text>');
    await expectGolden(svg, '__snapshots__/recovery-24-cohorts.svg');
  });

  it('colours every cohort with highlight "all"', () => {
    const svg = renderChartSvg('recovery-curves', rows, {
      maxMonths: 24,
      projection: false,
      lang: 'en',
      highlight: 'all',
    });
    expect(svg.match(/class="line"/g)).toHaveLength(24);
    expect(svg).not.toContain('line context');
  });
});
