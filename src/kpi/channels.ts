/** Channel effectiveness: contact rate, yield per attempt and collected per unit cost per channel. */
import { CHANNELS } from '../model/rows.js';
import type { ChannelRow } from '../model/rows.js';
import type { ChannelEffect, ChannelEffectiveness } from './types.js';
import { checkAmount, checkAtMost, checkPeriodKeyed, ratio } from './validate.js';

const FIELDS = ['attempts', 'contacts', 'accounts', 'cost', 'collected'] as const;

function effect(channel: string, s: Record<(typeof FIELDS)[number], number>): ChannelEffect {
  return {
    channel,
    ...s,
    contactRate: ratio(s.contacts, s.attempts),
    yieldPerAttempt: ratio(s.collected, s.attempts),
    collectedPerCost: ratio(s.collected, s.cost),
  };
}

/**
 * Sums `channels` rows over their periods per channel and derives contact rate = contacts ÷ attempts,
 * yield per attempt = collected ÷ attempts and collected per unit cost = collected ÷ cost (rates null
 * on zero denominators), plus the total over all channels. Channels come in the contract's order
 * (phone, sms, ivr, app, visit, letter, agency, legal), others after them alphabetically. `accounts`
 * is summed as given (an account reached by two channels counts twice in the total).
 * Bad rows (negative, non-finite, contacts > attempts, duplicate period × channel) throw `KpiInputError`.
 */
export function channelEffectiveness(rows: readonly ChannelRow[]): ChannelEffectiveness {
  const sums = new Map<string, Record<(typeof FIELDS)[number], number>>();
  const total = { attempts: 0, contacts: 0, accounts: 0, cost: 0, collected: 0 };
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const { label: channel, key } = checkPeriodKeyed(seen, 'channel', i, row.period, 'channel', row.channel);
    let s = sums.get(channel);
    if (!s) sums.set(channel, (s = { attempts: 0, contacts: 0, accounts: 0, cost: 0, collected: 0 }));
    const v = {} as Record<(typeof FIELDS)[number], number>;
    for (const f of FIELDS) v[f] = checkAmount('channel', i, key, f, row[f]);
    checkAtMost('channel', i, key, 'contacts', v.contacts, 'attempts', v.attempts);
    for (const f of FIELDS) {
      s[f] += v[f];
      total[f] += v[f];
    }
  });
  const order = (c: string) => {
    const k = (CHANNELS as readonly string[]).indexOf(c);
    return k < 0 ? CHANNELS.length : k;
  };
  const channels = [...sums].sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { channels: channels.map(([c, s]) => effect(c, s)), total: effect('total', total) };
}
