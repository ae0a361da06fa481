/**
 * Side-effect entry `collectkit/records.js`: registers the `records` adapter, which computes every
 * metric from raw records in the browser with the KPI engine (small data, demos, tests).
 */
import { registerRecordsAdapter } from './data/records.js';

registerRecordsAdapter();

export { createRecordsAdapter, recordsResponse, registerRecordsAdapter, type RecordSet } from './data/records.js';
