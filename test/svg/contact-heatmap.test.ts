/** collectkit/svg: the best-time-to-call heatmap kind, with the calling window, breaches and suppressed cells. */
import { describe, expect, it } from 'vitest';
import { chartPart, renderChartSvg } from '../../src/svg/index.js';
import type { ContactHourRow } from '../../src/model/rows.js';
import { expectGolden } from '../support/golden.js';

const row = (
  weekday: number,
  hour: number,
  attempts: number,
  contacts: number,
  rpc: number,
  promises: number,
): ContactHourRow => ({
  period: '2025-01',
  weekday,
  hour,
  channel: 'phone',
  attempts,
  contacts,
  rightPartyContacts: rpc,
  promises,
});
// Tuesday 19:00: 45 of 200 (22.5 %); Tuesday 10:00: 20 of 100 (20 %); Monday 10:00: 10 attempts (suppressed);
// Wednesday 07:00 and 22:00: 3 and 2 attempts outside 08–22 (breaches).
const rows = [
  row(2, 19, 200, 80, 45, 16),
  row(2, 10, 100, 40, 20, 4),
  row(1, 10, 10, 3, 1, 0),
  row(3, 7, 3, 1, 0, 0),
  row(3, 22, 2, 1, 1, 0),
];

describe('renderChartSvg contact-heatmap', () => {
  it('draws RPC rates, the window, breach counts and suppressed cells, with the definition', async () => {
    const svg = renderChartSvg(
      'contact-heatmap',
      { meta: { asOf: '2026-01-01T00:00:00Z', source: 'test' }, rows },
      { lang: 'en' },
    );
    expect(svg).toContain('Best time to call · RPC rate');
    expect(svg).toContain('>23%<'); // 22.5 % rounded for the cell
    expect(svg.match(/class="note breach"/g)).toHaveLength(2);
    expect(svg).toContain('>⚠3<');
    expect(svg.match(/class="note suppressed"/g)).toHaveLength(1);
    expect(svg).toContain('class="window"');
    expect(svg).toContain('right-party contacts ÷ attempts');
    await expectGolden(chartPart(svg), '__snapshots__/contact-heatmap.svg');
  });

  it('volume in simplified Chinese under the us-reg-f window (08–21)', async () => {
    const svg = renderChartSvg('contact-heatmap', rows, {
      lang: 'zh-CN',
      measure: 'volume',
      rules: 'us-reg-f',
      frame: false,
    } as never);
    expect(svg).toContain('周二');
    expect(svg.match(/class="note breach"/g)).toHaveLength(2);
    await expectGolden(svg, '__snapshots__/contact-heatmap.zh-CN.svg');
  });
});
