import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KpiInputError, recoveryCurves, vintageCurves } from '../../src/kpi/index.js';
import { checkWhole } from '../../src/kpi/validate.js';

/** What a non-whole month must throw, per metric: the messages users see (`checkWhole`). */
const CASES = [
  {
    name: 'vintage mob',
    run: (m: number) =>
      vintageCurves(
        [
          {
            cohort: '2024-01',
            mob: m,
            originatedAccounts: 10,
            originatedAmount: 100,
            delinquentAccounts: 1,
            delinquentBalance: 5,
          },
        ],
        { basis: 'balance' },
      ),
    message: (m: number) => `vintage row 0 (cohort 2024-01, mob ${m}): mob is ${m}, must be a whole number of months`,
    field: 'mob',
  },
  {
    name: 'recovery month',
    run: (m: number) =>
      recoveryCurves([{ cohort: '2024-01', month: m, chargedOff: 100, recovered: 1, fees: 0 }], { net: false }),
    message: (m: number) => `recovery row 0 (cohort 2024-01, month ${m}): month is ${m}, must be a whole number`,
    field: 'month',
  },
];

describe('whole months', () => {
  it.each(CASES)('$name: a fraction throws invalid with the row, key and field', ({ run, message, field }) => {
    let caught: unknown;
    try {
      run(1.5);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KpiInputError);
    expect(caught).toMatchObject({ code: 'invalid', message: message(1.5), field });
  });

  it('checkWhole returns whole amounts and rejects every fraction', () => {
    fc.assert(fc.property(fc.nat(10_000), (n) => checkWhole('x', 0, 'k', 'f', n) === n));
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }).filter((d) => !Number.isInteger(d)),
        (d) => {
          expect(() => checkWhole('x', 3, 'k', 'f', d, 'a count')).toThrow(`x row 3 (k): f is ${d}, must be a count`);
        },
      ),
    );
  });

  it('checkWhole keeps checkAmount first: negatives and non-numbers are not "invalid"', () => {
    expect(() => checkWhole('x', 0, 'k', 'f', -1)).toThrow('must be ≥ 0');
    expect(() => checkWhole('x', 0, 'k', 'f', '2')).toThrow('must be a finite number');
  });
});
