/**
 * Payloads in Chromium (#18): 100+ XSS payloads (xss-payloads.ts) in every string field of every metric,
 * through the static, rest (with a bearer token) and csv adapters into the live widgets. Nothing runs
 * (the global canary is never called), nothing is injected into the widgets' shadow roots (no foreign
 * element, no on* attribute, no javascript: URL), the payloads reach the page as text, CSV exports guard
 * formulas, and the token appears in no URL, export, error or console line.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { csvFormat, csvParseRows } from 'd3-dsv';
import '../../src/define.js';
import type { MetricName } from '../../src/model/metrics.js';
import { until } from '../support/until.js';
import { FORBIDDEN_TAGS, XSS_PAYLOADS } from './xss-payloads.js';
import { LEGAL_PIPELINE_ROWS } from '../support/legal-rows.js';

const TOKEN = 'tok-SECRET-7f3a9c';
const meta = { asOf: '2025-12-31T16:00:00Z', source: 'xss', currency: 'CNY', definitionVersion: '2026.1' };

type Row = Record<string, string | number>;
/** Per metric: the widget, the rows of one group, and per string field the rows of the group that carry the payload. */
const METRIC_CASES: Record<
  MetricName,
  {
    tag: string;
    attrs?: string;
    group: Row[];
    fields: Record<string, number[] | 'all'>;
    hidden?: string[];
    /** A string field made distinct per payload group (when the payload is elsewhere), so that groups are not duplicates. */
    distinct?: string;
  }
> = {
  overdue: {
    tag: 'ck-overdue-trend',
    group: [
      { period: '2025-01', bucket: 'M0', accounts: 90, balance: 900 },
      { period: '2025-01', bucket: 'M1', accounts: 10, balance: 100 },
    ],
    fields: { period: 'all', bucket: [1] },
  },
  'roll-rates': {
    tag: 'ck-roll-rates',
    group: [
      { period: '2025-01', from: 'M0', to: 'M0', accounts: 90, balance: 900 },
      { period: '2025-01', from: 'M0', to: 'M1', accounts: 10, balance: 100 },
      { period: '2025-01', from: 'M1', to: 'M0', accounts: 5, balance: 50 },
    ],
    fields: { period: 'all', from: [2], to: [1] },
  },
  vintage: {
    tag: 'ck-vintage-curves',
    group: [0, 1, 2].map((mob) => ({
      cohort: '2025-01',
      mob,
      originatedAccounts: 100,
      originatedAmount: 10_000,
      delinquentAccounts: mob,
      delinquentBalance: mob * 100,
    })),
    fields: { cohort: 'all' },
  },
  recovery: {
    tag: 'ck-recovery-curves',
    group: [0, 1, 2].map((month) => ({ cohort: '2025-01', month, chargedOff: 1000, recovered: month * 50, fees: 0 })),
    fields: { cohort: 'all' },
  },
  agents: {
    tag: 'ck-agent-leaderboard',
    group: [
      {
        agentId: 'A1',
        name: 'Wang Fang',
        team: 'T1',
        dials: 100,
        connects: 40,
        rightPartyContacts: 30,
        promises: 20,
        promisesDue: 15,
        promisesKept: 10,
        assigned: 10_000,
        collected: 4000,
        hours: 7.5,
        complaints: 0,
      },
    ],
    fields: { agentId: 'all', name: 'all', team: 'all' },
    hidden: ['agentId'], // ids are never shown, names are
  },
  complaints: {
    tag: 'ck-complaint-trend',
    group: [
      { period: '2025-01', category: 'fees', channel: 'phone', received: 10, closed: 8, closedOnTime: 7, upheld: 2 },
    ],
    fields: { period: 'all', category: 'all', channel: 'all' },
    hidden: ['channel'], // by category unless by="channel"
  },
  channels: {
    tag: 'ck-channel-mix',
    group: [
      { period: '2025-01', channel: 'phone', attempts: 100, contacts: 40, accounts: 50, cost: 500, collected: 5000 },
    ],
    fields: { period: 'all', channel: 'all' },
  },
  compliance: {
    tag: 'ck-compliance-monitor',
    attrs: 'rules="cn-cba-2026"',
    group: [{ period: '2025-01', rule: 'cn-cba-2026/quiet-hours', checked: 1000, breaches: 3 }],
    fields: { period: 'all', rule: 'all' },
    hidden: ['rule'], // only the preset's rules are drawn: a payload is not one
  },
  experiments: {
    tag: 'ck-strategy-test',
    group: ['champion', 'challenger'].map((arm) => ({
      experiment: 'e1',
      arm,
      period: '2025-01',
      horizonDays: 30,
      accounts: 100,
      cured: arm === 'champion' ? 50 : 60,
      rolledForward: 5,
      collected: 10_000,
      collectedSq: 1_040_000,
      cost: 500,
      costSq: 2600,
      attempts: 400,
      complaints: 1,
    })),
    fields: { experiment: 'all', arm: [1], period: 'all' },
    distinct: 'period',
    hidden: ['period'], // periods are summed over: the test reads its arms
  },
  scores: {
    tag: 'ck-model-monitor',
    group: [
      { period: '2025-01', band: 'hi', accounts: 10, predicted: 8, repaid: 8 },
      { period: '2025-01', band: 'lo', accounts: 10, predicted: 2, repaid: 2 },
    ],
    fields: { period: 'all', band: [0] },
    distinct: 'period',
  },
  quality: {
    tag: 'ck-qa-scorecard',
    group: [
      {
        period: '2025-11',
        team: 'a',
        agentId: 'A1',
        name: 'Wang Fang',
        method: 'ai',
        rule: 'any',
        calls: 1000,
        checked: 980,
        violations: 16,
        scoreSum: 90_000,
      },
      {
        period: '2025-11',
        team: 'a',
        agentId: 'A1',
        name: 'Wang Fang',
        method: 'ai',
        rule: 'threats',
        calls: 1000,
        checked: 980,
        violations: 16,
        scoreSum: 0,
      },
    ],
    fields: { period: 'all', team: 'all', agentId: 'all', name: 'all', method: 'all', rule: [1] },
    distinct: 'agentId',
    hidden: ['agentId', 'name', 'method', 'rule'], // by team; only the known methods and rules are drawn
  },
  promises: {
    tag: 'ck-ptp-funnel',
    group: [
      {
        period: '2025-11',
        attempts: 1000,
        contacts: 400,
        rightPartyContacts: 250,
        promises: 80,
        pending: 0,
        matured: 60,
        kept: 36,
        partlyKept: 9,
        broken: 15,
        amountPromised: 60_000,
        amountPaid: 40_500,
        followUpUnder24h: 6,
        followUp24To48h: 3,
        followUp48To72h: 2,
        followUpOver72h: 1,
        followUpNone: 3,
      },
    ],
    fields: { period: 'all' },
  },
  'contact-hours': {
    tag: 'ck-contact-heatmap',
    group: [
      {
        period: '2025-11',
        weekday: 2,
        hour: 19,
        channel: 'phone',
        attempts: 150,
        contacts: 60,
        rightPartyContacts: 35,
        promises: 12,
      },
    ],
    fields: { period: 'all', channel: 'all' },
    hidden: ['channel'], // channels are summed (or chosen by the channel attribute), not drawn
  },
  outcomes: {
    tag: 'ck-outcome-gap',
    group: ['other', 'vulnerable'].map((segment) => ({
      period: '2025-01',
      segment,
      accounts: 1000,
      overdue: 100,
      entered: 80,
      cured: segment === 'other' ? 48 : 40,
      complained: 4,
      arrangements: 12,
      redefault3: 3,
      redefault6: 4,
    })),
    fields: { segment: [1], period: 'all' },
    distinct: 'period',
    hidden: ['period'], // periods are summed over: the test reads the segments
  },
  workload: {
    tag: 'ck-workload',
    group: [
      {
        period: '2025-11',
        team: 'early-a',
        inventory: 3000,
        fte: 10.5,
        casesDialled: 2500,
        attempts: 40_000,
        inflow: 900,
        cured: 600,
        rolledOn: 250,
        chargedOff: 10,
      },
    ],
    fields: { period: 'all', team: 'all' },
  },
  agencies: {
    tag: 'ck-agency-scorecard',
    group: [
      {
        period: '2025-11',
        agency: 'Agency A',
        accountsPlaced: 1000,
        balancePlaced: 5_000_000,
        recovered: 400_000,
        commission: 80_000,
        complaints: 3,
        callsChecked: 6000,
        violations: 20,
        lastEvaluation: '2025-06-15',
      },
    ],
    fields: { period: 'all', agency: 'all' },
    distinct: 'agency',
    hidden: ['period'], // periods are summed per agency: only the first and last are named
  },
  legal: {
    tag: 'ck-legal-pipeline',
    group: [{ ...LEGAL_PIPELINE_ROWS[0] }],
    fields: { cohort: 'all' },
  },
};

/** The k-th month from 2000-01: distinct periods that stay periods of the contract (YYYY-MM). */
const monthOf = (k: number) => `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;

/** One group per payload, the payload in `field` of the chosen rows (numbers varied so that rows differ). */
function rowsWithPayloads(metric: MetricName, field: string): Row[] {
  const { group, fields, distinct } = METRIC_CASES[metric];
  const which = fields[field] ?? 'all';
  return XSS_PAYLOADS.flatMap((payload, k) =>
    group.map((row, i) => ({
      ...row,
      ...(distinct && field !== distinct
        ? { [distinct]: distinct === 'period' ? monthOf(k) : `${row[distinct]}-${k}` }
        : {}),
      ...(which === 'all' || which.includes(i) ? { [field]: payload } : {}),
      ...('agentId' in row && field !== 'agentId' ? { agentId: `A${k}` } : {}),
    })),
  );
}

let bodies: Record<string, { json: unknown; csv: string }> = {};
const requested: string[] = [];
const worker = setupWorker(
  http.get('*/xss-rest/:metric', ({ request, params }) => {
    requested.push(request.url);
    if (request.headers.get('authorization') !== `Bearer ${TOKEN}`)
      return HttpResponse.json({ error: 'no token' }, { status: 401 });
    return HttpResponse.json(bodies[String(params.metric)]?.json as Record<string, unknown>);
  }),
  http.get('*/xss-csv/:metric', ({ request, params }) => {
    requested.push(request.url);
    return HttpResponse.text(bodies[String(params.metric)]?.csv ?? '', { headers: { 'content-type': 'text/csv' } });
  }),
  http.get('*/xss-fail/:metric', ({ request }) => {
    requested.push(request.url);
    return HttpResponse.json({ error: 'database is down' }, { status: 500 });
  }),
);

let canaryCalls = 0;
const consoleLines: string[] = [];
const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
const originals = consoleMethods.map((m) => console[m]);

beforeAll(async () => {
  (globalThis as unknown as Record<string, unknown>).__ckCanary = () => void canaryCalls++;
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
beforeEach(() => {
  consoleMethods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      consoleLines.push(
        args
          .map((a) =>
            a instanceof Error
              ? `${a.message} ${a.stack ?? ''}`
              : typeof a === 'string'
                ? a
                : (JSON.stringify(a) ?? String(a)),
          )
          .join(' '),
      );
      (originals[i] as (...a: unknown[]) => void)(...args);
    };
  });
});
afterEach(() => {
  consoleMethods.forEach((m, i) => (console[m] = originals[i] as never));
  document.body.replaceChildren();
  requested.length = 0;
  consoleLines.length = 0;
  bodies = {};
});

/** Every element of `root`'s shadow tree, nested shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Text and attribute values of a shadow tree, as a reader (and a screen reader) gets them. */
function deepText(root: ParentNode): string {
  return deepElements(root)
    .flatMap((el) => [
      ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
      ...[...el.attributes].map((a) => a.value),
    ])
    .join('\n');
}

/** What an injection would leave in a widget's shadow tree. */
function injected(widget: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(widget.shadowRoot ?? widget)) {
    if (FORBIDDEN_TAGS.has(el.localName)) found.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
      if (
        /^(href|xlink:href|src|action|formaction|data|srcdoc|background)$/i.test(a.name) &&
        /^\s*(javascript|data|vbscript):/i.test(a.value)
      )
        found.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
  }
  return found;
}

type Adapter = 'static' | 'rest' | 'csv';

async function mount(
  metric: MetricName,
  field: string,
  adapter: Adapter,
): Promise<{ widget: HTMLElement & { exportData?: (f: 'csv' | 'json') => Promise<{ content: string | Blob }> } }> {
  const rows = rowsWithPayloads(metric, field);
  bodies[metric] = { json: { meta, rows }, csv: csvFormat(rows) };
  const host = document.createElement('div');
  host.style.width = '640px';
  const source = document.createElement('ck-source');
  source.id = `xss-${metric}-${field}-${adapter}`;
  source.setAttribute('adapter', adapter);
  if (adapter === 'rest') {
    source.setAttribute('base-url', '/xss-rest');
    source.adapterOptions = { token: TOKEN };
  } else if (adapter === 'csv') {
    source.setAttribute(`${metric}-url`, `/xss-csv/${metric}`);
  } else {
    source.adapterOptions = { data: { [metric]: { meta, rows } } };
  }
  const { tag, attrs } = METRIC_CASES[metric];
  host.append(source);
  const widget = document.createElement(tag);
  widget.setAttribute('source', source.id);
  for (const m of (attrs ?? '').matchAll(/(\S+)="([^"]*)"/g)) widget.setAttribute(m[1] ?? '', m[2] ?? '');
  host.append(widget);
  document.body.append(host);
  const settled = () => {
    const root = widget.shadowRoot;
    return (
      !!root &&
      !root.querySelector('[aria-busy="true"], .loading') &&
      (!!root.querySelector('[role="alert"]') || deepText(root).length > 0) &&
      (widget as unknown as { data?: { status?: string } }).data?.status !== 'loading'
    );
  };
  await until(settled, 10_000);
  // Event handlers of injected images and media would fire after a failed load: give them the time.
  await new Promise((r) => setTimeout(r, 150));
  return { widget };
}

/** An export's content as text. */
const textOf = async (content: string | Blob): Promise<string> =>
  typeof content === 'string' ? content : content.text();

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^[+-]?\d[\d,.\u00a0\u202f\u2009 ']*%?$/;

describe('XSS payloads in every string field of every metric, through every adapter', () => {
  it(`has at least 100 distinct payloads (${XSS_PAYLOADS.length})`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  for (const metric of Object.keys(METRIC_CASES) as MetricName[]) {
    for (const field of Object.keys(METRIC_CASES[metric].fields)) {
      it(`${metric}.${field}: static, rest and csv`, async () => {
        for (const adapter of ['static', 'rest', 'csv'] as const) {
          const { widget } = await mount(metric, field, adapter);
          const state = (widget as unknown as { data: { status: string; error?: { message: string } } }).data;
          const where = `${metric}.${field} via ${adapter} (${state.status}${state.error ? `: ${state.error.message.slice(0, 120)}` : ''})`;
          expect(canaryCalls, `${where}: a payload ran`).toBe(0);
          expect(injected(widget), where).toEqual([]);
          // The payloads reach the page as text: shown in the chart, the data table or the error message, never parsed.
          const tableButton = deepElements(widget.shadowRoot as ShadowRoot).find(
            (el) =>
              el.localName === 'button' && /data table/i.test(`${el.textContent} ${el.getAttribute('aria-label')}`),
          );
          if (tableButton instanceof HTMLElement && !METRIC_CASES[metric].hidden?.includes(field)) {
            tableButton.click();
            await until(
              () =>
                deepElements(widget.shadowRoot as ShadowRoot).some(
                  (el) => el.localName === 'table' || el.getAttribute('role') === 'alert',
                ),
              5000,
            );
          }
          expect(injected(widget), `${where}, data table open`).toEqual([]);
          const text = deepText(widget.shadowRoot as ShadowRoot);
          const shown = XSS_PAYLOADS.filter((p) => text.includes(p.trim()));
          if (!METRIC_CASES[metric].hidden?.includes(field))
            expect(shown.length, `${where}: no payload shown as text`).toBeGreaterThan(0);
          if (
            (widget as unknown as { exportTable(): unknown }).exportTable() &&
            typeof widget.exportData === 'function'
          ) {
            const csv = await textOf((await widget.exportData('csv')).content);
            const cells = csvParseRows(
              csv
                .replace(/^\uFEFF/, '')
                .split('\r\n')
                .filter((l) => !l.startsWith('#'))
                .join('\r\n'),
            ).flat();
            const unguarded = cells.filter((c) => formulaStart.test(c) && !plainNumber.test(c));
            expect(unguarded, `${where}: CSV cells read as formulas`).toEqual([]);
            const json = await textOf((await widget.exportData('json')).content);
            expect(csv + json).not.toContain(TOKEN);
          }
          expect(requested.join(' ') + consoleLines.join(' ') + (state.error?.message ?? '') + text).not.toContain(
            TOKEN,
          );
          document.body.replaceChildren();
        }
      });
    }
  }

  it('with redact, shows no real agent name (nor payload name) in text, aria, tooltips, exports, ck-select or the console', async () => {
    const realNames = ['Wang Fang', '李娜', '陳靜', ...XSS_PAYLOADS.slice(0, 20)];
    const base = METRIC_CASES.agents.group[0] as Row;
    const rows = realNames.map((name, i) => ({ ...base, agentId: `A${i}`, name, dials: 100 + i, connects: 40 + i }));
    for (const adapter of ['static', 'rest', 'csv'] as const) {
      bodies.agents = { json: { meta, rows }, csv: csvFormat(rows) };
      const source = document.createElement('ck-source');
      source.id = `redact-${adapter}`;
      source.setAttribute('adapter', adapter);
      if (adapter === 'rest') {
        source.setAttribute('base-url', '/xss-rest');
        source.adapterOptions = { token: TOKEN };
      } else if (adapter === 'csv') source.setAttribute('agents-url', '/xss-csv/agents');
      else source.adapterOptions = { data: { agents: { meta, rows } } };
      const widget = document.createElement('ck-agent-leaderboard') as HTMLElement & {
        exportData(f: 'csv' | 'json'): Promise<{ content: string }>;
        updateComplete: Promise<boolean>;
      };
      widget.setAttribute('source', source.id);
      widget.setAttribute('redact', '');
      widget.setAttribute('min-denominator', '0');
      document.body.append(source, widget);
      const shadow = widget.shadowRoot as ShadowRoot;
      await until(() => shadow.querySelectorAll('tbody tr').length > 0, 10_000);
      const details: unknown[] = [];
      widget.addEventListener('ck-select', (e) => details.push((e as CustomEvent).detail));
      const frame = await until(() => shadow.querySelector<HTMLElement>('[part="frame"]'));
      frame.focus();
      const seen: string[] = [];
      // Walk every row and column by keyboard: each focused cell shows its tooltip and announces itself.
      for (const k of [
        'ArrowDown',
        ...Array<string>(6).fill('ArrowRight'),
        'Enter',
        ...Array<string>(realNames.length).flatMap(() => ['ArrowDown', 'Enter']),
      ]) {
        frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
        await widget.updateComplete;
        seen.push(deepText(shadow));
      }
      expect(details.length, adapter).toBeGreaterThan(0);
      const exports = [(await widget.exportData('csv')).content, (await widget.exportData('json')).content];
      const everything = [...seen, JSON.stringify(details), ...exports, ...consoleLines].join('\n');
      for (const name of realNames) expect(everything, `${adapter}: ${name}`).not.toContain(name);
      expect(everything, adapter).toMatch(/Agent [0-9A-F]{6}/);
      expect(canaryCalls).toBe(0);
      document.body.replaceChildren();
    }
  });

  it('keeps the bearer token out of URLs, error messages, the DOM and the console when the server fails', async () => {
    const source = document.createElement('ck-source');
    source.id = 'xss-fail';
    source.setAttribute('base-url', '/xss-fail');
    source.setAttribute('retry', '0');
    source.adapterOptions = { token: TOKEN };
    const widget = document.createElement('ck-overdue-trend');
    widget.setAttribute('source', 'xss-fail');
    document.body.append(source, widget);
    await until(() => widget.shadowRoot?.querySelector('[role="alert"]'), 10_000);
    const error = (widget as unknown as { data: { error: { message: string; url?: string } } }).data.error;
    expect(error.message).toContain('database is down');
    expect(requested.length).toBeGreaterThan(0);
    expect(
      [...requested, error.message, error.url ?? '', deepText(widget.shadowRoot as ShadowRoot), ...consoleLines].join(
        ' ',
      ),
    ).not.toContain(TOKEN);
  });
});
