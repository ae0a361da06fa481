import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactHeatmap, KpiInputError, transitionMatrices } from '../../src/kpi/index.js';
import type { ContactHourRow } from '../../src/model/rows.js';
import type { TransitionRow } from '../../src/kpi/types.js';

// The contact-hours and roll-rate KPIs check each row without building its name, and run the named checks only
// for a row that fails: a bad row among good ones must be reported exactly as it is when it comes alone (with its
// own index), whatever the rows before it.

/** What `run` throws (code, field, message with the row index made 0), or null when it does not throw. */
function thrown(run: () => unknown): { code: string; field: string | null; message: string } | null {
  try {
    run();
    return null;
  } catch (e) {
    if (!(e instanceof KpiInputError)) throw e;
    return { code: e.code, field: e.field, message: e.message.replace(/ row \d+([ :])/, ' row 0$1') };
  }
}

const isLabel = (v: unknown) => typeof v === 'string' && v !== '';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isIn = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Whether the contact-hours KPI must accept `r` (its documented rules, written out here independently). */
function validHourRow(r: ContactHourRow): boolean {
  const { attempts: a, contacts: c, rightPartyContacts: p, promises: q } = r;
  return (
    isLabel(r.period) &&
    isLabel(r.channel) &&
    isIn(r.weekday, 1, 7) &&
    isIn(r.hour, 0, 23) &&
    [a, c, p, q].every(isCount) &&
    c <= a &&
    p <= c &&
    q <= p
  );
}

const STATES = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+', 'C', 'NEW', 'CLOSED', 'REPAID', 'CO'];
/** Whether the roll-rate KPI must accept `r` alone. */
const validRollRow = (r: TransitionRow) =>
  isLabel(r.period) && STATES.includes(r.from) && STATES.includes(r.to) && isCount(r.accounts) && isCount(r.balance);

const BAD_VALUES = [-1, Number.NaN, Infinity, '3', null, undefined, 1.5, 0, 8, 24, ''];

describe('a bad row among good ones is reported as when alone', () => {
  const hourRow = fc
    .record({
      period: fc.constantFrom('2025-01', '2025-02'),
      weekday: fc.integer({ min: 1, max: 7 }),
      hour: fc.integer({ min: 0, max: 23 }),
      channel: fc.constantFrom('phone', 'visit'),
      promises: fc.nat(5),
      rpcExtra: fc.nat(5),
      contactsExtra: fc.nat(5),
      attemptsExtra: fc.nat(5),
    })
    .map(({ promises, rpcExtra, contactsExtra, attemptsExtra, ...id }): ContactHourRow => {
      const rightPartyContacts = promises + rpcExtra;
      const contacts = rightPartyContacts + contactsExtra;
      return { ...id, attempts: contacts + attemptsExtra, contacts, rightPartyContacts, promises };
    });
  const fields = ['period', 'weekday', 'hour', 'channel', 'attempts', 'contacts', 'rightPartyContacts', 'promises'];

  it('contact-hours', () => {
    fc.assert(
      fc.property(
        fc.array(hourRow, { maxLength: 30 }),
        hourRow,
        fc.constantFrom(...fields),
        fc.constantFrom(...BAD_VALUES),
        (good, base, field, value) => {
          const bad = { ...base, [field]: value };
          const alone = thrown(() => contactHeatmap([bad]));
          expect(alone === null).toBe(validHourRow(bad));
          expect(thrown(() => contactHeatmap([...good, bad]))).toEqual(alone);
          if (alone) expect(() => contactHeatmap([...good, bad])).toThrow(new RegExp(` row ${good.length}[ :]`));
        },
      ),
    );
  });

  it('roll rates (transition matrices), duplicates included', () => {
    const state = fc.constantFrom('M0', 'M1', 'M2', 'C', 'CO', 'NEW');
    const rollRow = fc.record({
      period: fc.constantFrom('2025-01', '2025-02'),
      from: state,
      to: state,
      accounts: fc.nat(100),
      balance: fc.nat(1000),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(rollRow, {
          maxLength: 20,
          selector: (r) => `${r.period}/${r.from === 'C' ? 'M0' : r.from}/${r.to === 'C' ? 'M0' : r.to}`,
        }),
        rollRow,
        fc.constantFrom('period', 'from', 'to', 'accounts', 'balance', 'none'),
        fc.constantFrom(...BAD_VALUES, 'M9'),
        (good, base, field, value) => {
          const bad = (field === 'none' ? base : { ...base, [field]: value }) as TransitionRow;
          const all = () => transitionMatrices([...good, bad], { basis: 'balance' });
          const same = (r: TransitionRow) =>
            r.period === bad.period && [r.from, r.to].join() === [bad.from, bad.to].join().replace(/\bC\b/g, 'M0');
          const duplicate = good.some((r) =>
            same({ ...r, from: r.from === 'C' ? 'M0' : r.from, to: r.to === 'C' ? 'M0' : r.to }),
          );
          const alone = thrown(() => transitionMatrices([bad], { basis: 'balance' }));
          expect(alone === null).toBe(validRollRow(bad));
          const got = thrown(all);
          if (alone) expect(got).toEqual(alone);
          else if (duplicate) expect(got).toMatchObject({ code: 'duplicate', field: 'to' });
          else expect(got).toBeNull();
          if (got) expect(all).toThrow(new RegExp(` row ${good.length}[ :]`));
        },
      ),
    );
  });
});
