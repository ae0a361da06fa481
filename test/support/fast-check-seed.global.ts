/**
 * Vitest global setup: picks the one fast-check seed of the run (CK_SEED, or a random 32-bit integer),
 * prints it, and hands it to every test file (see fast-check-setup.ts).
 */
import { randomInt } from 'node:crypto';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    ckSeed: number;
  }
}

/** The seed from CK_SEED (an integer), or a fresh random one. */
export function chooseSeed(env: Record<string, string | undefined> = process.env): number {
  const given = env.CK_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`CK_SEED must be an integer, got "${given}"`);
    return seed | 0;
  }
  return randomInt(-(2 ** 31), 2 ** 31);
}

export default function setup(project: TestProject): void {
  const seed = chooseSeed();
  project.provide('ckSeed', seed);
  console.log(`fast-check seed ${seed} (replay with CK_SEED=${seed})`);
}
