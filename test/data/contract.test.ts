import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { validateResponse } from '../../src/data/validate.js';
import type { MetricName } from '../../src/model/metrics.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 's', currency: 'CNY', definitionVersion: '1' };
const od = (period: string, bucket: string, accounts: number) => ({
  period,
  bucket,
  accounts,
  balance: accounts * 100,
});
const rr = (period: string, from: string, to: string) => ({ period, from, to, accounts: 5, balance: 500 });
const complaint = (period: string) => ({
  period,
  category: 'c',
  channel: 'phone',
  received: 3,
  closed: 2,
  closedOnTime: 2,
  upheld: 0,
});
const vin = (cohort: string, mob: number, originatedAmount: number) => ({
  cohort,
  mob,
  originatedAccounts: originatedAmount ? 10 : 0,
  originatedAmount,
  delinquentAccounts: 1,
  delinquentBalance: 50,
});
const rec = (cohort: string, month: number, chargedOff: number, recovered: number) => ({
  cohort,
  month,
  chargedOff,
  recovered,
  fees: 0,
});

function refusal(metric: MetricName, body: object): DataError {
  try {
    validateResponse(metric, { meta, ...body });
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${metric} response was accepted`);
}

describe('contract guards: complete responses only, where a missing row would draw a false rate', () => {
  it('overdue without the current bucket in one period (M1 would read as 72 % of the book)', () => {
    const e = refusal('overdue', {
      rows: [od('2024-01', 'M0', 90), od('2024-01', 'M1', 10), od('2024-02', 'M1', 72), od('2024-02', 'M2', 28)],
    });
    expect(e.message).toBe(
      "Bad overdue response: period 2024-02 has no row for the current bucket (M0): every bucket, current included, is needed, because the rate's denominator is the period's total (contract: docs/openapi.json, components.schemas.OverdueRow).",
    );
    expect([e.kind, e.field, e.rowIndex, e.retryable]).toEqual(['validation', 'bucket', 2, false]);
  });

  it('overdue columns without the current bucket', () => {
    const columns = { times: [0], buckets: ['M1', 'M2'], accounts: [[1], [2]], balance: [[1], [2]] };
    expect(refusal('overdue', { rows: [], columns }).message).toMatch(
      /columns have no current bucket \(M0\) among M1, M2/,
    );
  });

  it('accepts the current bucket by its alias C, and a zero row for it', () => {
    expect(() =>
      validateResponse('overdue', { meta, rows: [od('2024-01', 'C', 0), od('2024-01', 'M1', 3)] }),
    ).not.toThrow();
  });

  it('roll rates without rows from, or to, the current bucket', () => {
    const full = [
      rr('2024-02', 'M0', 'M0'),
      rr('2024-02', 'M0', 'M1'),
      rr('2024-02', 'M1', 'M0'),
      rr('2024-02', 'M1', 'M2'),
    ];
    expect(() => validateResponse('roll-rates', { meta, rows: full })).not.toThrow();
    const noFrom = refusal('roll-rates', { rows: [rr('2024-03', 'M1', 'M0'), rr('2024-03', 'M1', 'M2')] });
    expect(noFrom.message).toMatch(
      /^Bad roll-rates response: period 2024-03 has no row from the current bucket \(M0\).*RollRateRow\)\.$/,
    );
    expect(noFrom.field).toBe('from');
    const noTo = refusal('roll-rates', { rows: [rr('2024-03', 'M0', 'M1'), rr('2024-03', 'M1', 'M2')] });
    expect(noTo.message).toMatch(/period 2024-03 has no row to the current bucket \(M0\)/);
  });

  it('complaints whose exposure leaves out a period; no exposure at all only leaves rates per 10,000 out', () => {
    const rows = [complaint('2024-01'), complaint('2024-02')];
    const e = refusal('complaints', { rows, exposure: [{ period: '2024-01', accounts: 1000 }] });
    expect(e.message).toMatch(/period 2024-02 has complaints but no exposure row: .*ExposureRow\)\.$/);
    expect(e.rowIndex).toBe(1);
    expect(() => validateResponse('complaints', { meta, rows })).not.toThrow();
  });

  it('vintage cohorts without originations', () => {
    const e = refusal('vintage', { rows: [vin('2023-01', 1, 1000), vin('2023-02', 1, 0), vin('2023-02', 2, 0)] });
    expect(e.message).toMatch(
      /cohort 2023-02 has no originations \(originatedAccounts and originatedAmount are 0 in every row\)/,
    );
    expect([e.field, e.rowIndex]).toEqual(['originatedAmount', 1]);
  });

  it('recovery cohorts with recoveries but no charged-off amount', () => {
    const e = refusal('recovery', { rows: [rec('2023-01', 0, 1000, 10), rec('2023-02', 0, 0, 10)] });
    expect(e.message).toMatch(/cohort 2023-02 has recoveries but no charged-off amount/);
    expect([e.field, e.rowIndex]).toEqual(['chargedOff', 1]);
    expect(() => validateResponse('recovery', { meta, rows: [rec('2023-03', 0, 0, 0)] })).not.toThrow();
  });
});
