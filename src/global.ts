/**
 * Entry of `dist/collectkit.min.js`: registers every element and exposes, as the global `collectkit`,
 * what a page without a bundler needs: adapters (register your own, or build rest/static/csv ones),
 * errors, languages and formats, definitions and the element classes. The KPI engine's full API and
 * the `records` adapter are in the ESM package (`collectkit`, `collectkit/records.js`).
 */
import './define.js';

export { registerAdapter, createAdapter } from './data/adapter.js';
export { DataError } from './data/errors.js';
export { createRestAdapter } from './data/rest.js';
export { createStaticAdapter } from './data/static.js';
export { createCsvAdapter } from './data/csv.js';
export { findSource } from './query/source-registry.js';
export { registerMessages, resolveLocale, t } from './render/i18n/index.js';
export * from './render/format.js';
export { metricDefinition, registerDefinitions } from './model/definitions.js';
export { CkSource } from './elements/source/source.js';
export { CkDashboard } from './elements/dashboard/dashboard.js';
export { CkFilterBar } from './elements/filter-bar/filter-bar.js';
export { CkOverdueTrend } from './elements/overdue-trend/overdue-trend.js';
