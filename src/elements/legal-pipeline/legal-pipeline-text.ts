/**
 * The words and tables of the legal pipeline, as pure functions of its KPI result: each bar's
 * announcement, the line over the chart, the summary and the data table (one row per cohort and a total).
 */
import { LEGAL_FIELDS, LEGAL_MONEY_FIELDS, type LegalCohort, type LegalPipeline } from '../../kpi/legal.js';
import type { Ratio } from '../../kpi/types.js';
import { formatCurrency, formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { barLabel, barValue, STAGE_LABEL, type LegalBar } from '../../views/legal-model.js';

/** The live-region text of a bar: "Filed: 80, 80.0% of Referred". */
export function legalBarAnnouncement(locale: string, intlLocale: string, b: LegalBar, currency: string): string {
  const label = barLabel(locale, b);
  const value = barValue(intlLocale, b, currency);
  if (!b.share || !b.base) return t(locale, 'legalCountAnnouncement', { label, value });
  return t(locale, 'legalBarAnnouncement', {
    label,
    value,
    rate: formatPercent(intlLocale, b.share.rate, 1),
    base: t(locale, b.base),
  });
}

/** The line over the chart: recovered of referred, cost and recovery per case filed, debt sale price. */
export function legalLatest(locale: string, intlLocale: string, c: LegalCohort, currency: string): string {
  return t(locale, 'legalLatest', {
    recovered: formatCurrency(intlLocale, c.amountRecovered, currency, true),
    referred: formatCurrency(intlLocale, c.balanceReferred, currency, true),
    rate: formatPercent(intlLocale, c.recoveryRate.rate, 1),
    cost: formatCurrency(intlLocale, c.costPerCase.rate, currency),
    perCase: formatCurrency(intlLocale, c.recoveryPerCase.rate, currency),
    price: formatPercent(intlLocale, c.salePriceRate.rate, 1),
  });
}

/** The screen-reader summary of the cohorts. */
export function legalSummary(locale: string, intlLocale: string, p: LegalPipeline, currency: string): string {
  const c = p.total;
  const first = p.cohorts[0];
  const last = p.cohorts[p.cohorts.length - 1];
  const n = (v: number) => formatNumber(intlLocale, v);
  return t(locale, 'legalSummary', {
    from: first ? formatPeriod(intlLocale, first.cohort) : '',
    to: last ? formatPeriod(intlLocale, last.cohort) : '',
    referred: n(c.referred),
    filed: n(c.filed),
    filedRate: formatPercent(intlLocale, c.conversion.filed.rate, 1),
    judgment: n(c.judgment),
    enforced: n(c.enforced),
    recovered: n(c.recovered),
    amount: formatCurrency(intlLocale, c.amountRecovered, currency),
    rate: formatPercent(intlLocale, c.recoveryRate.rate, 1),
    sold: n(c.sold),
    price: formatPercent(intlLocale, c.salePriceRate.rate, 1),
  });
}

const RATES: readonly [MessageKey, (c: LegalCohort) => Ratio, boolean][] = [
  ['legalFiled', (c) => c.conversion.filed, false],
  ['legalJudgment', (c) => c.conversion.judgment, false],
  ['legalEnforced', (c) => c.conversion.enforced, false],
  ['legalRecovered', (c) => c.conversion.recovered, false],
  ['legalRecoveryRate', (c) => c.recoveryRate, false],
  ['legalCostPerCase', (c) => c.costPerCase, true],
  ['legalRecoveryPerCase', (c) => c.recoveryPerCase, true],
  ['legalSalePriceRate', (c) => c.salePriceRate, false],
];

/**
 * The data table: one row per referral cohort and the total, with every field of the contract (cases,
 * balances, costs, sales and the day bins) and every rate, so each rate's parts are in the same row.
 */
export function legalTable(
  locale: string,
  intlLocale: string,
  caption: string,
  p: LegalPipeline,
  currency: string,
): TableSpec {
  const rate = t(locale, 'legalRecoveryRate');
  const row = (label: string, c: LegalCohort) => [
    label,
    ...LEGAL_FIELDS.map((f) =>
      LEGAL_MONEY_FIELDS.has(f) ? formatCurrency(intlLocale, c[f], currency) : formatNumber(intlLocale, c[f]),
    ),
    ...RATES.map(([, r, money]) =>
      money ? formatCurrency(intlLocale, r(c).rate, currency) : formatPercent(intlLocale, r(c).rate, 2),
    ),
  ];
  return {
    caption,
    columns: [
      t(locale, 'legalCohort'),
      ...LEGAL_FIELDS.map((f) => fieldLabel(locale, f)),
      ...RATES.map(([k], i) => (i < 4 ? `${rate}: ${t(locale, k)}` : t(locale, k))),
    ],
    rows: [
      ...p.cohorts.map((c) => row(formatPeriod(intlLocale, c.cohort), c)),
      ...(p.cohorts.length ? [row(t(locale, 'legalTotal'), p.total)] : []),
    ],
  };
}

const FIELD_LABEL: Partial<Record<(typeof LEGAL_FIELDS)[number], MessageKey>> = {
  ...STAGE_LABEL,
  balanceReferred: 'legalBalanceReferred',
  amountRecovered: 'legalAmountRecovered',
  legalCost: 'legalCost',
  sold: 'legalSold',
  balanceSold: 'legalBalanceSold',
  salePrice: 'legalSalePrice',
};

const BALANCE_OF: Partial<Record<(typeof LEGAL_FIELDS)[number], MessageKey>> = {
  balanceFiled: 'legalFiled',
  balanceJudgment: 'legalJudgment',
  balanceEnforced: 'legalEnforced',
};

const BIN_OF: Record<string, MessageKey> = {
  Under90d: 'legalUnder90d',
  '90To180d': 'legal90To180d',
  Over180d: 'legalOver180d',
};
const STAGE_OF: Record<string, MessageKey> = {
  File: 'legalFiled',
  Judgment: 'legalJudgment',
  Enforce: 'legalEnforced',
  Recover: 'legalRecovered',
};

/** A column heading of a contract field: its name, a stage's balance, or a stage and day bin. */
function fieldLabel(locale: string, f: (typeof LEGAL_FIELDS)[number]): string {
  const own = FIELD_LABEL[f];
  if (own) return t(locale, own);
  const balance = BALANCE_OF[f];
  if (balance) return `${t(locale, balance)}: ${t(locale, 'legalMoney')}`;
  const m = /^to(File|Judgment|Enforce|Recover)(Under90d|90To180d|Over180d)$/.exec(f);
  const stage = m?.[1] ? STAGE_OF[m[1]] : undefined;
  const bin = m?.[2] ? BIN_OF[m[2]] : undefined;
  return stage && bin ? `${t(locale, 'legalTime')}: ${t(locale, stage)} ${t(locale, bin)}` : f;
}
