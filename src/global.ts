/**
 * Entry of `dist/collectkit.min.js`: registers every element and exposes, as the global `collectkit`,
 * what a page without a bundler needs: adapters (register your own, or build rest/static/csv ones),
 * errors, languages and formats, definitions and the element classes. The KPI engine's full API and
 * the `records` adapter are in the ESM package (`collectkit`, `collectkit/records.js`).
 */
import './define.js';
import './locales/all.js';

export { registerAdapter, createAdapter } from './data/adapter.js';
export { DataError } from './data/errors.js';
export { createRestAdapter } from './data/rest.js';
export { createStaticAdapter } from './data/static.js';
export { createCsvAdapter } from './data/csv.js';
export { findSource } from './query/source-registry.js';
export { registerMessages, resolveLocale, t } from './render/i18n/index.js';
export * from './render/format.js';
export { metricDefinition, registerDefinitions } from './model/definitions.js';
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
