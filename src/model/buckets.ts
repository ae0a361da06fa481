/** One delinquency bucket by days past due, inclusive on both ends; `maxDays: null` is open-ended. */
export interface BucketDef {
  code: string;
  minDays: number;
  maxDays: number | null;
}

/** Ordered bucket configuration, from current to the last open-ended bucket. */
export type BucketConfig = readonly BucketDef[];
