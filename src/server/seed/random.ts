/** The seed's pseudo-random numbers: mulberry32, a tiny 32-bit PRNG (same seed → same rows, byte for byte). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The item `u` (a uniform draw in [0, 1)) falls on when the items' shares are laid end to end in order;
 * the first item when `u` lies beyond them all (shares summing to less than 1).
 */
export function pickByShare<I extends readonly [{ readonly share: number }, ...{ readonly share: number }[]]>(
  items: I,
  u: number,
): I[number] {
  let rest = u;
  for (const item of items) {
    if (rest < item.share) return item;
    rest -= item.share;
  }
  return items[0];
}
