/**
 * View model of the cure view of `<ck-roll-rates>` and of the net-flow `<ck-kpi-tile>` (issue #14): cure rates
 * per bucket over time, days to cure as a table of bins, the net flow to loss per period. Pure; the elements
 * and the SVG kinds draw from it. Loads the texts and definitions of both with it.
 */
import type { CureDaysResult } from '../kpi/cure.js';
import { addMeasures } from '../model/definitions.js';
import { CURE_DEFINITIONS } from '../model/definitions/cure.js';
import { formatNumber, formatPercent, formatPeriod } from '../render/format.js';
import { addMessagePack, t } from '../render/i18n/index.js';
import { CURE_MESSAGES } from '../render/i18n/cure.js';
import type { TableSpec } from '../render/table.js';
import { bucketStates, pairSeries } from './roll-model.js';
import { memoByRef } from './memo.js';
import type { PeriodTransitionMatrix } from '../kpi/types.js';
import type { PointSeries } from './point-series.js';

// The cure view's texts and definitions load with it (not in every widget's chunk).
addMessagePack(CURE_MESSAGES);
addMeasures(CURE_DEFINITIONS);

/** Labels of the days-to-cure bins (days past due at the month-end before the cure), in the order of `cured`. */
export const CURE_BIN_LABELS: readonly string[] = Object.freeze(['1–30', '31–60', '61–90', '> 90']);

/**
 * Cure rate per delinquent bucket over time: P[b][C] of each period, one series per bucket after the first that
 * had something in some period (a bucket never reached draws no line).
 */
export function cureTrend(matrices: readonly PeriodTransitionMatrix[]): PointSeries[] {
  return cureTrends(matrices);
}

// Once per matrices array: the page's roll-rate views share their matrices (`rollMatrices`).
const cureTrends = memoByRef((matrices: readonly PeriodTransitionMatrix[]) => {
  const [cure, ...buckets] = bucketStates(matrices);
  if (cure === undefined) return [];
  return buckets.map((b) => pairSeries(matrices, b, cure, b)).filter((s) => s.denominators.some((d) => d > 0));
});

/**
 * The days-to-cure table: a row per bin and one for the accounts not cured, with accounts and their share of
 * the accounts delinquent at a previous month-end (the denominator, given in the note under it).
 */
export function cureDaysTable(locale: string, intlLocale: string, days: CureDaysResult): TableSpec {
  const first = days.periods[0]?.period;
  const last = days.periods.at(-1)?.period;
  const total = days.total;
  const line = (label: string, v: number) => [
    label,
    formatNumber(intlLocale, v),
    formatPercent(intlLocale, total.delinquent > 0 ? v / total.delinquent : null, 1),
  ];
  return {
    caption: t(locale, 'cureDaysTitle', {
      from: first ? formatPeriod(intlLocale, first) : '',
      to: last ? formatPeriod(intlLocale, last) : '',
    }),
    columns: [t(locale, 'cureDaysBin'), t(locale, 'cureAccounts'), t(locale, 'cureShare')],
    rows: [
      ...CURE_BIN_LABELS.map((label, b) => line(label, total.cured[b] ?? 0)),
      line(t(locale, 'cureNot'), total.notCured),
    ],
  };
}
