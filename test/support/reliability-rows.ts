/**
 * Valid rows of the strategy, model, quality, promise and contact-hour metrics for the reliability tests
 * (leaks, soak): `k` varies the values so that a refresh brings new data; every row stays valid.
 */
import type { MetricName } from '../../src/model/metrics.js';

/** The metrics this module gives rows for. */
export type NewMetric = Extract<
  MetricName,
  'experiments' | 'scores' | 'quality' | 'promises' | 'contact-hours' | 'outcomes' | 'workload' | 'agencies'
>;

/** Rows of `metric` for `periods`, varied by `k` (0 ≤ k ≤ 20). */
export function reliabilityRows(metric: NewMetric, periods: readonly string[], k = 0): Record<string, unknown>[] {
  switch (metric) {
    case 'experiments':
      return periods.flatMap((period) =>
        ['champion', 'challenger'].map((arm) => ({
          experiment: 'e1',
          arm,
          period,
          horizonDays: 30,
          accounts: 100,
          cured: arm === 'champion' ? 50 : 50 + k,
          rolledForward: 5,
          collected: 10_000,
          collectedSq: 1_040_000,
          cost: 500,
          costSq: 2600,
          attempts: 400,
          complaints: 1,
        })),
      );
    case 'scores':
      return periods.flatMap((period) => [
        { period, band: 'hi', accounts: 100, predicted: 80, repaid: 75 + k },
        { period, band: 'lo', accounts: 100, predicted: 20, repaid: 20 },
      ]);
    case 'quality':
      return periods.flatMap((period) =>
        ['any', 'threats'].map((rule) => ({
          period,
          team: 'a',
          agentId: 'A1',
          name: 'Agent A1',
          method: 'ai',
          rule,
          calls: 1000,
          checked: 980,
          violations: 10 + k,
          scoreSum: rule === 'any' ? 90_000 : 0,
        })),
      );
    case 'promises':
      return periods.map((period) => ({
        period,
        attempts: 1000,
        contacts: 400,
        rightPartyContacts: 250,
        promises: 80,
        pending: 0,
        matured: 60,
        kept: 36 - k,
        partlyKept: 9,
        broken: 15 + k,
        amountPromised: 60_000,
        amountPaid: 40_500,
        followUpUnder24h: 6 + k,
        followUp24To48h: 3,
        followUp48To72h: 2,
        followUpOver72h: 1,
        followUpNone: 3,
      }));
    case 'contact-hours':
      return periods.flatMap((period) =>
        [10, 19].map((hour) => ({
          period,
          weekday: 2,
          hour,
          channel: 'phone',
          attempts: 150,
          contacts: 60,
          rightPartyContacts: 35 + k,
          promises: 12,
        })),
      );
    case 'outcomes':
      return periods.flatMap((period) =>
        ['other', 'vulnerable'].map((segment) => ({
          period,
          segment,
          accounts: 1000,
          overdue: 100,
          entered: 80,
          cured: segment === 'other' ? 48 : 40 - k,
          complained: 4,
          arrangements: 12,
          redefault3: 3,
          redefault6: 4,
        })),
      );
    case 'workload':
      return periods.flatMap((period) =>
        ['early-a', 'late'].map((team) => ({
          period,
          team,
          inventory: 3000,
          fte: 10.5,
          casesDialled: 2500 + k,
          attempts: 40_000,
          inflow: 900 + k,
          cured: 600,
          rolledOn: 250,
          chargedOff: 10,
        })),
      );
    case 'agencies':
      return periods.flatMap((period) =>
        ['Agency A', 'Agency B'].map((agency, i) => ({
          period,
          agency,
          accountsPlaced: 1000,
          balancePlaced: 5_000_000,
          recovered: 400_000 + 1000 * k,
          commission: 80_000,
          complaints: 3 + i,
          callsChecked: 6000,
          violations: 20 + k,
          lastEvaluation: i ? '2023-06-15' : '2025-06-15',
        })),
      );
  }
}
