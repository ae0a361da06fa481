/**
 * Time (#18): contact rules and local time across the US DST changes (America/New_York: 2026-03-08
 * 02:00 EST → 03:00 EDT, 2026-11-01 02:00 EDT → 01:00 EST), across the year end in Asia/Shanghai, and
 * period arithmetic across year ends under several process time zones. Each expectation is worked out
 * by hand from the UTC offsets (EST = UTC−5, EDT = UTC−4, CST = UTC+8); the discriminating cases are
 * those where a UTC day or a fixed offset would give another answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { localTime } from '../../src/kpi/local-time.js';
import { complianceBreaches } from '../../src/kpi/compliance.js';
import type { ContactAttempt } from '../../src/kpi/types.js';
import { daysBetween, isNextPeriod, samePeriodLastYear, shiftPeriod } from '../../src/kpi/periods.js';

const NY = 'America/New_York';
const SH = 'Asia/Shanghai';

const call = (at: string, extra: Partial<ContactAttempt> = {}): ContactAttempt => ({
  debtId: 'D1',
  contactId: 'C1',
  at,
  answered: true,
  conversation: false,
  party: 'debtor',
  ...extra,
});

/** Breach attempt indexes of one rule id. */
function breachesOf(id: string, contacts: ContactAttempt[], rules: Parameters<typeof complianceBreaches>[1]): number[] {
  const result = complianceBreaches(contacts, rules).find((r) => r.id === id);
  if (!result) throw new Error(`no rule ${id}`);
  return result.breaches.flatMap((b) => b.attempts);
}

describe('local time across the New York DST changes and the Shanghai year end', () => {
  it.each([
    // instant (UTC), zone, local date, hour, minute
    ['2026-03-08T06:59:00Z', NY, '2026-03-08', 1, 59], // last EST minute
    ['2026-03-08T07:00:00Z', NY, '2026-03-08', 3, 0], // 02:00 does not exist: straight to 03:00 EDT
    ['2026-03-08T12:59:00Z', NY, '2026-03-08', 8, 59],
    ['2026-11-01T05:30:00Z', NY, '2026-11-01', 1, 30], // 01:30 EDT
    ['2026-11-01T06:30:00Z', NY, '2026-11-01', 1, 30], // 01:30 EST: the hour comes twice
    ['2026-11-01T07:00:00Z', NY, '2026-11-01', 2, 0],
    ['2026-11-01T04:59:00Z', NY, '2026-11-01', 0, 59],
    ['2027-01-01T04:59:00Z', NY, '2026-12-31', 23, 59], // still the old year in New York
    ['2026-12-31T15:59:00Z', SH, '2026-12-31', 23, 59],
    ['2026-12-31T16:00:00Z', SH, '2027-01-01', 0, 0], // the new year in Shanghai, the old one in UTC
  ])('%s in %s is %s %i:%i', (at, zone, date, hour, minute) => {
    const t = localTime(Date.parse(at), zone);
    expect({ date: t.date, hour: t.hour, minute: t.minute }).toEqual({ date, hour, minute });
  });

  it('counts local days without gaps or repeats across both changes and the year end', () => {
    const days = [
      '2026-03-07T17:00:00Z',
      '2026-03-08T17:00:00Z',
      '2026-03-09T17:00:00Z',
      '2026-10-31T17:00:00Z',
      '2026-11-01T17:00:00Z',
      '2026-11-02T17:00:00Z',
    ].map((at) => localTime(Date.parse(at), NY).day);
    expect([days[1]! - days[0]!, days[2]! - days[1]!, days[4]! - days[3]!, days[5]! - days[4]!]).toEqual([1, 1, 1, 1]);
    expect(
      localTime(Date.parse('2026-12-31T16:00:00Z'), SH).day - localTime(Date.parse('2026-12-31T15:59:00Z'), SH).day,
    ).toBe(1);
  });
});

describe('us-reg-f in America/New_York across DST', () => {
  const rules = [{ preset: 'us-reg-f' as const, timeZone: NY }];

  it.each([
    // at, breach of time-of-day (08:00–21:00 local): why
    ['2026-03-07T12:59:00Z', true], // 07:59 EST
    ['2026-03-08T12:59:00Z', false], // 08:59 EDT (a fixed −05:00 would say 07:59)
    ['2026-03-08T12:00:00Z', false], // 08:00 EDT, the first allowed minute
    ['2026-03-08T11:59:00Z', true], // 07:59 EDT
    ['2026-03-09T00:59:00Z', false], // 20:59 EDT on 03-08
    ['2026-03-09T01:00:00Z', true], // 21:00 EDT on 03-08
    ['2026-10-31T12:30:00Z', false], // 08:30 EDT
    ['2026-11-01T12:30:00Z', true], // 07:30 EST (a fixed −04:00 would say 08:30)
    ['2026-11-01T13:00:00Z', false], // 08:00 EST
    ['2026-11-02T01:59:00Z', false], // 20:59 EST on 11-01
    ['2026-11-02T02:00:00Z', true], // 21:00 EST on 11-01
    ['2026-11-01T05:30:00Z', true], // 01:30 EDT
    ['2026-11-01T06:30:00Z', true], // 01:30 EST, the repeated hour
  ])('time-of-day: a call at %s breaches: %s', (at, breach) => {
    expect(breachesOf('us-reg-f/time-of-day', [call(at)], rules)).toEqual(breach ? [0] : []);
  });

  it('names the repeated 01:30 twice, with the local date', () => {
    const result = complianceBreaches([call('2026-11-01T05:30:00Z'), call('2026-11-01T06:30:00Z')], rules).find(
      (r) => r.id === 'us-reg-f/time-of-day',
    );
    expect(result?.breaches.map((b) => b.reason)).toEqual([
      'call at 01:30 local time on 2026-11-01, outside 08:00–21:00',
      'call at 01:30 local time on 2026-11-01, outside 08:00–21:00',
    ]);
  });

  it('7-in-7 counts local days across spring forward: the 8th call at 23:30 EDT on 03-08 is in the window from 03-02', () => {
    const calls = [
      call('2026-03-02T12:00:00Z'), // 03-02 07:00 EST
      ...['03', '04', '05', '06', '07'].map((d) => call(`2026-03-${d}T15:00:00Z`)),
      call('2026-03-07T18:00:00Z'),
      call('2026-03-09T03:30:00Z'), // 03-08 23:30 EDT: in UTC already 03-09, outside a UTC window from 03-02
    ];
    const result = complianceBreaches(calls, rules).find((r) => r.id === 'us-reg-f/7-in-7');
    expect(result?.breaches).toEqual([
      {
        attempts: [7],
        reason: 'call 8 about debt D1 within 7 consecutive days (2026-03-02 to 2026-03-08), more than 7',
      },
    ]);
    // One day later (03-09 local) the window starts on 03-03: 7 calls, no breach.
    expect(breachesOf('us-reg-f/7-in-7', [...calls.slice(0, 7), call('2026-03-10T03:30:00Z')], rules)).toEqual([]);
  });

  it('after-conversation counts local days across fall back: 23:59 EST on day 7 is within, 00:30 EST on day 8 is not', () => {
    const talk = call('2026-11-01T05:30:00Z', { conversation: true }); // 11-01 01:30 EDT
    expect(breachesOf('us-reg-f/after-conversation', [talk, call('2026-11-08T04:59:00Z')], rules)).toEqual([1]); // 11-07 23:59 EST
    expect(breachesOf('us-reg-f/after-conversation', [talk, call('2026-11-08T05:30:00Z')], rules)).toEqual([]); // 11-08 00:30 EST
  });

  it('uses each attempt’s own zone over the rule set’s', () => {
    // 13:30Z on 03-08: 09:30 EDT in New York, 06:30 PDT in Los Angeles.
    expect(
      breachesOf(
        'us-reg-f/time-of-day',
        [call('2026-03-08T13:30:00Z'), call('2026-03-08T13:30:00Z', { timeZone: 'America/Los_Angeles' })],
        rules,
      ),
    ).toEqual([1]);
  });
});

describe('cn-cba-2026 in Asia/Shanghai across the year end', () => {
  it.each([
    ['2026-12-31T13:59:00Z', false], // 21:59
    ['2026-12-31T14:00:00Z', true], // 22:00
    ['2026-12-31T23:59:00Z', true], // 2027-01-01 07:59
    ['2027-01-01T00:00:00Z', false], // 08:00
    ['2026-03-08T07:00:00Z', false], // 15:00: no DST in China, whatever New York does
  ])('quiet hours: a call at %s breaches: %s', (at, breach) => {
    expect(breachesOf('cn-cba-2026/quiet-hours', [call(at)], ['cn-cba-2026'])).toEqual(breach ? [0] : []);
  });

  it('counts unanswered calls per Shanghai day: 7 on 2027-01-01 local, spread over two UTC days', () => {
    const times = [
      '2027-01-01T00:30:00Z',
      '2027-01-01T01:30:00Z',
      '2027-01-01T02:30:00Z',
      '2027-01-01T03:30:00Z',
      '2027-01-01T04:30:00Z',
      '2027-01-01T05:30:00Z',
      '2027-01-01T13:30:00Z',
    ];
    const calls = [
      call('2026-12-31T12:00:00Z', { answered: false }),
      ...times.map((at) => call(at, { answered: false })),
    ]; // the first is 12-31 20:00 local
    const result = complianceBreaches(calls, ['cn-cba-2026']).find((r) => r.id === 'cn-cba-2026/unanswered-calls');
    expect(result?.breaches).toEqual([
      { attempts: [7], reason: '7 unanswered calls to contact C1 on 2027-01-01 (local), more than 6' },
    ]);
    // 2026-12-31T16:00Z is already 2027-01-01 in Shanghai: moving the first call there makes 8 that day.
    const moved = complianceBreaches(
      [call('2026-12-31T16:00:00Z', { answered: false }), ...calls.slice(1)],
      ['cn-cba-2026'],
    ).find((r) => r.id === 'cn-cba-2026/unanswered-calls');
    expect(moved?.breaches.map((b) => b.attempts)).toEqual([[6, 7]]);
  });
});

describe('periods across year ends, whatever the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const tz of ['UTC', NY, SH, 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
      expect(shiftPeriod('2027-01', -1)).toBe('2026-12');
      expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
      expect(shiftPeriod('2027-Q1', -1)).toBe('2026-Q4');
      expect(shiftPeriod('2026-12-31', 1)).toBe('2027-01-01');
      expect(shiftPeriod('2026-03-08', 1)).toBe('2026-03-09'); // the 23-hour day in New York
      expect(shiftPeriod('2026-11-01', 1)).toBe('2026-11-02'); // the 25-hour day
      expect(shiftPeriod('2026', 1)).toBe('2027');
      expect(shiftPeriod('2026-11', 14)).toBe('2028-01');
      expect(samePeriodLastYear('2027-01')).toBe('2026-01');
      expect(samePeriodLastYear('2028-02-29')).toBe('2027-02-28');
      expect(isNextPeriod('2026-12', '2027-01')).toBe(true);
      expect(isNextPeriod('2026-Q4', '2027-Q1')).toBe(true);
      expect(isNextPeriod('2026-12-31', '2027-01-01')).toBe(true);
      expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
      expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
      expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    });
  }
});
