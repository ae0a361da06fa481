/**
 * The public samples (test/data/public, provenance in SOURCES.md) loaded into the canonical tables and
 * served over HTTP give the figures test/kpi/real-data.test.ts pins: UCI Taiwan transitions (August →
 * September), LendingClub recovery of charged-off loans, CFPB debt-collection complaints.
 *
 * Mapping (what a bank's views would do with these sources):
 * - UCI: one `account_period` row per client and month; repayment status k → dpd = 30·k (≤ 0 → 0),
 *   balance = the month's bill clamped at 0 (X13 August, X12 September), product credit-card, region tw;
 *   September rows carry August's dpd and balance as prev_dpd / prev_balance.
 * - LendingClub: `charge_offs` amount = funded_amnt − total_rec_prncp in the month of the last payment (or of
 *   issue when none); the sample gives recovery totals, not dates, so one `recovery_payments` row per loan
 *   on the 15th of the next month: amount = recoveries, cost = collection_recovery_fee (to the cent).
 * - CFPB: `complaints` of Product "Debt collection": category = Issue, channel = Submitted via; CFPB closes
 *   every complaint with its response, so closed_on = received_on, and "Timely response?" = No becomes a
 *   due date the day before (closed_on ≤ due_on is the schema's on-time test); upheld = relief given.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { FastifyInstance } from 'fastify';
import { HOOK_DEADLINE } from './support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintTrend, overdueRates, transitionMatrix } from '../../src/kpi/index.js';
import type { ComplaintRow, OverdueRow, RecoveryRow, RollRateRow } from '../../src/model/rows.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { createApp } from '../../src/server/http/app.js';
import { writeTables } from '../../src/server/seed/write-duckdb.js';
import { readPublic } from '../support/public-data.js';
import { cents, publicTables, PUBLIC_AS_OF } from './public-tables.js';

let dir: string;
let engine: Engine;
let app: FastifyInstance;
const get = async <R>(path: string) => {
  const r = await app.inject(`/api/collection/${path}`);
  expect(r.statusCode, path).toBe(200);
  return r.json<{ rows: R[]; exposure?: unknown[] }>();
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collectkit-public-'));
  const tables = publicTables();
  await writeTables(tables, { out: join(dir, 'public.duckdb'), asOf: PUBLIC_AS_OF });
  engine = await openDuckDb(join(dir, 'public.duckdb'), { connections: 2, threads: 1 });
  app = await createApp({ engine });
}, HOOK_DEADLINE);
afterAll(async () => {
  await app?.close();
  engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('public samples through collectkit serve', () => {
  it('UCI: roll-rates give the pinned August → September transition counts and balance row sums', async () => {
    const { rows } = await get<RollRateRow>('roll-rates?product=credit-card');
    const counts = transitionMatrix(rows, { basis: 'count' }).counts;
    expect(counts[0]!.slice(0, 3)).toEqual([22_735, 1_836, 991]);
    expect(counts[2]!.slice(0, 3)).toEqual([392, 1_672, 1_591]);
    expect(counts[7]![7]).toBe(19);
    expect(counts[1]).toEqual([0, 28, 0, 0, 0, 0, 0, 0]);
    expect(counts.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([25_562, 28, 3_927, 326, 99, 25, 12, 21]);
    const balance = transitionMatrix(rows, { basis: 'balance' }).counts;
    const rowSum = (i: number) => balance[i]!.reduce((a, b) => a + b, 0);
    expect([rowSum(0), rowSum(2), rowSum(7)]).toEqual([1_250_615_357, 198_138_786, 2_185_779]);
  });

  it('UCI: September overdue M1+ by count = 6,818 / 30,000', async () => {
    const { rows } = await get<OverdueRow>('overdue?from=2005-09&to=2005-09');
    const sep = overdueRates(rows, { buckets: ['M1+'], basis: 'count' })[0]!;
    expect(sep).toMatchObject({ period: '2005-09', numerator: 6_818, denominator: 30_000 });
  });

  it('LendingClub: charged off 2,620,204.71, recovered 316,108.20 (gross 12.0643 %), fees to the cent', async () => {
    const { rows } = await get<RecoveryRow>('recovery');
    const chargedOff = [...new Map(rows.map((r) => [r.cohort, r.chargedOff])).values()].reduce((a, b) => a + b, 0);
    const recovered = rows.reduce((a, r) => a + r.recovered, 0);
    const fees = rows.reduce((a, r) => a + r.fees, 0);
    expect(cents(chargedOff)).toBe(2_620_204.71);
    expect(cents(recovered)).toBe(316_108.2);
    expect(recovered / chargedOff).toBeCloseTo(0.1206425585, 9);
    // Pinned Σ collection_recovery_fee = 52,129.4729…; the table holds each fee to the cent (DECIMAL(18,2)).
    const perLoanCents = csvParse(readPublic('lendingclub_sample_2000.csv'))
      .filter((r) => r.loan_status === 'Charged Off')
      .reduce((a, r) => a + Math.round(Number(r.collection_recovery_fee) * 100), 0);
    expect(Math.round(fees * 100)).toBe(perLoanCents);
    expect(Math.abs(fees - 52_129.4729)).toBeLessThan(241 * 0.005);
  });

  it('CFPB: the pinned monthly trend, 1,231 received, 1,190 on time, 113 upheld, issue and channel mix', async () => {
    const { rows } = await get<ComplaintRow>('complaints?from=2015-01&to=2020-12');
    const trend = complaintTrend(rows, [], { by: 'category' });
    expect(trend.total.received).toBe(1_231);
    expect(trend.total.onTime).toEqual({ numerator: 1_190, denominator: 1_231, rate: 1_190 / 1_231 });
    expect(trend.total.upheldCount).toBe(113);
    const apr = trend.periods.find((p) => p.period === '2019-04')!;
    expect(apr.onTime).toEqual({ numerator: 414, denominator: 421, rate: 414 / 421 });
    expect(trend.periods.map((p) => [p.period, p.received, p.closedOnTime]).slice(-6)).toEqual([
      ['2019-10', 11, 11],
      ['2019-11', 5, 5],
      ['2019-12', 7, 7],
      ['2020-01', 11, 11],
      ['2020-02', 4, 4],
      ['2020-03', 12, 12],
    ]);
    expect(trend.total.breakdown.slice(0, 3).map((b) => [b.key, b.received])).toEqual([
      ['Attempts to collect debt not owed', 629],
      ['Written notification about debt', 271],
      ['Communication tactics', 121],
    ]);
    const byChannel = complaintTrend(rows, [], { by: 'channel' });
    expect(byChannel.total.breakdown.map((b) => [b.key, b.received])).toEqual([
      ['Web', 1_007],
      ['Phone', 101],
      ['Postal mail', 59],
      ['Referral', 55],
      ['Fax', 9],
    ]);
  });
});
