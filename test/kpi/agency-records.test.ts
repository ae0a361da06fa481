/** Agencies from records: events → `agencies` rows (hand-checked), sums preserved (property), bad events, and the `records` adapter with its filters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agencyEventsToRows, type AgencyEvent } from '../../src/kpi/agency-records.js';
import { agencyScorecard } from '../../src/kpi/agencies.js';
import { KpiInputError } from '../../src/kpi/errors.js';
import { recordsResponse } from '../../src/data/records.js';

const events: (AgencyEvent & { region?: string })[] = [
  { kind: 'evaluation', agency: 'A', at: '2024-10-20T10:00:00+08:00' },
  { kind: 'placement', agency: 'A', at: '2025-11-03T09:00:00+08:00', balance: 12_000, region: 'east' },
  { kind: 'placement', agency: 'A', at: '2025-11-30T23:30:00-02:00', balance: 8000, region: 'east' }, // 2025-12-01 UTC
  { kind: 'recovery', agency: 'A', at: '2025-11-20T12:00:00Z', amount: 3000, commission: 600, region: 'east' },
  { kind: 'complaint', agency: 'A', at: '2025-11-21T12:00:00Z', region: 'east' },
  { kind: 'check', agency: 'A', at: '2025-11-22T12:00:00Z', violating: true, region: 'east' },
  { kind: 'check', agency: 'A', at: '2025-11-23T12:00:00Z', violating: false, region: 'east' },
  { kind: 'evaluation', agency: 'A', at: '2025-12-05T00:00:00Z' },
  { kind: 'placement', agency: 'B', at: '2025-12-10T00:00:00Z', balance: 5000, region: 'west' },
];

describe('agencyEventsToRows', () => {
  it('sums each UTC month × agency and carries the last evaluation up to the month’s end', () => {
    expect(agencyEventsToRows(events)).toEqual([
      {
        period: '2025-11',
        agency: 'A',
        accountsPlaced: 1,
        balancePlaced: 12_000,
        recovered: 3000,
        commission: 600,
        complaints: 1,
        callsChecked: 2,
        violations: 1,
        lastEvaluation: '2024-10-20',
      },
      {
        period: '2025-12',
        agency: 'A',
        accountsPlaced: 1,
        balancePlaced: 8000,
        recovered: 0,
        commission: 0,
        complaints: 0,
        callsChecked: 0,
        violations: 0,
        lastEvaluation: '2025-12-05',
      },
      {
        period: '2025-12',
        agency: 'B',
        accountsPlaced: 1,
        balancePlaced: 5000,
        recovered: 0,
        commission: 0,
        complaints: 0,
        callsChecked: 0,
        violations: 0,
      },
    ]);
  });

  it('property: rows add up to the events, and the scorecard accepts them', () => {
    const event = fc.oneof(
      fc.record({
        kind: fc.constant('placement' as const),
        agency: fc.constantFrom('A', 'B'),
        at: fc.integer({ min: 1.7e12, max: 1.8e12 }),
        balance: fc.nat(100_000),
      }),
      fc.record({
        kind: fc.constant('recovery' as const),
        agency: fc.constantFrom('A', 'B'),
        at: fc.integer({ min: 1.7e12, max: 1.8e12 }),
        amount: fc.nat(10_000),
        commission: fc.nat(3000),
      }),
      fc.record({
        kind: fc.constant('check' as const),
        agency: fc.constantFrom('A', 'B'),
        at: fc.integer({ min: 1.7e12, max: 1.8e12 }),
        violating: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (es) => {
        const rows = agencyEventsToRows(es);
        const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
        expect(sum((r) => r.accountsPlaced)).toBe(es.filter((e) => e.kind === 'placement').length);
        expect(sum((r) => r.balancePlaced)).toBe(es.reduce((n, e) => n + (e.kind === 'placement' ? e.balance : 0), 0));
        expect(sum((r) => r.commission)).toBe(es.reduce((n, e) => n + (e.kind === 'recovery' ? e.commission : 0), 0));
        expect(sum((r) => r.violations)).toBe(es.filter((e) => e.kind === 'check' && e.violating).length);
        expect(() => agencyScorecard(rows, { asOf: '2027-01-01' })).not.toThrow();
      }),
    );
  });

  it.each([
    [{ kind: 'placement', agency: 'A', at: '2025-11-03', balance: 1 }, /with an offset/],
    [{ kind: 'placement', agency: 'A', at: 0, balance: -1 }, /balance is -1/],
    [{ kind: 'recovery', agency: '', at: 0, amount: 1, commission: 0 }, /agency is empty/],
    [{ kind: 'refund', agency: 'A', at: 0 }, /kind is "refund"/],
  ])('rejects %o', (bad, message) => {
    expect(() => agencyEventsToRows([bad as AgencyEvent])).toThrow(message);
    expect(() => agencyEventsToRows([bad as AgencyEvent])).toThrow(KpiInputError);
  });
});

describe('the records adapter’s agencies', () => {
  it('answers the metric, filtered by region and agency, and says what it lacks', () => {
    const all = recordsResponse({ agencyEvents: events }, 'agencies', {});
    expect(all.rows).toHaveLength(3);
    expect(recordsResponse({ agencyEvents: events }, 'agencies', { region: 'west' }).rows.map((r) => r.agency)).toEqual(
      ['B'],
    );
    expect(recordsResponse({ agencyEvents: events }, 'agencies', { agency: 'B' }).rows).toHaveLength(1);
    expect(() => recordsResponse({}, 'agencies', {})).toThrow(/no agencyEvents for agencies/);
  });
});
