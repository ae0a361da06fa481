/** One delinquency bucket by days past due, inclusive on both ends; `maxDays: null` is open-ended. */
export interface BucketDef {
  code: string;
  minDays: number;
  maxDays: number | null;
}

/** Ordered bucket configuration, from current to the last open-ended bucket. */
export type BucketConfig = readonly BucketDef[];

/**
 * Default buckets by days past due (DESIGN.md): M0 (current, alias `C`) 0, M1 1–30 … M6 151–180, M7+ 181
 * and more. The one bucket table of the kit: the KPI math, the definitions catalogue and the mocks use it.
 */
export const DEFAULT_BUCKETS: BucketConfig = Object.freeze([
  { code: 'M0', minDays: 0, maxDays: 0 },
  { code: 'M1', minDays: 1, maxDays: 30 },
  { code: 'M2', minDays: 31, maxDays: 60 },
  { code: 'M3', minDays: 61, maxDays: 90 },
  { code: 'M4', minDays: 91, maxDays: 120 },
  { code: 'M5', minDays: 121, maxDays: 150 },
  { code: 'M6', minDays: 151, maxDays: 180 },
  { code: 'M7+', minDays: 181, maxDays: null },
]);
