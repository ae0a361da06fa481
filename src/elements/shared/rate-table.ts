import { formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';

/** What a rate table reads of one series: its name and, per point, the rate and its parts. */
export interface RateColumn {
  label: string;
  rate(i: number): number | null | undefined;
  numerator(i: number): number | null | undefined;
  denominator(i: number): number | null | undefined;
}

/**
 * The data table of rate series over periods: a period column, then for each series its rate (2
 * decimals), numerator and denominator, so a reader sees every number a rate was computed from.
 */
export function rateTable(
  locale: string,
  intlLocale: string,
  caption: string,
  periods: readonly string[],
  series: readonly RateColumn[],
): TableSpec {
  return {
    caption,
    columns: [
      t(locale, 'period'),
      ...series.flatMap((s) => [
        s.label,
        `${s.label} ${t(locale, 'numerator')}`,
        `${s.label} ${t(locale, 'denominator')}`,
      ]),
    ],
    rows: periods.map((p, i) => [
      formatPeriod(intlLocale, p),
      ...series.flatMap((s) => [
        formatPercent(intlLocale, s.rate(i), 2),
        formatNumber(intlLocale, s.numerator(i)),
        formatNumber(intlLocale, s.denominator(i)),
      ]),
    ]),
  };
}

/** A tooltip's lines for a rate: the rate (2 decimals), its numerator and its denominator. */
export function rateLines(
  locale: string,
  intlLocale: string,
  rate: number | null | undefined,
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  rateKey: 'rate' | 'value' = 'rate',
): [string, string][] {
  return [
    [t(locale, rateKey), formatPercent(intlLocale, rate, 2)],
    [t(locale, 'numerator'), formatNumber(intlLocale, numerator)],
    [t(locale, 'denominator'), formatNumber(intlLocale, denominator)],
  ];
}
