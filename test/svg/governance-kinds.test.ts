/** collectkit/svg for the governance widgets: the QA scorecard's violation-rate lines (golden), in three languages. */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/svg/index.js';
import type { QualityRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
/** Three months of one team's AI checks: any 10/1,000, 20/1,000, 5/1,000; threats 6, 12, 1; manual 30 of 1,000. */
const rows: QualityRow[] = ['2025-10', '2025-11', '2025-12'].flatMap((period, i) => [
  {
    period,
    team: 'early-a',
    method: 'ai',
    rule: 'any',
    calls: 1020,
    checked: 1000,
    violations: [10, 20, 5][i] ?? 0,
    scoreSum: 93000,
  },
  {
    period,
    team: 'early-a',
    method: 'ai',
    rule: 'threats',
    calls: 1020,
    checked: 1000,
    violations: [6, 12, 1][i] ?? 0,
    scoreSum: 0,
  },
  {
    period,
    team: 'early-a',
    method: 'ai',
    rule: 'abusive-language',
    calls: 1020,
    checked: 1000,
    violations: [4, 8, 4][i] ?? 0,
    scoreSum: 0,
  },
  { period, team: 'early-a', method: 'manual', rule: 'any', calls: 1020, checked: 30, violations: 1, scoreSum: 2790 },
]);

describe('renderChartSvg qa-scorecard', () => {
  it('draws the overall and per-rule violation rates with a definition footnote (golden)', async () => {
    const svg = renderChartSvg('qa-scorecard', { meta, rows }, { lang: 'en' });
    expect(svg.match(/class="line"/g)).toHaveLength(3);
    expect(svg).toContain('Call quality checks: AI QA');
    expect(svg).toContain('Red-line violation rate');
    await expectGolden(svg, '__snapshots__/qa-scorecard.svg');
  });

  it('the manual method and the Chinese names', () => {
    const zh = renderChartSvg('qa-scorecard', { meta, rows }, { lang: 'zh-CN', method: 'manual' });
    expect(zh).toContain('催收质检：人工质检');
    expect(zh.match(/class="line"/g)).toHaveLength(1);
    const tw = renderChartSvg('qa-scorecard', { meta, rows }, { lang: 'zh-TW' });
    expect(tw).toContain('威脅恐嚇');
  });

  it('bad rows throw a message naming the row', () => {
    expect(() => renderChartSvg('qa-scorecard', [{ ...rows[0], checked: 5000 }])).toThrow(
      /quality row 0 .*checked is 5000, more than calls 1020/,
    );
  });
});
