/**
 * View model of the legal pipeline: the bars of its three panels (cases by stage with each stage's
 * conversion, days to reach each stage in fixed bins, amounts: balance referred, recovered, legal cost,
 * balance sold and price) and the rate series of its trend view. Pure; the element and the SVG kind both
 * draw from it, and loading it registers the widget's texts and definitions.
 */
import type { HBarItem } from '../charts/hbar-chart.js';
import {
  LEGAL_STAGES,
  STAGE_DAY_BINS,
  stageTimes,
  type LegalCohort,
  type LegalPipeline,
  type LegalStage,
} from '../kpi/legal.js';
import type { Ratio } from '../kpi/types.js';
import { ratio } from '../kpi/validate.js';
import { addDefinitions } from '../model/definitions.js';
import { LEGAL_DEFINITIONS } from '../model/definitions/legal.js';
import { formatCurrency, formatNumber, formatPercent } from '../render/format.js';
import { addMessagePack, t, type MessageKey } from '../render/i18n/index.js';
import { LEGAL_MESSAGES } from '../render/i18n/legal.js';
import { periodPoint, rateSeries, type PointSeries } from './point-series.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(LEGAL_MESSAGES);
addDefinitions(LEGAL_DEFINITIONS);

/** Longest bar label before it is shortened, in CSS px (element and SVG kind alike). */
export const LEGAL_LABEL_WIDTH = 150;

/** One bar: what it counts, its value, and its share of the bar it is a part of (null for a base). */
export interface LegalBar {
  key: string;
  label: MessageKey;
  /** A second label word (the day bin of a time bar). */
  detail?: MessageKey;
  value: number;
  /** An amount (drawn as currency) rather than a count of cases. */
  money: boolean;
  share: Ratio | null;
  /** Catalogue key of what the share is of. */
  base: MessageKey | null;
  colorIndex: number;
}

/** One panel of bars with its heading. */
export interface LegalPanel {
  key: 'stages' | 'time' | 'money';
  title: MessageKey;
  bars: LegalBar[];
}

/** Catalogue key of each stage's name. */
export const STAGE_LABEL: Record<LegalStage, MessageKey> = {
  referred: 'legalReferred',
  filed: 'legalFiled',
  judgment: 'legalJudgment',
  enforced: 'legalEnforced',
  recovered: 'legalRecovered',
};

const BIN_LABEL: readonly MessageKey[] = ['legalUnder90d', 'legal90To180d', 'legalOver180d'];

/**
 * The three panels of a cohort (or the total): cases by stage (each with its conversion from the stage
 * before), days to reach each stage (shares of the stage's cases), and the amounts (recovered as a share
 * of the balance referred, cost of the amount recovered, price of the balance sold).
 */
export function legalPanels(c: LegalCohort): LegalPanel[] {
  const stages = LEGAL_STAGES.map((stage, i): LegalBar => {
    const before = i > 0 ? LEGAL_STAGES[i - 1] : undefined;
    return {
      key: stage,
      label: STAGE_LABEL[stage],
      value: c[stage],
      money: false,
      share: before ? ratio(c[stage], c[before]) : null,
      base: before ? STAGE_LABEL[before] : null,
      colorIndex: 0,
    };
  });
  const time = stageTimes(c).flatMap(({ stage, bins }) =>
    bins.map((n, b): LegalBar => ({
      key: `${stage}${STAGE_DAY_BINS[b] ?? ''}`,
      label: STAGE_LABEL[stage],
      detail: BIN_LABEL[b] ?? 'legalOver180d',
      value: n,
      money: false,
      share: ratio(n, c[stage]),
      base: STAGE_LABEL[stage],
      colorIndex: [2, 4, 5][b] ?? 0,
    })),
  );
  const money = (
    key: string,
    label: MessageKey,
    value: number,
    share: Ratio | null,
    base: MessageKey | null,
    colorIndex: number,
  ): LegalBar => ({
    key,
    label,
    value,
    money: true,
    share,
    base,
    colorIndex,
  });
  return [
    { key: 'stages', title: 'legalStages', bars: stages },
    { key: 'time', title: 'legalTime', bars: time },
    {
      key: 'money',
      title: 'legalMoney',
      bars: [
        money('balanceReferred', 'legalBalanceReferred', c.balanceReferred, null, null, 7),
        money('amountRecovered', 'legalAmountRecovered', c.amountRecovered, c.recoveryRate, 'legalBalanceReferred', 2),
        money('legalCost', 'legalCost', c.legalCost, c.costRate, 'legalAmountRecovered', 5),
        money('balanceSold', 'legalBalanceSold', c.balanceSold, null, null, 7),
        money('salePrice', 'legalSalePrice', c.salePrice, c.salePriceRate, 'legalBalanceSold', 3),
      ],
    },
  ];
}

/** A bar's label in `locale`: the stage, and the day bin of a time bar. */
export function barLabel(locale: string, b: LegalBar): string {
  return b.detail ? `${t(locale, b.label)} ${t(locale, b.detail)}` : t(locale, b.label);
}

/** A bar's value as text: cases as a number, amounts in `currency`. */
export function barValue(intlLocale: string, b: LegalBar, currency: string): string {
  return b.money ? formatCurrency(intlLocale, b.value, currency, true) : formatNumber(intlLocale, b.value);
}

/** A panel's bars for `hbarChart`: the value, and its share of the bar it belongs to. */
export function legalItems(locale: string, intlLocale: string, panel: LegalPanel, currency: string): HBarItem[] {
  return panel.bars.map((b) => ({
    key: b.key,
    label: barLabel(locale, b),
    value: b.value,
    colorIndex: b.colorIndex,
    text: b.share
      ? `${barValue(intlLocale, b, currency)} · ${formatPercent(intlLocale, b.share.rate, 1)}`
      : barValue(intlLocale, b, currency),
  }));
}

/** The rates of the trend view, in legend order. */
export const LEGAL_TREND_RATES = [
  ['filed', 'legalFiled'],
  ['judgment', 'legalJudgment'],
  ['enforced', 'legalEnforced'],
  ['recovered', 'legalRecovered'],
  ['recoveryRate', 'legalRecoveryRate'],
  ['salePriceRate', 'legalSalePriceRate'],
] as const;

const trendRatio = (c: LegalCohort, key: (typeof LEGAL_TREND_RATES)[number][0]): Ratio =>
  key === 'recoveryRate' || key === 'salePriceRate' ? c[key] : c.conversion[key];

/** One typed-array series per rate over the cohorts (null rates are NaN gaps), labelled by `label`. */
export function legalTrendSeries(pipeline: LegalPipeline, label: (key: MessageKey) => string): PointSeries[] {
  return LEGAL_TREND_RATES.map(([rate, key]) =>
    rateSeries(rate, label(key), pipeline.cohorts, (c) => periodPoint(c.cohort, trendRatio(c, rate))),
  );
}
