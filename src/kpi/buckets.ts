import type { BucketConfig } from '../model/buckets.js';
import { KpiInputError } from './errors.js';

/** Default buckets by days past due: M0 (current), M1 1–30 … M6 151–180, M7+ 181 and more. */
export const DEFAULT_BUCKETS: BucketConfig = [
  { code: 'M0', minDays: 0, maxDays: 0 },
  { code: 'M1', minDays: 1, maxDays: 30 },
  { code: 'M2', minDays: 31, maxDays: 60 },
  { code: 'M3', minDays: 61, maxDays: 90 },
  { code: 'M4', minDays: 91, maxDays: 120 },
  { code: 'M5', minDays: 121, maxDays: 150 },
  { code: 'M6', minDays: 151, maxDays: 180 },
  { code: 'M7+', minDays: 181, maxDays: null },
];

/** Checks a bucket configuration: starts at 0, contiguous, only the last bucket open-ended, unique codes. */
export function validateBucketConfig(config: BucketConfig): void {
  if (!config.length) throw new KpiInputError('config', 'bucket configuration is empty');
  const codes = new Set<string>();
  config.forEach((b, i) => {
    if (codes.has(b.code)) throw new KpiInputError('config', `bucket ${i} (${b.code}): code used twice`, i, 'code');
    codes.add(b.code);
    const expectedMin = i === 0 ? 0 : (config[i - 1]!.maxDays ?? NaN) + 1;
    if (b.minDays !== expectedMin) {
      throw new KpiInputError('config', `bucket ${i} (${b.code}): minDays is ${b.minDays}, expected ${expectedMin} (buckets must be contiguous from 0)`, i, 'minDays');
    }
    if (b.maxDays === null ? i !== config.length - 1 : b.maxDays < b.minDays) {
      throw new KpiInputError('config', `bucket ${i} (${b.code}): maxDays ${b.maxDays} is invalid (only the last bucket is open-ended)`, i, 'maxDays');
    }
  });
}

/** Bucket code of a number of days past due, e.g. `bucketOf(45)` → `M2`. Negative or NaN days throw. */
export function bucketOf(dpd: number, config: BucketConfig = DEFAULT_BUCKETS): string {
  if (!Number.isFinite(dpd) || dpd < 0) throw new KpiInputError('not-finite', `days past due is ${dpd}, must be a number ≥ 0`, null, 'dpd');
  for (const b of config) if (dpd >= b.minDays && (b.maxDays === null || dpd <= b.maxDays)) return b.code;
  throw new KpiInputError('config', `no bucket holds ${dpd} days past due`, null, 'dpd');
}

/** Position of a bucket code in the configuration (`C` is an alias of the first bucket); -1 when unknown. */
export function bucketIndex(code: string, config: BucketConfig = DEFAULT_BUCKETS): number {
  if (code === 'C') return 0;
  return config.findIndex((b) => b.code === code);
}

/**
 * Buckets a code stands for: a bucket code itself (`M2`, `M7+`), or a set `Mn+` = Mn and every later
 * bucket (`M1+` → M1…M7+). Unknown codes throw.
 */
export function resolveBucketSet(code: string, config: BucketConfig = DEFAULT_BUCKETS): string[] {
  const direct = bucketIndex(code, config);
  if (direct >= 0) return [config[direct]!.code];
  if (code.endsWith('+')) {
    const start = bucketIndex(code.slice(0, -1), config);
    if (start >= 0) return config.slice(start).map((b) => b.code);
  }
  throw new KpiInputError('unknown-bucket', `unknown bucket or bucket set "${code}" (known: ${config.map((b) => b.code).join(', ')}, or Mn+)`, null, 'bucket');
}
