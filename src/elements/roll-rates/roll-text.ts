import { rateLines } from '../shared/rate-table.js';
/**
 * The words and tables of the roll-rate widget, as pure functions of its models: the transition
 * matrix's cell announcement, tooltip lines, summary and table, and the forecast's table.
 */
import { formatCurrency, formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import type { TableSpec } from '../../render/table.js';
import type { MatrixView } from '../../views/roll-model.js';
import type { PointSeries } from '../../views/point-series.js';
import { at } from '../../model/at.js';

/** "M1 → M2: 12.34% (1,234 of 10,000)": the live-region text of a matrix cell. */
export function matrixCellText(locale: string, intlLocale: string, m: MatrixView, f: PointFocus): string {
  return t(locale, 'rollCell', {
    from: at(m.rows, f.series),
    to: at(m.columns, f.index),
    value: formatPercent(intlLocale, at(m.rates, f.series)[f.index], 2),
    numerator: formatNumber(intlLocale, at(m.numerators, f.series)[f.index]),
    denominator: formatNumber(intlLocale, m.denominators[f.series]),
  });
}

/** The tooltip lines of a matrix cell: rate, numerator, denominator. */
export function matrixCellLines(locale: string, intlLocale: string, m: MatrixView, f: PointFocus): [string, string][] {
  return rateLines(
    locale,
    intlLocale,
    at(m.rates, f.series)[f.index],
    at(m.numerators, f.series)[f.index],
    m.denominators[f.series],
  );
}

/** The screen-reader summary of a matrix: its period and the cure rates of the first delinquent states. */
export function matrixSummary(locale: string, intlLocale: string, m: MatrixView): string {
  const cure = m.rows
    .map((from, i) =>
      // The first column is the current state: its share of a delinquent row is that row's cure rate.
      i > 0 && from !== 'NEW'
        ? t(locale, 'rollCure', { state: from, value: formatPercent(intlLocale, at(m.rates, i)[0], 1) })
        : '',
    )
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');
  return t(locale, 'rollMatrixSummary', { period: formatPeriod(intlLocale, m.period), cure });
}

/** The matrix as a table: from-state rows, to-state columns (rates), and each row's denominator. */
export function matrixTable(locale: string, intlLocale: string, caption: string, m: MatrixView): TableSpec {
  return {
    caption,
    columns: [`${t(locale, 'rollFrom')} \\ ${t(locale, 'rollTo')}`, ...m.columns, t(locale, 'denominator')],
    rows: m.rows.map((from, i) => [
      from,
      ...at(m.rates, i).map((r) => formatPercent(intlLocale, r, 1)),
      formatNumber(intlLocale, m.denominators[i]),
    ]),
  };
}

/** The forecast as a table: balances per bucket per month (the first actual), and the charge-offs of each projected month. */
export function forecastTable(
  locale: string,
  intlLocale: string,
  caption: string,
  series: readonly PointSeries[],
  chargedOff: readonly (number | undefined)[],
  currency: string,
): TableSpec {
  const labels = series[0]?.labels ?? [];
  return {
    caption,
    columns: [t(locale, 'period'), ...series.map((s) => s.label), t(locale, 'rollChargedOff')],
    rows: labels.map((p, i) => [
      `${formatPeriod(intlLocale, p)} (${t(locale, i === 0 ? 'actual' : 'projection')})`,
      ...series.map((s) => formatCurrency(intlLocale, s.ys[i], currency)),
      i === 0 ? MISSING : formatCurrency(intlLocale, chargedOff[i - 1], currency),
    ]),
  };
}
