/**
 * The fuzz's own generator (#18, found by the full run, CK_FUZZ_RUNS=10000, seed 62457996): fast-check reuses
 * generated values while it shrinks, and mutations used to put them into responses as they were, so an array
 * row changed by one run (an own `constructor` of null from "extra field") came back in a later one and broke
 * `realise` with "object.constructor[Symbol.species] is not a constructor" — a failure of the test, not of
 * the kit. Property: the same mutations applied to two copies of one response leave them sharing no object,
 * and every case's object() and text() can be built.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/model/metrics.js';
import { fuzzCase, mutation } from './mutations.js';
import { validResponse } from './openapi-arbitraries.js';

/** Objects reachable from both `a` and `b` (iterative; own keys, including `__proto__` and `constructor`). */
function shared(a: unknown, b: unknown): string[] {
  const seen = new Set<object>();
  const walk = (root: unknown, visit: (o: object, path: string) => void) => {
    const stack: [unknown, string][] = [[root, '$']];
    while (stack.length) {
      const [v, path] = stack.pop() ?? [null, ''];
      if (typeof v !== 'object' || v === null) continue;
      visit(v, path);
      for (const k of Object.getOwnPropertyNames(v))
        stack.push([(Object.getOwnPropertyDescriptor(v, k) as PropertyDescriptor).value, `${path}.${k}`]);
    }
  };
  walk(a, (o) => seen.add(o));
  const both: string[] = [];
  walk(b, (o, path) => seen.has(o) && both.push(path));
  return both;
}

describe('fuzz mutations', () => {
  for (const metric of METRICS) {
    it(`${metric}: put fresh values into each response, never shared ones`, () => {
      fc.assert(
        fc.property(validResponse(metric), fc.array(mutation(metric), { minLength: 1, maxLength: 4 }), (base, ms) => {
          const one = structuredClone(base);
          const two = structuredClone(base);
          for (const m of ms) m.apply(one);
          for (const m of ms) m.apply(two);
          expect(shared(one, two), ms.map((m) => m.name).join(' + ')).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('builds every case as an object and as text, shrinking included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METRICS).chain(fuzzCase), (c) => {
        c.object();
        expect(typeof c.text()).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
