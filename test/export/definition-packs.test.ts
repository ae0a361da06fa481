/**
 * Widgets' definitions arrive in packs registered by the modules that use them (so a page loads a widget's
 * texts with that widget; messages: test/render/message-packs.test.ts). Before its pack loads, a metric's definition is a clear error,
 * not undefined; after, every language has it, and a company's own definitions are not overwritten.
 */
import { describe, expect, it } from 'vitest';
import { addDefinitions, metricDefinition, registerDefinitions } from '../../src/model/definitions.js';
import { OPS_DEFINITIONS } from '../../src/model/definitions/ops.js';

describe('definition and message packs', () => {
  it('names the metric whose definitions are not loaded yet, then serves them in three languages', () => {
    expect(() => metricDefinition('promises', 'zh-CN')).toThrow(/"promises" are not loaded/);
    registerDefinitions('zh-CN', 'acme-1', {
      'contact-hours': {
        name: '本公司接通时段',
        measures: [{ key: 'x', name: 'x', formula: 'a ÷ b', numerator: 'a', denominator: 'b' }],
      },
    });
    addDefinitions(OPS_DEFINITIONS);
    expect(metricDefinition('promises', 'en').name).toBe(OPS_DEFINITIONS.en.promises?.name);
    expect(metricDefinition('promises', 'zh-TW').name).toBe(OPS_DEFINITIONS['zh-TW'].promises?.name);
    expect(metricDefinition('contact-hours', 'zh-CN').name).toBe('本公司接通时段');
  });
});

describe('measures added to a metric whose definitions come in a pack', () => {
  it('join the pack entry, whichever loads first, in every language', async () => {
    const { addDefinitions, addMeasures } = await import('../../src/model/definitions.js');
    const { CURE_DEFINITIONS } = await import('../../src/model/definitions/cure.js');
    const { ROLL_RATES_DEFINITIONS } = await import('../../src/model/definitions/roll-rates.js');
    addMeasures(CURE_DEFINITIONS);
    addDefinitions(ROLL_RATES_DEFINITIONS);
    for (const locale of ['en', 'zh-CN', 'zh-TW']) {
      const keys = metricDefinition('roll-rates', locale).measures.map((m) => m.key);
      const cure = (CURE_DEFINITIONS[locale as 'en']['roll-rates']?.measures ?? []).map((m) => m.key);
      expect(cure.length).toBeGreaterThan(0);
      expect(keys).toEqual(expect.arrayContaining(cure));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
