/**
 * collectkit: web components for debt-collection KPIs. This entry registers no element: it exports
 * the element classes, the KPI math, adapters and render helpers, and loads the built-in languages' texts
 * (so `t('zh-CN', …)` answers at once). Import `collectkit/define.js` (or load `collectkit.min.js`) to
 * register the elements; the autoloader's element modules load a language's texts on first use instead.
 */
export * from './model/index.js';
export * from './kpi/index.js';
export { registerAdapter, createAdapter } from './data/adapter.js';
export type { Adapter, AdapterConfig, AdapterFactory, FetchOptions } from './data/adapter.js';
export { DataError, type DataErrorKind } from './data/errors.js';
export { createRestAdapter, metricUrl, type RestAdapterOptions } from './data/rest.js';
export { validateResponse } from './data/validate.js';
export { createStaticAdapter, readJsonChildren, type StaticData } from './data/static.js';
export { createCsvAdapter, parseMetricCsv, type CsvAdapterOptions } from './data/csv.js';
export { createRecordsAdapter, recordsResponse, registerRecordsAdapter, type RecordSet } from './data/records.js';
export { registerBuiltinAdapters } from './data/builtin-adapters.js';
export { DataSource, type DataSourceSettings } from './query/data-source.js';
export { MetricController, type MetricRequest, type MetricStatus } from './query/metric-controller.js';
export { findSource } from './query/source-registry.js';
import './locales/all.js';
export { registerMessages, resolveLocale, t, type Messages, type MessageKey } from './render/i18n/index.js';
export { ensureLocale } from './locales/ensure.js';
export * from './render/format.js';
export { templateToString } from './render/to-string.js';
export { lineChart, lineChartModel, type LineChartSpec, type LineSeries } from './charts/line-chart.js';
export type { CkErrorDetail, CkSelectDetail } from './elements/shared/events.js';
// registry:begin (written by scripts/registry.mjs from src/registry.ts; do not edit)
export { CkSource } from './elements/source/source.js';
export { CkDashboard } from './elements/dashboard/dashboard.js';
export { CkFilterBar } from './elements/filter-bar/filter-bar.js';
export { CkOverdueTrend } from './elements/overdue-trend/overdue-trend.js';
export { CkRollRates } from './elements/roll-rates/roll-rates.js';
export { CkKpiTile } from './elements/kpi-tile/kpi-tile.js';
export { CkVintageCurves } from './elements/vintage-curves/vintage-curves.js';
export { CkRecoveryCurves } from './elements/recovery-curves/recovery-curves.js';
export { CkAgentLeaderboard } from './elements/agent-leaderboard/agent-leaderboard.js';
export { CkComplaintTrend } from './elements/complaint-trend/complaint-trend.js';
export { CkComplianceMonitor } from './elements/compliance-monitor/compliance-monitor.js';
export { CkChannelMix } from './elements/channel-mix/channel-mix.js';
export { CkStrategyTest } from './elements/strategy-test/strategy-test.js';
export { CkModelMonitor } from './elements/model-monitor/model-monitor.js';
export { CkOutcomeGap } from './elements/outcome-gap/outcome-gap.js';
export { CkQaScorecard } from './elements/qa-scorecard/qa-scorecard.js';
export { CkPtpFunnel } from './elements/ptp-funnel/ptp-funnel.js';
export { CkContactHeatmap } from './elements/contact-heatmap/contact-heatmap.js';
export { CkWorkload } from './elements/workload/workload.js';
export { CkAgencyScorecard } from './elements/agency-scorecard/agency-scorecard.js';
export { CkLegalPipeline } from './elements/legal-pipeline/legal-pipeline.js';
// registry:end
export { type CkAgentSelectDetail } from './elements/agent-leaderboard/agent-leaderboard.js';
export { type CkChannelSelectDetail } from './elements/channel-mix/channel-mix.js';
export { type CkCurveSelectDetail } from './elements/recovery-curves/curves-widget.js';
export { mergeFilters, type CkFilterChangeDetail } from './elements/shared/filters.js';
export * from './model/definitions.js';
export { buildCsv, csvBody, csvField, guardFormula, BOM } from './export/csv.js';
export { buildJson, jsonExport, type JsonExport } from './export/json.js';
export { exportTable, exportMeta } from './export/data.js';
export { sha256Hex } from './export/sha256.js';
export { zipStore, crc32, type ZipEntry } from './export/zip.js';
export { exportPack, exportersIn, type PackDocument, type PackWidget } from './export/pack.js';
export { downloadFile } from './export/dom.js';
export { framedSvg, chartStylesheet, LIGHT_THEME, type SvgTheme } from './export/svg.js';
export type { CkExportDetail, DataFormat, ExportContext, ExportFile, ExportMeta, ImageFormat } from './export/types.js';
export { REGISTRY, WIDGETS, type RegistryEntry } from './registry.js';
