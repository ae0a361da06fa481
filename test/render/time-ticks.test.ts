import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../src/model/metrics.js';
import { placeTimeTicks } from '../../src/render/axis.js';
import { formatTick } from '../../src/render/format.js';
import { labelWidth } from '../../src/render/layout.js';
import { periodInterval } from '../../src/render/period.js';
import { timeScale } from '../../src/render/scales.js';
import { timeTicks } from '../../src/render/time-ticks.js';

const DAY = 86_400_000;

/** Start times of `n` consecutive periods of `interval` from `start`, computed by the calendar (not by the code under test). */
function periodStarts(interval: Interval, start: Date, n: number): number[] {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  return Array.from({ length: n }, (_, i) => {
    switch (interval) {
      case 'day':
        return start.getTime() + i * DAY;
      case 'week':
        return start.getTime() + i * 7 * DAY;
      case 'month':
        return Date.UTC(y, m + i, 1);
      case 'quarter':
        return Date.UTC(y, Math.floor(m / 3) * 3 + 3 * i, 1);
      case 'year':
        return Date.UTC(y + i, 0, 1);
    }
  });
}

function axis(interval: Interval, times: number[], width: number, locale: string) {
  const plot = { left: 40, top: 12, width, height: 200 };
  const first = times[0]!;
  const last = times[times.length - 1]!;
  return placeTimeTicks(timeScale([first, last], plot), plot, (t, u) => formatTick(locale, t, u), interval, [
    first,
    last,
  ]);
}

describe('timeTicks', () => {
  it('labels three monthly periods Jan, Feb, Mar once each (the reported short range)', () => {
    const times = periodStarts('month', new Date(Date.UTC(2024, 0, 1)), 3);
    expect(axis('month', times, 600, 'en').map((t) => t.label)).toEqual(['Jan 2024', 'Feb 2024', 'Mar 2024']);
    expect(axis('month', times, 600, 'zh-CN').map((t) => t.label)).toEqual(['2024年1月', '2024年2月', '2024年3月']);
  });

  it.each([
    ['month', 120, 800, ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', 'Dec 2024']],
    ['month', 12, 800, ['Jan 2015', 'Mar 2015', 'May 2015', 'Jul 2015', 'Sep 2015', 'Dec 2015']],
    ['quarter', 8, 600, ['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024']],
    ['year', 30, 400, ['1995', '2005', '2010', '2015', '2024']],
    ['quarter', 20, 500, ['2023', '2024', '2025', '2026', 'Q4 2027']],
    ['day', 10, 800, ['Mar 1', 'Mar 2', 'Mar 3', 'Mar 4', 'Mar 5', 'Mar 6', 'Mar 7', 'Mar 8', 'Mar 9', 'Mar 10']],
  ] as const)('%s × %i periods at %i px: %j', (interval, n, width, labels) => {
    const start = {
      month: Date.UTC(2015, 0, 1),
      quarter: Date.UTC(2023, 0, 1),
      year: Date.UTC(1995, 0, 1),
      day: Date.UTC(2021, 2, 1),
    }[interval];
    expect(axis(interval, periodStarts(interval, new Date(start), n), width, 'en').map((t) => t.label)).toEqual(labels);
  });

  it('one period: one tick, in the period’s own unit', () => {
    expect(timeTicks(Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 1), 'month', 600)).toEqual([
      { time: Date.UTC(2024, 4, 1), unit: 'month' },
    ]);
  });

  it('rejects what is not a range', () => {
    expect(timeTicks(NaN, 1, 'month', 600)).toEqual([]);
    expect(timeTicks(2, 1, 'month', 600)).toEqual([]);
  });

  it('over intervals and 1–500 periods: ticks on period boundaries, labels distinct and apart, first and last labelled', () => {
    const intervals: Interval[] = ['day', 'week', 'month', 'quarter', 'year'];
    fc.assert(
      fc.property(
        fc.constantFrom(...intervals),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 60, max: 1900 }),
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }),
        fc.constantFrom('en', 'zh-CN', 'zh-TW'),
        (interval, n, width, date, locale) => {
          const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
          const times = periodStarts(interval, start, n);
          const boundaries = new Set(times);
          const ticks = axis(interval, times, width, locale);
          const planned = timeTicks(times[0]!, times[n - 1]!, interval, width);
          expect(ticks.length).toBeGreaterThan(0);
          for (const t of planned) expect(boundaries.has(t.time)).toBe(true);
          for (let i = 1; i < planned.length; i++) expect(planned[i]!.time).toBeGreaterThan(planned[i - 1]!.time);
          const labels = ticks.map((t) => t.label);
          expect(new Set(labels).size).toBe(labels.length);
          // Labels never overlap: each one's box (by the kit's width estimate) ends before the next begins.
          const box = (t: (typeof ticks)[number]) => {
            const w = labelWidth(t.label);
            const left = t.anchor === 'start' ? t.textX : t.anchor === 'end' ? t.textX - w : t.textX - w / 2;
            return [left, left + w] as const;
          };
          for (let i = 1; i < ticks.length; i++)
            expect(box(ticks[i]!)[0]).toBeGreaterThanOrEqual(box(ticks[i - 1]!)[1]);
          expect(planned[0]!.time).toBe(times[0]);
          if (width >= 80) expect(planned[planned.length - 1]!.time).toBe(times[n - 1]);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('periodInterval', () => {
  it.each([
    ['2024-05', undefined, 'month'],
    ['2024-Q2', '2024-Q3', 'quarter'],
    ['2024', '2025', 'year'],
    ['2024-05-06', '2024-05-13', 'week'],
    ['2024-05-06', '2024-05-07', 'day'],
    ['2024-W07', '2024-W08', 'week'],
    [undefined, undefined, 'month'],
  ] as const)('%s, %s → %s', (a, b, interval) => {
    expect(periodInterval(a, b)).toBe(interval);
  });
});
