/** A KPI tile's delta: its arrow and verdict follow the delta as written, so "0.00 pp" is never "▲ worse". */
import { describe, expect, it } from 'vitest';
import type { PeriodComparison } from '../../src/kpi/index.js';
import { MISSING } from '../../src/render/format.js';
import { tileDelta } from '../../src/views/tile-text.js';

const rate = (delta: number): PeriodComparison => ({
  period: '2025-12',
  value: 0.0314 + delta,
  kind: 'rate',
  comparePeriod: '2025-11',
  compareValue: 0.0314,
  delta,
  deltaPoints: delta,
  deltaPercent: delta / 0.0314,
});
const amount = (deltaPercent: number | null, delta: number): PeriodComparison => ({
  period: '2025-12',
  value: 1000 + delta,
  kind: 'amount',
  comparePeriod: '2025-11',
  compareValue: deltaPercent === null ? 0 : 1000,
  delta,
  deltaPoints: null,
  deltaPercent,
});

describe('tileDelta', () => {
  it.each([
    // comparison, better, text (en), direction, good
    [rate(0.0005), 'lower', '+0.05 pp', 'up', false],
    [rate(-0.0012), 'lower', '-0.12 pp', 'down', true],
    [rate(-0.0012), 'higher', '-0.12 pp', 'down', false],
    [rate(0.00004), 'lower', '0.00 pp', 'flat', null], // +0.004 pp: written 0.00, so no arrow and no verdict
    [rate(-0.00004), 'higher', '0.00 pp', 'flat', null],
    [rate(0), 'lower', '0.00 pp', 'flat', null],
    [rate(-0.00005), 'higher', '-0.01 pp', 'down', false], // a half rounds away from zero, in the text and the arrow alike
    [amount(0.012, 12), 'lower', '+1.2%', 'up', false],
    [amount(0.0004, 0.4), 'higher', '0.0%', 'flat', null], // +0.04 %: written 0.0 %
    [amount(-0.25, -250), 'higher', '-25.0%', 'down', false],
    [amount(null, 5), 'higher', MISSING, 'up', true], // from zero: no per cent to write, the sign of the change stands
  ] as const)('%o, better %s → %s %s', (c, better, text, direction, good) => {
    const d = tileDelta('en', 'en', c, better);
    expect([d.text, d.direction, d.good]).toEqual([text, direction, good]);
  });

  it('says the same in Chinese', () => {
    expect(tileDelta('zh-CN', 'zh-CN', rate(0.00004), 'lower')).toMatchObject({ text: '0.00个百分点', good: null });
    expect(tileDelta('zh-CN', 'zh-CN', rate(0.0005), 'lower')).toMatchObject({ text: '+0.05个百分点', good: false });
  });

  it('has no direction without a comparison', () => {
    expect(tileDelta('en', 'en', null, 'lower')).toMatchObject({ text: MISSING, direction: 'none', good: null });
  });
});
