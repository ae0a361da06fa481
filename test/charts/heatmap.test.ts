import { describe, expect, it } from 'vitest';
import { heatmap, heatmapCellAt, heatmapLayout, type HeatmapSpec } from '../../src/charts/heatmap.js';
import { formatPercent } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { contrastRatio } from '../support/wcag.js';
import { expectGolden } from '../support/golden.js';

const spec = (over: Partial<HeatmapSpec> = {}): HeatmapSpec => ({
  width: 480,
  height: 200,
  rows: ['M0', 'M1', 'M2'],
  columns: ['M0', 'M1', 'M2', 'M3', 'CO'],
  values: [
    [0.96, 0.04, 0, 0, 0],
    [0.42, 0.08, 0.5, 0, 0],
    [0.1, 0.05, 0.15, 0.7, null],
  ],
  formatValue: (v) => formatPercent('en', v, 1),
  columnTitle: 'To (this month)',
  rowTitle: 'From',
  ...over,
});
const render = (s: HeatmapSpec) => templateToString(heatmap(s));

describe('heatmap', () => {
  it('typical matrix with a focused cell (golden)', async () => {
    await expectGolden(render(spec({ focus: { row: 1, col: 2 } })), '__snapshots__/heatmap.typical.svg');
  });

  it('empty matrix draws no cells', async () => {
    const out = render(spec({ rows: [], columns: [], values: [] }));
    expect(out).not.toMatch(/class="cell[" ]/);
    await expectGolden(out, '__snapshots__/heatmap.empty.svg');
  });

  it('one cell (golden)', async () => {
    await expectGolden(
      render(spec({ rows: ['M1'], columns: ['M0'], values: [[1]] })),
      '__snapshots__/heatmap.one-cell.svg',
    );
  });

  it('extreme values: 0, 1, tiny and null (golden)', async () => {
    const out = render(
      spec({
        rows: ['A', 'B'],
        columns: ['x', 'y'],
        values: [
          [0, 1],
          [1e-9, null],
        ],
      }),
    );
    expect(out).toContain('class="cell empty"');
    await expectGolden(out, '__snapshots__/heatmap.extreme.svg');
  });

  it('long Chinese labels widen the row margin and stand column labels upright, whole (golden)', async () => {
    const s = spec({
      rows: ['当前正常（未逾期）', '逾期一至三十天', '逾期三十一至六十天'],
      columns: ['当前正常（未逾期）', '逾期一至三十天', '逾期三十一至六十天', '逾期六十一至九十天', '核销'],
      columnTitle: '本月状态',
      rowTitle: '上月状态',
    });
    expect(heatmapLayout(s).left).toBeGreaterThan(heatmapLayout(spec()).left);
    expect(heatmapLayout(s).uprightColumns).toBe(true);
    const out = render(s);
    // Every column label is written whole (a truncated "当前" would read as another state).
    for (const c of s.columns) expect(out).toContain(`>${c}</text>`);
    await expectGolden(out, '__snapshots__/heatmap.chinese.svg');
  });

  it('writes each drawn value in black or white, whichever contrasts more on its cell, at least 4.5:1 (independent WCAG oracle)', () => {
    // A matrix of 21 values from 0 to 1, read back from the rendered SVG: each cell's fill and its text's fill.
    const values = [Array.from({ length: 21 }, (_, k) => k / 20)];
    const out = render(spec({ width: 2400, rows: ['M1'], columns: values[0]!.map((_, k) => `c${k}`), values }));
    const pairs = [
      ...out.matchAll(
        /<rect part="mark" class="cell" [^>]*fill="(#[0-9a-f]{6})"><\/rect><text class="cell-value" [^>]*fill="(#[0-9a-f]{6})">/g,
      ),
    ].map((m) => [m[1]!, m[2]!] as const);
    expect(pairs).toHaveLength(21);
    for (const [fill, text] of pairs) {
      const other = text === '#000000' ? '#ffffff' : '#000000';
      expect(contrastRatio(fill, text), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(fill, text), `${text} on ${fill} beats ${other}`).toBeGreaterThanOrEqual(
        contrastRatio(fill, other),
      );
    }
    // The ramp's ends use both text colours (a kit writing one colour everywhere would pass the 4.5 check alone).
    expect(new Set(pairs.map(([, text]) => text))).toEqual(new Set(['#000000', '#ffffff']));
  });

  it('writes whole percentages in every cell when one decimal does not fit, and never mixes the two', () => {
    const compactValue = (v: number) => formatPercent('en', v, 0);
    // 5 columns of (220 - 38 - 4) / 5 ≈ 35.6 px: "50.0%" (35 px) does not fit in 35.6 - 4, "50%" (21 px) does.
    const s = spec({ width: 220, compactValue });
    expect(heatmapLayout(s).cellText).toBe('compact');
    const texts = [...render(s).matchAll(/class="cell-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(texts).toEqual(['96%', '4%', '0%', '0%', '0%', '42%', '8%', '50%', '0%', '0%', '10%', '5%', '15%', '70%']);
    // Wide enough: the full text in every cell.
    expect(heatmapLayout(spec({ compactValue })).cellText).toBe('full');
    expect(render(spec({ compactValue }))).toContain('>96.0%<');
  });

  it('says the matrix cannot be read (cellText none) when not even compact values fit, or rows are too low', () => {
    const compactValue = (v: number) => formatPercent('en', v, 0);
    expect(heatmapLayout(spec({ width: 140, compactValue })).cellText).toBe('none');
    expect(heatmapLayout(spec({ height: 60, compactValue })).cellText).toBe('none');
  });

  it('stands short column labels upright only when a label is wider than its column', () => {
    expect(heatmapLayout(spec()).uprightColumns).toBe(false);
    const narrow = spec({ width: 150, columns: ['M0', 'M1', 'M2', 'M7+', 'CLO'] });
    expect(heatmapLayout(narrow).uprightColumns).toBe(true);
    expect(render(narrow)).toMatch(
      /<text transform="translate\([\d.]+ [\d.]+\) rotate\(-90\)" dy="0.32em">M7\+<\/text>/,
    );
  });

  it('hides the value text when the cell is too narrow but keeps the cell', () => {
    const out = render(spec({ width: 120 }));
    expect(out).not.toContain('cell-value');
    expect(out.match(/class="cell[" ]/g)).toHaveLength(15);
  });

  it('finds the cell under the pointer', () => {
    const s = spec();
    const l = heatmapLayout(s);
    expect(heatmapCellAt(l, s, l.left + l.cellWidth * 1.5, l.top + l.cellHeight * 2.5)).toEqual({ row: 2, col: 1 });
    expect(heatmapCellAt(l, s, 1, 1)).toBeNull();
  });
});
