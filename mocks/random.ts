/**
 * Small seeded pseudo-random helpers for the mock backend. Deterministic: the same seed always yields
 * the same sequence, in Node and in every browser (32-bit integer arithmetic only).
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for believable mock data (not for cryptography). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers and strings into one 32-bit seed, e.g. `hashSeed(42, 'agent', 7)`; order matters. */
export function hashSeed(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : `$${part}`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** A PRNG seeded from several parts: `rngFor(seed, 'segment', 3)`. */
export function rngFor(...parts: (number | string)[]): Random {
  return mulberry32(hashSeed(...parts));
}

/** Uniform number in [min, max). */
export function uniform(rng: Random, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Standard normal deviate (Box–Muller), scaled to `mean` and `sd`. */
export function normal(rng: Random, mean = 0, sd = 1): number {
  const u = 1 - rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Normal deviate clamped to [min, max]. */
export function clampedNormal(rng: Random, mean: number, sd: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, normal(rng, mean, sd)));
}

/** Picks one element of a non-empty array uniformly. */
export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/**
 * Poisson-like non-negative integer with mean `lambda`: exact (Knuth) for small means, a rounded
 * normal approximation for large ones.
 */
export function poisson(rng: Random, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda > 30) return Math.max(0, Math.round(normal(rng, lambda, Math.sqrt(lambda))));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * Binomial-like count of successes out of `n` trials with probability `p`: exact below 40 trials,
 * a clamped normal approximation above. Always an integer in [0, n].
 */
export function binomial(rng: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n < 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const k = Math.round(normal(rng, n * p, Math.sqrt(n * p * (1 - p))));
  return Math.min(n, Math.max(0, k));
}

/** Stochastic rounding: `x` rounded down or up with probability equal to its fraction (unbiased). */
export function roundRandom(rng: Random, x: number): number {
  const f = Math.floor(x);
  return rng() < x - f ? f + 1 : f;
}
