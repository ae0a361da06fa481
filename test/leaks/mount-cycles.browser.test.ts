/**
 * Leaks (#18) in Chromium: every widget mounted and removed 1,000 times, moving
 * between two sources on the way. After the cycles and a forced GC (CDP HeapProfiler.collectGarbage), the
 * retained JS heap grew < 1 MB, and nothing is left behind: no query observer, ResizeObserver, window or
 * document listener, interval or pending timeout that the widgets created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkSource } from '../../src/elements/source/source.js';
import { WIDGETS as REGISTERED } from '../../src/registry.js';
import { instrument, leakSources, mountCycles } from '../support/leak-counters.js';

const CYCLES = 1000;
/** Every widget of the registry. */
const WIDGETS = REGISTERED.map((e) => e.tag);
let sources: [CkSource, CkSource];
let restore = () => {};

beforeAll(() => {
  sources = leakSources();
  restore = instrument();
});
afterAll(() => {
  restore();
  document.body.replaceChildren();
});

describe(`leaks: ${CYCLES} mount/unmount cycles of every widget, moving between two sources`, () => {
  for (const tag of WIDGETS) {
    it(
      tag,
      async () => {
        const r = await mountCycles(() => document.createElement(tag), sources, CYCLES);
        console.info(`${tag}: ${r.summary}`);
        expect(r.after).toEqual(r.baseline);
        expect(r.growth).toBeLessThan(1);
      },
      120_000,
    );
  }
});
