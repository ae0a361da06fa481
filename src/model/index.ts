export * from './metrics.js';
export * from './rows.js';
export * from './response.js';
export * from './buckets.js';
export * from './columns.js';
