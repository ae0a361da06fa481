/**
 * `<ck-agency-scorecard>`'s view model: `agencyScorecard` (src/kpi) → bars of one measure per agency
 * (highest first) and the table of every agency. Pure; the element and the SVG kind both call it, and it
 * registers the widget's messages and definitions.
 */
import type { HBarItem } from '../charts/hbar-chart.js';
import type { AgencyScore, AgencyScorecard } from '../kpi/agencies.js';
import type { Ratio } from '../kpi/types.js';
import { addDefinitions } from '../model/definitions.js';
import { AGENCIES_DEFINITIONS } from '../model/definitions/agencies.js';
import { formatCompact, formatNumber, formatPercent } from '../render/format.js';
import { AGENCIES_MESSAGES } from '../render/i18n/agencies.js';
import { addMessagePack, t, type MessageKey } from '../render/i18n/index.js';
import type { TableSpec } from '../render/table.js';

addMessagePack(AGENCIES_MESSAGES);
addDefinitions(AGENCIES_DEFINITIONS);

/** The measures the scorecard can chart, as the `measure` attribute names them. */
export const AGENCY_MEASURES = ['recovery', 'complaints', 'violations', 'commission'] as const;

/** One chartable measure. */
export type AgencyMeasure = (typeof AGENCY_MEASURES)[number];

/** Message key of each measure's name. */
export const AGENCY_MEASURE_LABELS: Record<AgencyMeasure, MessageKey> = {
  recovery: 'agencyRecoveryRate',
  complaints: 'agencyPer10k',
  violations: 'agencyViolationRate',
  commission: 'agencyCommissionShare',
};

/** The measure named by an attribute value (`recovery` when unknown). */
export function agencyMeasure(value: string | null | undefined): AgencyMeasure {
  return (AGENCY_MEASURES as readonly string[]).includes(value ?? '') ? (value as AgencyMeasure) : 'recovery';
}

/** The ratio of one measure of an agency. */
export function measureOf(a: AgencyScore, measure: AgencyMeasure): Ratio {
  return measure === 'complaints'
    ? a.complaintsPer10k
    : measure === 'violations'
      ? a.violationRate
      : measure === 'commission'
        ? a.commissionShare
        : a.recoveryRate;
}

/** Formats a value of a measure: per 10,000 with one decimal, the rates as percentages. */
export function formatMeasure(locale: string, measure: AgencyMeasure, v: number | null): string {
  return measure === 'complaints'
    ? formatNumber(locale, v, 1)
    : formatPercent(locale, v, measure === 'violations' ? 2 : 1);
}

/** Bars of one measure, highest first (agencies without a value last); overdue evaluations flagged "⚠". */
export function agencyBars(card: AgencyScorecard, measure: AgencyMeasure, locale: string): HBarItem[] {
  return card.agencies
    .map((a) => ({ a, v: measureOf(a, measure).rate }))
    .sort((x, y) => (y.v ?? -1) - (x.v ?? -1))
    .map(({ a, v }) => ({
      key: a.key,
      label: a.key,
      value: v ?? NaN,
      colorIndex: 0,
      flagged: a.evaluationOverdue,
      text: formatMeasure(locale, measure, v),
    }));
}

/** The scorecard's table: every agency with its sums, the four rates and its last evaluation. */
export function agencyTable(card: AgencyScorecard, lang: string, locale: string, caption: string): TableSpec {
  const n = (v: number) => formatNumber(locale, v);
  const money = (v: number) => formatCompact(locale, v);
  return {
    caption,
    columns: [
      t(lang, 'agencyName'),
      t(lang, 'agencyAccounts'),
      t(lang, 'agencyBalance'),
      t(lang, 'agencyRecovered'),
      t(lang, 'agencyRecoveryRate'),
      t(lang, 'agencyCommission'),
      t(lang, 'agencyCommissionShare'),
      t(lang, 'agencyComplaints'),
      t(lang, 'agencyPer10k'),
      t(lang, 'agencyChecked'),
      t(lang, 'agencyViolations'),
      t(lang, 'agencyViolationRate'),
      t(lang, 'agencyLastEvaluation'),
    ],
    rows: card.agencies.map((a) => [
      a.key,
      n(a.accountsPlaced),
      money(a.balancePlaced),
      money(a.recovered),
      formatMeasure(locale, 'recovery', a.recoveryRate.rate),
      money(a.commission),
      formatMeasure(locale, 'commission', a.commissionShare.rate),
      n(a.complaints),
      formatMeasure(locale, 'complaints', a.complaintsPer10k.rate),
      n(a.callsChecked),
      n(a.violations),
      formatMeasure(locale, 'violations', a.violationRate.rate),
      `${a.lastEvaluation ?? t(lang, 'agencyNever')}${a.evaluationOverdue ? ` ⚠ ${t(lang, 'agencyOverdue')}` : ''}`,
    ]),
  };
}
