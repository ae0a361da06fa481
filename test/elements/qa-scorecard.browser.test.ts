/** `<ck-qa-scorecard>` in Chromium: headline, lines per rule, worst teams, drill to pseudonymised agents, keyboard, table, states, axe. */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkQaScorecard } from '../../src/elements/qa-scorecard/qa-scorecard.js';
import type { QualityRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';
import { mountWidget, useMetricBackend } from '../support/widget.js';
import { shadow, tableCells, text } from '../support/widget-read.js';
import { axeViolations, showTable } from '../support/widget-act.js';
import { alertOf } from '../support/widget-states.js';

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

const backend = useMetricBackend(
  '*/test-qa/quality',
  { ok: () => rows, bad: () => [{ ...rows[0], violations: 5000 }] },
  { handlers },
);
/** A 720 px host and a source over 2025. */
const box = { width: '720px', sourceAttrs: 'from="2025-01" to="2025-12"' };
const mount = (attrs = '', lang = 'en', base = '/test-qa') =>
  mountWidget<CkQaScorecard>('ck-qa-scorecard', { base, attrs, lang, ...box });
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')];

describe('<ck-qa-scorecard>', () => {
  it('shows coverage of both methods, one line per rule and overall, the worst team first, and a matching table', async () => {
    const el = mount();
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('path.line').length === 2);
    expect(text(el, 'h2')).toBe('Call quality checks: AI QA');
    expect(text(el, '.headline')).toBe(
      'AI QA: coverage 98.5% (3,940 of 4,000 calls) · violation rate 0.76% (30 of 3,940) · average score 93.7 · Manual QA coverage 1.5%',
    );
    expect(text(el, '[part="legend"]')).toContain('Any red line');
    expect([...shadow(el).querySelectorAll('figure svg text.value')].map((t) => t.textContent)).toEqual([
      '1.22% (24)',
      '0.30% (6)',
    ]);
    await showTable(el);
    const cells = tableCells(el);
    expect(cells).toEqual([
      ['Nov 2025', '2,000', '1,960', '98.0%', '20', '1.02%', '93.4', '1.02% (20)'],
      ['Dec 2025', '2,000', '1,980', '99.0%', '10', '0.51%', '93.9', '0.51% (10)'],
    ]);
  });

  it('drills to a team’s collectors, pseudonymised with redact, by keyboard-operable buttons', async () => {
    const el = mount('redact');
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('path.line').length === 2);
    const drill = buttons(el).find((b) => b.textContent === 'Collectors of a');
    drill?.focus();
    drill?.click();
    await el.updateComplete;
    expect(text(el, 'figcaption')).toBe('Collectors of a, worst first');
    const labels = [...shadow(el).querySelectorAll('figure svg .axis text')].map((t) => t.textContent ?? '');
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l).toMatch(/^Agent [0-9A-F]{6}$/);
    expect(shadow(el).innerHTML).not.toContain('Name A1');
    expect(drill?.getAttribute('aria-pressed')).toBe('true');
  });

  it('walks the points by keyboard, announces violations of checked, selects with Enter', async () => {
    const el = mount();
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('path.line').length === 2);
    const frame = shadow(el).querySelector<HTMLElement>('[part="frame"]');
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
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('path.line').length >= 1);
    expect(text(el, 'h2')).toBe('催收质检：人工质检');
    expect(text(el, '.headline')).toContain('AI质检覆盖率');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows empty, error and validation states with ck-error', async () => {
    backend.set('empty');
    const empty = mount();
    // The loading state has text too: wait until the widget has left it, then it must say why it is empty.
    await until(
      () => !!empty.shadowRoot && !!text(empty, '[part="state"]') && !/Loading/.test(text(empty, '[part="state"]')),
    );
    expect(text(empty, '[part="state"]')).toContain('No data');
    document.body.replaceChildren();
    backend.set('bad');
    const errors: string[] = [];
    const bad = mount();
    bad.addEventListener('ck-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    await alertOf(bad);
    expect(text(bad, '[role="alert"]')).toMatch(/violations/);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('renders the mock portfolio without errors', async () => {
    const el = mount('redact', 'zh-TW', '/api/collection');
    await until(() => !!el.shadowRoot && shadow(el).querySelectorAll('path.line').length === 7, 15_000);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(text(el, '.headline')).toMatch(/覆蓋率 9[789]\.\d%/);
  }, 30_000);
});
