/** `<ck-agent-leaderboard min-qa>`: the QA column from `quality`, collectors under the minimum flagged and not ranked. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import type { CkAgentLeaderboard } from '../../src/elements/agent-leaderboard/agent-leaderboard.js';
import type { QualityRow } from '../../src/model/rows.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const agent = (agentId: string, name: string, team: string, collected: number, connects: number) => ({
  agentId,
  name,
  team,
  dials: 1000,
  connects,
  rightPartyContacts: 200,
  promises: 100,
  promisesDue: 80,
  promisesKept: 60,
  assigned: 100_000,
  collected,
  hours: 100,
  complaints: 0,
});
/** A2 collects most but scores 72 on QA (under 80): not ranked; A1 (95) then A3 (88) rank 1 and 2. */
const agents = [
  agent('A1', 'Wang Wei', 'early-a', 25_000, 300),
  agent('A2', 'Li Na', 'early-a', 30_000, 400),
  agent('A3', 'Zhang Min', 'mid', 10_000, 200),
];
const qa = (agentId: string, team: string, score: number, violations: number): QualityRow[] => [
  {
    period: '2025-12',
    team,
    agentId,
    name: agentId,
    method: 'ai',
    rule: 'any',
    calls: 1000,
    checked: 1000,
    violations,
    scoreSum: score * 1000,
  },
  {
    period: '2025-12',
    team,
    agentId,
    name: agentId,
    method: 'manual',
    rule: 'any',
    calls: 1000,
    checked: 30,
    violations: 0,
    scoreSum: 3000,
  },
];
const quality = [...qa('A1', 'early-a', 95, 2), ...qa('A2', 'early-a', 72, 40), ...qa('A3', 'mid', 88, 5)];

let qualityMode: 'ok' | 'fail' | 'bad' = 'ok';
const requests: string[] = [];
const worker = setupWorker(
  http.get('*/test-lbqa/agents', () => HttpResponse.json({ meta, rows: agents })),
  http.get('*/test-lbqa/quality', ({ request }) => {
    requests.push(request.url);
    if (qualityMode === 'fail') return HttpResponse.json({ error: 'down' }, { status: 500 });
    if (qualityMode === 'bad') return HttpResponse.json({ meta, rows: [{ ...quality[0], checked: 5000 }] });
    return HttpResponse.json({ meta, rows: quality });
  }),
  ...handlers,
);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  qualityMode = 'ok';
  requests.length = 0;
});

let n = 0;
function mount(attrs: string, lang = 'en', base = '/test-lbqa'): CkAgentLeaderboard {
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '1100px';
  host.innerHTML = `<ck-source id="lbqa-${++n}" base-url="${base}" retry="0"></ck-source><ck-agent-leaderboard source="lbqa-${n}" ${attrs}></ck-agent-leaderboard>`;
  document.body.append(host);
  return host.querySelector('ck-agent-leaderboard') as CkAgentLeaderboard;
}
const root = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
/**
 * Whether every body row shows its QA score: the column appears (with the sizer row's cell) before the
 * `quality` response has filled it, so counting `td.qa` alone raced the data under load.
 */
const qaShown = (el: Element, rows: number) => {
  const cells = el.shadowRoot ? [...el.shadowRoot.querySelectorAll('tbody td.qa')] : [];
  return cells.length === rows && cells.every((c) => /\d/.test(c.textContent ?? ''));
};
const rowsOf = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr[aria-rowindex]')].map((tr) =>
    [...tr.children].slice(0, 4).map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('<ck-agent-leaderboard min-qa>', () => {
  it('adds the QA column; a collector under min-qa is flagged, last and not ranked on collections', async () => {
    const el = mount('min-qa="80"');
    await until(() => qaShown(el, 3));
    expect([...root(el).querySelectorAll('thead th')].map((th) => th.textContent?.trim())[3]).toBe('QA score');
    expect(rowsOf(el)).toEqual([
      ['1', 'Wang Wei', 'early-a', '95.0'],
      ['2', 'Zhang Min', 'mid', '88.0'],
      ['–', 'Li Na', 'early-a', '72.0 ⚠ below QA'],
    ]);
    expect(root(el).querySelector('.note')?.textContent).toContain('average QA score under 80,');
    // Sorted by contact rate, Li Na (40 %) would lead; under min-qa she is still last and not ranked.
    el.sort = 'contact-rate';
    await el.updateComplete;
    expect(rowsOf(el).map((r) => r[0])).toEqual(['1', '2', '–']);
    expect(rowsOf(el)[2]?.[1]).toBe('Li Na');
  });

  it('without min-qa there is no QA column and no quality request', async () => {
    const el = mount('');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('tbody tr[aria-rowindex]').length === 3);
    expect(root(el).querySelectorAll('td.qa')).toHaveLength(0);
    expect(rowsOf(el)[0]?.slice(0, 3)).toEqual(['1', 'Li Na', 'early-a']);
    expect(requests).toEqual([]);
  });

  it('exports the QA column; redacted names stay pseudonyms; Chinese flag text', async () => {
    const el = mount('min-qa="80" redact', 'zh-CN');
    await until(() => qaShown(el, 3));
    expect(root(el).innerHTML).not.toContain('Li Na');
    expect(root(el).textContent).toContain('质检未达标');
  });

  it('bad quality rows show a clear message and fire ck-error', async () => {
    qualityMode = 'bad';
    const errors: string[] = [];
    const el = mount('min-qa="80"');
    el.addEventListener('ck-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    await until(() => !!el.shadowRoot && !!root(el).querySelector('[role="alert"]'));
    expect(root(el).querySelector('[role="alert"]')?.textContent).toMatch(/quality row 0 .*checked is 5000/);
    expect(errors.some((m) => /checked is 5000/.test(m))).toBe(true);
  });

  it('the mock portfolio: QA column filled for every phone collector', async () => {
    const el = mount('min-qa="90" top="20"', 'en', '/api/collection');
    await until(() => !!el.shadowRoot && root(el).querySelectorAll('td.qa').length === 20, 15_000);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
  }, 30_000);
});
