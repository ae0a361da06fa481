/**
 * validateResponse checks every row in one loop per field and kind (fast path), and only when that finds something
 * runs the row-by-row checks that name it. A value the fast path let through would be accepted unchecked: every bad
 * value of every field of every metric's row shape, alone among good rows, must be rejected with its row and field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROW_SHAPES, validateResponse } from '../../src/data/validate.js';
import type { MetricName } from '../../src/model/metrics.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 's', currency: 'CNY', definitionVersion: '1' };

/** A good value of each kind, and values each kind refuses (the rules of the contract, written out here). */
const GOOD = { string: 'x', 'optional-string': undefined, count: 1, 'optional-count': 1, amount: 1 } as const;
const BAD: Record<keyof typeof GOOD, unknown[]> = {
  string: ['', 3, null, undefined, {}],
  'optional-string': [3, {}, false],
  count: [-1, 1.5, NaN, Infinity, '1', null, undefined],
  'optional-count': [-1, NaN, Infinity, -Infinity, '1', null],
  amount: [-0.5, NaN, Infinity, '1', null, undefined],
};

const metrics = Object.keys(ROW_SHAPES) as MetricName[];

describe('validateResponse: the one-loop-per-field check', () => {
  it('rejects any bad value alone among good rows, naming its row and field (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...metrics),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (metric, n, rowPick, fieldPick, badPick) => {
          const shape = ROW_SHAPES[metric];
          const fields = Object.keys(shape);
          const good = () =>
            Object.fromEntries(
              fields.map((f) => [f, f === 'period' ? '2025-11' : GOOD[shape[f] as keyof typeof GOOD]]),
            );
          const rows: Record<string, unknown>[] = Array.from({ length: n }, good);
          const row = rowPick % n;
          const field = fields[fieldPick % fields.length] as string;
          const kind = shape[field] as keyof typeof BAD;
          const bad = BAD[kind];
          const value = bad[badPick % bad.length];
          rows[row] = { ...rows[row], [field]: value };
          if (value === undefined) delete rows[row]?.[field];
          expect(() => validateResponse(metric, { meta, rows })).toThrow(`row ${row} field "${field}"`);
        },
      ),
      { numRuns: 600 },
    );
  });
});
