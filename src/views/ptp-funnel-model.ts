/**
 * View model of the promise-to-pay funnel: the bars of its three panels (funnel steps with step
 * conversions, outcomes of matured promises, follow-up of broken ones) and the rate series of its
 * trend view. Pure; the element and the SVG renderer both draw from it.
 */
import {
  FOLLOW_UP_BINS,
  FUNNEL_STEPS,
  PROMISE_OUTCOMES,
  type PromiseFunnel,
  type PromiseFunnelPeriod,
} from '../kpi/promises.js';
import type { Ratio } from '../kpi/types.js';
import { ratio } from '../kpi/validate.js';
import type { HBarItem } from '../charts/hbar-chart.js';
import { formatNumber, formatPercent } from '../render/format.js';
import { t, type MessageKey, addMessagePack } from '../render/i18n/index.js';
import { periodPoint, rateSeries, type PointSeries } from './point-series.js';
import { addDefinitions } from '../model/definitions.js';
import { OPS_MESSAGES } from '../render/i18n/ops.js';
import { OPS_DEFINITIONS } from '../model/definitions/ops.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(OPS_MESSAGES);
addDefinitions(OPS_DEFINITIONS);

/** Longest bar label before it is shortened, in CSS px (element and SVG kind alike). */
export const FUNNEL_LABEL_WIDTH = 140;

/** One bar: what it counts, its count, and its share of the bar it is a part of (null for a base). */
export interface FunnelBar {
  key: string;
  label: MessageKey;
  value: number;
  share: Ratio | null;
  /** Catalogue key of what the share is of (e.g. contacts). */
  base: MessageKey | null;
  colorIndex: number;
}

/** One panel of bars with its heading. */
export interface FunnelPanel {
  key: 'steps' | 'outcomes' | 'followUp';
  title: MessageKey;
  bars: FunnelBar[];
}

const LABEL: Record<string, MessageKey> = {
  attempts: 'ptpAttempts',
  contacts: 'ptpContacts',
  rightPartyContacts: 'ptpRpc',
  promises: 'ptpPromises',
  matured: 'ptpMatured',
  kept: 'ptpKept',
  partlyKept: 'ptpPartlyKept',
  broken: 'ptpBroken',
  followUpUnder24h: 'ptpFollowUpUnder24h',
  followUp24To48h: 'ptpFollowUp24To48h',
  followUp48To72h: 'ptpFollowUp48To72h',
  followUpOver72h: 'ptpFollowUpOver72h',
  followUpNone: 'ptpFollowUpNone',
};

/** Catalogue key of a funnel field's name. */
export function funnelLabel(key: string): MessageKey {
  return LABEL[key] ?? 'value';
}

/**
 * The three panels of a period's funnel: steps (each with its conversion from the step before), the
 * matured promises and their outcomes (shares of matured), the follow-up bins (shares of broken).
 */
export function funnelPanels(p: PromiseFunnelPeriod): FunnelPanel[] {
  const steps = FUNNEL_STEPS.map((key, i): FunnelBar => {
    const before = i > 0 ? FUNNEL_STEPS[i - 1] : undefined;
    return {
      key,
      label: funnelLabel(key),
      value: p[key],
      share: before ? ratio(p[key], p[before]) : null,
      base: before ? funnelLabel(before) : null,
      colorIndex: 0,
    };
  });
  const outcomes: FunnelBar[] = [
    { key: 'matured', label: 'ptpMatured', value: p.matured, share: null, base: null, colorIndex: 7 },
    ...PROMISE_OUTCOMES.map((key, i): FunnelBar => ({
      key,
      label: funnelLabel(key),
      value: p[key],
      share: ratio(p[key], p.matured),
      base: 'ptpMatured',
      colorIndex: [2, 4, 5][i] ?? 0,
    })),
  ];
  const followUp = FOLLOW_UP_BINS.map((key): FunnelBar => ({
    key,
    label: funnelLabel(key),
    value: p[key],
    share: ratio(p[key], p.broken),
    base: 'ptpBroken',
    colorIndex: 5,
  }));
  return [
    { key: 'steps', title: 'ptpSteps', bars: steps },
    { key: 'outcomes', title: 'ptpOutcomes', bars: outcomes },
    { key: 'followUp', title: 'ptpFollowUp', bars: followUp },
  ];
}

/** The rates of the trend view, in legend order. */
export const TREND_RATES = [
  ['contactRate', 'ptpContactRate'],
  ['rpcRate', 'ptpRpcRate'],
  ['ptpRate', 'ptpPtpRate'],
  ['keptRate', 'ptpKeptRate'],
  ['amountKeptRate', 'ptpAmountKeptRate'],
] as const;

/** One typed-array series per rate over the periods (null rates are NaN gaps), labelled by `label`. */
export function funnelTrendSeries(funnel: PromiseFunnel, label: (key: MessageKey) => string): PointSeries[] {
  return TREND_RATES.map(([rate, key]) =>
    rateSeries(rate, label(key), funnel.periods, (p) => periodPoint(p.period, p[rate])),
  );
}

/** A panel's bars for `hbarChart`: the count, and its share of the bar it belongs to. */
export function panelItems(locale: string, intlLocale: string, panel: FunnelPanel): HBarItem[] {
  return panel.bars.map((b) => ({
    key: b.key,
    label: t(locale, b.label),
    value: b.value,
    colorIndex: b.colorIndex,
    text: b.share
      ? `${formatNumber(intlLocale, b.value)} · ${formatPercent(intlLocale, b.share.rate, 1)}`
      : formatNumber(intlLocale, b.value),
  }));
}
