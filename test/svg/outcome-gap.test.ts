/** collectkit/svg: the outcome-gap kind, drawn from the same view model as `<ck-outcome-gap>`. */
import { describe, expect, it } from 'vitest';
import { renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import { mockResponse } from '../../mocks/portfolio.js';
import { expectGolden } from '../support/golden.js';
import { outcomeGaps } from '../../src/kpi/outcomes.js';
import { rangeText, segmentName } from '../../src/views/outcome-gap-view.js';

describe('renderChartSvg outcome-gap', () => {
  it('is a registered kind', () => {
    expect(serverChartKinds()).toContain('outcome-gap');
  });

  it("draws the mock portfolio's segment gaps with the known gap (and its overdue consequence) flagged and the definition in the footnote (golden)", async () => {
    const response = mockResponse('outcomes', { from: '2024-01', to: '2025-12' });
    const svg = renderChartSvg('outcome-gap', response, { lang: 'en' });
    expect(svg).toContain('Outcomes by customer segment');
    expect(svg.match(/⚠ worse/g)).toHaveLength(2);
    expect(svg).toMatch(/vulnerable · Cure rate/);
    expect(svg).toContain('Cure rate: cured ÷ entered');
    await expectGolden(svg, '__snapshots__/outcome-gap.en.svg');
  });

  it('in Chinese against another reference, with no flag when nobody does worse (golden)', async () => {
    const response = mockResponse('outcomes', { from: '2024-01', to: '2025-12' });
    const svg = renderChartSvg('outcome-gap', response, { lang: 'zh-CN', reference: 'vulnerable', width: 560 });
    expect(svg).toContain('特殊群体结果对比');
    expect(svg).not.toContain('⚠ 更差');
    // Against vulnerable customers, the others cure more and are less often overdue; segment codes translated.
    expect(svg.match(/✓ 更好/g)).toHaveLength(4);
    expect(svg).toContain('经济困难客户 · 回正率');
    await expectGolden(svg, '__snapshots__/outcome-gap.zh-CN.svg');
  });

  it('the note states the Holm–Bonferroni adjustment and its number of gaps in three languages; segment codes translated, unknown ones as they are', () => {
    const result = outcomeGaps(mockResponse('outcomes', { from: '2024-01', to: '2025-12' }).rows);
    if (!result) throw new Error('no result');
    expect(result.comparisons).toBe(12);
    expect(rangeText('en', 'en', result)).toContain('Holm–Bonferroni adjustment for the 12 gaps compared');
    expect(rangeText('zh-CN', 'zh-CN', result)).toContain('Holm–Bonferroni 多重比较校正（共 12 项）');
    expect(rangeText('zh-TW', 'zh-TW', result)).toContain('Holm–Bonferroni 多重比較校正（共 12 項）');
    expect(rangeText('zh-CN', 'zh-CN', result)).toContain('各客群与其他客户对比');
    expect(['vulnerable', 'hardship', 'other', 'x<b>'].map((c) => segmentName('zh-TW', c))).toEqual([
      '弱勢客戶',
      '經濟困難客戶',
      '其他客戶',
      'x<b>',
    ]);
  });
});
