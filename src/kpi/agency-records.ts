/**
 * Record-level aggregation of outside agencies' work for the `records` adapter: placements, recoveries with
 * their commission, complaints, QA checks of the agencies' calls and evaluations → `agencies` rows per UTC
 * month × agency (counts and sums only; rates come from `agencyScorecard`).
 */
import type { AgencyRow } from '../model/rows.js';
import { zeroAgencySums } from './agencies.js';
import { KpiInputError } from './errors.js';
import { toInstant } from './local-time.js';
import { checkAmount, checkLabel } from './validate.js';

/** What happened with one agency at one instant (`at`: epoch ms or ISO 8601 with an offset; the UTC month is the period). */
export type AgencyEvent =
  | { kind: 'placement'; agency: string; at: string | number; balance: number }
  | { kind: 'recovery'; agency: string; at: string | number; amount: number; commission: number }
  | { kind: 'complaint'; agency: string; at: string | number }
  | { kind: 'check'; agency: string; at: string | number; violating: boolean }
  | { kind: 'evaluation'; agency: string; at: string | number };

/**
 * Events → `agencies` rows per UTC month × agency, for every month in which the agency has an event other
 * than an evaluation: a placement counts one account and its balance, a recovery its amount and
 * commission, a check one call checked (and one violation when `violating`); `lastEvaluation` is the UTC
 * day of the agency's latest evaluation up to the month's end. Rows in period, agency order. Bad events
 * throw `KpiInputError`.
 */
export function agencyEventsToRows(events: readonly AgencyEvent[]): AgencyRow[] {
  const cells = new Map<string, AgencyRow>();
  const evaluations = new Map<string, string[]>();
  events.forEach((e, i) => {
    const agency = checkLabel('agency event', i, 'agency', e.agency);
    const day = new Date(toInstant(e.at, `agency event ${i} (${agency})`, i)).toISOString().slice(0, 10);
    if (e.kind === 'evaluation') {
      evaluations.set(agency, [...(evaluations.get(agency) ?? []), day]);
      return;
    }
    const period = day.slice(0, 7);
    const key = `${period}\u0000${agency}`;
    let row = cells.get(key);
    if (!row) {
      row = {
        period,
        agency,
        ...zeroAgencySums(),
      };
      cells.set(key, row);
    }
    const what = `agency ${agency}`;
    switch (e.kind) {
      case 'placement':
        row.accountsPlaced++;
        row.balancePlaced += checkAmount('agency event', i, what, 'balance', e.balance);
        break;
      case 'recovery':
        row.recovered += checkAmount('agency event', i, what, 'amount', e.amount);
        row.commission += checkAmount('agency event', i, what, 'commission', e.commission);
        break;
      case 'complaint':
        row.complaints++;
        break;
      case 'check':
        row.callsChecked++;
        if (e.violating) row.violations++;
        break;
      default:
        throw new KpiInputError(
          'invalid',
          `agency event ${i} (${what}): kind is ${JSON.stringify((e as { kind: unknown }).kind)}, must be placement, recovery, complaint, check or evaluation`,
          i,
          'kind',
        );
    }
  });
  const rows = [...cells.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : 0,
  );
  for (const row of rows) {
    const end = `${row.period}-31`;
    const last = (evaluations.get(row.agency) ?? [])
      .filter((d) => d <= end)
      .sort()
      .at(-1);
    if (last) row.lastEvaluation = last;
  }
  return rows;
}
