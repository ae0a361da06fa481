/**
 * Contact rules in the consumer's local time around offset changes: the SQL's per-hour offsets (with a
 * per-attempt lookup in hours that hold a transition) give the same breaches as the JS rules, which format
 * every instant with Intl. Zones whose clocks jump at midnight (Havana, Santiago) move calls across local
 * dates; half- and quarter-hour offsets (Kolkata, Kathmandu) and a 30-minute DST (Lord Howe) test the
 * arithmetic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOOK_DEADLINE } from './support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsResponse } from '../../src/data/records.js';
import { openDuckDb } from '../../src/server/engine/duckdb.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { runMetric } from '../../src/server/metrics.js';
import { toRecordSet } from '../../src/server/seed/record-set.js';
import type { CanonicalTables, ContactAttemptRow } from '../../src/server/seed/tables.js';
import { writeTables } from '../../src/server/seed/write-duckdb.js';

/** Transitions (UTC) to straddle, per zone. */
const WINDOWS: [string, string][] = [
  ['America/Havana', '2024-03-10T05:00:00Z'],
  ['America/Havana', '2024-11-03T05:00:00Z'],
  ['America/Santiago', '2024-04-07T03:00:00Z'],
  ['America/Santiago', '2024-09-08T04:00:00Z'],
  ['America/Chicago', '2024-03-10T08:00:00Z'],
  ['Australia/Lord_Howe', '2024-04-06T15:00:00Z'],
  ['Australia/Lord_Howe', '2024-10-05T15:30:00Z'],
  ['Asia/Kolkata', '2024-06-01T18:30:00Z'],
  ['Asia/Kathmandu', '2024-06-01T18:15:00Z'],
];

/** Local date of an instant in a zone, by Intl (independent of the SQL). */
const localDate = (ms: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

/** The instant the local date changes nearest to `center` (minute resolution). */
function localMidnight(center: number, zone: string): number {
  for (let k = 0; k < 24 * 60; k++) {
    for (const t of [center + k * 60_000, center - (k + 1) * 60_000]) {
      if (localDate(t - 60_000, zone) !== localDate(t, zone)) return t;
    }
  }
  throw new Error(`no local midnight near ${new Date(center).toISOString()} in ${zone}`);
}

function tables(): CanonicalTables {
  const attempts: ContactAttemptRow[] = [];
  const call = (
    account: string,
    contact: string,
    ms: number,
    zone: string,
    answered: boolean,
    conversation: boolean,
    channel = 'phone',
  ) =>
    attempts.push({
      attempt_id: attempts.length + 1,
      account_id: account,
      contact_id: contact,
      agent_id: null,
      channel,
      attempted_at: new Date(ms).toISOString(),
      time_zone: zone,
      answered,
      right_party: answered,
      conversation,
      party: 'debtor',
      consent: false,
      collectors: null,
      promise_amount: null,
      promise_due: null,
      cost: 1,
      collected: 0,
      product: 'cash-loan',
      region: 'east',
    });
  WINDOWS.forEach(([zone, at], w) => {
    // 4 unanswered calls to one contact in the 40 minutes before the local date changes and 4 after: no
    // breach of "at most 6 a day" when each call gets its own local date, one when an offset is off.
    const midnight = localMidnight(Date.parse(at), zone);
    for (const k of [-4, -3, -2, -1, 0, 1, 2, 3])
      call(`MID${w}`, `MID${w}-1`, midnight + k * 10 * 60_000 + (k < 0 ? 0 : 60_000), zone, false, false);
  });
  WINDOWS.forEach(([zone, at], w) => {
    const center = Date.parse(at);
    // every 11 minutes from 4 h before to 4 h after; unanswered calls to one contact, some conversations
    for (let k = -22; k <= 22; k++) {
      call(
        `AC${w}`,
        `AC${w}-1`,
        center + k * 11 * 60_000,
        zone,
        k % 7 === 0,
        k % 14 === 0,
        k % 5 === 0 ? 'sms' : 'phone',
      );
    }
  });
  return {
    account_period: [],
    charge_offs: [],
    recovery_payments: [],
    agents: [],
    contact_attempts: attempts,
    promises: [],
    agent_hours: [],
    assignments: [],
    complaints: [],
    qa_checks: [],
    qa_violations: [],
  };
}

let dir: string;
let engine: Engine;
let t: CanonicalTables;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collectkit-tz-'));
  t = tables();
  await writeTables(t, { out: join(dir, 'tz.duckdb'), asOf: '2024-12-31T23:59:59Z' });
  engine = await openDuckDb(join(dir, 'tz.duckdb'), { connections: 1, threads: 1 });
}, HOOK_DEADLINE);
afterAll(() => {
  engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('compliance around offset changes', () => {
  it('SQL = JS for every rule, month and zone window', async () => {
    const filters = { product: null, region: null, team: null };
    const sql = await runMetric(engine, 'compliance', {}, filters, 30_000);
    const js = recordsResponse({ contactAttempts: toRecordSet(t).contactAttempts }, 'compliance', {});
    const key = (r: { period: unknown; rule: unknown }) => `${String(r.period)} ${String(r.rule)}`;
    const sort = <R extends { period: unknown; rule: unknown }>(rows: R[]) =>
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sort(sql.rows as { period: string; rule: string }[])).toEqual(sort(js.rows));
    const breaches = (rule: string) => js.rows.filter((r) => r.rule === rule).reduce((a, r) => a + r.breaches, 0);
    // the windows are built to trip these rules, so the comparison is not of zeros
    expect(breaches('cn-cba-2026/unanswered-calls')).toBeGreaterThan(5);
    expect(breaches('us-reg-f/7-in-7')).toBeGreaterThan(50);
    expect(breaches('us-reg-f/time-of-day')).toBeGreaterThan(50);
  });
});
