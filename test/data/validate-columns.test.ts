import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROW_SHAPES, validateResponse } from '../../src/data/validate.js';
import type { MetricName } from '../../src/model/metrics.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 's', currency: 'CNY', definitionVersion: '1' };

/** A good value of each field kind. */
const GOOD: Record<string, unknown> = {
  string: 'x',
  'optional-string': 'team',
  count: 3,
  'optional-count': 2,
  amount: 10.5,
};
/** Values some kind refuses (and some other kind accepts). */
const ODD = [-1, 1.5, Number.NaN, Infinity, -0, null, undefined, '', 'x', {}, [1], true];

/** The message of validating `rows`, '' when it passes. */
function verdict(metric: MetricName, rows: unknown[]): string {
  try {
    validateResponse(metric, { meta, rows });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('validateResponse checks columns in tight loops but reports in row order', () => {
  // Shapes without contract rules across rows (those are checked by test/data/contract.test.ts).
  for (const metric of ['agents', 'channels', 'quality', 'experiments'] as const) {
    it(`property (${metric}): passes iff each row passes alone; else names the first bad row as that row alone would`, () => {
      const shape = ROW_SHAPES[metric];
      const fields = Object.keys(shape);
      const good = () => Object.fromEntries(fields.map((f) => [f, f === 'period' ? '2025-11' : GOOD[shape[f]!]]));
      // Each row good, or with one or two fields set to an odd value (or not an object at all).
      const rowArb = () =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(good()) },
          {
            weight: 2,
            arbitrary: fc
              .array(fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 2 })
              .map((changes) => ({ ...good(), ...Object.fromEntries(changes) })),
          },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, 'row', [good()]) },
        );
      const rowsArb = fc
        .integer({ min: 0, max: 12 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, () => rowArb())));
      fc.assert(
        fc.property(rowsArb, (rows) => {
          const alone = rows.map((row) => verdict(metric, [row]));
          const first = alone.findIndex((m) => m !== '');
          const message = verdict(metric, rows);
          expect(message).toBe(first < 0 ? '' : alone[first]!.replace(/\brow 0\b/, `row ${first}`));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reports the first unknown bucket in row order, before a bad field of a later row', () => {
    const ok = { period: '2025-11', bucket: 'M1', accounts: 1, balance: 10.5 };
    const rows = [ok, { ...ok, bucket: 'M9' }, { ...ok, accounts: -1 }];
    expect(() => validateResponse('overdue', { meta, rows }, ['M0', 'M1'])).toThrow(
      'Bad overdue response: row 1 field "bucket" is "M9", not a known bucket (M0, M1).',
    );
    const later = [ok, { ...ok, accounts: -1 }, { ...ok, bucket: 'M9' }];
    expect(() => validateResponse('overdue', { meta, rows: later }, ['M0', 'M1'])).toThrow(
      'Bad overdue response: row 1 field "accounts" is -1, expected a number ≥ 0.',
    );
  });

  it('optional counts: missing or any finite number ≥ 0 (not only whole ones), never null or negative', () => {
    const roll = (to: string, cured: Record<string, unknown>) => ({
      period: '2025-11',
      from: 'M0',
      to,
      accounts: 5,
      balance: 9,
      ...cured,
    });
    expect(() =>
      validateResponse('roll-rates', { meta, rows: [roll('M0', { cured1To30: 1.5 }), roll('M1', {})] }),
    ).not.toThrow();
    expect(() =>
      validateResponse('roll-rates', { meta, rows: [roll('M0', {}), roll('M1', { cured61To90: null })] }),
    ).toThrow('Bad roll-rates response: row 1 field "cured61To90" is null, expected a finite number.');
    expect(() =>
      validateResponse('roll-rates', { meta, rows: [roll('M0', { curedOver90: -1 }), roll('M1', {})] }),
    ).toThrow('Bad roll-rates response: row 0 field "curedOver90" is -1, expected a number ≥ 0.');
  });

  it('checks exposure rows the same way', () => {
    const row = {
      period: '2025-11',
      category: 'c',
      channel: 'phone',
      received: 3,
      closed: 2,
      closedOnTime: 2,
      upheld: 0,
    };
    const exposure = [
      { period: '2025-11', accounts: 1000 },
      { period: '2025-11', accounts: 2.5 },
    ];
    expect(() => validateResponse('complaints', { meta, rows: [row], exposure })).toThrow(
      'Bad complaints response: exposure row 1 field "accounts" is 2.5, expected a whole number.',
    );
  });
});
