/**
 * Best time to call (最佳拨打时段): collectors' attempts and outcomes per consumer-local weekday × hour,
 * RPC rate and promises per RPC per cell with small denominators suppressed, and the calling window of a
 * contact-rule preset with the attempts outside it (each one a breach).
 */
import type { ContactHourRow } from '../model/rows.js';
import { COMPLIANCE_PRESETS } from './compliance.js';
import { KpiInputError } from './errors.js';
import type { CompliancePreset } from './types.js';
import { checkAmount, checkAtMost, checkLabel, divide } from './validate.js';
import { at } from '../model/at.js';

/** Counts of a cell (or of the whole grid). */
export interface HourCounts {
  attempts: number;
  contacts: number;
  rightPartyContacts: number;
  promises: number;
}

/** A rate that may be suppressed: below the minimum denominator it is null and `suppressed`, never 0. */
export interface SuppressibleRatio {
  numerator: number;
  denominator: number;
  rate: number | null;
  suppressed: boolean;
}

/** One weekday × hour cell. */
export interface HourCell extends HourCounts {
  /** 1 = Monday … 7 = Sunday (consumer-local). */
  weekday: number;
  /** 0–23 (consumer-local). */
  hour: number;
  /** right-party contacts ÷ attempts. */
  rpcRate: SuppressibleRatio;
  /** promises ÷ right-party contacts. */
  promisesPerRpc: SuppressibleRatio;
}

/** The 7 × 24 grid (`cells[weekday - 1][hour]`) and its totals. */
export interface ContactHeatmap {
  cells: HourCell[][];
  totals: HourCounts;
  /** Channels present in the rows, sorted. */
  channels: string[];
}

/** Options of {@link contactHeatmap}. */
export interface ContactHeatmapOptions {
  /** Only rows of this channel (default: all). */
  channel?: string | null;
  /** Rates whose denominator is below this are suppressed (default 30). */
  minDenominator?: number;
}

const FIELDS = ['attempts', 'contacts', 'rightPartyContacts', 'promises'] as const;

function suppressible(numerator: number, denominator: number, min: number): SuppressibleRatio {
  const suppressed = denominator < min;
  return { numerator, denominator, rate: suppressed ? null : divide(numerator, denominator), suppressed };
}

/** A count of the grid: a finite number ≥ 0 (what `checkAmount` accepts). */
function isAmount(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** Checks one row with the messages of the KPI's checks, in their order: throws `KpiInputError` at the first failing. */
function checkRow(row: ContactHourRow, i: number): void {
  checkLabel('contact-hours', i, 'period', row.period);
  const channel = checkLabel('contact-hours', i, 'channel', row.channel);
  const key = `period ${row.period}, weekday ${row.weekday}, hour ${row.hour}, channel ${channel}`;
  if (!Number.isInteger(row.weekday) || row.weekday < 1 || row.weekday > 7)
    throw new KpiInputError(
      'invalid',
      `contact-hours row ${i} (${key}): weekday is ${String(row.weekday)}, must be 1 (Monday) to 7 (Sunday)`,
      i,
      'weekday',
    );
  if (!Number.isInteger(row.hour) || row.hour < 0 || row.hour > 23)
    throw new KpiInputError(
      'invalid',
      `contact-hours row ${i} (${key}): hour is ${String(row.hour)}, must be 0 to 23`,
      i,
      'hour',
    );
  const v = { attempts: 0, contacts: 0, rightPartyContacts: 0, promises: 0 };
  for (const f of FIELDS) v[f] = checkAmount('contact-hours', i, key, f, row[f]);
  checkAtMost('contact-hours', i, key, 'contacts', v.contacts, 'attempts', v.attempts);
  checkAtMost('contact-hours', i, key, 'rightPartyContacts', v.rightPartyContacts, 'contacts', v.contacts);
  checkAtMost('contact-hours', i, key, 'promises', v.promises, 'rightPartyContacts', v.rightPartyContacts);
}

/**
 * Sums `contact-hours` rows into the weekday × hour grid (over periods, and channels unless one is chosen):
 * RPC rate = right-party contacts ÷ attempts and promises per RPC = promises ÷ right-party contacts per cell,
 * suppressed (null, flagged) below `minDenominator`. The cells add up to `totals` exactly. Bad rows (weekday
 * outside 1–7, hour outside 0–23, contacts > attempts, RPC > contacts, promises > RPC, negative counts) throw
 * `KpiInputError`.
 */
export function contactHeatmap(rows: readonly ContactHourRow[], options: ContactHeatmapOptions = {}): ContactHeatmap {
  const min = options.minDenominator ?? 30;
  const sums = Array.from({ length: 7 }, () =>
    Array.from({ length: 24 }, (): HourCounts => ({ attempts: 0, contacts: 0, rightPartyContacts: 0, promises: 0 })),
  );
  const totals: HourCounts = { attempts: 0, contacts: 0, rightPartyContacts: 0, promises: 0 };
  const channels = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = at(rows, i);
    const { period, channel, weekday, hour, attempts, contacts, rightPartyContacts, promises } = row;
    // The checks in one expression, no message built: a row failing any of them is checked again by `checkRow`,
    // which throws what is wrong with it (the row's name is only made then).
    const valid =
      typeof period === 'string' &&
      period !== '' &&
      typeof channel === 'string' &&
      channel !== '' &&
      Number.isInteger(weekday) &&
      weekday >= 1 &&
      weekday <= 7 &&
      Number.isInteger(hour) &&
      hour >= 0 &&
      hour <= 23 &&
      isAmount(attempts) &&
      isAmount(contacts) &&
      isAmount(rightPartyContacts) &&
      isAmount(promises) &&
      contacts <= attempts &&
      rightPartyContacts <= contacts &&
      promises <= rightPartyContacts;
    if (!valid) checkRow(row, i);
    channels.add(channel);
    if (options.channel && channel !== options.channel) continue;
    const cell = sums[weekday - 1]?.[hour];
    if (!cell) continue;
    cell.attempts += attempts;
    cell.contacts += contacts;
    cell.rightPartyContacts += rightPartyContacts;
    cell.promises += promises;
    totals.attempts += attempts;
    totals.contacts += contacts;
    totals.rightPartyContacts += rightPartyContacts;
    totals.promises += promises;
  }
  return {
    cells: sums.map((day, d) =>
      day.map((c, hour) => ({
        weekday: d + 1,
        hour,
        ...c,
        rpcRate: suppressible(c.rightPartyContacts, c.attempts, min),
        promisesPerRpc: suppressible(c.promises, c.rightPartyContacts, min),
      })),
    ),
    totals,
    channels: [...channels].sort(),
  };
}

/** The hours contact is allowed in, local time: [from, until). */
export interface CallingWindow {
  from: number;
  until: number;
}

/** The calling window of a contact-rule preset (cn-cba-2026 08–22, us-reg-f 08–21). */
export function callingWindow(preset: CompliancePreset): CallingWindow {
  const p = COMPLIANCE_PRESETS[preset];
  return { from: p.allowedFrom, until: p.allowedUntil };
}

/** True when `hour` is outside the window. */
export function outsideWindow(hour: number, window: CallingWindow): boolean {
  return hour < window.from || hour >= window.until;
}

/** Attempts in cells outside the window (each one a breach of the preset's time rule), and the cells holding them. */
export function windowBreaches(
  heatmap: ContactHeatmap,
  window: CallingWindow,
): { attempts: number; cells: HourCell[] } {
  const cells = heatmap.cells.flat().filter((c) => outsideWindow(c.hour, window) && c.attempts > 0);
  return { attempts: cells.reduce((a, c) => a + c.attempts, 0), cells };
}
