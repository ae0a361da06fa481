import { describe, expect, it } from 'vitest';
import { COMPLAINT_CATEGORIES, COMPLIANCE_RULES } from '../../mocks/catalog.js';
import { MockQueryError, mockResponse } from '../../mocks/portfolio.js';
import { validateResponse } from '../../src/data/validate.js';
import { CHANNELS } from '../../src/model/rows.js';
import { METRICS } from '../../src/model/metrics.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('mockResponse', () => {
  it.each(METRICS)('%s answers the contract shape with finite non-negative numbers', (metric) => {
    const response = mockResponse(metric, { from: '2024-01', to: '2024-06', interval: 'month' });
    expect(response.meta).toEqual({
      asOf: '2025-12-31T23:59:59Z',
      source: 'collectkit-mock',
      currency: 'CNY',
      definitionVersion: '2026.1',
    });
    expect(response.rows.length).toBeGreaterThan(0);
    expect(() => validateResponse(metric, JSON.parse(JSON.stringify(response)))).not.toThrow();
    for (const row of response.rows as unknown as Record<string, unknown>[]) {
      for (const v of Object.values(row)) {
        if (typeof v === 'number') {
          expect(Number.isFinite(v) && v >= 0).toBe(true);
          expect(Math.round(v * 100) / 100).toBe(v);
        }
      }
    }
    expect('exposure' in response).toBe(metric === 'complaints');
  });

  it('restricts periods to [from, to] inclusive', () => {
    const rows = mockResponse('overdue', { from: '2024-01', to: '2024-06' }).rows;
    expect([...new Set(rows.map((r) => r.period))]).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(rows.length).toBe(6 * 8);
    expect(mockResponse('overdue', { from: '2030-01', to: '2030-06' }).rows).toEqual([]);
    expect(new Set(mockResponse('overdue', {}).rows.map((r) => r.period)).size).toBe(36);
    expect(mockResponse('overdue', { from: '2024-03-15', to: '2024-03-20' }).rows.map((r) => r.period)[0]).toBe(
      '2024-03',
    );
  });

  it('filters by product and region, and the filtered parts add up to the whole', () => {
    const whole = mockResponse('overdue', { from: '2025-06', to: '2025-06' }).rows;
    const parts = ['cash-loan', 'credit-card', 'auto'].map(
      (product) => mockResponse('overdue', { from: '2025-06', to: '2025-06', product }).rows,
    );
    whole.forEach((row, i) => {
      expect(sum(parts.map((p) => p[i]!.balance))).toBe(row.balance);
      expect(sum(parts.map((p) => p[i]!.accounts))).toBe(row.accounts);
    });
    const twoRegions = mockResponse('channels', { from: '2025-06', to: '2025-06', region: 'east,west' }).rows;
    const east = mockResponse('channels', { from: '2025-06', to: '2025-06', region: 'east' }).rows;
    const west = mockResponse('channels', { from: '2025-06', to: '2025-06', region: 'west' }).rows;
    twoRegions.forEach((row, i) => expect(row.collected).toBe(east[i]!.collected + west[i]!.collected));
  });

  it('filters agents by team and region', () => {
    const all = mockResponse('agents', { from: '2025-01', to: '2025-03' }).rows;
    const late = mockResponse('agents', { from: '2025-01', to: '2025-03', team: 'late' }).rows;
    expect(late.length).toBe(all.filter((a) => a.team === 'late').length);
    expect(late.every((a) => a.team === 'late')).toBe(true);
    expect(mockResponse('agents', { region: 'south' }).rows.length).toBeLessThan(all.length);
    expect(new Set(all.map((a) => a.agentId)).size).toBe(all.length);
  });

  it('serves quarters (flows summed, stocks at quarter end) and years', () => {
    const months = mockResponse('overdue', { from: '2024-01', to: '2024-06' }).rows;
    const quarters = mockResponse('overdue', { from: '2024-01', to: '2024-06', interval: 'quarter' }).rows;
    expect([...new Set(quarters.map((r) => r.period))]).toEqual(['2024-Q1', '2024-Q2']);
    expect(quarters.filter((r) => r.period === '2024-Q2')).toEqual(
      months.filter((r) => r.period === '2024-06').map((r) => ({ ...r, period: '2024-Q2' })),
    );
    const monthly = mockResponse('channels', { from: '2024-04', to: '2024-06' }).rows.filter(
      (r) => r.channel === 'sms',
    );
    const quarterly = mockResponse('channels', { from: '2024-04', to: '2024-06', interval: 'quarter' }).rows.filter(
      (r) => r.channel === 'sms',
    );
    expect(quarterly[0]!.attempts).toBe(sum(monthly.map((r) => r.attempts)));
    expect(new Set(mockResponse('compliance', { interval: 'year' }).rows.map((r) => r.period))).toEqual(
      new Set(['2023', '2024', '2025']),
    );
  });

  it('serves daily overdue rows interpolated between month ends', () => {
    const rows = mockResponse('overdue', { from: '2024-02', to: '2024-03', interval: 'day' }).rows;
    expect(rows.length).toBe((29 + 31) * 8);
    const end = mockResponse('overdue', { from: '2024-03', to: '2024-03' }).rows;
    expect(rows.filter((r) => r.period === '2024-03-31').map((r) => r.balance)).toEqual(end.map((r) => r.balance));
    expect(mockResponse('overdue', { from: '2024-03-05', to: '2024-03-06', interval: 'day' }).rows.length).toBe(16);
    expect(() => mockResponse('agents', { interval: 'day' })).toThrow(MockQueryError);
  });

  it('labels every category, channel and rule', () => {
    const complaints = mockResponse('complaints', {}).rows;
    const codes = new Set(COMPLAINT_CATEGORIES.map((c) => c.code));
    expect(complaints.every((r) => codes.has(r.category) && (CHANNELS as readonly string[]).includes(r.channel))).toBe(
      true,
    );
    expect(new Set(complaints.map((r) => r.category)).size).toBe(COMPLAINT_CATEGORIES.length);
    for (const r of complaints) {
      expect(r.closed).toBeLessThanOrEqual(r.received);
      expect(r.closedOnTime).toBeLessThanOrEqual(r.closed);
      expect(r.upheld).toBeLessThanOrEqual(r.closed);
    }
    for (const c of COMPLAINT_CATEGORIES) expect(c.zh).toMatch(/\p{Script=Han}/u);
    expect(COMPLIANCE_RULES.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'cn-cba-2026/quiet-hours',
        'cn-cba-2026/unanswered-calls',
        'cn-cba-2026/third-party',
        'us-reg-f/7-in-7',
        'us-reg-f/after-conversation',
        'us-reg-f/time-of-day',
      ]),
    );
    expect(new Set(mockResponse('channels', { from: '2024-01', to: '2024-01' }).rows.map((r) => r.channel))).toEqual(
      new Set(CHANNELS),
    );
  });

  it('vintage counts delinquency from the threshold bucket, M2+ by default', () => {
    const q = { from: '2024-01', to: '2024-12' };
    const m2 = mockResponse('vintage', q).rows;
    expect(mockResponse('vintage', { ...q, threshold: 'M2+' }).rows).toEqual(m2);
    expect(mockResponse('vintage', { ...q, threshold: '30' }).rows).toEqual(m2);
    const m1 = mockResponse('vintage', { ...q, threshold: 'M1' }).rows;
    const m4 = mockResponse('vintage', { ...q, threshold: '90' }).rows;
    m2.forEach((r, i) => {
      expect(m1[i]!.delinquentBalance).toBeGreaterThanOrEqual(r.delinquentBalance);
      expect(m4[i]!.delinquentBalance).toBeLessThanOrEqual(r.delinquentBalance);
    });
    expect(m2.filter((r) => r.cohort === '2024-01').map((r) => r.mob)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    expect(() => mockResponse('vintage', { threshold: 'M0' })).toThrow(MockQueryError);
  });

  it('rejects bad queries with status 400 and unknown metrics with 404', () => {
    const status = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof MockQueryError ? e.status : -1;
      }
      return 200;
    };
    expect(status(() => mockResponse('overdue', { from: '2024-06', to: '2024-01' }))).toBe(400);
    expect(status(() => mockResponse('overdue', { interval: 'fortnight' }))).toBe(400);
    expect(status(() => mockResponse('overdue', { from: '2024-13' }))).toBe(400);
    expect(status(() => mockResponse('overdue', { product: 'mortgage' }))).toBe(400);
    expect(status(() => mockResponse('agents', { team: 'nobody' }))).toBe(400);
    expect(status(() => mockResponse('nonsense' as 'overdue', {}))).toBe(404);
    expect(status(() => mockResponse('toString' as 'overdue', {}))).toBe(404);
  });
});
