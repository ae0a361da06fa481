/** collectkit/svg: the outcome-gap kind, drawn from the same view model as `<ck-outcome-gap>`. */
import { describe, expect, it } from 'vitest';
import { renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { expectGolden } from '../support/golden.js';

describe('renderChartSvg outcome-gap', () => {
  it('is a registered kind', () => {
    expect(serverChartKinds()).toContain('outcome-gap');
  });

  it("draws the mock portfolio's segment gaps with the known gap flagged and the definition in the footnote (golden)", async () => {
    const response = mockResponse('outcomes', { from: '2024-01', to: '2025-12' });
    const svg = renderChartSvg('outcome-gap', response, { lang: 'en' });
    expect(svg).toContain('Outcomes by customer segment');
    expect(svg.match(/⚠ worse/g)).toHaveLength(1);
    expect(svg).toMatch(/vulnerable · Cure rate/);
    expect(svg).toContain('Cure rate: cured ÷ entered');
    await expectGolden(svg, '__snapshots__/outcome-gap.en.svg');
  });

  it('in Chinese against another reference, with no flag when nobody does worse (golden)', async () => {
    const response = mockResponse('outcomes', { from: '2024-01', to: '2025-12' });
    const svg = renderChartSvg('outcome-gap', response, { lang: 'zh-CN', reference: 'vulnerable', width: 560 });
    expect(svg).toContain('特殊群体结果对比');
    expect(svg).not.toContain('⚠ 更差');
    expect(svg.match(/✓ 更好/g)).toHaveLength(2);
    await expectGolden(svg, '__snapshots__/outcome-gap.zh-CN.svg');
  });
});
