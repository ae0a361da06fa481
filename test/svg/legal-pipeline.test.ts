/** collectkit/svg: the legal pipeline kind, drawn from the same view model as the widget. */
import { describe, expect, it } from 'vitest';
import { LEGAL_PIPELINE_ROWS } from '../support/legal-rows.js';
import { chartPart, renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import { expectGolden } from '../support/golden.js';

describe('renderChartSvg legal-pipeline', () => {
  it('is a kind of the renderer', () => {
    expect(serverChartKinds()).toContain('legal-pipeline');
  });

  it('stacks the three panels with stage conversions, day bins and amounts, and the definition footnote', async () => {
    const svg = renderChartSvg(
      'legal-pipeline' as never,
      {
        meta: { asOf: '2026-01-01T00:00:00Z', source: 'test' },
        rows: LEGAL_PIPELINE_ROWS,
      } as never,
      { lang: 'en' },
    );
    expect(svg).toContain('Litigation and debt sales');
    expect(svg.match(/class="bar"/g)).toHaveLength(21); // 5 stages + 12 day bins + 5 amounts, less the empty bin (enforced ≥ 180 d)
    expect(svg).toContain('160 · 80.0%'); // filed of referred
    expect(svg).toContain('30 · 75.0%'); // recovered of enforced
    expect(svg).toContain('amount recovered ÷ balance referred');
    await expectGolden(chartPart(svg), '__snapshots__/legal-pipeline.svg');
  });

  it('in traditional Chinese', async () => {
    const svg = renderChartSvg('legal-pipeline' as never, LEGAL_PIPELINE_ROWS as never, {
      lang: 'zh-TW',
      frame: false,
    });
    expect(svg).toContain('到達各階段的天數');
    await expectGolden(svg, '__snapshots__/legal-pipeline.zh-TW.svg');
  });
});
