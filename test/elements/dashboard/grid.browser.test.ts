import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/define.js';
import { gridColumns } from '../../../src/elements/dashboard/grid-layout.js';
import { until } from '../../support/until.js';

// A host page's error monitoring sees window errors: relayout must not raise "ResizeObserver loop" ones.
const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.message));
afterEach(() => {
  document.body.replaceChildren();
  expect(pageErrors).toEqual([]);
});

/** A dashboard `width` px wide holding plain boxes that stand in for widgets (layout only: no data needed). */
async function dashboard(width: number, children: string, attrs = '') {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<ck-dashboard style="width:${width}px" ${attrs}>${children}</ck-dashboard>`,
  );
  const el = document.body.lastElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  const grid = await until(() => el.shadowRoot?.querySelector<HTMLElement>('.grid'));
  await until(() => getComputedStyle(grid).gridTemplateColumns.split(' ').length === gridColumns(width) || null);
  return el;
}
const box = (el: Element) => el.getBoundingClientRect();

describe('gridColumns', () => {
  it('fits as many columns of at least the minimum width as there is room for, at least one', () => {
    expect(gridColumns(0)).toBe(1);
    expect(gridColumns(300)).toBe(1);
    expect(gridColumns(656)).toBe(2); // 2 × 320 + 16
    expect(gridColumns(655)).toBe(1);
    expect(gridColumns(1184)).toBe(3);
    expect(gridColumns(1664)).toBe(4); // 5 would fit: at most 4 by default
    expect(gridColumns(1664, 320, 16, 6)).toBe(5);
    expect(gridColumns(1000, 480, 20)).toBe(2);
  });
});

describe('<ck-dashboard> grid', () => {
  it('gives each widget kind its span from the registry, capped by the columns, and lets span and wide override it', async () => {
    const el = await dashboard(
      1184,
      '<ck-overdue-trend id="trend"></ck-overdue-trend><ck-kpi-tile id="tile"></ck-kpi-tile><ck-agent-leaderboard id="board"></ck-agent-leaderboard><ck-kpi-tile id="wide" wide></ck-kpi-tile><ck-overdue-trend id="one" span="1"></ck-overdue-trend>',
    );
    const width = box(el).width;
    const column = (width - 2 * 16) / 3;
    const $ = (id: string) => box(el.querySelector(`#${id}`)!);
    expect($('trend').width).toBeCloseTo(2 * column + 16, 0);
    expect($('tile').width).toBeCloseTo(column, 0);
    expect($('board').width).toBeCloseTo(width, 0);
    expect($('wide').width).toBeCloseTo(width, 0);
    expect($('one').width).toBeCloseTo(column, 0);
  });

  it('stacks everything in one column on a phone, spans included (nothing wider than the dashboard)', async () => {
    const el = await dashboard(
      366,
      '<ck-overdue-trend id="trend"></ck-overdue-trend><ck-agent-leaderboard id="board"></ck-agent-leaderboard><ck-kpi-tile id="tile"></ck-kpi-tile>',
    );
    for (const id of ['trend', 'board', 'tile']) expect(box(el.querySelector(`#${id}`)!).width).toBeCloseTo(366, 0);
  });

  it('packs a later one-column widget into the hole beside a two-column one (dense), unless flow="row"', async () => {
    const children =
      '<ck-kpi-tile id="a"></ck-kpi-tile><ck-kpi-tile id="b"></ck-kpi-tile><ck-overdue-trend id="c"></ck-overdue-trend><ck-kpi-tile id="d"></ck-kpi-tile>';
    // 3 columns: a, b, then c (2 columns) does not fit beside them; dense puts d in the hole after b.
    const dense = await dashboard(1184, children);
    const top = (el: Element, id: string) => Math.round(box(el.querySelector(`#${id}`)!).top);
    expect(top(dense, 'd')).toBe(top(dense, 'a'));
    document.body.replaceChildren();
    const strict = await dashboard(1184, children, 'flow="row"');
    expect(top(strict, 'd')).toBeGreaterThan(top(strict, 'a'));
  });
});
