export * from './errors.js';
export * from './buckets.js';
export * from './overdue.js';
export * from './downsample.js';
