/**
 * Records → `contact-hours` rows for the `records` adapter: collectors' attempts counted per UTC month of
 * the attempt × the consumer's local weekday and hour × channel, as src/server/sql/contact-hours.sql counts
 * them. The same attempts as the promise funnel's steps, so the cells of a month add up to its row.
 */
import type { ContactHourRow } from '../model/rows.js';
import { rowOf } from './group-records.js';
import { localTime, toInstant } from './local-time.js';
import type { FunnelAttempt } from './records-promises.js';

/** An attempt as the heatmap reads it: the funnel's fields plus the channel and the consumer's zone. */
export interface HourAttempt extends FunnelAttempt {
  channel?: string;
  /** IANA zone of the person contacted (default `UTC`). */
  timeZone?: string;
}

/**
 * One row per UTC month × local ISO weekday (1 = Monday) × local hour × channel with attempts: attempts,
 * answered, right-party contacts and promises of collectors' attempts (those with an `agentId`).
 */
export function attemptsToContactHours(attempts: readonly HourAttempt[]): ContactHourRow[] {
  const rows = new Map<string, ContactHourRow>();
  attempts.forEach((a, i) => {
    if (!a.agentId) return;
    const ms = toInstant(a.at, `contact attempt ${i}`, i);
    const local = localTime(ms, a.timeZone ?? 'UTC', `contact attempt ${i}`, i);
    const weekday = ((new Date(`${local.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const period = new Date(ms).toISOString().slice(0, 7);
    const channel = a.channel ?? 'phone';
    const key = `${period} ${weekday} ${local.hour} ${channel}`;
    const r = rowOf(rows, key, () => ({
      period,
      weekday,
      hour: local.hour,
      channel,
      attempts: 0,
      contacts: 0,
      rightPartyContacts: 0,
      promises: 0,
    }));
    r.attempts++;
    if (a.answered) r.contacts++;
    if (a.rightParty) r.rightPartyContacts++;
    if (a.promised) r.promises++;
  });
  return [...rows.values()].sort((x, y) =>
    x.period < y.period
      ? -1
      : x.period > y.period
        ? 1
        : x.weekday - y.weekday || x.hour - y.hour || (x.channel < y.channel ? -1 : x.channel > y.channel ? 1 : 0),
  );
}
