import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bucketIndex,
  bucketLookup,
  bucketOf,
  DEFAULT_BUCKETS,
  KpiInputError,
  resolveBucketSet,
  validateBucketConfig,
} from '../../src/kpi/index.js';
import type { BucketConfig } from '../../src/model/buckets.js';

describe('bucketOf', () => {
  it.each([
    [0, 'M0'],
    [1, 'M1'],
    [30, 'M1'],
    [31, 'M2'],
    [60, 'M2'],
    [61, 'M3'],
    [90, 'M3'],
    [91, 'M4'],
    [120, 'M4'],
    [121, 'M5'],
    [150, 'M5'],
    [151, 'M6'],
    [180, 'M6'],
    [181, 'M7+'],
    [10_000, 'M7+'],
    [30.5, 'M2'], // 30.5 days exceed M1's 30-day end
    [0.5, 'M1'],
  ])('%s days past due → %s', (dpd, code) => {
    expect(bucketOf(dpd)).toBe(code);
  });

  it.each([
    [-1, 'negative'],
    [NaN, 'not-finite'],
    [Infinity, 'not-finite'],
  ])('%s days throws %s', (dpd, code) => {
    expect(() => bucketOf(dpd)).toThrow(KpiInputError);
    try {
      bucketOf(dpd);
    } catch (e) {
      expect((e as KpiInputError).code).toBe(code);
      expect((e as KpiInputError).field).toBe('dpd');
    }
  });

  it('uses a custom configuration (C 0, X1 1–89, X2 90+)', () => {
    const config: BucketConfig = [
      { code: 'C', minDays: 0, maxDays: 0 },
      { code: 'X1', minDays: 1, maxDays: 89 },
      { code: 'X2', minDays: 90, maxDays: null },
    ];
    // 'C' is reserved as the alias of the first bucket.
    expect(() => bucketOf(5, config)).toThrow(/reserved alias/);
    const ok: BucketConfig = [{ code: 'P0', minDays: 0, maxDays: 0 }, ...config.slice(1)];
    expect([0, 1, 89, 90, 500].map((d) => bucketOf(d, ok))).toEqual(['P0', 'X1', 'X1', 'X2', 'X2']);
  });

  it('bucketLookup agrees with bucketOf on every day 0..400 and on fractions', () => {
    const lookup = bucketLookup();
    for (let d = 0; d <= 400; d++) expect(DEFAULT_BUCKETS[lookup(d)]!.code).toBe(bucketOf(d));
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (d) => DEFAULT_BUCKETS[lookup(d)]!.code === bucketOf(d),
      ),
    );
    expect(() => lookup(-2)).toThrow(KpiInputError);
    expect(() => lookup(NaN)).toThrow(KpiInputError);
    expect(() => lookup(Infinity)).toThrow(KpiInputError);
  });
});

describe('validateBucketConfig', () => {
  it('accepts the default', () => {
    expect(() => validateBucketConfig(DEFAULT_BUCKETS)).not.toThrow();
  });
  it.each<[string, BucketConfig, string]>([
    ['empty', [], 'empty'],
    ['not from 0', [{ code: 'A', minDays: 1, maxDays: null }], 'minDays is 1, expected 0'],
    [
      'a hole',
      [
        { code: 'A', minDays: 0, maxDays: 10 },
        { code: 'B', minDays: 12, maxDays: null },
      ],
      'bucket 1 (B): minDays is 12, expected 11',
    ],
    [
      'open bucket in the middle',
      [
        { code: 'A', minDays: 0, maxDays: null },
        { code: 'B', minDays: 1, maxDays: null },
      ],
      'bucket 0 (A): maxDays null is invalid',
    ],
    [
      'duplicate code',
      [
        { code: 'A', minDays: 0, maxDays: 0 },
        { code: 'A', minDays: 1, maxDays: null },
      ],
      'used twice',
    ],
    [
      'max below min',
      [
        { code: 'A', minDays: 0, maxDays: 5 },
        { code: 'B', minDays: 6, maxDays: 3 },
        { code: 'C7', minDays: 4, maxDays: null },
      ],
      'bucket 1 (B): maxDays 3 is invalid',
    ],
  ])('rejects %s', (_name, config, message) => {
    expect(() => validateBucketConfig(config)).toThrow(message);
    try {
      validateBucketConfig(config);
    } catch (e) {
      expect((e as KpiInputError).code).toBe('config');
    }
  });
});

describe('bucketIndex and resolveBucketSet', () => {
  it('finds codes and the C alias', () => {
    expect(bucketIndex('M0')).toBe(0);
    expect(bucketIndex('C')).toBe(0);
    expect(bucketIndex('M7+')).toBe(7);
    expect(bucketIndex('M8')).toBe(-1);
  });
  it.each([
    ['M1+', ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+']],
    ['M2+', ['M2', 'M3', 'M4', 'M5', 'M6', 'M7+']],
    ['M4+', ['M4', 'M5', 'M6', 'M7+']],
    ['M2', ['M2']],
    ['M7+', ['M7+']], // a real bucket code, not "M7 and later" of a missing M7
    ['C', ['M0']],
    ['M0', ['M0']],
    ['C+', ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+']],
  ])('%s → %j', (code, set) => {
    expect(resolveBucketSet(code)).toEqual(set);
  });
  it.each(['M8', 'M8+', 'X', '', '+'])('unknown %j throws unknown-bucket', (code) => {
    expect(() => resolveBucketSet(code)).toThrow(expect.objectContaining({ code: 'unknown-bucket' }));
  });
});
