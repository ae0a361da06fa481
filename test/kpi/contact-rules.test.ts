/**
 * The contact rules in force (cn-gbt-2025, cn-cba-2026 with its third-party rule, us-reg-f): a boundary
 * test for every rule in the consumer's own time zone, including local days that cross UTC midnight,
 * and properties that hold for any attempts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complianceBreaches, COMPLIANCE_PRESETS } from '../../src/kpi/compliance.js';
import type { ComplianceResult, ContactAttempt } from '../../src/kpi/types.js';

const attempt = (at: string | number, extra: Partial<ContactAttempt> = {}): ContactAttempt => ({
  debtId: 'd1',
  contactId: 'p1',
  at,
  answered: true,
  conversation: false,
  party: 'debtor',
  ...extra,
});
const rule = (results: readonly ComplianceResult[], id: string): ComplianceResult => {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
};
const breached = (attempts: ContactAttempt[], preset: 'cn-cba-2026' | 'cn-gbt-2025' | 'us-reg-f', id: string) =>
  rule(complianceBreaches(attempts, [preset]), id).breaches.flatMap((b) => b.attempts);

describe('quiet hours at the edges of the allowed window, in the consumer zone', () => {
  // [preset/rule, zone, local time, offset of that zone on 2026-03-02, breach?]
  const cases: [string, string, string, string, boolean][] = [
    ['cn-gbt-2025/quiet-hours', 'Asia/Shanghai', '07:59', '+08:00', true],
    ['cn-gbt-2025/quiet-hours', 'Asia/Shanghai', '08:00', '+08:00', false],
    ['cn-gbt-2025/quiet-hours', 'Asia/Shanghai', '21:59', '+08:00', false],
    ['cn-gbt-2025/quiet-hours', 'Asia/Shanghai', '22:00', '+08:00', true],
    ['cn-gbt-2025/quiet-hours', 'Asia/Shanghai', '00:00', '+08:00', true],
    ['cn-cba-2026/quiet-hours', 'Asia/Shanghai', '07:59', '+08:00', true],
    ['cn-cba-2026/quiet-hours', 'Asia/Shanghai', '08:00', '+08:00', false],
    ['cn-cba-2026/quiet-hours', 'Asia/Shanghai', '21:59', '+08:00', false],
    ['cn-cba-2026/quiet-hours', 'Asia/Shanghai', '22:00', '+08:00', true],
    ['us-reg-f/time-of-day', 'America/Chicago', '07:59', '-06:00', true],
    ['us-reg-f/time-of-day', 'America/Chicago', '08:00', '-06:00', false],
    ['us-reg-f/time-of-day', 'America/Chicago', '20:59', '-06:00', false],
    ['us-reg-f/time-of-day', 'America/Chicago', '21:00', '-06:00', true],
    // the consumer's zone, not the collector's: 21:30 in Shanghai is 07:30 in Chicago
    ['us-reg-f/time-of-day', 'America/Chicago', '07:30', '-06:00', true],
  ];
  it.each(cases)('%s at %s %s', (id, timeZone, time, offset, breach) => {
    const preset = id.split('/')[0] as 'cn-gbt-2025';
    expect(breached([attempt(`2026-03-02T${time}:00${offset}`, { timeZone })], preset, id)).toEqual(breach ? [0] : []);
  });

  it('Chicago after the DST change (UTC−5): 08:00 local is 13:00Z, 07:59 local is a breach', () => {
    const id = 'us-reg-f/time-of-day';
    expect(breached([attempt('2026-03-09T13:00:00Z', { timeZone: 'America/Chicago' })], 'us-reg-f', id)).toEqual([]);
    expect(breached([attempt('2026-03-09T12:59:00Z', { timeZone: 'America/Chicago' })], 'us-reg-f', id)).toEqual([0]);
  });

  it('consent lifts the cba quiet hours and the us window, never the GB/T quiet hours', () => {
    const late = [attempt('2026-03-02T23:00:00+08:00', { consent: true })];
    expect(breached(late, 'cn-cba-2026', 'cn-cba-2026/quiet-hours')).toEqual([]);
    expect(breached(late, 'cn-gbt-2025', 'cn-gbt-2025/quiet-hours')).toEqual([0]);
    expect(
      breached(
        [attempt('2026-03-02T22:00:00-06:00', { consent: true, timeZone: 'America/Chicago' })],
        'us-reg-f',
        'us-reg-f/time-of-day',
      ),
    ).toEqual([]);
  });
});

describe('cn-gbt-2025/conversations-per-day: at most 3 per debtor per local day, AI voice included', () => {
  const talk = (at: string, extra: Partial<ContactAttempt> = {}) => attempt(at, { conversation: true, ...extra });
  const id = 'cn-gbt-2025/conversations-per-day';

  it('3 on one local day are fine; the 4th is a breach', () => {
    const three = [
      talk('2026-03-02T09:00:00+08:00'),
      talk('2026-03-02T12:00:00+08:00'),
      talk('2026-03-02T15:00:00+08:00', { channel: 'ai-voice' }),
    ];
    expect(breached(three, 'cn-gbt-2025', id)).toEqual([]);
    const four = [...three, talk('2026-03-02T21:59:00+08:00')];
    const r = rule(complianceBreaches(four, ['cn-gbt-2025']), id);
    expect(r.checked).toBe(4);
    expect(r.breaches).toEqual([
      { attempts: [3], reason: '4 conversations with debtor d1 on 2026-03-02 (local), more than 3' },
    ]);
  });

  it('a local day crossing UTC midnight: 07:30–09:30 Shanghai on 03-02 spans two UTC dates and is one day', () => {
    // 2026-03-01T23:30Z = 07:30 on 03-02 in Shanghai; 2026-03-02T01:30Z = 09:30 the same local day
    const four = ['2026-03-01T23:30:00Z', '2026-03-01T23:59:00Z', '2026-03-02T00:30:00Z', '2026-03-02T01:30:00Z'].map(
      (at) => talk(at),
    );
    expect(breached(four, 'cn-gbt-2025', id)).toEqual([3]);
  });

  it('the 4th after local midnight is a new day, though the same UTC day', () => {
    // 15:00Z on 03-01 is 23:00 in Shanghai; 16:00Z is 00:00 on 03-02 (same UTC date 03-01)
    const talks = ['2026-03-01T13:00:00Z', '2026-03-01T14:00:00Z', '2026-03-01T15:00:00Z', '2026-03-01T16:00:00Z'].map(
      (at) => talk(at),
    );
    expect(breached(talks, 'cn-gbt-2025', id)).toEqual([]);
  });

  it('counts per debtor across debts; SMS and unanswered calls are not conversations', () => {
    const talks = [
      talk('2026-03-02T09:00:00+08:00', { debtId: 'a', debtorId: 'x' }),
      talk('2026-03-02T10:00:00+08:00', { debtId: 'b', debtorId: 'x' }),
      talk('2026-03-02T11:00:00+08:00', { debtId: 'a', debtorId: 'x' }),
      talk('2026-03-02T11:30:00+08:00', { debtId: 'a', debtorId: 'x', channel: 'sms' }),
      talk('2026-03-02T12:00:00+08:00', { debtId: 'b', debtorId: 'x', channel: 'ai-voice' }),
      talk('2026-03-02T12:00:00+08:00', { debtId: 'c', debtorId: 'y' }),
    ];
    const r = rule(complianceBreaches(talks, ['cn-gbt-2025']), id);
    expect(r.checked).toBe(5);
    expect(r.breaches.map((b) => b.attempts)).toEqual([[4]]);
  });
});

describe('third parties only after the debtor could not be reached', () => {
  const failed = (at: string) => attempt(at, { answered: false });
  const other = (at: string, party = 'related') => attempt(at, { party, contactId: 'p2' });
  const cba = 'cn-cba-2026/third-party-after-failures';
  const gbt = 'cn-gbt-2025/third-party-unreachable';

  it('cba: 2 failed calls are not enough, 3 in a row are', () => {
    const two = [
      failed('2026-03-02T09:00:00+08:00'),
      failed('2026-03-02T10:00:00+08:00'),
      other('2026-03-02T11:00:00+08:00'),
    ];
    expect(breached(two, 'cn-cba-2026', cba)).toEqual([2]);
    const three = [
      failed('2026-03-02T09:00:00+08:00'),
      failed('2026-03-02T10:00:00+08:00'),
      failed('2026-03-02T10:30:00+08:00'),
      other('2026-03-02T11:00:00+08:00'),
    ];
    expect(breached(three, 'cn-cba-2026', cba)).toEqual([]);
  });

  it('cba: an answered call breaks the run; an invalid number opens the way at once', () => {
    const broken = [
      failed('2026-03-02T09:00:00+08:00'),
      failed('2026-03-02T09:10:00+08:00'),
      attempt('2026-03-02T09:20:00+08:00'),
      failed('2026-03-02T09:30:00+08:00'),
      other('2026-03-02T11:00:00+08:00'),
    ];
    expect(breached(broken, 'cn-cba-2026', cba)).toEqual([4]);
    const invalid = [
      attempt('2026-03-02T09:00:00+08:00', { answered: false, invalidNumber: true }),
      other('2026-03-02T09:05:00+08:00', 'third-party'),
    ];
    expect(breached(invalid, 'cn-cba-2026', cba)).toEqual([]);
  });

  it('cba: the run counts across local midnight; a call after the third party does not help it', () => {
    // 23:00, 23:30 on 03-01 and 00:10 on 03-02 in Shanghai, then the third party at 09:00 on 03-02
    const run = [
      failed('2026-03-01T23:00:00+08:00'),
      failed('2026-03-01T23:30:00+08:00'),
      failed('2026-03-02T00:10:00+08:00'),
      other('2026-03-02T09:00:00+08:00'),
    ];
    expect(breached(run, 'cn-cba-2026', cba)).toEqual([]);
    const late = [
      failed('2026-03-02T09:00:00+08:00'),
      failed('2026-03-02T09:10:00+08:00'),
      other('2026-03-02T09:15:00+08:00'),
      failed('2026-03-02T09:20:00+08:00'),
    ];
    expect(breached(late, 'cn-cba-2026', cba)).toEqual([2]);
  });

  it('gbt: reachable (last call answered, or never called) is a breach; the last call unanswered is not', () => {
    expect(breached([other('2026-03-02T09:00:00+08:00')], 'cn-gbt-2025', gbt)).toEqual([0]);
    expect(
      breached([attempt('2026-03-02T08:30:00+08:00'), other('2026-03-02T09:00:00+08:00')], 'cn-gbt-2025', gbt),
    ).toEqual([1]);
    expect(
      breached([failed('2026-03-02T08:30:00+08:00'), other('2026-03-02T09:00:00+08:00')], 'cn-gbt-2025', gbt),
    ).toEqual([]);
    const r = rule(
      complianceBreaches([failed('2026-03-02T08:30:00+08:00'), other('2026-03-02T09:00:00+08:00')], ['cn-gbt-2025']),
      gbt,
    );
    expect(r.checked).toBe(1);
  });

  it('gbt: never disclose the debt to anyone but the debtor', () => {
    const r = rule(
      complianceBreaches(
        [
          attempt('2026-03-02T09:00:00+08:00', { disclosed: true }),
          other('2026-03-02T09:00:00+08:00'),
          attempt('2026-03-02T09:05:00+08:00', { party: 'third-party', contactId: 'p9', disclosed: true }),
        ],
        ['cn-gbt-2025'],
      ),
      'cn-gbt-2025/no-disclosure',
    );
    expect(r.checked).toBe(2);
    expect(r.breaches).toEqual([
      { attempts: [2], reason: 'debt d1 disclosed to contact p9 (third-party) on 2026-03-02' },
    ]);
  });
});

describe('cn-cba-2026 and us-reg-f at their day boundaries', () => {
  it('unanswered calls: 6 before local midnight and 1 after are two days, though one UTC day', () => {
    const id = 'cn-cba-2026/unanswered-calls';
    // 10:00Z..15:50Z on 03-01 = 18:00..23:50 Shanghai; 16:05Z = 00:05 on 03-02
    const calls = ['10:00', '11:00', '12:00', '13:00', '14:00', '15:50', '16:05'].map((t) =>
      attempt(`2026-03-01T${t}:00Z`, { answered: false }),
    );
    expect(breached(calls, 'cn-cba-2026', id)).toEqual([]);
    calls.push(attempt('2026-03-01T15:55:00Z', { answered: false })); // the 7th before local midnight
    expect(breached(calls, 'cn-cba-2026', id)).toEqual([7]); // in time order, 15:55 is the 7th of that local day
  });

  it('two collectors: 1 is a breach, 2 is not', () => {
    const visit = (collectors: number) => attempt('2026-03-02T10:00:00+08:00', { channel: 'visit', collectors });
    expect(breached([visit(1), visit(2)], 'cn-cba-2026', 'cn-cba-2026/two-collectors')).toEqual([0]);
  });

  const chicago = (local: string) => attempt(`${local}-06:00`, { timeZone: 'America/Chicago', answered: false });
  it('7 in 7: the 8th call on local day 7 is a breach, on local day 8 (00:01) it is not', () => {
    const id = 'us-reg-f/7-in-7';
    const week = ['01', '02', '03', '04', '05', '06', '07'].map((d) => chicago(`2026-02-${d}T23:59:00`)); // late evenings: next UTC day
    expect(breached([...week, chicago('2026-02-07T20:00:00')], 'us-reg-f', id)).toEqual([6]);
    expect(breached([...week, chicago('2026-02-08T00:01:00')], 'us-reg-f', id)).toEqual([]);
  });

  it('after a conversation: a call on local day 7 is a breach, on local day 8 it is not', () => {
    const id = 'us-reg-f/after-conversation';
    const talk = attempt('2026-02-01T23:50:00-06:00', { timeZone: 'America/Chicago', conversation: true });
    expect(breached([talk, chicago('2026-02-07T23:59:00')], 'us-reg-f', id)).toEqual([1]);
    expect(breached([talk, chicago('2026-02-08T00:00:00')], 'us-reg-f', id)).toEqual([]);
  });
});

describe('properties of the rules in force', () => {
  const zones = ['Asia/Shanghai', 'America/Chicago', 'Europe/London'];
  const arbAttempt = fc.record({
    debtId: fc.constantFrom('a', 'b', 'c'),
    contactId: fc.constantFrom('p1', 'p2'),
    at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 20) }),
    timeZone: fc.constantFrom(...zones),
    answered: fc.boolean(),
    conversation: fc.boolean(),
    party: fc.constantFrom('debtor', 'debtor', 'related', 'third-party'),
    channel: fc.constantFrom('phone', 'ai-voice', 'sms', 'visit'),
    consent: fc.boolean(),
    collectors: fc.integer({ min: 1, max: 3 }),
    invalidNumber: fc.boolean(),
    disclosed: fc.boolean(),
  });
  const presets = ['cn-cba-2026', 'cn-gbt-2025', 'us-reg-f'] as const;

  it('every breach names attempts the rule checked, no more breaches than checked, each attempt at most once', () => {
    fc.assert(
      fc.property(fc.array(arbAttempt, { maxLength: 40 }), (attempts) => {
        for (const r of complianceBreaches(attempts, presets)) {
          const named = r.breaches.flatMap((b) => b.attempts);
          expect(new Set(named).size).toBe(named.length);
          expect(r.breaches.length).toBeLessThanOrEqual(r.checked);
          for (const i of named) expect(i >= 0 && i < attempts.length).toBe(true);
        }
      }),
    );
  });

  it('the order of the input does not change the breach counts', () => {
    const distinctTimes = fc
      .array(arbAttempt, { maxLength: 30 })
      .map((list) => list.map((x, i) => ({ ...x, at: x.at + i * 1000 })));
    fc.assert(
      fc.property(
        distinctTimes.chain((a) =>
          fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })),
        ),
        ([a, shuffled]) => {
          const count = (list: ContactAttempt[]) =>
            complianceBreaches(list, presets).map((r) => [r.id, r.checked, r.breaches.length]);
          expect(count(shuffled)).toEqual(count(a));
        },
      ),
    );
  });

  it('GB/T quiet hours breach wherever the cba quiet hours do (same window, consent lifts only cba)', () => {
    fc.assert(
      fc.property(fc.array(arbAttempt, { maxLength: 40 }), (attempts) => {
        const cba = new Set(breached(attempts, 'cn-cba-2026', 'cn-cba-2026/quiet-hours'));
        const gbt = new Set(breached(attempts, 'cn-gbt-2025', 'cn-gbt-2025/quiet-hours'));
        for (const i of cba) expect(gbt.has(i)).toBe(true);
      }),
    );
  });

  it('a third party the cba rule allows, the GB/T rule allows too (3 failures ⊇ 1 failure)', () => {
    fc.assert(
      fc.property(fc.array(arbAttempt, { maxLength: 40 }), (attempts) => {
        const gbt = new Set(breached(attempts, 'cn-gbt-2025', 'cn-gbt-2025/third-party-unreachable'));
        const cba = new Set(breached(attempts, 'cn-cba-2026', 'cn-cba-2026/third-party-after-failures'));
        for (const i of gbt) expect(cba.has(i)).toBe(true);
      }),
    );
  });

  it('a looser limit never finds more breaches', () => {
    fc.assert(
      fc.property(fc.array(arbAttempt, { maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (attempts, limit) => {
        const count = (n: number) =>
          rule(
            complianceBreaches(attempts, [{ preset: 'cn-gbt-2025', maxConversationsPerDay: n }]),
            'cn-gbt-2025/conversations-per-day',
          ).breaches.flatMap((b) => b.attempts).length;
        expect(count(limit + 1)).toBeLessThanOrEqual(count(limit));
      }),
    );
  });

  it('the presets keep their published limits', () => {
    expect(COMPLIANCE_PRESETS['cn-gbt-2025']).toMatchObject({
      allowedFrom: 8,
      allowedUntil: 22,
      maxConversationsPerDay: 3,
      failedBeforeThirdParty: 1,
    });
    expect(COMPLIANCE_PRESETS['cn-cba-2026']).toMatchObject({
      allowedFrom: 8,
      allowedUntil: 22,
      maxUnansweredPerDay: 6,
      failedBeforeThirdParty: 3,
    });
    expect(COMPLIANCE_PRESETS['us-reg-f']).toMatchObject({ allowedFrom: 8, allowedUntil: 21, maxCallsPer7Days: 7 });
  });
});
