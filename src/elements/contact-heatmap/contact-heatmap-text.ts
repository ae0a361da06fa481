/**
 * The words and table of the best-time-to-call heatmap, as pure functions of its KPI result: the day and
 * measure names, a cell's announcement and tooltip lines, the summary and the 7 × 24 data table.
 */
import { outsideWindow, type CallingWindow, type ContactHeatmap, type HourCell } from '../../kpi/contact-hours.js';
import { formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { cellValue, type HeatMeasure } from '../../views/contact-heatmap-model.js';

/** Catalogue key of each measure's name. */
export const MEASURE_LABELS: Record<HeatMeasure, MessageKey> = {
  rpcRate: 'hoursRpcRate',
  promisesPerRpc: 'hoursPromisesPerRpc',
  volume: 'hoursVolume',
};

const weekdays = new Map<string, Intl.DateTimeFormat>();

/** Short weekday name from `Intl` (Mon, 周一, 週一), 1 = Monday. */
export function dayName(intlLocale: string, weekday: number): string {
  let f = weekdays.get(intlLocale);
  if (!f) weekdays.set(intlLocale, (f = new Intl.DateTimeFormat(intlLocale, { weekday: 'short', timeZone: 'UTC' })));
  return f.format(Date.UTC(2024, 0, weekday)); // 2024-01-01 was a Monday
}

/** A measure's value as text: rates in percent, volume as a count, suppressed as a dash. */
export function measureText(intlLocale: string, c: HourCell, measure: HeatMeasure): string {
  const v = cellValue(c, measure);
  return measure === 'volume' ? formatNumber(intlLocale, v) : formatPercent(intlLocale, v, 1);
}

/** The live-region text of a cell (with its breach when outside the window). */
export function cellAnnouncement(
  locale: string,
  intlLocale: string,
  c: HourCell,
  measure: HeatMeasure,
  window: CallingWindow | null,
  minDenominator: number,
): string {
  const day = dayName(intlLocale, c.weekday);
  if (window && outsideWindow(c.hour, window) && c.attempts > 0)
    return t(locale, 'hoursCellBreach', { day, hour: c.hour, attempts: formatNumber(intlLocale, c.attempts) });
  const r = measure === 'volume' ? null : c[measure];
  return t(locale, 'hoursCell', {
    day,
    hour: c.hour,
    measure: t(locale, MEASURE_LABELS[measure]),
    value: r?.suppressed
      ? t(locale, 'suppressed', { min: formatNumber(intlLocale, minDenominator) })
      : measureText(intlLocale, c, measure),
    attempts: formatNumber(intlLocale, c.attempts),
    rpc: formatNumber(intlLocale, c.rightPartyContacts),
    promises: formatNumber(intlLocale, c.promises),
  });
}

/** The summary: the range, overall RPC rate, the best cell and the attempts outside the window. */
export function heatmapSummary(
  locale: string,
  intlLocale: string,
  h: ContactHeatmap,
  periods: readonly [string, string] | null,
  breaches: string,
): string {
  let best: HourCell | null = null;
  for (const c of h.cells.flat())
    if (c.rpcRate.rate !== null && (!best || c.rpcRate.rate > (best.rpcRate.rate ?? -1))) best = c;
  return t(locale, 'hoursSummary', {
    from: periods ? formatPeriod(intlLocale, periods[0]) : '',
    to: periods ? formatPeriod(intlLocale, periods[1]) : '',
    attempts: formatNumber(intlLocale, h.totals.attempts),
    rate: formatPercent(intlLocale, h.totals.attempts ? h.totals.rightPartyContacts / h.totals.attempts : null, 1),
    best: best
      ? t(locale, 'hoursBest', {
          day: dayName(intlLocale, best.weekday),
          hour: best.hour,
          rate: formatPercent(intlLocale, best.rpcRate.rate, 1),
          numerator: formatNumber(intlLocale, best.rpcRate.numerator),
          denominator: formatNumber(intlLocale, best.rpcRate.denominator),
        })
      : MISSING,
    breaches,
  });
}

/** The data table: one row per weekday × hour with its counts, both rates (or a dash when suppressed) and the window flag. */
export function heatmapTable(
  locale: string,
  intlLocale: string,
  caption: string,
  h: ContactHeatmap,
  window: CallingWindow | null,
): TableSpec {
  return {
    caption,
    columns: [
      'hoursWeekday',
      'hoursHour',
      'ptpAttempts',
      'ptpContacts',
      'ptpRpc',
      'ptpPromises',
      'hoursRpcRate',
      'hoursPromisesPerRpc',
      'hoursOutside',
    ].map((k) => t(locale, k as MessageKey)),
    rows: h.cells
      .flat()
      .map((c) => [
        dayName(intlLocale, c.weekday),
        `${String(c.hour).padStart(2, '0')}:00`,
        formatNumber(intlLocale, c.attempts),
        formatNumber(intlLocale, c.contacts),
        formatNumber(intlLocale, c.rightPartyContacts),
        formatNumber(intlLocale, c.promises),
        formatPercent(intlLocale, c.rpcRate.rate, 1),
        formatPercent(intlLocale, c.promisesPerRpc.rate, 1),
        window && outsideWindow(c.hour, window) ? t(locale, 'hoursYes') : '',
      ]),
  };
}
