import { describe, expect, it } from 'vitest';
import { hbarBox, hbarChart, hbarHeight, hbarModel, type HBarSpec } from '../../src/charts/hbar-chart.js';
import { formatPercent } from '../../src/render/format.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

const spec = (over: Partial<HBarSpec> = {}): HBarSpec => ({
  width: 320,
  items: [
    { key: 'phone', label: 'Phone', value: 0.31 },
    { key: 'sms', label: 'SMS', value: 0.08 },
    { key: 'visit', label: 'Field visit', value: 0.52 },
    { key: 'legal', label: 'Legal', value: NaN },
  ],
  formatValue: (v) => formatPercent('en', v, 1),
  ...over,
});

const render = (s: HBarSpec) => templateToString(hbarChart(s));

describe('hbarChart', () => {
  it('typical data with a focused bar (golden)', async () => {
    await expectGolden(render(spec({ focus: 2 })), '__snapshots__/hbar-chart.typical.svg');
  });

  it('one bar (golden)', async () => {
    await expectGolden(
      render(spec({ items: [{ key: 'phone', label: 'Phone', value: 0.4 }] })),
      '__snapshots__/hbar-chart.one-point.svg',
    );
  });

  it('empty: no bars', () => {
    const out = render(spec({ items: [] }));
    expect(out).toContain('class="chart hbar"');
    expect(out).not.toContain('class="bar');
    expect(hbarHeight({ items: [] })).toBe(8);
  });

  it('extreme values and flagged bars (golden)', async () => {
    await expectGolden(
      render(
        spec({
          items: [
            { key: 'a', label: 'A', value: 0 },
            { key: 'b', label: 'B', value: 1 },
            { key: 'c', label: 'C', value: 1e-9, flagged: true },
            { key: 'd', label: 'D', value: 0.999 },
          ],
        }),
      ),
      '__snapshots__/hbar-chart.extreme.svg',
    );
  });

  it('shortens long Chinese labels and keeps bars inside the width (golden)', async () => {
    const s = spec({
      width: 300,
      items: [
        { key: 'third-party', label: '不当联系第三方或泄露信息（含亲友、同事及其他无关人员）', value: 0.012 },
        { key: 'quiet-hours', label: '22:00至次日8:00不得催收', value: 0.004 },
      ],
    });
    const out = render(s);
    await expectGolden(out, '__snapshots__/hbar-chart.chinese.svg');
    expect(out).toContain('…');
    const m = hbarModel(s);
    for (let i = 0; i < s.items.length; i++) {
      const b = hbarBox(s, m, i);
      expect(b.x + b.width).toBeLessThanOrEqual(300);
    }
  });
});
