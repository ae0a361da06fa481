/** collectkit/svg for `<ck-agency-scorecard>`: one measure per agency as bars (golden), overdue flags judged at the data's as-of, three languages. */
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/svg/index.js';
import type { AgencyRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
/** A recovers 600,000 of 10,000,000 (6.0 %), B 100,000 of 2,000,000 (5.0 %, evaluated 2024-09-30: overdue), C 90,000 of 1,000,000 (9.0 %). */
const rows: AgencyRow[] = [
  {
    period: '2025-12',
    agency: 'A',
    accountsPlaced: 2000,
    balancePlaced: 10_000_000,
    recovered: 600_000,
    commission: 120_000,
    complaints: 3,
    callsChecked: 4000,
    violations: 8,
    lastEvaluation: '2025-03-10',
  },
  {
    period: '2025-12',
    agency: 'B',
    accountsPlaced: 500,
    balancePlaced: 2_000_000,
    recovered: 100_000,
    commission: 25_000,
    complaints: 4,
    callsChecked: 1000,
    violations: 10,
    lastEvaluation: '2024-09-30',
  },
  {
    period: '2025-12',
    agency: 'C',
    accountsPlaced: 300,
    balancePlaced: 1_000_000,
    recovered: 90_000,
    commission: 9000,
    complaints: 0,
    callsChecked: 900,
    violations: 0,
    lastEvaluation: '2025-11-01',
  },
];

describe('renderChartSvg agency-scorecard', () => {
  it('draws recovered ÷ placed per agency, highest first, the overdue one flagged, with the definition (golden)', async () => {
    const svg = renderChartSvg('agency-scorecard', { meta, rows }, { lang: 'en' });
    expect(svg.match(/class="bar/g)).toHaveLength(3);
    expect([...svg.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['9.0%', '6.0%', '5.0% ⚠']);
    expect(svg).toContain('Outside agencies: Recovered ÷ placed');
    expect(svg).toContain('Complaints per 10,000 accounts placed');
    await expectGolden(svg, '__snapshots__/agency-scorecard.svg');
  });

  it('judges evaluations at the response’s as-of, not the clock', () => {
    const early = renderChartSvg('agency-scorecard', { meta: { ...meta, asOf: '2025-06-30T00:00:00Z' }, rows }, {});
    expect(early).not.toContain('⚠');
  });

  it('charts the other measures in both Chinese scripts', () => {
    const zh = renderChartSvg('agency-scorecard', { meta, rows }, { lang: 'zh-CN', measure: 'violations' });
    expect(zh).toContain('委外机构：违规率');
    const tw = renderChartSvg('agency-scorecard', { meta, rows }, { lang: 'zh-TW', measure: 'commission' });
    expect(tw).toContain('委外機構：佣金占回收比例');
    expect([...tw.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['25.0% ⚠', '20.0%', '10.0%']);
  });
});
