import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agentPerformance, channelEffectiveness, complaintTrend, KpiInputError } from '../../src/kpi/index.js';
import type { AgentRow, ChannelRow, ComplaintRow } from '../../src/model/rows.js';
import { agentRow, type AgentCounts } from '../support/agent-rows.js';

const agent = (agentId: string, n: number[]): AgentRow =>
  agentRow(agentId, `Agent ${agentId}`, undefined, n as unknown as AgentCounts);

describe('agentPerformance', () => {
  const rows = [
    agent('a1', [100, 40, 20, 10, 8, 6, 10_000, 2_500, 50]),
    agent('a2', [200, 60, 30, 12, 10, 5, 20_000, 3_000, 40]),
    agent('a3', [10, 4, 2, 1, 0, 0, 0, 0, 0]),
  ];
  const out = agentPerformance(rows, { minDenominator: { contactRate: 50 } });

  it('rates with numerators and denominators', () => {
    // a1: contact 40/100 = .4, RPC 20/100 = .2, PTP 10/20 = .5, kept 6/8 = .75, liquidation 2,500/10,000 = .25, per hour 2,500/50 = 50
    expect(out[0]!.metrics).toEqual({
      contactRate: { numerator: 40, denominator: 100, rate: 0.4, flagged: false },
      rpcRate: { numerator: 20, denominator: 100, rate: 0.2, flagged: false },
      ptpRate: { numerator: 10, denominator: 20, rate: 0.5, flagged: false },
      keptRate: { numerator: 6, denominator: 8, rate: 0.75, flagged: false },
      liquidation: { numerator: 2500, denominator: 10000, rate: 0.25, flagged: false },
      collectedPerHour: { numerator: 2500, denominator: 50, rate: 50, flagged: false },
    });
    // a2: per hour 3,000/40 = 75; kept 5/10 = .5
    expect(out[1]!.metrics.collectedPerHour.rate).toBe(75);
    // a3: 10 dials < 50 → contact rate flagged (still given); nothing due → kept rate null
    expect(out[2]!.metrics.contactRate).toEqual({ numerator: 4, denominator: 10, rate: 0.4, flagged: true });
    expect(out[2]!.metrics.keptRate.rate).toBeNull();
  });

  it('ranks: 1 = best, ties share, flagged and null unranked', () => {
    expect(out.map((a) => a.ranks.contactRate)).toEqual([1, 2, null]); // a3 flagged
    expect(out.map((a) => a.ranks.rpcRate)).toEqual([1, 3, 1]); // .2, .15, .2
    expect(out.map((a) => a.ranks.keptRate)).toEqual([1, 2, null]);
    expect(out.map((a) => a.ranks.collectedPerHour)).toEqual([2, 1, null]);
  });

  it('property: rank = 1 + number of trusted rates strictly higher (ties share), for any roster', () => {
    // Consistent funnels: connects ≤ dials, RPC ≤ connects, promises ≤ RPC, due ≤ promises, kept ≤ due.
    const counts = fc
      .array(fc.integer({ min: 0, max: 30 }), { minLength: 9, maxLength: 9 })
      .map(([d, c, r, p, due, k, assigned, collected, hours]) => {
        const connects = Math.min(c!, d!),
          rpc = Math.min(r!, connects),
          promises = Math.min(p!, rpc),
          dueN = Math.min(due!, promises);
        return [d!, connects, rpc, promises, dueN, Math.min(k!, dueN), assigned!, collected!, hours!];
      });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 0, maxLength: 40 }), (rosters) => {
        const perf = agentPerformance(
          rosters.map((n, i) => agent(`a${i}`, n)),
          { minDenominator: { contactRate: 10 } },
        );
        for (const metric of ['contactRate', 'rpcRate', 'keptRate', 'collectedPerHour'] as const) {
          const trusted = perf
            .map((a) => a.metrics[metric])
            .filter((m) => m.rate !== null && !m.flagged)
            .map((m) => m.rate!);
          for (const a of perf) {
            const m = a.metrics[metric];
            expect(a.ranks[metric]).toBe(
              m.rate === null || m.flagged ? null : 1 + trusted.filter((x) => x > m.rate!).length,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('one minimum for every metric', () => {
    const all = agentPerformance(rows, { minDenominator: 15 });
    expect(all[0]!.metrics.keptRate.flagged).toBe(true); // 8 due < 15
    expect(all[0]!.metrics.ptpRate.flagged).toBe(false); // 20 RPC ≥ 15
  });

  it.each<[string, AgentRow[], string, number, string]>([
    ['connects > dials', [agent('x', [1, 2, 0, 0, 0, 0, 0, 0, 0])], 'inconsistent', 0, 'connects'],
    ['kept > due', [agent('x', [1, 1, 1, 1, 1, 2, 0, 0, 0])], 'inconsistent', 0, 'promisesKept'],
    ['negative hours', [agent('x', [1, 1, 1, 1, 1, 1, 0, 0, -1])], 'negative', 0, 'hours'],
    ['NaN collected', [agent('x', [1, 1, 1, 1, 1, 1, 0, NaN, 1])], 'not-finite', 0, 'collected'],
    [
      'duplicate agent',
      [agent('x', [0, 0, 0, 0, 0, 0, 0, 0, 0]), agent('x', [0, 0, 0, 0, 0, 0, 0, 0, 0])],
      'duplicate',
      1,
      'agentId',
    ],
  ])('%s → KpiInputError', (_n, bad, code, rowIndex, field) => {
    expect(() => agentPerformance(bad)).toThrow(KpiInputError);
    expect(() => agentPerformance(bad)).toThrow(expect.objectContaining({ code, rowIndex, field }));
  });

  it('property: every rate is numerator ÷ denominator of its own row (the contract fields), null on zero, never NaN', () => {
    const arb = fc.array(
      fc.tuple(
        fc.nat({ max: 500 }),
        fc.nat({ max: 500 }),
        fc.nat({ max: 500 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 50 }),
        fc.nat({ max: 1e6 }),
        fc.nat({ max: 1e6 }),
        fc.nat({ max: 200 }),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const rows = list.map(([d, c, r, p, due, kept, as, col, h], i) => {
          const [rpc, conn, dials] = [r, c, d].sort((a, b) => a - b) as [number, number, number];
          return agent(`g${i}`, [dials, conn, rpc, p, Math.max(due, kept), Math.min(due, kept), as, col, h]);
        });
        const parts = {
          contactRate: ['connects', 'dials'],
          rpcRate: ['rightPartyContacts', 'dials'],
          ptpRate: ['promises', 'rightPartyContacts'],
          keptRate: ['promisesKept', 'promisesDue'],
          liquidation: ['collected', 'assigned'],
          collectedPerHour: ['collected', 'hours'],
        } as const;
        agentPerformance(rows).forEach((a, i) => {
          expect(a.agentId).toBe(rows[i]!.agentId);
          for (const [k, [num, den]] of Object.entries(parts)) {
            const [n, d] = [rows[i]![num], rows[i]![den]];
            expect(a.metrics[k as keyof typeof parts], `${a.agentId} ${k}`).toEqual({
              numerator: n,
              denominator: d,
              rate: d ? n / d : null,
              flagged: false,
            });
          }
        });
      }),
    );
  });
});

const c = (
  period: string,
  category: string,
  channel: string,
  received: number,
  closed: number,
  closedOnTime: number,
  upheld: number,
): ComplaintRow => ({ period, category, channel, received, closed, closedOnTime, upheld });

describe('complaintTrend', () => {
  const rows = [
    c('2024-02', 'A', 'web', 5, 5, 4, 0),
    c('2024-01', 'A', 'phone', 10, 8, 6, 2),
    c('2024-01', 'B', 'web', 30, 20, 20, 5),
  ];
  const exposure = [
    { period: '2024-01', accounts: 100_000 },
    { period: '2024-02', accounts: 90_000 },
    { period: '2024-02', accounts: 110_000 }, // two rows → average 100,000
  ];

  it('per 10,000 accounts, on-time and upheld rates, breakdown by category', () => {
    const t = complaintTrend(rows, exposure);
    expect(t.per).toBe(10_000);
    const [jan, feb] = t.periods;
    // January: 40 received over 100,000 accounts → 40 / 100,000 × 10,000 = 4 per 10k
    expect(jan!.received).toBe(40);
    expect(jan!.perAccounts).toEqual({ numerator: 40, denominator: 100_000, rate: 4 });
    expect(jan!.onTime).toEqual({ numerator: 26, denominator: 28, rate: 26 / 28 }); // (6 + 20) / (8 + 20)
    expect(jan!.upheld).toEqual({ numerator: 7, denominator: 28, rate: 0.25 }); // (2 + 5) / 28
    expect(jan!.breakdown.map((b) => [b.key, b.received, b.share.rate])).toEqual([
      ['B', 30, 0.75],
      ['A', 10, 0.25],
    ]);
    expect(jan!.breakdown[1]!.onTime.rate).toBe(0.75); // A: 6 / 8
    // February: 5 over the average of 90,000 and 110,000 → 0.5 per 10k; on time 4 / 5
    expect(feb!.accounts).toBe(100_000);
    expect(feb!.perAccounts.rate).toBe(0.5);
    expect(feb!.onTime.rate).toBe(0.8);
    // Total: 45 over average accounts 100,000 → 4.5; mix B 30, A 15
    expect(t.total.period).toBe('2024-01/2024-02');
    expect(t.total.perAccounts.rate).toBe(4.5);
    expect(t.total.breakdown.map((b) => [b.key, b.received])).toEqual([
      ['B', 30],
      ['A', 15],
    ]);
  });

  it('by channel, per 1,000, and no exposure → null rate', () => {
    const t = complaintTrend(rows, [{ period: '2024-01', accounts: 100_000 }], { by: 'channel', per: 1000 });
    expect(t.periods[0]!.breakdown.map((b) => b.key)).toEqual(['web', 'phone']);
    expect(t.periods[0]!.perAccounts.rate).toBe(0.4); // 40 / 100,000 × 1,000
    expect(t.periods[1]!.accounts).toBeNull();
    expect(t.periods[1]!.perAccounts.rate).toBeNull();
    expect(t.total.perAccounts.rate).toBeNull();
  });

  it.each<[string, ComplaintRow[], string, number, string]>([
    ['on time > closed', [c('2024-01', 'A', 'web', 1, 1, 2, 0)], 'inconsistent', 0, 'closedOnTime'],
    ['upheld > closed', [c('2024-01', 'A', 'web', 1, 1, 1, 3)], 'inconsistent', 0, 'upheld'],
    [
      'duplicate',
      [c('2024-01', 'A', 'web', 1, 1, 1, 0), c('2024-01', 'A', 'web', 1, 1, 1, 0)],
      'duplicate',
      1,
      'category',
    ],
    ['negative', [c('2024-01', 'A', 'web', -1, 1, 1, 0)], 'negative', 0, 'received'],
  ])('%s → KpiInputError', (_n, bad, code, rowIndex, field) => {
    expect(() => complaintTrend(bad, [])).toThrow(expect.objectContaining({ code, rowIndex, field }));
  });
  it('bad exposure throws', () => {
    expect(() => complaintTrend(rows, [{ period: '2024-01', accounts: NaN }])).toThrow(
      'exposure row 0 (period 2024-01): accounts is NaN',
    );
  });
});

describe('channelEffectiveness', () => {
  const ch = (
    period: string,
    channel: string,
    attempts: number,
    contacts: number,
    accounts: number,
    cost: number,
    collected: number,
  ): ChannelRow => ({ period, channel, attempts, contacts, accounts, cost, collected });
  it('sums periods per channel; contact rate, yield per attempt, collected per cost; contract order', () => {
    const out = channelEffectiveness([
      ch('2024-01', 'pigeon', 1, 1, 1, 0, 0),
      ch('2024-01', 'sms', 5000, 0, 3000, 250, 5000),
      ch('2024-01', 'phone', 1000, 300, 500, 2000, 50_000),
      ch('2024-02', 'phone', 1000, 200, 400, 2000, 30_000),
    ]);
    expect(out.channels.map((x) => x.channel)).toEqual(['phone', 'sms', 'pigeon']);
    const phone = out.channels[0]!;
    // phone: 2,000 attempts, 500 contacts → .25; 80,000 collected / 2,000 = 40 per attempt; / 4,000 cost = 20
    expect([phone.attempts, phone.contacts, phone.cost, phone.collected]).toEqual([2000, 500, 4000, 80_000]);
    expect([phone.contactRate.rate, phone.yieldPerAttempt.rate, phone.collectedPerCost.rate]).toEqual([0.25, 40, 20]);
    expect(out.channels[1]!.contactRate.rate).toBe(0); // sms: 0 / 5,000
    expect(out.channels[2]!.collectedPerCost.rate).toBeNull(); // cost 0
    // total: 7,001 attempts, 501 contacts, 85,000 collected, 4,250 cost
    expect(out.total).toMatchObject({
      channel: 'total',
      attempts: 7001,
      contacts: 501,
      accounts: 3901,
      cost: 4250,
      collected: 85_000,
    });
    expect(out.total.collectedPerCost.rate).toBe(20);
  });
  it.each<[string, ChannelRow[], string, number, string]>([
    ['contacts > attempts', [ch('2024-01', 'sms', 1, 2, 0, 0, 0)], 'inconsistent', 0, 'contacts'],
    [
      'duplicate',
      [ch('2024-01', 'sms', 1, 1, 0, 0, 0), ch('2024-01', 'sms', 1, 1, 0, 0, 0)],
      'duplicate',
      1,
      'channel',
    ],
    ['Infinity cost', [ch('2024-01', 'sms', 1, 1, 0, Infinity, 0)], 'not-finite', 0, 'cost'],
  ])('%s → KpiInputError', (_n, bad, code, rowIndex, field) => {
    expect(() => channelEffectiveness(bad)).toThrow(expect.objectContaining({ code, rowIndex, field }));
  });
});
