import { hbarChart, hbarHeight } from '../../charts/hbar-chart.js';
import { channelEffectiveness } from '../../kpi/channels.js';
import { formatFixed } from '../../render/format-fixed.js';
import type { ChannelMeasure } from '../../elements/channel-mix/channel-text.js';
import type { ChannelRow } from '../../model/rows.js';
import { CHANNEL_LABELS, codeLabel } from '../../render/vocab.js';
import { formatPercent } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { ServerChartOptions, ServerChart } from '../types.js';
import { addDefinitions } from '../../model/definitions.js';
import { CHANNELS_DEFINITIONS } from '../../model/definitions/channels.js';
import { addMessagePack } from '../../render/i18n/index.js';
import { CHANNELS_MESSAGES } from '../../render/i18n/channels.js';

addMessagePack(CHANNELS_MESSAGES);

/** Options of the `channel-mix` kind: one panel, `measure` (default contact rate). */
export interface ChannelMixServerOptions extends ServerChartOptions {
  measure?: ChannelMeasure;
}

const CHANNEL_MEASURE_KEYS = {
  contactRate: 'channelsContactRate',
  yieldPerAttempt: 'channelsYield',
  collectedPerCost: 'channelsPerCost',
} as const;

export const channelMixChart: ServerChart<readonly ChannelRow[], ChannelMixServerOptions> = (
  rows,
  options,
  locale,
  intlLocale,
) => {
  const measure: ChannelMeasure = options.measure ?? 'contactRate';
  const channels = channelEffectiveness(rows).channels;
  const currency = options.meta?.currency ?? 'CNY';
  const format = (v: number | null) =>
    measure === 'contactRate'
      ? formatPercent(intlLocale, v, 1)
      : formatFixed(intlLocale, v, 2, measure === 'yieldPerAttempt' ? currency : undefined);
  const items = channels.map((c) => ({
    key: c.channel,
    label: codeLabel(CHANNEL_LABELS, c.channel, locale),
    value: c[measure].rate ?? NaN,
  }));
  const width = options.width ?? 640;
  const spec = { width, items, formatValue: format, maxLabelWidth: 100, focus: null };
  return {
    metric: 'channels',
    chart: hbarChart(spec),
    width,
    height: hbarHeight(spec),
    title: `${t(locale, 'channelsTitle')} · ${t(locale, CHANNEL_MEASURE_KEYS[measure])}`,
    legend: [],
  };
};

addDefinitions(CHANNELS_DEFINITIONS);
