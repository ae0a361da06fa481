/**
 * Entry of `dist/collectkit.min.js`: registers every element and exposes the public API as the
 * global `collectkit` (e.g. `collectkit.registerAdapter(…)`) for pages without a bundler.
 */
import './define.js';

export * from './index.js';
