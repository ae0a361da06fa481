/**
 * `contact-hours` rows: the collectors' attempts of `promises` spread over consumer-local weekday × hour,
 * per period × channel (`phone` for the desks, `visit` for the field team), so that the cells of a period
 * add up to that period's funnel attempts, contacts, right-party contacts and promises exactly.
 */
import type { ContactHourRow } from '../../src/model/rows.js';
import { TEAMS } from '../catalog.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { agentsOfRegion, operationsOf, selectSegments } from '../select.js';
import { HOUR_CELLS, hourCells } from '../simulate/contact-hours.js';
import { P, promiseCells } from '../simulate/promises.js';

const CHANNELS = ['phone', 'visit'] as const;

/** Builds `contact-hours` rows: every weekday × hour × channel of every period that has attempts. */
export function contactHourRows(p: Portfolio, q: ResolvedQuery): MetricResult<'contact-hours'> {
  const rows: ContactHourRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    // [channel][field] → cells
    const sums = CHANNELS.map(() => [0, 1, 2, 3].map(() => new Float64Array(HOUR_CELLS)));
    for (const r of group.months) {
      for (const s of selectSegments(p, q)) {
        const cells = promiseCells(p.options.seed, s, r, agentsOfRegion(p, s.region), operationsOf(p, s, r).desk);
        TEAMS.forEach((team, k) => {
          const c = cells[k];
          if (!c || (q.teams && !q.teams.includes(team.code))) return;
          const visit = team.stage === 'field';
          const spread = hourCells(
            [c[P.attempts] ?? 0, c[P.contacts] ?? 0, c[P.rightPartyContacts] ?? 0, c[P.promises] ?? 0],
            visit,
          );
          const into = sums[visit ? 1 : 0];
          spread.forEach((field, f) => field.forEach((v, i) => (into![f]![i]! += v)));
        });
      }
    }
    CHANNELS.forEach((channel, ch) => {
      const [attempts, contacts, rpc, promises] = sums[ch]!;
      for (let i = 0; i < HOUR_CELLS; i++) {
        if (!attempts![i]) continue;
        rows.push({
          period: group.label,
          weekday: Math.floor(i / 24) + 1,
          hour: i % 24,
          channel,
          attempts: attempts![i]!,
          contacts: contacts![i]!,
          rightPartyContacts: rpc![i]!,
          promises: promises![i]!,
        });
      }
    });
  }
  return { rows };
}
