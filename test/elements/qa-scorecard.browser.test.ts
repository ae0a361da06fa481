/** `<ck-qa-scorecard>` in Chromium: headline, lines per rule, worst teams, drill to pseudonymised agents, keyboard, table, states, axe. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import axe from 'axe-core';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkQaScorecard } from '../../src/elements/qa-scorecard/qa-scorecard.js';
import type { QualityRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const r = (
  period: string,
  team: string,
  agentId: string,
  method: string,
  rule: string,
  calls: number,
  checked: number,
  violations: number,
  scoreSum = 0,
): QualityRow => ({
  period,
  team,
  agentId,
  name: `Name ${agentId}`,
  method,
  rule,
  calls,
  checked,
  violations,
  scoreSum,
});
/** Hand-checked: AI Nov 20/1,960 (1.02 %), Dec 10/1,980 (0.51 %); team a 24/1,960, team b 6/1,980; score 369,000/3,940 = 93.7; manual 60 of 4,000 calls = 1.5 %. */
const rows: QualityRow[] = [
  r('2025-11', 'a', 'A1', 'ai', 'any', 1000, 980, 16, 90000),
  r('2025-11', 'a', 'A1', 'ai', 'threats', 1000, 980, 16),
  r('2025-11', 'b', 'B1', 'ai', 'any', 1000, 980, 4, 93000),
  r('2025-11', 'b', 'B1', 'ai', 'threats', 1000, 980, 4),
  r('2025-12', 'a', 'A2', 'ai', 'any', 1000, 980, 8, 91000),
  r('2025-12', 'a', 'A2', 'ai', 'threats', 1000, 980, 8),
  r('2025-12', 'b', 'B1', 'ai', 'any', 1000, 1000, 2, 95000),
  r('2025-12', 'b', 'B1', 'ai', 'threats', 1000, 1000, 2),
  r('2025-11', 'a', 'A1', 'manual', 'any', 2000, 30, 1, 2700),
  r('2025-12', 'b', 'B1', 'manual', 'any', 2000, 30, 0, 2850),
];

let mode: 'ok' | 'empty' | 'fail' | 'bad' = 'ok';
const worker = setupWorker(
  http.get('*/test-qa/quality', () => {
    if (mode === 'fail') return HttpResponse.json({ error: 'warehouse down' }, { status: 500 });
    if (mode === 'empty') return HttpResponse.json({ meta, rows: [] });
    if (mode === 'bad') return HttpResponse.json({ meta, rows: [{ ...rows[0], violations: 5000 }] });
    return HttpResponse.json({ meta, rows });
  }),
  ...handlers,
);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  mode = 'ok';
});

let n = 0;
function mount(attrs = '', lang = 'en', base = '/test-qa'): CkQaScorecard {
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '720px';
  host.innerHTML = `<ck-source id="qa-${++n}" base-url="${base}" retry="0" from="2025-01" to="2025-12"></ck-source><ck-qa-scorecard source="qa-${n}" ${attrs}></ck-qa-scorecard>`;
  document.body.append(host);
  return host.querySelector('ck-qa-scorecard') as CkQaScorecard;
}
const root = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const text = (el: Element, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (el: Element) => [...root(el).querySelectorAll('button')];

describe('<ck-qa-scorecard>', () => {
  it('shows coverage of both methods, one line per rule and overall, the worst team first, and a matching table', async () => {
    const el = mount();
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 2);
    expect(text(el, 'h2')).toBe('Call quality checks: AI QA');
    expect(text(el, '.headline')).toBe(
      'AI QA: coverage 98.5% (3,940 of 4,000 calls) · violation rate 0.76% (30 of 3,940) · average score 93.7 · Manual QA coverage 1.5%',
    );
    expect(text(el, '[part="legend"]')).toContain('Any red line');
    expect([...root(el).querySelectorAll('figure svg text.value')].map((t) => t.textContent)).toEqual([
      '1.22% (24)',
      '0.30% (6)',
    ]);
    buttons(el)
      .find((b) => b.textContent === 'Show data table')
      ?.click();
    await el.updateComplete;
    const cells = [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Nov 2025', '2,000', '1,960', '98.0%', '20', '1.02%', '93.4', '1.02% (20)'],
      ['Dec 2025', '2,000', '1,980', '99.0%', '10', '0.51%', '93.9', '0.51% (10)'],
    ]);
  });

  it('drills to a team’s collectors, pseudonymised with redact, by keyboard-operable buttons', async () => {
    const el = mount('redact');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 2);
    const drill = buttons(el).find((b) => b.textContent === 'Collectors of a');
    drill?.focus();
    drill?.click();
    await el.updateComplete;
    expect(text(el, 'figcaption')).toBe('Collectors of a, worst first');
    const labels = [...root(el).querySelectorAll('figure svg .axis text')].map((t) => t.textContent ?? '');
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l).toMatch(/^Agent [0-9A-F]{6}$/);
    expect(root(el).innerHTML).not.toContain('Name A1');
    expect(drill?.getAttribute('aria-pressed')).toBe('true');
  });

  it('walks the points by keyboard, announces violations of checked, selects with Enter', async () => {
    const el = mount();
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 2);
    const frame = root(el).querySelector<HTMLElement>('[part="frame"]');
    const selected: CustomEvent[] = [];
    el.addEventListener('ck-select', (e) => selected.push(e as CustomEvent));
    frame?.focus();
    frame?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(text(el, '[role="status"]')).toContain('Any red line');
    frame?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(selected[0]?.detail).toMatchObject({
      series: 'any',
      numerator: expect.any(Number),
      denominator: expect.any(Number),
    });
  });

  it('manual method, Chinese names, and no axe violations', async () => {
    const el = mount('method="manual"', 'zh-CN');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length >= 1);
    expect(text(el, 'h2')).toBe('催收质检：人工质检');
    expect(text(el, '.headline')).toContain('AI质检覆盖率');
    const result = await axe.run(el, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows empty, error and validation states with ck-error', async () => {
    mode = 'empty';
    const empty = mount();
    await until(() => !!empty.shadowRoot && text(empty, '[part="state"]').length > 0);
    expect(text(empty, '[part="state"]')).toContain('No data');
    document.body.replaceChildren();
    mode = 'bad';
    const errors: string[] = [];
    const bad = mount();
    bad.addEventListener('ck-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    await until(() => !!bad.shadowRoot && !!root(bad).querySelector('[role="alert"]'));
    expect(text(bad, '[role="alert"]')).toMatch(/violations/);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('renders the mock portfolio without errors', async () => {
    const el = mount('redact', 'zh-TW', '/api/collection');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('path.line').length === 7, 15_000);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(text(el, '.headline')).toMatch(/覆蓋率 9[789]\.\d%/);
  }, 30_000);
});
