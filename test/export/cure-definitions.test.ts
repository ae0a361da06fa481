/**
 * The cure and net-flow measures (issue #14) are appended to the built-in roll-rates definition by their pack,
 * in three languages, once, and never into a company's own roll-rates definition.
 */
import { describe, expect, it } from 'vitest';
import { addDefinitions, addMeasures, metricDefinition, registerDefinitions } from '../../src/model/definitions.js';
import { ROLL_RATES_DEFINITIONS } from '../../src/model/definitions/roll-rates.js';
import { CURE_DEFINITIONS } from '../../src/model/definitions/cure.js';
import { NET_FLOW_DEFINITIONS } from '../../src/model/definitions/net-flow.js';

const keys = (locale: string) =>
  metricDefinition('roll-rates', locale)
    .measures.map((m) => m.key)
    .sort();

describe('cure definitions pack', () => {
  it('appends days to cure and the net flow to roll-rates in every language, once', () => {
    addDefinitions(ROLL_RATES_DEFINITIONS);
    addMeasures(CURE_DEFINITIONS);
    addMeasures(CURE_DEFINITIONS);
    addMeasures(NET_FLOW_DEFINITIONS);
    for (const locale of ['en', 'zh-CN', 'zh-TW']) {
      expect(keys(locale)).toEqual(['cure-rate', 'days-to-cure', 'net-flow', 'roll-rate', 'transition']);
      expect(metricDefinition('roll-rates', locale).notes).toHaveLength(4);
    }
    expect(metricDefinition('roll-rates', 'zh-CN').measures.find((m) => m.key === 'net-flow')?.name).toBe('催收乘数');
    expect(metricDefinition('roll-rates', 'zh-TW').measures.find((m) => m.key === 'days-to-cure')?.name).toBe(
      '回正天數',
    );
  });

  it("keeps a company's own roll-rates definition as it is", () => {
    registerDefinitions('en', 'acme-1', {
      'roll-rates': {
        name: 'Flow',
        measures: [{ key: 'x', name: 'x', formula: 'a ÷ b', numerator: 'a', denominator: 'b' }],
      },
    });
    addMeasures(CURE_DEFINITIONS);
    expect(keys('en')).toEqual(['x']);
  });
});
