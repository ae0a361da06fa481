import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparePeriods,
  complianceBreaches,
  complianceRates,
  flowRates,
  isNextPeriod,
  KpiInputError,
  localTime,
  seriesInterval,
  shiftPeriod,
  samePeriodLastYear,
  toInstant,
} from '../../src/kpi/index.js';
import type { ContactAttempt } from '../../src/kpi/index.js';

const call = (at: string | number, extra: Partial<ContactAttempt> = {}): ContactAttempt => ({
  debtId: 'd1',
  contactId: 'p1',
  at,
  answered: true,
  conversation: false,
  party: 'debtor',
  ...extra,
});
const byId = (results: ReturnType<typeof complianceBreaches>, id: string) => results.find((r) => r.id === id)!;

describe('complianceBreaches cn-cba-2026', () => {
  it('quiet hours: 22:00–08:00 Asia/Shanghai by default, attempt zone and consent respected', () => {
    const attempts = [
      call('2026-03-01T22:30:00+08:00'), // 0: 22:30 Shanghai → breach
      call('2026-03-01T13:59:00Z'), // 1: 21:59 Shanghai → fine
      call('2026-03-01T07:59:00+08:00'), // 2: 07:59 → breach
      call('2026-03-01T07:00:00+08:00', { consent: true }), // 3: consented
      call(Date.UTC(2026, 2, 1, 0, 0)), // 4: epoch ms, 08:00 Shanghai → fine
      call('2026-03-01T23:00:00Z', { timeZone: 'America/New_York' }), // 5: 18:00 in New York → fine
    ];
    const r = byId(complianceBreaches(attempts, ['cn-cba-2026']), 'cn-cba-2026/quiet-hours');
    expect(r.rule).toBe('cn-cba-2026');
    expect(r.checked).toBe(6);
    expect(r.breaches.map((b) => b.attempts)).toEqual([[0], [2]]);
    expect(r.breaches[0]!.reason).toBe('call at 22:30 local time on 2026-03-01, outside 08:00–22:00');
  });

  it('more than 6 unanswered calls to one contact in one local day; the calls beyond the 6th', () => {
    const attempts: ContactAttempt[] = [];
    for (let h = 9; h <= 16; h++)
      attempts.push(call(`2026-03-02T${String(h).padStart(2, '0')}:00:00+08:00`, { answered: false })); // 0..7: 8 unanswered
    attempts.push(call('2026-03-02T17:00:00+08:00', { answered: false, channel: 'sms' })); // 8: not a call
    attempts.push(call('2026-03-02T17:30:00+08:00', { answered: true })); // 9: answered
    for (let h = 9; h <= 14; h++)
      attempts.push(call(`2026-03-03T${String(h).padStart(2, '0')}:00:00+08:00`, { answered: false, contactId: 'p2' })); // 10..15: 6, fine
    // 16: 2026-03-02T16:30Z is 00:30 on 03-03 in Shanghai → another day for p1
    attempts.push(call('2026-03-02T16:30:00Z', { answered: false }));
    const r = byId(complianceBreaches(attempts, ['cn-cba-2026']), 'cn-cba-2026/unanswered-calls');
    expect(r.checked).toBe(16); // every attempt but the SMS
    expect(r.breaches).toEqual([
      { attempts: [6, 7], reason: '8 unanswered calls to contact p1 on 2026-03-02 (local), more than 6' },
    ]);
  });

  it('field visits by at least two collectors; visits without a count are not checked', () => {
    const visit = (collectors?: number) =>
      call('2026-03-01T10:00:00+08:00', { channel: 'visit', ...(collectors === undefined ? {} : { collectors }) });
    const r = byId(
      complianceBreaches([visit(2), visit(1), visit(), call('2026-03-01T10:00:00+08:00')], ['cn-cba-2026']),
      'cn-cba-2026/two-collectors',
    );
    expect(r.checked).toBe(2);
    expect(r.breaches).toEqual([
      { attempts: [1], reason: 'field visit about debt d1 on 2026-03-01 by 1 collector(s), fewer than 2' },
    ]);
  });

  it('unrelated third parties; related parties allowed', () => {
    const r = byId(
      complianceBreaches(
        [
          call('2026-03-01T10:00:00+08:00', { party: 'related' }),
          call('2026-03-01T10:00:00+08:00', { party: 'third-party', contactId: 'x9' }),
        ],
        ['cn-cba-2026'],
      ),
      'cn-cba-2026/third-party',
    );
    expect(r.breaches).toEqual([{ attempts: [1], reason: 'contact x9 about debt d1 is an unrelated third party' }]);
  });
});

describe('complianceBreaches us-reg-f', () => {
  const chicago = (date: string, time = '12:00') => call(`${date}T${time}:00-06:00`, { timeZone: 'America/Chicago' });

  it('more than 7 calls in 7 consecutive days per debt', () => {
    const attempts = ['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => chicago(`2026-03-${d}`)); // 0..7 one a day
    attempts.push(chicago('2026-03-07', '15:00')); // 8: second call on Mar 7 → 8 calls in Mar 1–7
    attempts.push({ ...chicago('2026-03-07'), debtId: 'd2' }); // 9: other debt
    const r = byId(complianceBreaches(attempts, ['us-reg-f']), 'us-reg-f/7-in-7');
    // Mar 7 15:00: Mar 1..7 hold 8 calls → breach. Mar 8: Mar 2..8 hold 6 + 2 = 8 → breach.
    expect(r.breaches.map((b) => b.attempts)).toEqual([[8], [7]]);
    expect(r.breaches[0]!.reason).toBe(
      'call 8 about debt d1 within 7 consecutive days (2026-03-01 to 2026-03-07), more than 7',
    );
    expect(r.checked).toBe(10);
  });

  it('a call within 7 days after a conversation (conversation day = day 1)', () => {
    const attempts = [
      { ...chicago('2026-03-01', '10:00'), conversation: true }, // 0
      chicago('2026-03-01', '16:00'), // 1: same day → breach
      chicago('2026-03-07', '10:00'), // 2: day 7 → breach
      chicago('2026-03-08', '10:00'), // 3: day 8 → fine
      { ...chicago('2026-03-05'), debtId: 'd2' }, // 4: other debt
    ];
    const r = byId(complianceBreaches(attempts, ['us-reg-f']), 'us-reg-f/after-conversation');
    expect(r.breaches.map((b) => b.attempts)).toEqual([[1], [2]]);
    expect(r.breaches[1]!.reason).toBe(
      'call about debt d1 on 2026-03-07, within 7 days after the conversation on 2026-03-01',
    );
  });

  it('outside 08:00–21:00 consumer-local; local day via Intl', () => {
    const attempts = [
      call('2026-03-02T03:00:00Z', { timeZone: 'America/Chicago' }), // 0: 21:00 on Mar 1 in Chicago (UTC−6) → breach
      call('2026-03-02T02:59:00Z', { timeZone: 'America/Chicago' }), // 1: 20:59 → fine
      call('2026-03-02T13:59:00Z', { timeZone: 'America/Chicago' }), // 2: 07:59 → breach
      call('2026-03-02T13:59:00Z', { timeZone: 'America/Los_Angeles' }), // 3: 05:59 → breach
    ];
    const r = byId(complianceBreaches(attempts, ['us-reg-f']), 'us-reg-f/time-of-day');
    expect(r.breaches.map((b) => b.attempts)).toEqual([[0], [2], [3]]);
    expect(r.breaches[0]!.reason).toBe('call at 21:00 local time on 2026-03-01, outside 08:00–21:00');
  });

  it('rule settings: a default zone and a stricter limit', () => {
    const attempts = ['01', '02', '03'].map((d) => call(`2026-03-${d}T12:00:00Z`));
    const r = complianceBreaches(attempts, [{ preset: 'us-reg-f', timeZone: 'UTC', maxCallsPer7Days: 2 }]);
    expect(byId(r, 'us-reg-f/7-in-7').breaches.map((b) => b.attempts)).toEqual([[2]]);
  });

  it.each<[string, ContactAttempt[], string, string]>([
    ['no zone for US rules', [call('2026-03-01T12:00:00Z')], 'missing', 'timeZone'],
    ['timestamp without offset', [call('2026-03-01T12:00:00', { timeZone: 'UTC' })], 'invalid', 'at'],
    ['unknown zone', [call('2026-03-01T12:00:00Z', { timeZone: 'Mars/Olympus' })], 'invalid', 'timeZone'],
    ['missing debt id', [call('2026-03-01T12:00:00Z', { timeZone: 'UTC', debtId: '' })], 'missing', 'debtId'],
  ])('%s → KpiInputError naming row 0', (_n, bad, code, field) => {
    expect(() => complianceBreaches(bad, ['us-reg-f'])).toThrow(KpiInputError);
    expect(() => complianceBreaches(bad, ['us-reg-f'])).toThrow(expect.objectContaining({ code, field, rowIndex: 0 }));
  });

  it('unknown preset throws', () => {
    expect(() => complianceBreaches([], ['eu-x' as 'us-reg-f'])).toThrow(/unknown compliance preset "eu-x"/);
  });
});

describe('localTime', () => {
  it('Asia/Shanghai has no DST: 2026-07-01T16:00Z is 00:00 on July 2', () => {
    expect(localTime(Date.parse('2026-07-01T16:00:00Z'), 'Asia/Shanghai')).toMatchObject({
      date: '2026-07-02',
      hour: 0,
      minute: 0,
    });
  });
});

describe('complianceRates', () => {
  it('breaches ÷ checked per period and rule, sorted', () => {
    expect(
      complianceRates([
        { period: '2024-02', rule: 'us-reg-f/7-in-7', checked: 200, breaches: 3 },
        { period: '2024-01', rule: 'cn-cba-2026/quiet-hours', checked: 0, breaches: 0 },
        { period: '2024-01', rule: 'a', checked: 1000, breaches: 5 },
      ]),
    ).toEqual([
      { period: '2024-01', rule: 'a', numerator: 5, denominator: 1000, rate: 0.005 },
      { period: '2024-01', rule: 'cn-cba-2026/quiet-hours', numerator: 0, denominator: 0, rate: null },
      { period: '2024-02', rule: 'us-reg-f/7-in-7', numerator: 3, denominator: 200, rate: 0.015 },
    ]);
  });
  it('breaches > checked and duplicates throw', () => {
    expect(() => complianceRates([{ period: 'p', rule: 'r', checked: 1, breaches: 2 }])).toThrow(
      expect.objectContaining({ code: 'inconsistent', rowIndex: 0 }),
    );
    expect(() =>
      complianceRates([
        { period: 'p', rule: 'r', checked: 1, breaches: 0 },
        { period: 'p', rule: 'r', checked: 1, breaches: 0 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'duplicate', rowIndex: 1 }));
  });
  it('property: each rate is breaches ÷ checked of its own row (null when nothing was checked), rows sorted by period', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 })), { maxLength: 20 }), (pairs) => {
        const rows = pairs.map(([a, b], i) => ({
          period: `p${String(i).padStart(2, '0')}`,
          rule: 'r',
          checked: Math.max(a, b),
          breaches: Math.min(a, b),
        }));
        const out = complianceRates([...rows].reverse());
        // A function returning 0 (or any constant) fails here: the oracle is the row itself.
        expect(out).toEqual(
          rows.map((r) => ({
            period: r.period,
            rule: 'r',
            numerator: r.breaches,
            denominator: r.checked,
            rate: r.checked ? r.breaches / r.checked : null,
          })),
        );
      }),
    );
  });
});

describe('period labels', () => {
  it.each([
    ['2024-01', -1, undefined, '2023-12'],
    ['2024-12', 1, undefined, '2025-01'],
    ['2024-Q1', -1, undefined, '2023-Q4'],
    ['2024', -1, undefined, '2023'],
    ['2024-03-01', -1, undefined, '2024-02-29'],
    ['2024-03-04', -1, 'week', '2024-02-26'],
    ['2021-W01', -1, undefined, '2020-W53'], // 2020 has 53 ISO weeks
    ['2024-W10', 1, undefined, '2024-W11'],
    ['weird', 1, undefined, null],
  ] as const)('shiftPeriod(%s, %s, %s) = %s', (p, steps, interval, expected) => {
    expect(shiftPeriod(p, steps, interval)).toBe(expected);
  });
  it.each([
    ['2024-05', '2023-05'],
    ['2024-02-29', '2023-02-28'],
    ['2024-Q2', '2023-Q2'],
    ['2024-W07', '2023-W07'],
  ])('samePeriodLastYear(%s) = %s', (p, expected) => {
    expect(samePeriodLastYear(p)).toBe(expected);
  });
});

describe('seriesInterval, isNextPeriod, toInstant', () => {
  it.each([
    [['2024-01', '2024-03'], 'month'],
    [['2024-01-01', '2024-01-08', '2024-01-22'], 'week'],
    [['2024-01-01', '2024-01-02'], 'day'],
    [['2024-01', '2024-01-01'], null], // mixed shapes
    [['2024-Q1'], 'quarter'],
    [[], null],
  ] as const)('seriesInterval(%j) = %s', (labels, expected) => {
    expect(seriesInterval(labels)).toBe(expected);
  });
  it('isNextPeriod', () => {
    expect(isNextPeriod('2024-12', '2025-01')).toBe(true);
    expect(isNextPeriod('2024-01', '2024-03')).toBe(false);
    expect(isNextPeriod('2024-01-01', '2024-01-08', 'week')).toBe(true);
    expect(isNextPeriod('2024-01-01', '2024-01-08', 'day')).toBe(false);
    expect(isNextPeriod('a', 'b')).toBe(true); // free labels: adjacent in sorted order
  });
  it('toInstant takes epoch ms or ISO with offset only', () => {
    expect(toInstant('2026-03-01T08:00:00+08:00', 'x')).toBe(Date.UTC(2026, 2, 1, 0, 0));
    expect(toInstant(5, 'x')).toBe(5);
    for (const bad of ['2026-03-01 08:00', '2026-03-01', NaN, null])
      expect(() => toInstant(bad, 'x')).toThrow(KpiInputError);
  });
  it('flowRates on weekly day labels pairs weeks, not days', () => {
    const w = (period: string, bucket: string, balance: number) => ({ period, bucket, accounts: 1, balance });
    const out = flowRates([
      w('2024-01-01', 'M0', 100),
      w('2024-01-08', 'M0', 90),
      w('2024-01-08', 'M1', 10),
      w('2024-01-22', 'M1', 5),
    ]);
    // 01-08 follows 01-01 (M0→M1 = 10 / 100); 01-22 does not follow 01-08 (01-15 missing) → no rates
    expect(out.map((f) => f.period)).toEqual(Array(7).fill('2024-01-08'));
    expect(out[0]!.rate).toBe(0.1);
  });
});

describe('comparePeriods', () => {
  const rates = [
    { period: '2024-02', value: 0.035 },
    { period: '2023-02', value: 0.03 },
    { period: '2024-01', value: 0.031 },
    { period: '2024-04', value: 0.04 }, // 2024-03 missing
  ];
  it('previous period, rates in points; sorted; a gap gives null', () => {
    const out = comparePeriods(rates, { compare: 'previous-period', kind: 'rate' });
    expect(out.map((o) => o.period)).toEqual(['2023-02', '2024-01', '2024-02', '2024-04']);
    expect(out[2]).toMatchObject({ comparePeriod: '2024-01', compareValue: 0.031, kind: 'rate', deltaPercent: null });
    expect(out[2]!.deltaPoints).toBeCloseTo(0.004, 12); // 0.035 − 0.031 = 0.4 pp
    expect(out[3]).toMatchObject({ comparePeriod: null, compareValue: null, delta: null, deltaPoints: null });
    expect(out[0]!.comparePeriod).toBeNull();
  });
  it('same period last year', () => {
    const out = comparePeriods(rates, { compare: 'same-period-last-year', kind: 'rate' });
    expect(out[2]!.comparePeriod).toBe('2023-02');
    expect(out[2]!.deltaPoints).toBeCloseTo(0.005, 12); // 0.035 − 0.030
  });
  it('amounts in percent; zero base gives null; per-value kind wins', () => {
    const out = comparePeriods(
      [
        { period: '2024-01', value: 100 },
        { period: '2024-02', value: 120 },
        { period: '2024-03', value: 0 },
        { period: '2024-04', value: 50 },
        { period: '2024-05', value: 0.5, kind: 'rate' as const },
      ],
      { compare: 'previous-period' },
    );
    expect(out[1]!.deltaPercent).toBeCloseTo(0.2, 12); // (120 − 100) / 100
    expect(out[2]!.deltaPercent).toBe(-1); // (0 − 120) / 120
    expect(out[3]!.deltaPercent).toBeNull(); // base 0
    expect(out[3]!.delta).toBe(50);
    expect(out[4]).toMatchObject({ kind: 'rate', deltaPercent: null, deltaPoints: 0.5 - 50 });
  });
  it('weeks given by their first day', () => {
    const out = comparePeriods(
      [
        { period: '2024-01-08', value: 2 },
        { period: '2024-01-01', value: 1 },
      ],
      { compare: 'previous-period' },
    );
    expect(out[1]).toMatchObject({ comparePeriod: '2024-01-01', deltaPercent: 1 });
  });
  it('null values give null deltas', () => {
    const out = comparePeriods(
      [
        { period: '2024-01', value: null },
        { period: '2024-02', value: 1 },
      ],
      { compare: 'previous-period', kind: 'rate' },
    );
    expect(out[1]).toMatchObject({ comparePeriod: '2024-01', compareValue: null, deltaPoints: null });
  });
  it.each<[string, () => unknown, string]>([
    [
      'duplicate period',
      () =>
        comparePeriods(
          [
            { period: '2024-01', value: 1 },
            { period: '2024-01', value: 2 },
          ],
          { compare: 'previous-period' },
        ),
      'duplicate',
    ],
    [
      'NaN value',
      () => comparePeriods([{ period: '2024-01', value: NaN }], { compare: 'previous-period' }),
      'not-finite',
    ],
    [
      'last year of a free label',
      () => comparePeriods([{ period: 'spring', value: 1 }], { compare: 'same-period-last-year' }),
      'invalid',
    ],
  ])('%s → KpiInputError', (_n, fn, code) => {
    expect(fn).toThrow(expect.objectContaining({ code }));
  });
  it('property: no NaN or Infinity in deltas', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 24 }),
        (values) => {
          const series = values.map((value, i) => ({ period: shiftPeriod('2022-01', i)!, value }));
          for (const o of comparePeriods(series, { compare: 'previous-period' })) {
            for (const v of [o.delta, o.deltaPercent, o.deltaPoints])
              expect(v === null || Number.isFinite(v)).toBe(true);
          }
        },
      ),
    );
  });
});
