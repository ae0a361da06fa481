/**
 * The words and table of the complaint trend, as pure functions of its KPI result and columns: the
 * data table, the tooltip lines of a bar segment and of a point of the per-accounts line.
 */
import type { ComplaintBreakdown, ComplaintPeriod, ComplaintTrend } from '../../kpi/types.js';
import type { Ratio } from '../../kpi/types.js';
import { formatFixed } from '../../render/format-fixed.js';
import { formatNumber, formatPercent, formatPeriod, MISSING } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import type { ComplaintColumns } from '../../views/complaint-series.js';
import { at } from '../../model/at.js';

/** "92.5% (37/40)": a rate with its parts. */
export function ratioText(intlLocale: string, r: Pick<Ratio, 'rate' | 'numerator' | 'denominator'>): string {
  return `${formatPercent(intlLocale, r.rate, 1)} (${formatNumber(intlLocale, r.numerator)}/${formatNumber(intlLocale, r.denominator)})`;
}

/** The table: per period, received (and per visible stack), the per-accounts rate, accounts, closed, on-time and upheld with numerators. */
export function complaintsTable(
  locale: string,
  intlLocale: string,
  caption: string,
  trend: ComplaintTrend,
  c: ComplaintColumns,
  visibleKeys: ReadonlySet<string>,
  missedText: string,
): TableSpec {
  const visible = c.stacks.filter((s) => visibleKeys.has(s.key));
  return {
    caption,
    columns: [
      t(locale, 'period'),
      t(locale, 'complaintsReceived'),
      ...visible.map((s) => s.label),
      c.line.label,
      t(locale, 'complaintsAccounts'),
      t(locale, 'complaintsClosed'),
      t(locale, 'complaintsOnTime'),
      `${t(locale, 'complaintsOnTime')} ${t(locale, 'numerator')}`,
      t(locale, 'complaintsUpheld'),
      `${t(locale, 'complaintsUpheld')} ${t(locale, 'numerator')}`,
    ],
    rows: trend.periods.map((p, i) => [
      formatPeriod(intlLocale, p.period),
      formatNumber(intlLocale, p.received),
      ...visible.map((s) => formatNumber(intlLocale, s.values[i])),
      formatFixed(intlLocale, p.perAccounts.rate),
      p.accounts === null ? MISSING : formatNumber(intlLocale, p.accounts),
      formatNumber(intlLocale, p.closed),
      `${formatPercent(intlLocale, p.onTime.rate, 1)}${c.missed[i] ? ` ${missedText}` : ''}`,
      formatNumber(intlLocale, p.onTime.numerator),
      formatPercent(intlLocale, p.upheld.rate, 1),
      formatNumber(intlLocale, p.upheld.numerator),
    ]),
  };
}

/** Tooltip lines of a point of the per-accounts line (⚠ when the on-time rate missed its target). */
export function lineTooltipLines(
  locale: string,
  intlLocale: string,
  p: ComplaintPeriod,
  missed: boolean,
): [string, string][] {
  return [
    [t(locale, 'rate'), formatFixed(intlLocale, p.perAccounts.rate)],
    [t(locale, 'complaintsReceived'), formatNumber(intlLocale, p.perAccounts.numerator)],
    [t(locale, 'complaintsAccounts'), formatNumber(intlLocale, p.perAccounts.denominator)],
    [t(locale, 'complaintsOnTime'), `${ratioText(intlLocale, p.onTime)}${missed ? ' ⚠' : ''}`],
    [t(locale, 'complaintsUpheld'), ratioText(intlLocale, p.upheld)],
  ];
}

/** Tooltip lines of one bar segment (a category or channel in a period). */
export function segmentTooltipLines(
  locale: string,
  intlLocale: string,
  p: ComplaintPeriod,
  b: ComplaintBreakdown | undefined,
): [string, string][] {
  return [
    [t(locale, 'complaintsReceived'), formatNumber(intlLocale, b?.received ?? 0)],
    [
      t(locale, 'complaintsShare'),
      `${formatPercent(intlLocale, b?.share.rate ?? null, 1)} (${formatNumber(intlLocale, b?.received ?? 0)}/${formatNumber(intlLocale, p.received)})`,
    ],
    [t(locale, 'complaintsOnTime'), b ? ratioText(intlLocale, b.onTime) : MISSING],
    [t(locale, 'complaintsUpheld'), b ? ratioText(intlLocale, b.upheld) : MISSING],
  ];
}

/** The live-region text of a focused line point or bar segment. */
export function complaintPointText(
  locale: string,
  intlLocale: string,
  p: ComplaintPeriod,
  c: ComplaintColumns,
  series: number,
  index: number,
  missedText: string,
): string {
  const period = formatPeriod(intlLocale, p.period);
  if (series === c.stacks.length) {
    return t(locale, 'complaintsLinePoint', {
      series: c.line.label,
      period,
      value: formatFixed(intlLocale, p.perAccounts.rate),
      numerator: formatNumber(intlLocale, p.perAccounts.numerator),
      denominator: formatNumber(intlLocale, p.perAccounts.denominator),
      onTime: formatPercent(intlLocale, p.onTime.rate, 1),
      sla: c.missed[index] ? ` (${missedText})` : '',
    });
  }
  const s = at(c.stacks, series);
  const b = p.breakdown.find((x) => x.key === s.key);
  return t(locale, 'complaintsSegment', {
    series: s.label,
    period,
    value: formatNumber(intlLocale, b?.received ?? 0),
    share: formatPercent(intlLocale, b?.share.rate ?? null, 1),
    total: formatNumber(intlLocale, p.received),
  });
}

/** The latest period in words: received, rate per accounts, on-time (with its target when set) and upheld. */
export function latestComplaintsText(
  locale: string,
  intlLocale: string,
  last: ComplaintPeriod,
  per: number,
  slaText: string,
): string {
  return t(locale, 'complaintsLatest', {
    period: formatPeriod(intlLocale, last.period),
    received: formatNumber(intlLocale, last.received),
    rate: formatFixed(intlLocale, last.perAccounts.rate),
    per: formatNumber(intlLocale, per),
    onTime: formatPercent(intlLocale, last.onTime.rate, 1),
    sla: slaText ? `(${slaText})` : '',
    upheld: formatPercent(intlLocale, last.upheld.rate, 1),
  }).replace(/\s+([;；。.])/g, '$1');
}

/** The screen-reader summary: what the bars are broken down by, the range, the rate base and the latest period. */
export function complaintsSummary(
  locale: string,
  intlLocale: string,
  trend: ComplaintTrend,
  by: 'category' | 'channel',
  per: number,
  latest: string,
): string {
  return t(locale, 'complaintsSummary', {
    by: t(locale, by === 'channel' ? 'complaintsByChannel' : 'complaintsByCategory'),
    from: formatPeriod(intlLocale, at(trend.periods, 0).period),
    to: formatPeriod(intlLocale, at(trend.periods, trend.periods.length - 1).period),
    per: formatNumber(intlLocale, per),
    latest,
  });
}
