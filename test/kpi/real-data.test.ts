/**
 * The KPI engine against public real data in `test/data/public` (provenance in its SOURCES.md). Every
 * expected figure is pinned as a literal computed once outside the code under test (the command is in
 * the comment), and where practical recomputed here by a plain loop written separately from `src/kpi`.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import {
  complaintTrend,
  overdueRates,
  recoveryCurves,
  snapshotsToOverdue,
  snapshotsToRollRates,
  transitionMatrix,
} from '../../src/kpi/index.js';
import type { AccountSnapshot } from '../../src/kpi/index.js';
import type { ComplaintRow, RollRateRow } from '../../src/model/rows.js';

import { readPublic, type PublicFile } from '../support/public-data.js';

// The copy inside the repository: a missing file fails these tests (it never skips them).
const read = (file: PublicFile) => csvParse(readPublic(file));
const STATES = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];

describe('real data in test/data/public', () => {
  describe('UCI Taiwan credit-card panel: August (X7 = PAY_2) → September (X6 = PAY_0)', () => {
    // Header row is ID,X1..X23,Y; guard against a second row of names (LIMIT_BAL, …) in other copies.
    const rows = read('uci_default_credit_card_clients_30000.csv').filter((r) => /^\d+$/.test(r.ID ?? ''));
    // Repayment status ≤ 0 → M0 (paid duly / revolving), k = 1..6 months of delay → Mk, ≥ 7 → M7+.
    const stateOf = (status: string) => {
      const s = Number(status);
      return s <= 0 ? 'M0' : s >= 7 ? 'M7+' : `M${s}`;
    };

    // Independent expectation: a plain count of (August state, September state) pairs.
    const expected = STATES.map(() => STATES.map(() => 0));
    for (const r of rows) expected[STATES.indexOf(stateOf(r.X7!))]![STATES.indexOf(stateOf(r.X6!))]!++;

    it('has 30,000 accounts', () => {
      expect(rows).toHaveLength(30_000);
    });

    it('transitionMatrix over aggregated pair counts equals the plain count and the pinned cells', () => {
      const agg: RollRateRow[] = [];
      STATES.forEach((from, i) =>
        STATES.forEach(
          (to, j) =>
            expected[i]![j] && agg.push({ period: '2005-09', from, to, accounts: expected[i]![j], balance: 0 }),
        ),
      );
      const m = transitionMatrix(agg, { basis: 'count' });
      expect(m.states).toEqual(STATES);
      expect(m.counts).toEqual(expected);
      // Pinned once with awk (field 8 = X7, field 7 = X6):
      // awk -F, 'NR>1{a=$8+0;s=$7+0;f=(a<=0?"M0":(a>=7?"M7+":"M" a));t=(s<=0?"M0":(s>=7?"M7+":"M" s));c[f">"t]++}
      //   END{print c["M0>M0"],c["M0>M1"],c["M0>M2"],c["M2>M1"],c["M2>M2"],c["M2>M0"],c["M7+>M7+"],c["M1>M1"]}'
      //   → 22735 1836 991 1672 1591 392 19 28
      expect(m.counts[0]!.slice(0, 3)).toEqual([22_735, 1_836, 991]);
      expect(m.counts[2]!.slice(0, 3)).toEqual([392, 1_672, 1_591]);
      expect(m.counts[7]![7]).toBe(19);
      expect(m.counts[1]).toEqual([0, 28, 0, 0, 0, 0, 0, 0]); // the 28 status-1 accounts of August all stay M1
      // Row totals (python3 csv.DictReader, Counter of stateOf(X7)): M0 25,562, M2 3,927, M7+ 21
      expect(m.counts.map((row) => row.reduce((a, b) => a + b, 0))).toEqual([25_562, 28, 3_927, 326, 99, 25, 12, 21]);
      // M0 → M0 = 22,735 / 25,562 = 0.889406…; M2 cure rate = 392 / 3,927 = 0.099822…
      expect(m.rates[0]![0]).toBeCloseTo(0.889406, 6);
      expect(m.rates[2]![0]).toBeCloseTo(0.099822, 6);
    });

    it('the same matrix from account snapshots via snapshotsToRollRates (status k → k × 30 days past due)', () => {
      const snaps: AccountSnapshot[] = [];
      for (const r of rows) {
        // BILL_AMT can be negative (a credit balance): clamp at 0 for the balance basis
        snaps.push({
          accountId: r.ID!,
          period: '2005-08',
          dpd: Math.max(0, Number(r.X7)) * 30,
          balance: Math.max(0, Number(r.X13)),
        });
        snaps.push({
          accountId: r.ID!,
          period: '2005-09',
          dpd: Math.max(0, Number(r.X6)) * 30,
          balance: Math.max(0, Number(r.X12)),
        });
      }
      const rolls = snapshotsToRollRates(snaps);
      expect(transitionMatrix(rolls, { basis: 'count' }).counts).toEqual(expected);
      // Balance basis uses the August bill (X13); row sums pinned with python3:
      // sum(max(0, float(X13))) by stateOf(X7) → M0 1,250,615,357; M2 198,138,786; M7+ 2,185,779
      const mb = transitionMatrix(rolls, { basis: 'balance' });
      const rowSum = (i: number) => mb.counts[i]!.reduce((a, b) => a + b, 0);
      expect([rowSum(0), rowSum(2), rowSum(7)]).toEqual([1_250_615_357, 198_138_786, 2_185_779]);
      // September overdue rate M1+ by count: python3 Counter(stateOf(X6)) → M0 23,182 of 30,000 → 6,818 / 30,000
      const sep = overdueRates(snapshotsToOverdue(snaps), { buckets: ['M1+'], basis: 'count' }).find(
        (r) => r.period === '2005-09',
      )!;
      expect(sep).toMatchObject({ numerator: 6_818, denominator: 30_000 });
      expect(sep.rate).toBeCloseTo(0.227267, 6);
    });
  });

  describe('LendingClub sample: recovery of Charged Off loans', () => {
    const loans = read('lendingclub_sample_2000.csv').filter((r) => r.loan_status === 'Charged Off');
    // Pinned once with python3 (csv.DictReader, Decimal sums over loan_status == 'Charged Off'):
    //   241 loans; Σ(funded_amnt − total_rec_prncp) = 2,620,204.71; Σ recoveries = 316,108.20;
    //   Σ collection_recovery_fee = 52,129.4729001304
    //   gross = 316,108.20 / 2,620,204.71 = 0.1206425584968…; net = (316,108.20 − 52,129.4729) / 2,620,204.71 = 0.1007473675978…
    it('241 charged-off loans with the pinned sums', () => {
      expect(loans).toHaveLength(241);
      const sum = (f: (r: (typeof loans)[number]) => number) => loans.reduce((s, r) => s + f(r), 0);
      expect(sum((r) => Number(r.funded_amnt) - Number(r.total_rec_prncp))).toBeCloseTo(2_620_204.71, 4);
      expect(sum((r) => Number(r.recoveries))).toBeCloseTo(316_108.2, 4);
      expect(sum((r) => Number(r.collection_recovery_fee))).toBeCloseTo(52_129.4729, 4);
    });

    it('recoveryCurves of one cohort row gives the gross and net recovery rates', () => {
      const row = {
        cohort: 'charged-off',
        month: 1,
        chargedOff: 2_620_204.71,
        recovered: 316_108.2,
        fees: 52_129.4729001304,
      };
      const gross = recoveryCurves([row], { net: false })[0]!.points[0]!;
      const net = recoveryCurves([row], { net: true })[0]!.points[0]!;
      expect(gross.rate).toBeCloseTo(0.120642558, 9);
      expect(net.rate).toBeCloseTo(0.100747368, 9);
      expect(net.cumulative).toBeCloseTo(263_978.7271, 4); // 316,108.20 − 52,129.4729
    });

    it('per-loan rows aggregated by the kit match too (one cohort, one row per loan → summed per month)', () => {
      // recoveryCurves wants one row per cohort × month, so the loans become cohorts by id, then summed here
      const curves = recoveryCurves(
        loans.map((r) => ({
          cohort: r.id!,
          month: 1,
          chargedOff: Number(r.funded_amnt) - Number(r.total_rec_prncp),
          recovered: Number(r.recoveries),
          fees: Number(r.collection_recovery_fee),
        })),
        { net: false },
      );
      const co = curves.reduce((s, c) => s + c.chargedOff, 0);
      const rec = curves.reduce((s, c) => s + c.points[0]!.cumulative, 0);
      expect(rec / co).toBeCloseTo(0.120642558, 9);
    });
  });

  describe('CFPB complaints: Product == "Debt collection"', () => {
    const all = read('cfpb_complaints_sample_6623.csv');
    const debt = all.filter((r) => r.Product === 'Debt collection');
    // Dates are YYYY/M/D without padding → YYYY-MM.
    const month = (d: string) => {
      const [y, m] = d.split('/');
      return `${y}-${m!.padStart(2, '0')}`;
    };
    // One complaint = received 1. CFPB's "Timely response?" is set for every complaint, so closed = received
    // and closed on time = "Yes"; upheld = closed with monetary or non-monetary relief.
    const agg = new Map<string, ComplaintRow>();
    for (const r of debt) {
      const period = month(r['Date received']!);
      const key = `${period}|${r.Issue}|${r['Submitted via']}`;
      const row = agg.get(key) ?? {
        period,
        category: r.Issue!,
        channel: r['Submitted via']!,
        received: 0,
        closed: 0,
        closedOnTime: 0,
        upheld: 0,
      };
      row.received++;
      row.closed++;
      if (r['Timely response?'] === 'Yes') row.closedOnTime++;
      if (/relief/.test(r['Company response to consumer']!)) row.upheld++;
      agg.set(key, row);
    }
    const trend = complaintTrend([...agg.values()], [], { by: 'category' });

    it('parses 6,623 complaints, 1,231 about debt collection', () => {
      expect(all).toHaveLength(6_623);
      expect(debt).toHaveLength(1_231);
    });

    it('monthly received and on time match the pinned trend', () => {
      // python3 -c 'import csv,collections; rows=[r for r in csv.DictReader(open("cfpb_complaints_sample_6623.csv"))
      //   if r["Product"]=="Debt collection"]; ym=lambda d: "%s-%02d" % (d.split("/")[0], int(d.split("/")[1]));
      //   c=collections.Counter(ym(r["Date received"]) for r in rows);
      //   t=collections.Counter(ym(r["Date received"]) for r in rows if r["Timely response?"]=="Yes")' → [month, c, t]
      const pinned: [string, number, number][] = [
        ['2015-04', 2, 1],
        ['2015-05', 1, 1],
        ['2015-07', 1, 1],
        ['2016-03', 1, 0],
        ['2016-06', 2, 1],
        ['2016-07', 2, 0],
        ['2016-08', 1, 0],
        ['2016-09', 1, 1],
        ['2016-10', 2, 2],
        ['2016-11', 1, 1],
        ['2017-01', 1, 1],
        ['2017-04', 1, 1],
        ['2017-05', 3, 3],
        ['2017-06', 2, 2],
        ['2017-08', 1, 1],
        ['2017-09', 2, 2],
        ['2017-11', 2, 2],
        ['2017-12', 1, 1],
        ['2018-01', 2, 1],
        ['2018-02', 1, 1],
        ['2018-04', 2, 2],
        ['2018-05', 3, 3],
        ['2018-06', 1, 1],
        ['2018-07', 1, 1],
        ['2018-08', 2, 2],
        ['2018-09', 1, 0],
        ['2018-10', 4, 3],
        ['2018-11', 10, 7],
        ['2018-12', 20, 19],
        ['2019-01', 24, 20],
        ['2019-02', 72, 69],
        ['2019-03', 240, 233],
        ['2019-04', 421, 414],
        ['2019-05', 123, 121],
        ['2019-06', 133, 128],
        ['2019-07', 50, 50],
        ['2019-08', 33, 33],
        ['2019-09', 11, 11],
        ['2019-10', 11, 11],
        ['2019-11', 5, 5],
        ['2019-12', 7, 7],
        ['2020-01', 11, 11],
        ['2020-02', 4, 4],
        ['2020-03', 12, 12],
      ];
      expect(trend.periods.map((p) => [p.period, p.received, p.closedOnTime])).toEqual(pinned);
      // April 2019: 414 / 421 on time = 0.983373…
      const apr = trend.periods.find((p) => p.period === '2019-04')!;
      expect(apr.onTime).toEqual({ numerator: 414, denominator: 421, rate: 414 / 421 });
      expect(apr.onTime.rate).toBeCloseTo(0.983373, 6);
      // no exposure rows in this sample → no per-10k rate
      expect(apr.perAccounts.rate).toBeNull();
    });

    it('totals: 1,231 received, 1,190 on time (SOURCES.md: Yes 1,190 / No 41), 113 with relief', () => {
      expect(trend.total.received).toBe(1_231);
      expect(trend.total.onTime).toEqual({ numerator: 1_190, denominator: 1_231, rate: 1_190 / 1_231 });
      expect(trend.total.onTime.rate).toBeCloseTo(0.966694, 6);
      expect(trend.total.upheldCount).toBe(113); // 110 non-monetary + 3 monetary relief
    });

    it('issue mix (python3 Counter of Issue, most_common)', () => {
      expect(trend.total.breakdown.map((b) => [b.key, b.received])).toEqual([
        ['Attempts to collect debt not owed', 629],
        ['Written notification about debt', 271],
        ['Communication tactics', 121],
        ['Took or threatened to take negative or legal action', 103],
        ['False statements or representation', 76],
        ['Threatened to contact someone or share information improperly', 17],
        ["Cont'd attempts collect debt not owed", 6],
        ['Disclosure verification of debt', 3],
        ['Taking/threatening an illegal action', 3],
        ['Improper contact or sharing of info', 2],
      ]);
      expect(trend.total.breakdown[0]!.share.rate).toBeCloseTo(629 / 1231, 12); // 51.1 %
    });

    it('by channel: Web 1,007, Phone 101, Postal mail 59, Referral 55, Fax 9', () => {
      const byChannel = complaintTrend([...agg.values()], [], { by: 'channel' });
      expect(byChannel.total.breakdown.map((b) => [b.key, b.received])).toEqual([
        ['Web', 1_007],
        ['Phone', 101],
        ['Postal mail', 59],
        ['Referral', 55],
        ['Fax', 9],
      ]);
    });
  });
});
