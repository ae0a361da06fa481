/**
 * Leaks (#18) of the containers in Chromium: `<ck-dashboard>` and `<ck-filter-bar>` (every container of the
 * registry but `<ck-source>`, which the cycles mount into) mounted and removed 1,000 times, moving between two
 * sources on the way, alone and as a page composes them (a dashboard holding a filter bar and widgets).
 * After the cycles and a forced GC the retained JS heap grew < 1 MB, and no ResizeObserver, window or
 * document listener, interval or query observer is left behind (counted as in mount-cycles.browser.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkSource } from '../../src/elements/source/source.js';
import { REGISTRY } from '../../src/registry.js';
import { instrument, leakSources, mountCycles } from '../support/leak-counters.js';

const CYCLES = 1000;
const CONTAINERS = REGISTRY.filter((e) => e.role === 'container' && e.tag !== 'ck-source').map((e) => e.tag);
/** Two widgets for the composed case: the first of the registry and the KPI tile (it reads filters). */
const CHILDREN = [REGISTRY.find((e) => e.role === 'widget')?.tag ?? 'ck-overdue-trend', 'ck-kpi-tile'];

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

/** A dashboard as a page writes it: a filter bar in its filters slot and widgets in its grid. */
function composedDashboard(): HTMLElement {
  const dashboard = document.createElement('ck-dashboard');
  dashboard.setAttribute('from', '2025-01');
  const bar = document.createElement('ck-filter-bar');
  bar.slot = 'filters';
  dashboard.append(bar, ...CHILDREN.map((tag) => document.createElement(tag)));
  return dashboard;
}

describe(`leaks: ${CYCLES} mount/unmount cycles of the containers, moving between two sources`, () => {
  it('covers the dashboard and the filter bar', () => {
    expect(CONTAINERS).toEqual(expect.arrayContaining(['ck-dashboard', 'ck-filter-bar']));
  });

  const cases: [string, () => HTMLElement][] = [
    ...CONTAINERS.map((tag): [string, () => HTMLElement] => [tag, () => document.createElement(tag)]),
    [`ck-dashboard with ck-filter-bar, ${CHILDREN.join(', ')}`, composedDashboard],
  ];
  for (const [name, create] of cases) {
    it(
      name,
      async () => {
        const r = await mountCycles(create, sources, CYCLES);
        console.info(`${name}: ${r.summary}`);
        expect(r.after).toEqual(r.baseline);
        expect(r.growth).toBeLessThan(1);
      },
      180_000,
    );
  }
});
