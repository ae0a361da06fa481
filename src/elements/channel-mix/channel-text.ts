/**
 * The numbers and words of the channel mix, as pure functions of its KPI result: each measure's
 * format and parts, the table (with the total row) and the summary.
 */
import type { ChannelEffect, Ratio } from '../../kpi/types.js';
import { formatFixed } from '../../render/format-fixed.js';
import { formatCurrency, formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { addDefinitions } from '../../model/definitions.js';
import { CHANNELS_DEFINITIONS } from '../../model/definitions/channels.js';
import { addMessagePack } from '../../render/i18n/index.js';
import { CHANNELS_MESSAGES } from '../../render/i18n/channels.js';

addMessagePack(CHANNELS_MESSAGES);

/** The three measures of the channel comparison. */
export type ChannelMeasure = 'contactRate' | 'yieldPerAttempt' | 'collectedPerCost';

/** The measures in panel order. */
export const MEASURES: readonly ChannelMeasure[] = ['contactRate', 'yieldPerAttempt', 'collectedPerCost'];

/** Names the `measure` attribute accepts for each measure. */
export const MEASURE_ALIASES: Record<string, ChannelMeasure> = {
  'contact-rate': 'contactRate',
  contactrate: 'contactRate',
  yield: 'yieldPerAttempt',
  'yield-per-attempt': 'yieldPerAttempt',
  yieldperattempt: 'yieldPerAttempt',
  'per-cost': 'collectedPerCost',
  'collected-per-cost': 'collectedPerCost',
  collectedpercost: 'collectedPerCost',
};

/** Catalogue key of each measure's name. */
export const LABELS: Record<ChannelMeasure, MessageKey> = {
  contactRate: 'channelsContactRate',
  yieldPerAttempt: 'channelsYield',
  collectedPerCost: 'channelsPerCost',
};

/** A measure's value as shown: contact rate as a percent, yield in the currency, collected per cost as a plain ratio. */
export function formatMeasure(intlLocale: string, measure: ChannelMeasure, v: number | null, currency: string): string {
  if (measure === 'contactRate') return formatPercent(intlLocale, v, 1);
  if (measure === 'yieldPerAttempt') return formatFixed(intlLocale, v, 2, currency);
  return formatFixed(intlLocale, v, 2);
}

/** A measure's ratio with its numerator and denominator written out (counts or amounts). */
export function measureParts(
  intlLocale: string,
  c: ChannelEffect,
  measure: ChannelMeasure,
  currency: string,
): { ratio: Ratio; numerator: string; denominator: string } {
  const money = (v: number) => formatCurrency(intlLocale, v, currency);
  if (measure === 'contactRate')
    return {
      ratio: c.contactRate,
      numerator: formatNumber(intlLocale, c.contacts),
      denominator: formatNumber(intlLocale, c.attempts),
    };
  if (measure === 'yieldPerAttempt')
    return {
      ratio: c.yieldPerAttempt,
      numerator: money(c.collected),
      denominator: formatNumber(intlLocale, c.attempts),
    };
  return { ratio: c.collectedPerCost, numerator: money(c.collected), denominator: money(c.cost) };
}

/** The table: one row per channel and the total row, with attempts, contacts, amounts and the three measures. */
export function channelsTable(
  locale: string,
  intlLocale: string,
  caption: string,
  rows: readonly { label: string; effect: ChannelEffect }[],
  currency: string,
): TableSpec {
  const money = (v: number) => formatCurrency(intlLocale, v, currency);
  const f = (m: ChannelMeasure, v: number | null) => formatMeasure(intlLocale, m, v, currency);
  return {
    caption,
    columns: [
      'channelsChannel',
      'channelsAttempts',
      'channelsContacts',
      'channelsContactRate',
      'channelsCollected',
      'channelsCost',
      'channelsYield',
      'channelsPerCost',
    ].map((k) => t(locale, k as 'channelsChannel')),
    rows: rows.map(({ label, effect: c }) => [
      label,
      formatNumber(intlLocale, c.attempts),
      formatNumber(intlLocale, c.contacts),
      f('contactRate', c.contactRate.rate),
      money(c.collected),
      money(c.cost),
      f('yieldPerAttempt', c.yieldPerAttempt.rate),
      f('collectedPerCost', c.collectedPerCost.rate),
    ]),
  };
}

/** The summary: how many channels over which periods, and the one that collects most per unit of cost. */
export function channelsSummary(
  locale: string,
  intlLocale: string,
  channels: readonly ChannelEffect[],
  periods: readonly [string, string] | null,
  label: (channel: string) => string,
  currency: string,
): string {
  let best: ChannelEffect | null = null;
  let bestRate = -Infinity;
  for (const c of channels) {
    const rate = c.collectedPerCost.rate;
    if (rate !== null && (!best || rate > bestRate)) [best, bestRate] = [c, rate];
  }
  return t(locale, 'channelsSummary', {
    count: channels.length,
    from: periods ? formatPeriod(intlLocale, periods[0]) : '',
    to: periods ? formatPeriod(intlLocale, periods[1]) : '',
    best: best ? label(best.channel) : '',
    value: best ? formatMeasure(intlLocale, 'collectedPerCost', best.collectedPerCost.rate, currency) : '',
  });
}

addDefinitions(CHANNELS_DEFINITIONS);
