/** The KPI engine: pure functions over plain arrays (no DOM, fetch or lit), re-exported by the package root. */
export * from './types.js';
export * from './errors.js';
export * from './validate.js';
export * from './periods.js';
export * from './buckets.js';
export * from './overdue.js';
export * from './downsample.js';
export * from './transition.js';
export * from './flow.js';
export * from './forecast.js';
export * from './snapshots.js';
