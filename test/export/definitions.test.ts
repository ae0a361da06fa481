import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/model/metrics.js';
import {
  bucketEdgesText,
  DEFINITION_LOCALES,
  DEFINITIONS_VERSION,
  definitionLines,
  metricDefinition,
} from '../../src/model/definitions.js';
// Every chart kind of the SVG renderer, so every widget's definitions pack is loaded.
import '../../src/svg/index.js';

describe('definitions catalogue', () => {
  it('defines every metric in every language with formula, numerator and denominator', () => {
    for (const metric of METRICS) {
      const keys = metricDefinition(metric, 'en').measures.map((m) => m.key);
      for (const locale of DEFINITION_LOCALES) {
        const def = metricDefinition(metric, locale);
        expect(def.version).toBe(DEFINITIONS_VERSION);
        expect(def.locale).toBe(locale);
        expect(def.name.trim()).not.toBe('');
        expect(def.measures.length).toBeGreaterThan(0);
        // Same measures in the same order in every language.
        expect(def.measures.map((m) => m.key)).toEqual(keys);
        for (const m of def.measures) {
          for (const field of [m.name, m.formula, m.numerator, m.denominator])
            expect(field.trim(), `${metric}/${locale}/${m.key}`).not.toBe('');
          expect(m.formula).toMatch(/÷/);
        }
        if (locale !== 'en') expect(def.measures[0]!.formula).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('uses the Chinese terms page authors use', () => {
    expect(metricDefinition('overdue', 'zh-CN').name).toBe('逾期率');
    expect(metricDefinition('roll-rates', 'zh-CN').name).toBe('迁徙率');
    expect(metricDefinition('roll-rates', 'zh-TW').name).toBe('遷徙率');
    expect(metricDefinition('vintage', 'zh-CN').name).toContain('账龄分析');
    expect(metricDefinition('vintage', 'zh-TW').name).toContain('帳齡分析');
    expect(metricDefinition('recovery', 'zh-CN').name).toBe('回收率');
    const agents = metricDefinition('agents', 'zh-CN').measures.map((m) => m.name);
    expect(agents).toEqual(expect.arrayContaining(['接通率', '承诺还款率', '兑现率', '回款率']));
  });

  it('gives bucket edges for bucket metrics only', () => {
    expect(metricDefinition('overdue').buckets?.map((b) => b.code)).toEqual([
      'M0',
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'M6',
      'M7+',
    ]);
    expect(metricDefinition('roll-rates').buckets).toBeDefined();
    expect(metricDefinition('agents').buckets).toBeUndefined();
    const edges = metricDefinition('overdue').buckets!;
    expect(bucketEdgesText(edges, 'en')).toBe(
      'M0 0, M1 1–30, M2 31–60, M3 61–90, M4 91–120, M5 121–150, M6 151–180, M7+ 181+ days past due',
    );
    expect(bucketEdgesText(edges, 'zh-CN')).toMatch(/^逾期天数：M0 0天，M1 1–30天/);
    expect(definitionLines(metricDefinition('overdue', 'en'))[0]).toMatch(/^Overdue rate: accounts \(or balance\)/);
  });

  it('falls back to English for unknown languages', () => {
    expect(metricDefinition('complaints', 'fr').locale).toBe('en');
  });
});
