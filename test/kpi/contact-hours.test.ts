import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callingWindow, contactHeatmap, KpiInputError, outsideWindow, windowBreaches } from '../../src/kpi/index.js';
import type { ContactHourRow } from '../../src/model/rows.js';

const row = (
  weekday: number,
  hour: number,
  attempts: number,
  contacts: number,
  rpc: number,
  promises: number,
  channel = 'phone',
  period = '2025-01',
): ContactHourRow => ({ period, weekday, hour, channel, attempts, contacts, rightPartyContacts: rpc, promises });

describe('contactHeatmap', () => {
  it('sums periods and channels per cell, rates with parts, small denominators suppressed (not zero)', () => {
    const h = contactHeatmap(
      [
        row(1, 19, 100, 50, 30, 12),
        row(1, 19, 60, 20, 10, 3, 'phone', '2025-02'),
        row(1, 19, 40, 10, 5, 1, 'visit'),
        row(7, 7, 10, 2, 1, 0),
      ],
      { minDenominator: 30 },
    );
    const mon19 = h.cells[0]![19]!;
    expect(mon19).toMatchObject({
      weekday: 1,
      hour: 19,
      attempts: 200,
      contacts: 80,
      rightPartyContacts: 45,
      promises: 16,
    });
    // RPC 45 / 200 = 22.5 %; promises per RPC 16 / 45
    expect(mon19.rpcRate).toEqual({ numerator: 45, denominator: 200, rate: 0.225, suppressed: false });
    expect(mon19.promisesPerRpc).toEqual({ numerator: 16, denominator: 45, rate: 16 / 45, suppressed: false });
    // Sunday 07:00: 10 attempts < 30 → suppressed, rate null
    expect(h.cells[6]![7]!.rpcRate).toEqual({ numerator: 1, denominator: 10, rate: null, suppressed: true });
    // An empty cell is suppressed too (0 < 30), never a 0 % rate.
    expect(h.cells[2]![3]!.rpcRate.rate).toBeNull();
    expect(h.totals).toEqual({ attempts: 210, contacts: 82, rightPartyContacts: 46, promises: 16 });
    expect(h.channels).toEqual(['phone', 'visit']);
    expect(
      contactHeatmap([row(1, 19, 100, 50, 30, 12), row(1, 19, 40, 10, 5, 1, 'visit')], { channel: 'visit' }).totals
        .attempts,
    ).toBe(40);
  });

  it('calling windows of the presets and the attempts outside them', () => {
    expect(callingWindow('cn-cba-2026')).toEqual({ from: 8, until: 22 });
    expect(callingWindow('us-reg-f')).toEqual({ from: 8, until: 21 });
    expect([7, 8, 21, 22].map((h) => outsideWindow(h, { from: 8, until: 22 }))).toEqual([true, false, false, true]);
    const h = contactHeatmap([
      row(1, 7, 3, 1, 0, 0),
      row(2, 21, 5, 2, 1, 0),
      row(3, 22, 2, 0, 0, 0),
      row(4, 12, 100, 40, 20, 5),
    ]);
    expect(windowBreaches(h, callingWindow('cn-cba-2026')).attempts).toBe(5); // 07:00 (3) and 22:00 (2)
    expect(windowBreaches(h, callingWindow('us-reg-f')).attempts).toBe(10); // and 21:00 (5)
  });

  it.each([
    ['a weekday of 0', row(0, 10, 1, 0, 0, 0), /weekday is 0, must be 1 \(Monday\) to 7 \(Sunday\)/],
    ['an hour of 24', row(1, 24, 1, 0, 0, 0), /hour is 24, must be 0 to 23/],
    ['RPC above contacts', row(1, 10, 10, 2, 3, 0), /rightPartyContacts is 3, more than contacts 2/],
    ['promises above RPC', row(1, 10, 10, 5, 3, 4), /promises is 4, more than rightPartyContacts 3/],
  ])('refuses %s', (_name, r, message) => {
    expect(() => contactHeatmap([r])).toThrow(KpiInputError);
    expect(() => contactHeatmap([r])).toThrow(message);
  });

  const cellRow = fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      hour: fc.integer({ min: 0, max: 23 }),
      attempts: fc.integer({ min: 0, max: 5000 }),
      f: fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      channel: fc.constantFrom('phone', 'visit'),
      month: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ weekday, hour, attempts, f, channel, month }) => {
      const contacts = Math.floor(attempts * f[0]);
      const rpc = Math.floor(contacts * f[1]);
      return row(weekday, hour, attempts, contacts, rpc, Math.floor(rpc * f[2]), channel, `2025-0${month}`);
    });

  it('property: the cells sum to the totals and to the rows, every rate in [0, 1] or suppressed', () => {
    fc.assert(
      fc.property(fc.array(cellRow, { maxLength: 60 }), fc.integer({ min: 0, max: 100 }), (rows, min) => {
        const h = contactHeatmap(rows, { minDenominator: min });
        const cells = h.cells.flat();
        expect(cells).toHaveLength(168);
        for (const f of ['attempts', 'contacts', 'rightPartyContacts', 'promises'] as const) {
          expect(cells.reduce((a, c) => a + c[f], 0)).toBe(h.totals[f]);
          expect(h.totals[f]).toBe(rows.reduce((a, r) => a + r[f], 0));
        }
        for (const c of cells) {
          for (const r of [c.rpcRate, c.promisesPerRpc]) {
            if (r.suppressed) expect(r.rate).toBeNull();
            else if (r.rate !== null) expect(r.rate >= 0 && r.rate <= 1).toBe(true);
            expect(r.suppressed).toBe(r.denominator < min);
          }
        }
        const w = callingWindow('cn-cba-2026');
        expect(windowBreaches(h, w).attempts).toBe(
          rows.filter((r) => outsideWindow(r.hour, w)).reduce((a, r) => a + r.attempts, 0),
        );
      }),
    );
  });
});
