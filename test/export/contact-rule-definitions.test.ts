/** Every contact rule the kit checks has its clause and reading in the catalogue, in three languages, and in exports. */
// Every language's texts (and tile steps) loaded up front, as the SVG renderer and the one-file bundle have them.
import '../support/lazy-modules.js';
import { describe, expect, it } from 'vitest';
import { complianceBreaches } from '../../src/kpi/compliance.js';
import { DEFINITION_LOCALES, metricDefinition } from '../../src/model/definitions.js';
import {
  contactRuleDefinitions,
  registerContactRuleLines,
  ruleLines,
} from '../../src/model/definitions/contact-rules.js';
import { exportContextOf } from '../../src/export/context.js';
import { csvHeaderBlock } from '../../src/export/csv.js';
import { COMPLIANCE_RULE_LABELS, codeLabel } from '../../src/render/vocab.js';
import { COMPLIANCE_RULES } from '../../mocks/catalog.js';
// The compliance view registers the metric's definitions pack, as on a page that shows the monitor.
import '../../src/views/compliance-series.js';

const checkedIds = complianceBreaches([], ['cn-cba-2026', 'cn-gbt-2025', { preset: 'us-reg-f', timeZone: 'UTC' }]).map(
  (r) => r.id,
);

describe('contact rules in the definitions catalogue', () => {
  it('the rules complianceBreaches checks are the ones defined, labelled and mocked', () => {
    expect(checkedIds).toHaveLength(12);
    expect(
      contactRuleDefinitions()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...checkedIds].sort());
    expect(Object.keys(COMPLIANCE_RULE_LABELS).sort()).toEqual([...checkedIds].sort());
    expect(COMPLIANCE_RULES.map((r) => r.code).sort()).toEqual([...checkedIds].sort());
  });

  it('gives each rule a clause and a reading in every language, Chinese in the Chinese catalogues', () => {
    for (const locale of DEFINITION_LOCALES) {
      const rules = contactRuleDefinitions(locale);
      expect(rules.map((r) => r.id)).toEqual(contactRuleDefinitions('en').map((r) => r.id));
      for (const r of rules) {
        expect(r.clause.trim(), `${locale} ${r.id}`).not.toBe('');
        expect(r.reading.trim(), `${locale} ${r.id}`).not.toBe('');
        if (locale !== 'en') expect(r.reading).toMatch(/[\u4e00-\u9fff]/);
        expect(codeLabel(COMPLIANCE_RULE_LABELS, r.id, locale)).not.toBe(r.id);
      }
    }
    const gbt = contactRuleDefinitions('zh-CN').find((r) => r.id === 'cn-gbt-2025/conversations-per-day');
    expect(gbt?.clause).toContain('2025-02-28');
    expect(gbt?.clause).toContain('AI语音');
    expect(contactRuleDefinitions('zh-TW').find((r) => r.id === 'cn-gbt-2025/no-disclosure')?.clause).toContain(
      '透露債務',
    );
    expect(contactRuleDefinitions('fr')).toEqual(contactRuleDefinitions('en'));
  });

  it('metrics without rules have none', () => {
    expect(ruleLines(metricDefinition('overdue'))).toEqual([]);
    expect(ruleLines(metricDefinition('compliance', 'zh-TW'))).toHaveLength(12);
  });

  it('exports carry every rule with its clause and reading (once the compliance views registered them)', () => {
    registerContactRuleLines();
    const context = exportContextOf({
      metric: 'compliance',
      response: undefined,
      query: {},
      title: '合规监测',
      locale: 'zh-CN',
      intlLocale: 'zh-CN',
    });
    for (const id of checkedIds) expect(context.definition.some((line) => line.startsWith(`${id}: `))).toBe(true);
    const header = csvHeaderBlock({ ...context, rowCount: 0, sha256: '' });
    expect(header).toContain(
      '# definition: cn-gbt-2025/quiet-hours: GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025-02-28）：22:00至次日8:00不得联系；',
    );
    expect(header).toContain('# definition: cn-cba-2026/third-party-after-failures: ');
  });
});
