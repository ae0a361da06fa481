/**
 * `channels` rows: attempts, contacts, distinct accounts, cost and collected per period × channel
 * (all eight channels each period). Collected cash over all channels equals the payments of
 * delinquent accounts in the books; phone and visit figures are the sums of the agents' desk work.
 * Accounts of a quarter or year are summed over its months (account-months).
 */
import type { ChannelRow } from '../../src/model/rows.js';
import { CHANNELS } from '../../src/model/rows.js';
import { periodGroups, type ResolvedQuery } from '../query.js';
import type { MetricResult, Portfolio } from '../portfolio-types.js';
import { operationsOf, selectSegments } from '../select.js';
import { CHANNEL_FIELDS } from '../simulate/operations.js';

/** Builds `channels` rows. */
export function channelRows(p: Portfolio, q: ResolvedQuery): MetricResult<'channels'> {
  const segments = selectSegments(p, q);
  const rows: ChannelRow[] = [];
  for (const group of periodGroups(q, p.start)) {
    const sum = new Float64Array(CHANNELS.length * CHANNEL_FIELDS);
    for (const s of segments) {
      for (const r of group.months) {
        const cells = operationsOf(p, s, r).channels;
        for (let i = 0; i < sum.length; i++) sum[i]! += cells[i]!;
      }
    }
    CHANNELS.forEach((channel, h) => {
      const at = h * CHANNEL_FIELDS;
      rows.push({
        period: group.label,
        channel,
        attempts: sum[at]!,
        contacts: sum[at + 1]!,
        accounts: sum[at + 2]!,
        cost: Math.round(sum[at + 3]! * 100) / 100,
        collected: sum[at + 4]!,
      });
    });
  }
  return { rows };
}
