/**
 * collectkit/svg: charts as static, self-contained SVG strings without a browser (PDF packs,
 * e-mails, scheduled reports). Uses the same pure chart functions as the widgets and serialises
 * them with `templateToString`; nothing here touches the DOM.
 *
 * @example
 * import { renderChartSvg } from 'collectkit/svg';
 * const svg = renderChartSvg('overdue-trend', response, { buckets: 'M1,M2,M3', basis: 'balance', lang: 'zh-CN' });
 */
import type { SVGTemplateResult } from 'lit';
import { lineChart, type LineChartSpec, type LineSeries } from './charts/line-chart.js';
import { overdueRates } from './kpi/overdue.js';
import { definitionLines, metricDefinition } from './model/definitions.js';
import type { Basis, MetricName } from './model/metrics.js';
import type { MetricResponse, ResponseMeta } from './model/response.js';
import type { ComplianceRow, OverdueRow, RecoveryRow, VintageRow } from './model/rows.js';
import { vintageSeries } from './views/vintage-series.js';
import { complaintColumns } from './views/complaint-series.js';
import { matrixView, rollMatrices } from './views/roll-model.js';
import { complaintTrend } from './kpi/complaints.js';
import { barsLineChart } from './charts/bars-line-chart.js';
import { heatmap } from './charts/heatmap.js';
import { hbarChart, hbarHeight } from './charts/hbar-chart.js';
import { sparkline } from './charts/sparkline.js';
import { tileSeries, type TileMetric } from './views/tile-series.js';
import { svg } from 'lit';
import { channelEffectiveness } from './kpi/channels.js';
import { formatFixed } from './render/format-fixed.js';
import type { ChannelMeasure } from './elements/channel-mix/channel-mix.js';
import type { ChannelRow, ComplaintRow, ExposureRow, RollRateRow } from './model/rows.js';
import { complianceRates } from './kpi/compliance.js';
import { recoverySeries } from './views/recovery-series.js';
import { parseRules, ruleSeries } from './views/compliance-series.js';
import { CHANNEL_LABELS, COMPLAINT_CATEGORY_LABELS, COMPLIANCE_PRESET_LABELS, COMPLIANCE_RULE_LABELS, codeLabel } from './render/vocab.js';
import { formatNumber, formatPercent, formatPercentTick, formatPeriod, formatTick } from './render/format.js';
import { resolveLocale, t } from './render/i18n/index.js';
import { periodInterval, periodToTime } from './render/period.js';
import { templateToString } from './render/to-string.js';
import { chartStylesheet, framedSvg, LIGHT_THEME, paletteLegend, type SvgTheme } from './export/svg.js';

export { chartStylesheet, framedSvg, LIGHT_THEME, type SvgTheme } from './export/svg.js';
export { templateToString } from './render/to-string.js';
export { metricDefinition, definitionLines } from './model/definitions.js';
export { buildCsv, csvBody, guardFormula } from './export/csv.js';
export { buildJson } from './export/json.js';
export { exportTable } from './export/data.js';
export { sha256Hex } from './export/sha256.js';
export { zipStore, crc32 } from './export/zip.js';

/** Options every server chart accepts. */
export interface ServerChartOptions {
  /** Chart width and height in px (default 640 × 280). */
  width?: number;
  height?: number;
  /** Language of labels and numbers (BCP 47, default `en`). */
  lang?: string;
  /** Title above the chart (default: the widget's title). */
  title?: string;
  /** Provenance for the footnote when `data` is rows rather than a response with `meta`. */
  meta?: Partial<ResponseMeta>;
  /** Colours and font (default the light theme). */
  theme?: SvgTheme;
  /** Time zone of the `asOf` footnote (default `UTC`; servers rarely run in the reader's zone). */
  timeZone?: string;
  /** `false`: only the chart's `<svg class="chart">` (plus stylesheet), no title, legend or footnote. */
  frame?: boolean;
}

/** Options of the `overdue-trend` chart (as the `<ck-overdue-trend>` attributes). */
export interface OverdueTrendServerOptions extends ServerChartOptions {
  /** Buckets or bucket sets, e.g. `M1,M2,M3,M4+` (string or array). */
  buckets?: string | readonly string[];
  /** `count` or `balance` (default). */
  basis?: Basis;
  /** Target rate drawn as a dashed rule. */
  target?: number;
  /** Rates with a smaller denominator are suppressed (gaps), as on screen. */
  minDenominator?: number;
}

/** What a chart kind produces before framing. */
export interface ServerChartPart {
  metric: MetricName;
  chart: SVGTemplateResult;
  width: number;
  height: number;
  title: string;
  /** Series names for the legend, in palette order. */
  legend: string[];
}

/** A chart kind of the server renderer: data and options → chart template, title and legend. */
export type ServerChart<D = never, O extends ServerChartOptions = ServerChartOptions> = (data: D, options: O, locale: string, intlLocale: string) => ServerChartPart;

/** The line chart spec the overdue trend draws for `rows` (exactly as `<ck-overdue-trend>` builds it). */
export function overdueTrendSpec(rows: readonly OverdueRow[], options: OverdueTrendServerOptions, intlLocale: string): LineChartSpec & { series: LineSeries[] } {
  const buckets = (typeof options.buckets === 'string' ? options.buckets.split(',') : options.buckets ?? ['M1', 'M2', 'M3', 'M4+']).map((b) => b.trim()).filter(Boolean);
  const rates = overdueRates(rows, { buckets, basis: options.basis === 'count' ? 'count' : 'balance', ...(options.minDenominator ? { minDenominator: options.minDenominator } : {}) });
  const series: LineSeries[] = buckets.map((bucket) => {
    const list = rates.filter((r) => r.bucket === bucket);
    return {
      key: bucket,
      label: bucket,
      xs: Float64Array.from(list, (r) => periodToTime(r.period)),
      ys: Float64Array.from(list, (r) => r.rate ?? NaN),
    };
  });
  const periods = [...new Set(rates.map((r) => r.period))].sort();
  return {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    hidden: new Set(),
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(periods[0], periods[1]),
    target: options.target ?? null,
    targetLabel: options.target != null ? formatPercent(intlLocale, options.target, 1) : '',
    focus: null,
  };
}

const overdueTrend: ServerChart<readonly OverdueRow[], OverdueTrendServerOptions> = (rows, options, locale, intlLocale) => {
  const spec = overdueTrendSpec(rows, options, intlLocale);
  return {
    metric: 'overdue',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'overdueTrendTitle', { basis: t(locale, options.basis === 'count' ? 'accounts' : 'balance') }),
    legend: spec.series.map((s) => s.label),
  };
};

/** Options of the `recovery-curves` kind: the element's attributes. */
export interface RecoveryCurvesServerOptions extends ServerChartOptions {
  net?: boolean;
  maxMonths?: number;
  /** Complete immature cohorts with chain-ladder factors (drawn dashed). Default true. */
  projection?: boolean;
}

const recoveryCurvesChart: ServerChart<readonly RecoveryRow[], RecoveryCurvesServerOptions> = (rows, options, locale, intlLocale) => {
  const series = recoverySeries(rows, { net: !!options.net, maxMonths: options.maxMonths ?? 36, projection: options.projection !== false });
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    xType: 'linear',
    formatValue: (v) => formatPercent(intlLocale, v, 0),
    formatTime: (m) => formatNumber(intlLocale, m),
    projectionLabel: t(locale, 'projection'),
  };
  return {
    metric: 'recovery',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'recoveryTitle', { basis: t(locale, options.net ? 'tileNet' : 'tileGross') }),
    legend: series.map((s) => s.label),
  };
};

/** Options of the `vintage-curves` kind: the element's attributes. */
export interface VintageCurvesServerOptions extends ServerChartOptions {
  basis?: Basis;
  maxMob?: number;
  /** Cohort labels, or the latest N. */
  cohorts?: string[] | number;
}

const vintageCurvesChart: ServerChart<readonly VintageRow[], VintageCurvesServerOptions> = (rows, options, locale, intlLocale) => {
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const series = vintageSeries(rows, { basis, maxMob: options.maxMob ?? 24, cohorts: options.cohorts ?? null });
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    xType: 'linear',
    formatValue: (v) => formatPercentTick(intlLocale, v),
    formatTime: (m) => formatNumber(intlLocale, m),
  };
  return {
    metric: 'vintage',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'vintageTitle', { basis: t(locale, basis === 'count' ? 'accounts' : 'balance') }),
    legend: series.map((s) => s.label),
  };
};

/** Options of the `complaint-trend` kind: the element's attributes. */
export interface ComplaintTrendServerOptions extends ServerChartOptions {
  by?: 'category' | 'channel';
  per?: number;
  /** On-time target; periods below it are flagged. */
  sla?: number;
  /** Active accounts per period (a response's `exposure` is used when this is not set). */
  exposure?: readonly ExposureRow[];
}

const complaintTrendChart: ServerChart<readonly ComplaintRow[], ComplaintTrendServerOptions> = (rows, options, locale, intlLocale) => {
  const by = options.by === 'channel' ? 'channel' : 'category';
  const trend = complaintTrend(rows, options.exposure ?? [], { per: options.per ?? 10_000, by });
  const c = complaintColumns(trend, (key) => codeLabel(by === 'channel' ? CHANNEL_LABELS : COMPLAINT_CATEGORY_LABELS, key, locale), options.sla ?? null);
  const width = options.width ?? 640;
  const height = options.height ?? 280;
  return {
    metric: 'complaints',
    chart: barsLineChart({
      width,
      height,
      categories: c.periods,
      formatCategory: (p) => formatPeriod(intlLocale, p),
      stacks: c.stacks,
      minTop: 1,
      formatValue: (v) => formatNumber(intlLocale, v),
      line: c.line,
      formatLine: (v) => formatNumber(intlLocale, v, 2),
      flags: c.missed,
    }),
    width,
    height,
    title: t(locale, 'complaintsTitle', { by: t(locale, by === 'channel' ? 'complaintsByChannel' : 'complaintsByCategory') }),
    legend: c.stacks.map((s) => s.label),
  };
};

/** Options of the `roll-rates` kind: the transition matrix of one period (default the latest). */
export interface RollRatesServerOptions extends ServerChartOptions {
  basis?: Basis;
  period?: string;
}

const rollRatesChart: ServerChart<readonly RollRateRow[], RollRatesServerOptions> = (rows, options, locale, intlLocale) => {
  const basis: Basis = options.basis === 'count' ? 'count' : 'balance';
  const m = matrixView(rollMatrices(rows, basis), options.period);
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  return {
    metric: 'roll-rates',
    chart: heatmap({
      width,
      height,
      rows: m?.rows ?? [],
      columns: m?.columns ?? [],
      values: m?.rates ?? [],
      formatValue: (v) => formatPercent(intlLocale, v, 1),
      columnTitle: t(locale, 'rollTo'),
      rowTitle: t(locale, 'rollFrom'),
      focus: null,
    }),
    width,
    height,
    title: t(locale, 'rollMatrixTitle', { period: m ? formatPeriod(intlLocale, m.period) : '', basis: t(locale, basis === 'count' ? 'accounts' : 'balance') }),
    legend: [],
  };
};

/** Options of the `channel-mix` kind: one panel, `measure` (default contact rate). */
export interface ChannelMixServerOptions extends ServerChartOptions {
  measure?: ChannelMeasure;
}

const CHANNEL_MEASURE_KEYS = { contactRate: 'channelsContactRate', yieldPerAttempt: 'channelsYield', collectedPerCost: 'channelsPerCost' } as const;

const channelMixChart: ServerChart<readonly ChannelRow[], ChannelMixServerOptions> = (rows, options, locale, intlLocale) => {
  const measure: ChannelMeasure = options.measure ?? 'contactRate';
  const channels = channelEffectiveness(rows).channels;
  const currency = options.meta?.currency ?? 'CNY';
  const format = (v: number | null) =>
    measure === 'contactRate' ? formatPercent(intlLocale, v, 1) : formatFixed(intlLocale, v, 2, measure === 'yieldPerAttempt' ? currency : undefined);
  const items = channels.map((c) => ({ key: c.channel, label: codeLabel(CHANNEL_LABELS, c.channel, locale), value: c[measure].rate ?? NaN }));
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

/** Options of the `kpi-tile` kind: the tile's attributes; data is the metric's whole response. */
export interface KpiTileServerOptions extends ServerChartOptions {
  metric?: TileMetric;
  bucket?: string;
  basis?: Basis | 'net';
  measure?: number;
  target?: number;
}

const kpiTileChart: ServerChart<unknown, KpiTileServerOptions & { response?: MetricResponse }> = (_rows, options, locale, intlLocale) => {
  const metric: TileMetric = options.metric ?? 'overdue';
  const s = tileSeries(metric, options.response ?? { meta: { asOf: '', source: '', currency: 'CNY', definitionVersion: '' }, rows: [] }, {
    bucket: options.bucket ?? 'M1+',
    basis: options.basis === 'count' ? 'count' : 'balance',
    net: options.basis === 'net',
    measure: options.measure,
    compare: 'previous-period',
  });
  const n = s.values.length;
  const latest = n ? s.values[n - 1]! : NaN;
  const value = s.kind === 'rate' ? formatPercent(intlLocale, latest, 2) : formatNumber(intlLocale, latest, 2);
  const width = options.width ?? 320;
  const height = options.height ?? 120;
  const title =
    metric === 'recovery'
      ? t(locale, 'tileTitleRecovery', { months: options.measure ?? 12, basis: t(locale, options.basis === 'net' ? 'tileNet' : 'tileGross') })
      : metric === 'complaints'
        ? t(locale, 'tileTitleComplaints', { per: formatNumber(intlLocale, options.measure ?? 10_000) })
        : metric === 'agents'
          ? t(locale, 'tileTitleAgents')
          : t(locale, 'tileTitleOverdue', { bucket: options.bucket ?? 'M1+', basis: t(locale, options.basis === 'count' ? 'accounts' : 'balance') });
  return {
    metric,
    chart: svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}"><text class="tile-value" x="0" y="30" font-size="28" font-weight="600">${value}</text><g transform="translate(0,44)">${sparkline({ width, height: height - 44, values: s.values, target: options.target ?? null })}</g></svg>`,
    width,
    height,
    title,
    legend: [],
  };
};

/** Options of the `compliance-monitor` kind: `rules` as on the element (`cn-cba-2026`, `us-reg-f`, rule ids). */
export interface ComplianceServerOptions extends ServerChartOptions {
  rules?: string;
}

const complianceChart: ServerChart<readonly ComplianceRow[], ComplianceServerOptions> = (rows, options, locale, intlLocale) => {
  const selection = parseRules(options.rules ?? 'cn-cba-2026');
  const series = ruleSeries(complianceRates(rows), selection, (rule) => codeLabel(COMPLIANCE_RULE_LABELS, rule, locale));
  const labels = series[0]?.labels ?? [];
  const spec: LineChartSpec = {
    width: options.width ?? 640,
    height: options.height ?? 280,
    series,
    formatValue: (v) => formatPercent(intlLocale, v, 1),
    formatTime: (time, unit) => formatTick(intlLocale, time, unit ?? 'month'),
    interval: periodInterval(labels[0], labels[1]),
  };
  const rules = selection
    .map((r) => (COMPLIANCE_PRESET_LABELS[r] ? codeLabel(COMPLIANCE_PRESET_LABELS, r, locale) : codeLabel(COMPLIANCE_RULE_LABELS, r, locale)))
    .join(locale.startsWith('zh') ? '、' : ', ');
  return {
    metric: 'compliance',
    chart: lineChart(spec),
    width: spec.width,
    height: spec.height,
    title: t(locale, 'complianceTitle', { rules }),
    legend: series.map((s) => s.label),
  };
};

/** Chart kinds of the server renderer; add one with {@link registerServerChart}. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const charts = new Map<string, ServerChart<any, any>>([
  ['overdue-trend', overdueTrend],
  ['recovery-curves', recoveryCurvesChart],
  ['vintage-curves', vintageCurvesChart],
  ['roll-rates', rollRatesChart],
  ['complaint-trend', complaintTrendChart],
  ['channel-mix', channelMixChart],
  ['kpi-tile', kpiTileChart],
  ['compliance-monitor', complianceChart],
]);

/** Adds (or replaces) a chart kind of {@link renderChartSvg}: one entry per kind. */
export function registerServerChart<D, O extends ServerChartOptions>(kind: string, chart: ServerChart<D, O>): void {
  charts.set(kind, chart as ServerChart<unknown, ServerChartOptions>);
}

/** Chart kinds {@link renderChartSvg} knows. */
export function serverChartKinds(): string[] {
  return [...charts.keys()];
}

/** Data a chart kind accepts: its rows, or a whole response (`{meta, rows}`) whose `meta` goes into the footnote. */
export type ServerChartData<R> = readonly R[] | { meta?: Partial<ResponseMeta>; rows: readonly R[] };

/**
 * Renders a chart to a static, self-contained SVG document: the chart as the widget draws it
 * (`kind`: `overdue-trend`…), a stylesheet with resolved colours, and (unless `frame: false`) the
 * title, legend and a footnote with `asOf`, source and the metric's definition.
 */
export function renderChartSvg(kind: 'overdue-trend', data: ServerChartData<OverdueRow> | MetricResponse<'overdue'>, options?: OverdueTrendServerOptions): string;
export function renderChartSvg(kind: 'recovery-curves', data: ServerChartData<RecoveryRow>, options?: RecoveryCurvesServerOptions): string;
export function renderChartSvg(kind: 'vintage-curves', data: ServerChartData<VintageRow>, options?: VintageCurvesServerOptions): string;
export function renderChartSvg(kind: 'roll-rates', data: ServerChartData<RollRateRow>, options?: RollRatesServerOptions): string;
export function renderChartSvg(kind: 'complaint-trend', data: { meta?: Partial<ResponseMeta>; rows: readonly ComplaintRow[]; exposure?: readonly ExposureRow[] }, options?: ComplaintTrendServerOptions): string;
export function renderChartSvg(kind: 'channel-mix', data: ServerChartData<ChannelRow>, options?: ChannelMixServerOptions): string;
export function renderChartSvg(kind: 'kpi-tile', data: { meta?: Partial<ResponseMeta>; rows: readonly unknown[] }, options?: KpiTileServerOptions): string;
export function renderChartSvg(kind: 'compliance-monitor', data: ServerChartData<ComplianceRow>, options?: ComplianceServerOptions): string;
export function renderChartSvg(kind: string, data: unknown, options?: ServerChartOptions): string;
export function renderChartSvg(kind: string, data: unknown, options: ServerChartOptions = {}): string {
  const chart = charts.get(kind);
  if (!chart) throw new Error(`unknown chart kind "${kind}"; known: ${serverChartKinds().join(', ')}`);
  const lang = options.lang ?? 'en';
  const locale = resolveLocale(lang);
  const intlLocale = lang.toLowerCase().startsWith(locale.toLowerCase().slice(0, 2)) ? lang : locale;
  const rows = Array.isArray(data) ? data : ((data as { rows?: unknown[] } | null)?.rows ?? []);
  const meta = { ...(Array.isArray(data) ? {} : (data as { meta?: Partial<ResponseMeta> } | null)?.meta), ...options.meta };
  const exposure = Array.isArray(data) ? undefined : (data as { exposure?: unknown } | null)?.exposure;
  const withData = { ...options, ...(exposure && !('exposure' in options) ? { exposure } : {}), response: { meta: { asOf: '', source: '', currency: 'CNY', definitionVersion: '', ...meta }, rows, ...(exposure ? { exposure } : {}) } as MetricResponse };
  const part = chart(rows as never, withData, locale, intlLocale);
  const theme = options.theme ?? LIGHT_THEME;
  const chartMarkup = templateToString(part.chart);
  if (options.frame === false) {
    return chartMarkup.replace(/^<svg([^>]*)>/, `<svg$1><style>${chartStylesheet(theme)}</style>`);
  }
  const def = metricDefinition(part.metric, locale);
  const footnote: string[] = [];
  if (meta.asOf) {
    const zone = options.timeZone ?? 'UTC';
    const time = Date.parse(meta.asOf);
    const asOf = Number.isFinite(time) ? `${new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(time)} (${zone})` : meta.asOf;
    footnote.push(`${t(locale, 'asOf', { asOf })}${meta.source ? ` · ${t(locale, 'source', { source: meta.source })}` : ''}`);
  } else if (meta.source) {
    footnote.push(t(locale, 'source', { source: meta.source }));
  }
  footnote.push(`${t(locale, 'definition')} (${t(locale, 'definitionVersion', { version: def.version })}): ${definitionLines(def).join(' · ')}`);
  return framedSvg({
    chart: chartMarkup,
    width: part.width,
    height: part.height,
    title: options.title ?? part.title,
    legend: paletteLegend(part.legend, theme),
    footnote,
    theme,
    style: chartStylesheet(theme),
    lang: intlLocale,
  });
}

/** The chart part (`<svg class="chart">…</svg>`) of a framed SVG from {@link renderChartSvg}. */
export function chartPart(framed: string): string {
  const start = framed.indexOf('<svg', 1);
  const end = framed.lastIndexOf('</svg>', framed.lastIndexOf('</svg>') - 1);
  return start < 0 || end < 0 ? '' : framed.slice(start, end + 6);
}
