/** `<ck-compliance-monitor>` with the contact rules in force: the GB/T preset and single rule ids, three languages. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkComplianceMonitor } from '../../src/elements/compliance-monitor/compliance-monitor.js';
import { until } from '../support/until.js';

const worker = setupWorker(...handlers);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

function mount(rules: string, lang: string): CkComplianceMonitor {
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '800px';
  host.innerHTML = `<ck-source adapter="rest" base-url="/api/collection" from="2025-01" to="2025-12" interval="month" retry="0"><ck-compliance-monitor rules="${rules}"></ck-compliance-monitor></ck-source>`;
  document.body.append(host);
  return host.querySelector('ck-compliance-monitor') as CkComplianceMonitor;
}
const root = (el: Element) => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};

describe('<ck-compliance-monitor> with the rules in force', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'GB/T post-loan collection guideline (2025)',
      'At most 3 conversations per debtor per day (AI voice included)',
    ],
    ['zh-CN', 'GB/T 贷后催收风控指引（2025）', '每名债务人每日有效通话不超过3次（含AI语音）'],
    ['zh-TW', 'GB/T 貸後催收風控指引（2025）', '每名債務人每日有效通話不超過3次（含AI語音）'],
  ];
  it.each(cases)('draws the 4 GB/T rules in %s with their names', async (lang, preset, rule) => {
    const el = mount('cn-gbt-2025', lang);
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 4, 15_000);
    expect(root(el).querySelector('h2')?.textContent).toContain(preset);
    expect(root(el).querySelector('[part="legend"]')?.textContent).toContain(rule);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
  });

  it('takes a single rule id beside a preset, and the table shows every drawn rule', async () => {
    const el = mount('us-reg-f|cn-cba-2026/third-party-after-failures', 'en');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 4, 15_000);
    expect(root(el).querySelector('[part="legend"]')?.textContent).toContain(
      'Third parties only after an invalid number or 3 failed calls',
    );
    const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table');
    button?.click();
    await el.updateComplete;
    const header = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    expect(header.filter((h) => h.startsWith('Third parties only after'))).toHaveLength(3); // rate, breaches, checked
    expect(root(el).querySelectorAll('tbody tr')).toHaveLength(12);
  });
});
