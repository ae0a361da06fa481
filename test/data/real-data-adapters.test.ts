/**
 * The static, csv and records adapters with real public data from test/data/public (see SOURCES.md there).
 * Expected values were computed independently with Python's csv module (commands in the comments),
 * not with the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createStaticAdapter } from '../../src/data/static.js';
import { createCsvAdapter } from '../../src/data/csv.js';
import { createRecordsAdapter } from '../../src/data/records.js';
import { snapshotsToRollRates } from '../../src/kpi/snapshots.js';
import { transitionMatrix } from '../../src/kpi/transition.js';
import { recoveryCurves } from '../../src/kpi/recovery.js';
import { complaintTrend } from '../../src/kpi/complaints.js';

import { readPublic as read } from '../support/public-data.js';

const meta = {
  asOf: '2019-03-31T00:00:00Z',
  source: 'LendingClub sample',
  currency: 'USD',
  definitionVersion: '2026.1',
};

describe('adapters with real data (test/data/public)', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('static: LendingClub charged-off loans → gross and net recovery rates', async () => {
    // python3: charged off (241 loans): Σ(funded_amnt − total_rec_prncp) = 2,620,204.71, Σ recoveries = 316,108.20,
    // Σ collection_recovery_fee = 52,129.47 → gross 0.12064255849688936, net 0.10074736759780484.
    const loans = csvParse(read('lendingclub_sample_2000.csv')).filter((r) => r.loan_status === 'Charged Off');
    expect(loans).toHaveLength(241);
    const row = { cohort: 'all', month: 0, chargedOff: 0, recovered: 0, fees: 0 };
    for (const l of loans) {
      row.chargedOff += Number(l.funded_amnt) - Number(l.total_rec_prncp);
      row.recovered += Number(l.recoveries);
      row.fees += Number(l.collection_recovery_fee);
    }
    const adapter = createStaticAdapter({ recovery: { meta, rows: [row] } });
    const response = await adapter.fetch('recovery', {});
    const [gross] = recoveryCurves(response.rows, { net: false });
    const [net] = recoveryCurves(response.rows, { net: true });
    expect(gross!.points[0]!.rate).toBeCloseTo(0.12064255849688936, 10);
    expect(net!.points[0]!.rate).toBeCloseTo(0.10074736759780484, 10);
  });

  it('csv: the UCI credit-card panel (a raw file) → August→September transition counts', async () => {
    server.use(
      http.get('http://files.test/uci.csv', () => new HttpResponse(read('uci_default_credit_card_clients_30000.csv'))),
    );
    // Repayment status X7 (Aug) and X6 (Sep): ≤ 0 → current, k → k × 30 days past due (M1 … M7+).
    // Balance: the August bill X13, negatives (credit balances) as 0.
    const dpd = (s: string) => Math.max(0, Number(s)) * 30;
    const adapter = createCsvAdapter({
      urls: { 'roll-rates': 'http://files.test/uci.csv' },
      aggregate: {
        'roll-rates': (records) =>
          snapshotsToRollRates(
            records.flatMap((r) => [
              { accountId: r.ID!, period: '2005-08', dpd: dpd(r.X7!), balance: Math.max(0, Number(r.X13)) },
              { accountId: r.ID!, period: '2005-09', dpd: dpd(r.X6!), balance: Math.max(0, Number(r.X12)) },
            ]),
          ),
      },
      meta: { asOf: '2005-09-30T00:00:00Z', source: 'UCI default of credit card clients' },
    });
    const response = await adapter.fetch('roll-rates', {});
    const m = transitionMatrix(response.rows, { basis: 'count' });
    const cell = (f: string, t: string) => m.counts[m.states.indexOf(f)]![m.states.indexOf(t)]!;
    // python3 (Counter over (X7 bucket, X6 bucket)): M0→M0 22,735; M0→M2 991; M2→M3 272; M2→M0 392; from M2 3,927.
    expect(cell('M0', 'M0')).toBe(22735);
    expect(cell('M0', 'M2')).toBe(991);
    expect(cell('M2', 'M3')).toBe(272);
    expect(cell('M2', 'M0')).toBe(392);
    expect(m.counts[m.states.indexOf('M2')]!.reduce((a, b) => a + b, 0)).toBe(3927);
    const byBalance = transitionMatrix(response.rows, { basis: 'balance' });
    // python3: Σ max(0, X13) over M0→M0 accounts = 1,178,509,387.
    expect(byBalance.counts[byBalance.states.indexOf('M0')]![byBalance.states.indexOf('M0')]).toBe(1178509387);
  });

  it('records: CFPB debt-collection complaints → monthly trend and on-time rate', async () => {
    const complaints = csvParse(read('cfpb_complaints_sample_6623.csv'))
      .filter((r) => r.Product === 'Debt collection')
      .map((r) => {
        const [y, m, d] = r['Date received']!.split('/');
        return {
          received: `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
          category: r.Issue!,
          channel: r['Submitted via']!,
          closed:
            r['Company response to consumer']!.startsWith('Closed') ||
            r['Company response to consumer'] === 'Untimely response'
              ? 'yes'
              : null,
          onTime: r['Timely response?'] === 'Yes',
          upheld: r['Company response to consumer']!.includes('relief'),
        };
      });
    expect(complaints).toHaveLength(1231);
    // Exposure is the lender's, not in CFPB data: 1,000,000 accounts in every month that has complaints
    // (partial exposure is refused by the contract guards, since a range's rate would be false).
    const months = [...new Set(complaints.map((c) => c.received.slice(0, 7)))];
    const adapter = createRecordsAdapter({
      complaints,
      exposure: months.map((period) => ({ period, accounts: 1_000_000 })),
      meta,
    });
    const response = await adapter.fetch('complaints', { from: '2019-03', to: '2019-06' });
    const byMonth = new Map<string, number>();
    for (const r of response.rows) byMonth.set(r.period, (byMonth.get(r.period) ?? 0) + r.received);
    // python3 (Counter of "Date received" months): 2019-03 240, 2019-04 421, 2019-05 123, 2019-06 133.
    expect(Object.fromEntries(byMonth)).toEqual({ '2019-03': 240, '2019-04': 421, '2019-05': 123, '2019-06': 133 });
    const all = await adapter.fetch('complaints', {});
    expect(all.rows.reduce((s, r) => s + r.received, 0)).toBe(1231);
    // python3 (Counter of "Company response to consumer" × "Timely response?"): 2 are "In progress"; of the
    // 1,229 closed (Closed…, Untimely response), 1,188 were timely.
    const closed = all.rows.reduce((s, r) => s + r.closed, 0);
    const onTime = all.rows.reduce((s, r) => s + r.closedOnTime, 0);
    expect([closed, onTime]).toEqual([1229, 1188]);
    // 2019-04: 421 complaints over 1,000,000 accounts → 4.21 per 10,000.
    const trend = complaintTrend(response.rows, response.exposure ?? [], { by: 'category' });
    const april = trend.periods.find((p) => p.period === '2019-04')!;
    expect(april.perAccounts.rate).toBeCloseTo(4.21, 10);
    // python3 (Counter of Issue, received 2019/4/*): "Attempts to collect debt not owed" 227, then "Written notification about debt" 94.
    expect(april.breakdown.slice(0, 2).map((b) => [b.key, b.received])).toEqual([
      ['Attempts to collect debt not owed', 227],
      ['Written notification about debt', 94],
    ]);
  });
});
