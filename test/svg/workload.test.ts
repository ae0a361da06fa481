/** collectkit/svg: the workload kind, drawn from the same view model as `<ck-workload>`. */
import { describe, expect, it } from 'vitest';
import { chartPart, renderChartSvg, serverChartKinds } from '../../src/svg/index.js';
import type { WorkloadRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const row = (
  period: string,
  team: string,
  inventory: number,
  fte: number,
  dialled: number,
  attempts: number,
): WorkloadRow => ({
  period,
  team,
  inventory,
  fte,
  casesDialled: dialled,
  attempts,
  inflow: 100,
  cured: 60,
  rolledOn: 30,
  chargedOff: 5,
});
// 2025-12: early-a 1,200 / 3 = 400 per agent, 80 %, 20.0 per case; late 500 / 2 = 250, 60 %, 15.0.
const rows = [
  row('2025-11', 'early-a', 1000, 2.5, 900, 20_000),
  row('2025-12', 'early-a', 1200, 3, 960, 24_000),
  row('2025-12', 'late', 500, 2, 300, 7500),
];

describe('renderChartSvg workload', () => {
  it('is a kind of the renderer', () => {
    expect(serverChartKinds()).toContain('workload');
  });

  it('draws cases per agent of the latest month per team, with the definition footnote', async () => {
    const svg = renderChartSvg(
      'workload',
      { meta: { asOf: '2026-01-01T00:00:00Z', source: 'test' }, rows },
      { lang: 'en' },
    );
    expect(svg).toContain('Workload by team · ');
    expect(svg).toContain('Cases per agent');
    expect(svg.match(/class="bar"/g)).toHaveLength(2);
    expect(svg).toContain('>400<');
    expect(svg).toContain('>250<');
    expect(svg).toContain('cases dialled ÷ cases in inventory');
    await expectGolden(chartPart(svg), '__snapshots__/workload.svg');
  });

  it('coverage in simplified Chinese', async () => {
    const svg = renderChartSvg('workload', rows, { lang: 'zh-CN', measure: 'coverage', frame: false } as never);
    expect(svg).toContain('早期一组');
    expect(svg).toContain('>80%<');
    await expectGolden(svg, '__snapshots__/workload.zh-CN.svg');
  });
});
