/**
 * collectkit/svg: charts as static, self-contained SVG strings without a browser (PDF packs,
 * e-mails, scheduled reports). Uses the same pure chart functions as the widgets and serialises
 * them with `templateToString`; nothing here touches the DOM.
 *
 * @example
 * import { renderChartSvg } from 'collectkit/svg';
 * const svg = renderChartSvg('overdue-trend', response, { buckets: 'M1,M2,M3', basis: 'balance', lang: 'zh-CN' });
 */
import { definitionLines, metricDefinition } from '../model/definitions.js';
import '../locales/all.js';
import type { MetricResponse, ResponseMeta } from '../model/response.js';
import type { ComplianceRow, OverdueRow, RecoveryRow, VintageRow } from '../model/rows.js';
import type { ChannelRow, ComplaintRow, ExposureRow, QualityRow, RollRateRow } from '../model/rows.js';
import { intlLocaleOf, resolveLocale, t } from '../render/i18n/index.js';
import { templateToString } from '../render/to-string.js';
import { chartStylesheet, framedSvg, LIGHT_THEME, paletteLegend } from '../export/svg.js';
import type { ServerChartOptions, ServerChart, ServerChartData } from './types.js';
import { overdueTrend, type OverdueTrendServerOptions } from './kinds/overdue-trend.js';
import { recoveryCurvesChart } from './kinds/recovery-curves.js';
import { vintageCurvesChart } from './kinds/vintage-curves.js';
import { complaintTrendChart } from './kinds/complaint-trend.js';
import { rollRatesChart } from './kinds/roll-rates.js';
import { channelMixChart } from './kinds/channel-mix.js';
import { kpiTileChart } from './kinds/kpi-tile.js';
import { complianceChart } from './kinds/compliance-monitor.js';
import type { RecoveryCurvesServerOptions } from './kinds/recovery-curves.js';
import type { VintageCurvesServerOptions } from './kinds/vintage-curves.js';
import type { ComplaintTrendServerOptions } from './kinds/complaint-trend.js';
import type { RollRatesServerOptions } from './kinds/roll-rates.js';
import type { ChannelMixServerOptions } from './kinds/channel-mix.js';
import type { KpiTileServerOptions } from './kinds/kpi-tile.js';
import type { ComplianceServerOptions } from './kinds/compliance-monitor.js';
import { strategyTestChart, type StrategyTestServerOptions } from './kinds/strategy-test.js';
import { modelMonitorChart, type ModelMonitorServerOptions } from './kinds/model-monitor.js';
import type { ExperimentRow, OutcomeRow, ScoreRow } from '../model/rows.js';
import { qaScorecardChart, type QaScorecardServerOptions } from './kinds/qa-scorecard.js';
import { ptpFunnelChart } from './kinds/ptp-funnel.js';
import { agencyScorecardChart, type AgencyScorecardServerOptions } from './kinds/agency-scorecard.js';
import type { AgencyRow } from '../model/rows.js';
import { contactHeatmapChart } from './kinds/contact-heatmap.js';
import { outcomeGapChart, type OutcomeGapServerOptions } from './kinds/outcome-gap.js';
import { workloadChart } from './kinds/workload.js';
import { legalPipelineChart } from './kinds/legal-pipeline.js';

export type { ServerChart, ServerChartData, ServerChartOptions, ServerChartPart } from './types.js';
export type { OverdueTrendServerOptions } from './kinds/overdue-trend.js';
export { overdueTrendSpec } from './kinds/overdue-trend.js';
export type { RecoveryCurvesServerOptions } from './kinds/recovery-curves.js';
export type { VintageCurvesServerOptions } from './kinds/vintage-curves.js';
export type { ComplaintTrendServerOptions } from './kinds/complaint-trend.js';
export type { RollRatesServerOptions } from './kinds/roll-rates.js';
export type { ChannelMixServerOptions } from './kinds/channel-mix.js';
export type { KpiTileServerOptions } from './kinds/kpi-tile.js';
export type { ComplianceServerOptions } from './kinds/compliance-monitor.js';
export type { StrategyTestServerOptions } from './kinds/strategy-test.js';
export type { ModelMonitorServerOptions } from './kinds/model-monitor.js';
export type { QaScorecardServerOptions } from './kinds/qa-scorecard.js';
export type { PtpFunnelServerOptions } from './kinds/ptp-funnel.js';
export type { AgencyScorecardServerOptions } from './kinds/agency-scorecard.js';
export type { ContactHeatmapServerOptions } from './kinds/contact-heatmap.js';
export type { OutcomeGapServerOptions } from './kinds/outcome-gap.js';
export type { WorkloadServerOptions } from './kinds/workload.js';
export type { LegalPipelineServerOptions } from './kinds/legal-pipeline.js';
export { chartStylesheet, framedSvg, LIGHT_THEME, type SvgTheme } from '../export/svg.js';
export { templateToString } from '../render/to-string.js';
export { metricDefinition, definitionLines } from '../model/definitions.js';
export { buildCsv, csvBody, guardFormula } from '../export/csv.js';
export { buildJson } from '../export/json.js';
export { exportTable } from '../export/data.js';
export { sha256Hex } from '../export/sha256.js';
export { zipStore, crc32 } from '../export/zip.js';

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
  ['strategy-test', strategyTestChart],
  ['model-monitor', modelMonitorChart],
  ['qa-scorecard', qaScorecardChart],
  ['ptp-funnel', ptpFunnelChart],
  ['contact-heatmap', contactHeatmapChart],
  ['outcome-gap', outcomeGapChart],
  ['workload', workloadChart],
  ['agency-scorecard', agencyScorecardChart],
  ['legal-pipeline', legalPipelineChart],
]);

/** Adds (or replaces) a chart kind of {@link renderChartSvg}: one entry per kind. */
export function registerServerChart<D, O extends ServerChartOptions>(kind: string, chart: ServerChart<D, O>): void {
  charts.set(kind, chart as ServerChart<unknown, ServerChartOptions>);
}

/** Chart kinds {@link renderChartSvg} knows. */
export function serverChartKinds(): string[] {
  return [...charts.keys()];
}

/**
 * Renders a chart to a static, self-contained SVG document: the chart as the widget draws it
 * (`kind`: `overdue-trend`…), a stylesheet with resolved colours, and (unless `frame: false`) the
 * title, legend and a footnote with `asOf`, source and the metric's definition.
 */
export function renderChartSvg(
  kind: 'overdue-trend',
  data: ServerChartData<OverdueRow> | MetricResponse<'overdue'>,
  options?: OverdueTrendServerOptions,
): string;
export function renderChartSvg(
  kind: 'recovery-curves',
  data: ServerChartData<RecoveryRow>,
  options?: RecoveryCurvesServerOptions,
): string;
export function renderChartSvg(
  kind: 'vintage-curves',
  data: ServerChartData<VintageRow>,
  options?: VintageCurvesServerOptions,
): string;
export function renderChartSvg(
  kind: 'roll-rates',
  data: ServerChartData<RollRateRow>,
  options?: RollRatesServerOptions,
): string;
export function renderChartSvg(
  kind: 'complaint-trend',
  data: { meta?: Partial<ResponseMeta>; rows: readonly ComplaintRow[]; exposure?: readonly ExposureRow[] },
  options?: ComplaintTrendServerOptions,
): string;
export function renderChartSvg(
  kind: 'channel-mix',
  data: ServerChartData<ChannelRow>,
  options?: ChannelMixServerOptions,
): string;
export function renderChartSvg(
  kind: 'kpi-tile',
  data: { meta?: Partial<ResponseMeta>; rows: readonly unknown[] },
  options?: KpiTileServerOptions,
): string;
export function renderChartSvg(
  kind: 'compliance-monitor',
  data: ServerChartData<ComplianceRow>,
  options?: ComplianceServerOptions,
): string;
export function renderChartSvg(
  kind: 'model-monitor',
  data: ServerChartData<ScoreRow>,
  options?: ModelMonitorServerOptions,
): string;
export function renderChartSvg(
  kind: 'strategy-test',
  data: ServerChartData<ExperimentRow>,
  options?: StrategyTestServerOptions,
): string;
export function renderChartSvg(
  kind: 'qa-scorecard',
  data: ServerChartData<QualityRow>,
  options?: QaScorecardServerOptions,
): string;
export function renderChartSvg(
  kind: 'outcome-gap',
  data: ServerChartData<OutcomeRow>,
  options?: OutcomeGapServerOptions,
): string;
export function renderChartSvg(
  kind: 'agency-scorecard',
  data: ServerChartData<AgencyRow>,
  options?: AgencyScorecardServerOptions,
): string;
export function renderChartSvg(kind: string, data: unknown, options?: ServerChartOptions): string;
export function renderChartSvg(kind: string, data: unknown, options: ServerChartOptions = {}): string {
  const chart = charts.get(kind);
  if (!chart) throw new Error(`unknown chart kind "${kind}"; known: ${serverChartKinds().join(', ')}`);
  const lang = options.lang ?? 'en';
  const locale = resolveLocale(lang);
  const intlLocale = intlLocaleOf(lang, locale);
  const rows: unknown[] = Array.isArray(data)
    ? (data as unknown[])
    : ((data as { rows?: unknown[] } | null)?.rows ?? []);
  const meta = {
    ...(Array.isArray(data) ? {} : (data as { meta?: Partial<ResponseMeta> } | null)?.meta),
    ...options.meta,
  };
  const exposure = Array.isArray(data) ? undefined : (data as { exposure?: unknown } | null)?.exposure;
  const withData = {
    ...options,
    ...(exposure && !('exposure' in options) ? { exposure } : {}),
    response: {
      meta: { asOf: '', source: '', currency: 'CNY', definitionVersion: '', ...meta },
      rows,
      ...(exposure ? { exposure } : {}),
    } as MetricResponse,
  };
  const part = chart(rows, withData, locale, intlLocale);
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
    const asOf = Number.isFinite(time)
      ? `${new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(time)} (${zone})`
      : meta.asOf;
    footnote.push(
      `${t(locale, 'asOf', { asOf })}${meta.source ? ` · ${t(locale, 'source', { source: meta.source })}` : ''}`,
    );
  } else if (meta.source) {
    footnote.push(t(locale, 'source', { source: meta.source }));
  }
  footnote.push(
    `${t(locale, 'definition')} (${t(locale, 'definitionVersion', { version: def.version })}): ${definitionLines(def).join(' · ')}`,
  );
  return framedSvg({
    chart: chartMarkup,
    width: part.width,
    height: part.height,
    title: options.title ?? part.title,
    legend: part.legendEntries ?? paletteLegend(part.legend, theme),
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
