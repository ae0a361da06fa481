/** Delinquency buckets (账龄/逾期阶段) by days past due: lookup, bucket sets, configuration checks. */
import { DEFAULT_BUCKETS, type BucketConfig } from '../model/buckets.js';
import { KpiInputError } from './errors.js';
import { at } from '../model/at.js';

export { DEFAULT_BUCKETS };

/** Alias of the first (current) bucket, as in "C→M1" and "cure rate = P[i][C]". */
export const CURRENT_ALIAS = 'C';

const checked = new WeakSet<object>();

/**
 * Checks a bucket configuration: not empty, starts at 0 days, contiguous integer edges, only the last
 * bucket open-ended (`maxDays: null`), unique codes, no code `C` (the alias of the first bucket).
 * Throws `KpiInputError` with code `config` naming the bucket.
 */
export function validateBucketConfig(config: BucketConfig): void {
  if (checked.has(config)) return;
  if (!config.length) throw new KpiInputError('config', 'bucket configuration is empty');
  const codes = new Set<string>();
  config.forEach((b, i) => {
    if (!b.code || codes.has(b.code) || b.code === CURRENT_ALIAS) {
      throw new KpiInputError(
        'config',
        `bucket ${i} (${b.code}): code is empty, used twice or the reserved alias "C"`,
        i,
        'code',
      );
    }
    codes.add(b.code);
    const expectedMin = i === 0 ? 0 : (at(config, i - 1).maxDays ?? NaN) + 1;
    if (b.minDays !== expectedMin) {
      throw new KpiInputError(
        'config',
        `bucket ${i} (${b.code}): minDays is ${b.minDays}, expected ${expectedMin} (buckets must be contiguous from 0)`,
        i,
        'minDays',
      );
    }
    const badMax = b.maxDays === null ? i !== config.length - 1 : !Number.isInteger(b.maxDays) || b.maxDays < b.minDays;
    if (badMax)
      throw new KpiInputError(
        'config',
        `bucket ${i} (${b.code}): maxDays ${b.maxDays} is invalid (integer ≥ minDays; only the last bucket is open-ended)`,
        i,
        'maxDays',
      );
  });
  checked.add(config);
}

/**
 * Index of the bucket holding `dpd` days past due (fractional days fall in the bucket whose range
 * they do not exceed). Negative or non-finite days throw. The configuration must be valid.
 */
export function bucketIndexOfDpd(dpd: number, config: BucketConfig = DEFAULT_BUCKETS): number {
  if (typeof dpd !== 'number' || !Number.isFinite(dpd))
    throw new KpiInputError('not-finite', `days past due is ${String(dpd)}, must be a finite number`, null, 'dpd');
  if (dpd < 0) throw new KpiInputError('negative', `days past due is ${dpd}, must be ≥ 0`, null, 'dpd');
  const last = config.length - 1;
  for (let i = 0; i < last; i++) if (dpd <= (at(config, i).maxDays ?? Infinity)) return i; // only the last bucket is open-ended
  return last;
}

/**
 * Bucket code of a number of days past due.
 * @example bucketOf(0) // 'M0'
 * @example bucketOf(45) // 'M2'
 * @example bucketOf(400) // 'M7+'
 */
export function bucketOf(dpd: number, config: BucketConfig = DEFAULT_BUCKETS): string {
  validateBucketConfig(config);
  return at(config, bucketIndexOfDpd(dpd, config)).code;
}

/** Position of a bucket code in the configuration (`C` is an alias of the first bucket); -1 when unknown. */
export function bucketIndex(code: string, config: BucketConfig = DEFAULT_BUCKETS): number {
  if (code === CURRENT_ALIAS) return 0;
  for (let i = 0; i < config.length; i++) if (at(config, i).code === code) return i;
  return -1;
}

/**
 * Buckets a code stands for: a bucket code itself (`M2`, and `M7+` which is a real bucket), `C` (the
 * first bucket), or a set `Mn+` = Mn and every later bucket. Unknown codes throw `unknown-bucket`.
 * @example resolveBucketSet('M1+') // ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+']
 * @example resolveBucketSet('M4+') // ['M4', 'M5', 'M6', 'M7+']
 */
export function resolveBucketSet(code: string, config: BucketConfig = DEFAULT_BUCKETS): string[] {
  validateBucketConfig(config);
  const direct = bucketIndex(code, config);
  if (direct >= 0) return [at(config, direct).code];
  if (code.endsWith('+')) {
    const start = bucketIndex(code.slice(0, -1), config);
    if (start >= 0) return config.slice(start).map((b) => b.code);
  }
  throw new KpiInputError(
    'unknown-bucket',
    `unknown bucket or bucket set "${code}" (known: ${config.map((b) => b.code).join(', ')}, C, or a code followed by +)`,
    null,
    'bucket',
  );
}

/**
 * A fast dpd → bucket-index lookup for hot loops: a table for integer days below the last bucket's
 * start, a scan otherwise. Throws like `bucketIndexOfDpd` for bad days.
 */
export function bucketLookup(config: BucketConfig = DEFAULT_BUCKETS): (dpd: number) => number {
  validateBucketConfig(config);
  const top = at(config, config.length - 1).minDays;
  const table = new Uint16Array(top);
  for (let d = 0; d < top; d++) table[d] = bucketIndexOfDpd(d, config);
  const last = config.length - 1;
  return (dpd) => {
    if (dpd >= top && dpd !== Infinity) return last;
    if (dpd >= 0 && Number.isInteger(dpd)) return at(table, dpd);
    return bucketIndexOfDpd(dpd, config);
  };
}
