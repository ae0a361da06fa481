/**
 * The words and tables of the promise-to-pay funnel, as pure functions of its KPI result: each bar's text
 * and announcement, the latest line, the summary and the data table (one row per period and a total).
 */
import type { PromiseFunnel, PromiseFunnelPeriod } from '../../kpi/promises.js';
import { formatCurrency, formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import type { FunnelBar } from '../../views/ptp-funnel-model.js';

/** The live-region text of a bar: "Contacts: 4,000, 40.0% of Attempts". */
export function barAnnouncement(locale: string, intlLocale: string, b: FunnelBar): string {
  const value = formatNumber(intlLocale, b.value);
  if (!b.share || !b.base) return t(locale, 'ptpCountAnnouncement', { label: t(locale, b.label), value });
  return t(locale, 'ptpBarAnnouncement', {
    label: t(locale, b.label),
    value,
    rate: formatPercent(intlLocale, b.share.rate, 1),
    base: t(locale, b.base),
  });
}

/** The line over the chart: kept rate of matured promises, the amount kept, and the pending promises apart. */
export function latestLine(locale: string, intlLocale: string, p: PromiseFunnelPeriod): string {
  return t(locale, 'ptpLatest', {
    rate: formatPercent(intlLocale, p.keptRate.rate, 1),
    matured: formatNumber(intlLocale, p.matured),
    amount: formatPercent(intlLocale, p.amountKeptRate.rate, 1),
    pending: formatNumber(intlLocale, p.pending),
  });
}

/** The screen-reader summary of the range. */
export function funnelSummary(locale: string, intlLocale: string, f: PromiseFunnel): string {
  const p = f.total;
  const first = f.periods[0];
  const last = f.periods[f.periods.length - 1];
  return t(locale, 'ptpSummary', {
    from: first ? formatPeriod(intlLocale, first.period) : '',
    to: last ? formatPeriod(intlLocale, last.period) : '',
    attempts: formatNumber(intlLocale, p.attempts),
    rpc: formatNumber(intlLocale, p.rightPartyContacts),
    rpcRate: formatPercent(intlLocale, p.rpcRate.rate, 1),
    promises: formatNumber(intlLocale, p.promises),
    ptpRate: formatPercent(intlLocale, p.ptpRate.rate, 1),
    matured: formatNumber(intlLocale, p.matured),
    kept: formatPercent(intlLocale, p.keptRate.rate, 1),
    partly: formatPercent(intlLocale, p.partlyKeptRate.rate, 1),
    broken: formatPercent(intlLocale, p.brokenRate.rate, 1),
  });
}

const COUNT_COLUMNS: readonly [keyof PromiseFunnelPeriod, MessageKey][] = [
  ['attempts', 'ptpAttempts'],
  ['contacts', 'ptpContacts'],
  ['rightPartyContacts', 'ptpRpc'],
  ['promises', 'ptpPromises'],
  ['pending', 'ptpPending'],
  ['matured', 'ptpMatured'],
  ['kept', 'ptpKept'],
  ['partlyKept', 'ptpPartlyKept'],
  ['broken', 'ptpBroken'],
];
const RATE_COLUMNS: readonly [keyof PromiseFunnelPeriod, MessageKey][] = [
  ['contactRate', 'ptpContactRate'],
  ['rpcRate', 'ptpRpcRate'],
  ['ptpRate', 'ptpPtpRate'],
  ['keptRate', 'ptpKeptRate'],
  ['amountKeptRate', 'ptpAmountKeptRate'],
];
const FOLLOW_UP_COLUMNS: readonly [keyof PromiseFunnelPeriod, MessageKey][] = [
  ['followUpUnder24h', 'ptpFollowUpUnder24h'],
  ['followUp24To48h', 'ptpFollowUp24To48h'],
  ['followUp48To72h', 'ptpFollowUp48To72h'],
  ['followUpOver72h', 'ptpFollowUpOver72h'],
  ['followUpNone', 'ptpFollowUpNone'],
];

/**
 * The data table: one row per period and the total, with every count, both amounts, every rate and the
 * follow-up bins of broken promises, so each rate's numerator and denominator are in the same row.
 */
export function funnelTable(
  locale: string,
  intlLocale: string,
  caption: string,
  f: PromiseFunnel,
  currency: string,
): TableSpec {
  const follow = t(locale, 'ptpFollowUp');
  const row = (label: string, p: PromiseFunnelPeriod) => [
    label,
    ...COUNT_COLUMNS.map(([k]) => formatNumber(intlLocale, p[k] as number)),
    formatCurrency(intlLocale, p.amountPromised, currency),
    formatCurrency(intlLocale, p.amountPaid, currency),
    ...RATE_COLUMNS.map(([k]) => formatPercent(intlLocale, (p[k] as { rate: number | null }).rate, 2)),
    ...FOLLOW_UP_COLUMNS.map(([k]) => formatNumber(intlLocale, p[k] as number)),
  ];
  return {
    caption,
    columns: [
      t(locale, 'period'),
      ...COUNT_COLUMNS.map(([, k]) => t(locale, k)),
      t(locale, 'ptpAmountPromised'),
      t(locale, 'ptpAmountPaid'),
      ...RATE_COLUMNS.map(([, k]) => t(locale, k)),
      ...FOLLOW_UP_COLUMNS.map(([, k]) => `${follow}: ${t(locale, k)}`),
    ],
    rows: [
      ...f.periods.map((p) => row(formatPeriod(intlLocale, p.period), p)),
      ...(f.periods.length ? [row(t(locale, 'ptpTotal'), f.total)] : []),
    ],
  };
}
