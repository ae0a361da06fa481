import { describe, expect, it } from 'vitest';
import { sparkline, type SparklineSpec } from '../../src/charts/sparkline.js';
import { templateToString } from '../../src/render/to-string.js';
import { expectGolden } from '../support/golden.js';

const spec = (over: Partial<SparklineSpec> = {}): SparklineSpec => ({
  width: 200,
  height: 40,
  values: Float64Array.from([0.031, 0.034, 0.033, 0.036, 0.035, 0.038]),
  ...over,
});
const render = (s: SparklineSpec) => templateToString(sparkline(s));

describe('sparkline', () => {
  it('typical values with a target (golden)', async () => {
    await expectGolden(render(spec({ target: 0.035 })), '__snapshots__/sparkline.typical.svg');
  });

  it('empty values draw nothing but the frame (golden)', async () => {
    const out = render(spec({ values: [] }));
    expect(out).not.toContain('spark-line');
    await expectGolden(out, '__snapshots__/sparkline.empty.svg');
  });

  it('one value (golden)', async () => {
    await expectGolden(render(spec({ values: [0.05] })), '__snapshots__/sparkline.one-point.svg');
  });

  it('extreme values, a gap and a focused point (golden)', async () => {
    await expectGolden(
      render(spec({ values: [0, 1, NaN, 1e-6, 0.999], focus: 1 })),
      '__snapshots__/sparkline.extreme.svg',
    );
  });

  it('reduces a long series to the width and keeps the spike', () => {
    const values = new Float64Array(100_000).fill(0.03);
    values[77_777] = 0.5;
    const out = render(spec({ values }));
    const d = /d="([^"]+)"/.exec(out)![1]!;
    expect(d.split(/[ML]/).length).toBeLessThan(4 * 200);
    expect(out).toContain(',4L'); // the spike reaches the top of the plot
  });
});
