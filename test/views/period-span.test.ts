import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodSpan } from '../../src/views/period-span.js';

describe('periodSpan', () => {
  it.each([
    [[], null],
    [['2025-03'], ['2025-03', '2025-03']],
    [
      ['2025-03', '2024-11', '2025-01'],
      ['2024-11', '2025-03'],
    ],
    [
      ['2024-12', '2024-12', '2024-01'],
      ['2024-01', '2024-12'],
    ],
  ] as const)('%j → %j', (periods, span) => {
    expect(periodSpan(periods.map((period) => ({ period })))).toEqual(span);
  });

  it('is the first and last of the sorted periods', () => {
    const month = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(fc.array(month, { minLength: 1 }), (months) => {
        const periods = months.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
        const sorted = [...periods].sort();
        expect(periodSpan(periods.map((period) => ({ period })))).toEqual([sorted[0], sorted.at(-1)]);
      }),
    );
  });
});
