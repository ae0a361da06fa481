/** The mock's contact hours reconcile with its promise funnel: per period, the cells add up to the funnel's steps. */
import { describe, expect, it } from 'vitest';
import { mockResponse, type MockQuery } from '../../mocks/portfolio.js';
import { validateResponse } from '../../src/data/validate.js';
import { callingWindow, contactHeatmap, windowBreaches } from '../../src/kpi/contact-hours.js';

describe('mock contact-hours reconcile with promises', () => {
  it.each([
    {},
    { region: 'east', team: 'mid' },
    { product: 'auto', from: '2025-06' },
    { interval: 'quarter', team: 'field' },
  ] as MockQuery[])('cells = funnel steps per period for %j', (query) => {
    const hours = validateResponse('contact-hours', mockResponse('contact-hours', query)).rows;
    const funnel = mockResponse('promises', query).rows;
    expect(funnel.length).toBeGreaterThan(0);
    for (const f of funnel) {
      const cells = hours.filter((h) => h.period === f.period);
      for (const k of ['attempts', 'contacts', 'rightPartyContacts', 'promises'] as const) {
        expect(
          cells.reduce((a, c) => a + c[k], 0),
          `${f.period} ${k}`,
        ).toBe(f[k]);
      }
    }
    expect(() => contactHeatmap(hours)).not.toThrow();
  });

  it('is plausible: RPC best in the evening, a few attempts outside the calling window, visits in daytime only', () => {
    const h = contactHeatmap(mockResponse('contact-hours', { from: '2025-01', to: '2025-12' }).rows);
    const rate = (d: number, hour: number) => h.cells[d - 1]![hour]!.rpcRate.rate!;
    expect(rate(2, 19)).toBeGreaterThan(rate(2, 10));
    expect(rate(2, 10)).toBeGreaterThan(0.1);
    const outside = windowBreaches(h, callingWindow('cn-cba-2026')).attempts;
    expect(outside).toBeGreaterThan(0);
    expect(outside / h.totals.attempts).toBeLessThan(0.005);
    const visits = contactHeatmap(mockResponse('contact-hours', {}).rows, { channel: 'visit' });
    expect(
      visits.cells
        .flat()
        .filter((c) => c.attempts > 0)
        .every((c) => c.hour >= 8 && c.hour < 20),
    ).toBe(true);
  });
});
