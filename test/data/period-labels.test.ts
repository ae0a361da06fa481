/**
 * Period labels (#18, found by the payload test under a strict CSP): a row whose `period` is not one of the
 * contract's shapes (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD) is a validation error naming its row and field, for
 * every metric with a period field. Before, such rows passed and the compliance monitor and the QA scorecard
 * drew their lines at x = NaN (`<path d="MNaN,…">`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { ROW_SHAPES, validateResponse } from '../../src/data/validate.js';
import { METRICS, type MetricName } from '../../src/model/metrics.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

const WITH_PERIOD = METRICS.filter((m) => 'period' in ROW_SHAPES[m]);
const PERIOD = /^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/;

/** The mock portfolio's answer with the period of row `i` (modulo its rows) replaced. */
function withPeriod(metric: MetricName, i: number, period: string) {
  const response = mockResponse(metric, { from: '2025-07', to: '2025-12' });
  const index = i % response.rows.length;
  const rows = (response.rows as unknown as Record<string, unknown>[]).map((r, k) =>
    k === index ? { ...r, period } : r,
  );
  return { index, body: { ...response, rows } };
}

function validationError(metric: MetricName, body: unknown): DataError {
  try {
    validateResponse(metric, body);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${metric}: accepted`);
}

describe('period labels outside the contract are validation errors naming row and field', () => {
  it('covers the metrics whose rows have a period', () => {
    expect(WITH_PERIOD).toEqual(expect.arrayContaining(['overdue', 'compliance', 'quality', 'promises']));
  });

  for (const metric of WITH_PERIOD) {
    it(`${metric}: payloads, words and near misses are rejected, the portfolio's periods accepted`, () => {
      expect(() => validateResponse(metric, mockResponse(metric, { from: '2025-07', to: '2025-12' }))).not.toThrow();
      const bad = fc.oneof(
        fc.constantFrom(
          ...XSS_PAYLOADS.slice(0, 40),
          'NaN',
          'Q1 2025',
          '2025/01',
          '2025-1',
          '25-01',
          ' 2025-01',
          '2025-Q5',
        ),
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !PERIOD.test(s)),
      );
      fc.assert(
        fc.property(fc.nat({ max: 30 }), bad, (i, period) => {
          const { body, index } = withPeriod(metric, i, period);
          const error = validationError(metric, body);
          expect(error.kind).toBe('validation');
          expect(error.field).toBe('period');
          expect(error.rowIndex).toBe(index);
          expect(error.message).toContain(`row ${index} field "period"`);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('accepts each shape of the contract', () => {
    for (const period of ['2025', '2025-Q4', '2025-12', '2025-12-31'])
      expect(() =>
        validateResponse('compliance', {
          meta: { asOf: '2026-01-01T00:00:00Z' },
          rows: [{ period, rule: 'cn-cba-2026/quiet-hours', checked: 10, breaches: 1 }],
        }),
      ).not.toThrow();
  });
});
