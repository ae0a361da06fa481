import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { html, svg } from 'lit';
import '../../src/define.js';
import { CkWidget } from '../../src/elements/shared/widget-base.js';
import type { CkOverdueTrend } from '../../src/elements/overdue-trend/overdue-trend.js';
import type { CkDashboard } from '../../src/elements/dashboard/dashboard.js';
import { legend } from '../../src/render/legend.js';
import { pseudonym } from '../../src/render/redact.js';
import type { ExportFile } from '../../src/export/types.js';
import { chartPart, renderChartSvg } from '../../src/svg/index.js';
import { until } from '../support/until.js';
import { agentRow, type AgentCounts } from '../support/agent-rows.js';
import type { AgentRow } from '../../src/model/rows.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const overdue = [
  ['2025-10', 'M0', 90, 880],
  ['2025-10', 'M1', 8, 100],
  ['2025-10', 'M2', 2, 20],
  ['2025-11', 'M0', 85, 820],
  ['2025-11', 'M1', 12, 150],
  ['2025-11', 'M2', 3, 30],
  ['2025-12', 'M0', 100, 1040],
  ['2025-12', 'M1', 10, 120],
  ['2025-12', 'M2', 4, 40],
].map(([period, bucket, accounts, balance]) => ({ period, bucket, accounts, balance }));

const agent = (agentId: string, name: string, team: string, counts: AgentCounts) =>
  agentRow(agentId, name, team, counts);
const agents = [
  agent('A1', '王伟 / Wang Wei', 'early-a', [1000, 300, 200, 100, 80, 60, 100_000, 25_000, 100]),
  agent('A2', '李娜 / Li Na', 'early-a', [800, 320, 240, 120, 100, 70, 80_000, 30_000, 90]),
  agent('A3', '张敏 / Zhang Min', 'mid', [500, 100, 60, 30, 10, 9, 50_000, 10_000, 50]),
  agent('A4', '陈静 / Chen Jing', 'mid', [10, 8, 6, 3, 3, 2, 20_000, 2_000, 25]),
];
const NAMES = ['王伟', 'Wang Wei', '李娜', 'Li Na', '张敏', 'Zhang Min', '陈静', 'Chen Jing'];

const worker = setupWorker(
  http.get('*/test-export/overdue', () => HttpResponse.json({ meta, rows: overdue })),
  http.get('*/test-export/agents', () => HttpResponse.json({ meta, rows: agents })),
);

/** A test-only widget: a chart whose labels, legend and table name agents, with `redact` as the leaderboard does it. */
class TestAgentChart extends CkWidget<'agents'> {
  static override properties = { ...CkWidget.properties, redact: { type: Boolean } };
  declare redact: boolean;
  protected readonly metric = 'agents' as const;
  #name(row: { agentId: string; name: string }) {
    return this.redact ? pseudonym(row.agentId, this.locale) : row.name;
  }
  protected override render() {
    const rows: readonly AgentRow[] = this.data.data?.rows ?? [];
    return this.renderBody(
      'Agents (test)',
      () => html`${legend(
        rows.map((r) => ({ key: r.agentId, label: this.#name(r), hidden: false })),
        this.locale,
        () => {},
      )}
      ${this.renderFrame(
        svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="300" height="100" viewBox="0 0 300 100">${rows.map(
          (r, i) => svg`<g class="axis"><text x="10" y=${20 + i * 20}>${this.#name(r)}</text></g>`,
        )}</svg>`,
        'test',
      )}
      ${this.renderTable(() => ({ caption: 'Agents', columns: ['Agent', 'Collected'], rows: rows.map((r) => [this.#name(r), String(r.collected)]) }))}`,
    );
  }
}
customElements.define('ck-test-agent-chart', TestAgentChart);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => document.body.replaceChildren());

let n = 0;
function mount<T extends HTMLElement>(markup: string, lang = 'en'): { host: HTMLElement; el: T } {
  const id = `export-src-${++n}`;
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '700px';
  host.insertAdjacentHTML(
    'beforeend',
    `<ck-source id="${id}" base-url="/test-export" retry="0"></ck-source>${markup.replaceAll('SRC', id)}`,
  );
  document.body.append(host);
  return { host, el: host.querySelector(':scope > :not(ck-source)') as T };
}

/** RFC 4180 parser for the test (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

/** Splits an exported CSV into its header block (key → values) and body. */
function splitCsv(csv: string) {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  const header = new Map<string, string[]>();
  let i = 0;
  for (; lines[i]!.startsWith('# '); i++) {
    const [, k, v] = /^# (\w+): (.*)$/.exec(lines[i]!)!;
    header.set(k!, [...(header.get(k!) ?? []), v!]);
  }
  return { header, body: lines.slice(i).join('\r\n') };
}

const shadow = (el: Element) => el.shadowRoot!;
const tableCells = (el: Element) => ({
  columns: [...shadow(el).querySelectorAll('thead th')].map((c) => c.textContent.trim()),
  rows: [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim())),
});
const hex = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
const asText = async (file: ExportFile) =>
  typeof file.content === 'string' ? file.content : await file.content.text();

async function overdueTrend(attrs = 'buckets="M1,M2" basis="balance" from="2025-10" to="2025-12"', lang = 'en') {
  const { el } = mount<CkOverdueTrend>(`<ck-overdue-trend source="SRC" ${attrs}></ck-overdue-trend>`, lang);
  await until(() => shadow(el).querySelectorAll('path.line').length === 2);
  return el;
}

describe('widget export', () => {
  it('CSV rows equal the rendered table cell for cell, with header block and a verifiable hash', async () => {
    const el = await overdueTrend();
    // Exported while the table is closed…
    const closed = await el.exportData('csv');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Show data table')!.click();
    await el.updateComplete;
    const table = tableCells(el);
    expect(table.rows).toHaveLength(3);
    const file = await el.exportData('csv');
    expect(file.filename).toBe('overdue-2025-12-31.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const { header, body } = splitCsv(file.content as string);
    const parsed = parseCsv(body);
    expect(parsed[0]).toEqual(table.columns);
    expect(parsed.slice(1)).toEqual(table.rows);
    expect(header.get('metric')).toEqual(['overdue']);
    expect(header.get('title')).toEqual(['Overdue rate by bucket (balance)']);
    expect(header.get('definitionVersion')).toEqual(['2026.1']);
    expect(header.get('filters')).toEqual(['from=2025-10; to=2025-12']);
    expect(header.get('period')).toEqual(['2025-10/2025-12']);
    expect(header.get('asOf')).toEqual([meta.asOf]);
    expect(header.get('source')).toEqual(['warehouse']);
    expect(header.get('rows')).toEqual(['3']);
    expect(header.get('definition')![0]).toMatch(/^Overdue rate: /);
    expect(header.get('sha256')).toEqual([await hex(body)]);
    // …the same rows as when it is open.
    expect(splitCsv(closed.content as string).body).toBe(body);
  });

  it('JSON holds the same rows, meta and hash', async () => {
    const el = await overdueTrend();
    const csv = splitCsv((await el.exportData('csv')).content as string);
    const doc = JSON.parse((await el.exportData('json')).content as string);
    expect(doc.meta).toMatchObject({
      metric: 'overdue',
      definitionVersion: '2026.1',
      dataDefinitionVersion: '2026.1',
      asOf: meta.asOf,
      source: 'warehouse',
      rowCount: 3,
      filters: { from: '2025-10', to: '2025-12' },
      lang: 'en',
    });
    expect(doc.meta.sha256).toBe(csv.header.get('sha256')![0]);
    expect([doc.columns, ...doc.rows]).toEqual(parseCsv(csv.body));
  });

  it('follows the page language in cells, definition and BOM-safe Chinese text', async () => {
    const el = await overdueTrend('buckets="M1,M2" basis="balance"', 'zh-CN');
    const { header, body } = splitCsv((await el.exportData('csv')).content as string);
    expect(header.get('title')).toEqual(['分阶段逾期率（按余额）']);
    expect(header.get('definition')![0]).toMatch(/^逾期率：/);
    expect(header.get('period')).toEqual(['2025-10/2025-12']); // from the rows when no filter is set
    expect(body).toContain('2025年10月');
  });

  it('shows the definition and provenance in the footnote', async () => {
    const el = await overdueTrend();
    const footer = shadow(el).querySelector('footer')!;
    expect(footer.textContent).toContain('Source: warehouse');
    const details = footer.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toContain('Definition: Overdue rate · version 2026.1');
    expect(details.textContent).toContain('all active accounts or outstanding balance');
    expect(details.textContent).toContain('M7+ 181+ days past due');
  });

  it('has a keyboard-usable export menu that dispatches a cancelable ck-export', async () => {
    const el = await overdueTrend();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('#export-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(el).querySelector('#export-menu')!.hasAttribute('hidden')).toBe(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('#export-menu button')];
    expect(buttons.map((b) => b.dataset.export)).toEqual(['csv', 'json', 'svg', 'png']);
    const got = new Promise<CustomEvent>((resolve) =>
      el.addEventListener(
        'ck-export',
        (e) => {
          e.preventDefault();
          resolve(e as CustomEvent);
        },
        { once: true },
      ),
    );
    buttons[0]!.click();
    const event = await got;
    expect(event.detail.format).toBe('csv');
    expect(event.detail.file.filename).toBe('overdue-2025-12-31.csv');
    buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('exports the chart as SVG with title, legend, footnote and resolved styles', async () => {
    const el = await overdueTrend();
    const file = await el.exportImage('svg');
    expect(file.mimeType).toBe('image/svg+xml');
    const text = file.content as string;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Overdue rate by bucket (balance)');
    expect(texts).toContain('M1');
    expect(texts).toContain('M2');
    expect(texts.some((t) => t.includes('Source: warehouse'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Definition (version 2026.1)'))).toBe(true);
    const line = doc.querySelector('svg.chart path.line') as SVGPathElement;
    expect(line.style.stroke).toBe('rgb(0, 114, 178)');
    expect(line.style.strokeWidth).toBe('2px');
    expect(doc.querySelector('.ck-legend line')!.getAttribute('stroke')).toBe('rgb(0, 114, 178)');
    expect(doc.querySelector('.ck-legend-item:nth-child(2) line')!.getAttribute('stroke-dasharray')).toBe('6 3');
  });

  it('exports the chart as a 2× PNG', async () => {
    const el = await overdueTrend();
    const file = await el.exportImage('png');
    expect(file.mimeType).toBe('image/png');
    const blob = file.content as Blob;
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBeGreaterThan(2000);
    const width = Number(/width="(\d+)"/.exec((await el.exportImage('svg')).content as string)![1]);
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBe(2 * width);
  });

  it('the live chart equals what the Node renderer draws for the same data and size', async () => {
    const el = await overdueTrend('buckets="M1,M2" basis="balance"');
    const live = shadow(el).querySelector('svg.chart')!;
    const width = Number(live.getAttribute('width'));
    const height = Number(live.getAttribute('height'));
    const server = chartPart(
      renderChartSvg(
        'overdue-trend',
        { meta, rows: overdue as never },
        { buckets: 'M1,M2', basis: 'balance', width, height, lang: 'en' },
      ),
    );
    /** Canonical form: element names, sorted attributes and text, comments dropped. */
    const canon = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const e = node as Element;
      const attrs = [...e.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ');
      return `<${e.localName} ${attrs}>${[...e.childNodes].map(canon).join('')}</${e.localName}>`;
    };
    const parsed = new DOMParser().parseFromString(server, 'image/svg+xml').documentElement;
    expect(canon(live)).toBe(canon(parsed));
  });
});

describe('redaction and suppression in exports', () => {
  it('the leaderboard with redact never exports a name; low-base flags as on screen', async () => {
    const { el } = mount<HTMLElement & { exportData: CkWidget<'agents'>['exportData'] }>(
      '<ck-agent-leaderboard source="SRC" redact></ck-agent-leaderboard>',
    );
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 4);
    const shown = tableCells(el);
    const csv = await el.exportData('csv');
    const json = await el.exportData('json');
    for (const text of [csv.content as string, json.content as string])
      for (const name of NAMES) expect(text).not.toContain(name);
    const rows = parseCsv(splitCsv(csv.content as string).body);
    expect(rows.slice(1).map((r) => r[1])).toEqual(shown.rows.map((r) => r[1]));
    expect(rows[1]![1]).toMatch(/^Agent [0-9A-F]{6}$/);
    expect(rows.slice(1).some((r) => r.some((c) => c.includes('low base')))).toBe(true);
    expect(JSON.parse(json.content as string).meta.metric).toBe('agents');
  });

  it('a redacting chart widget never exports a name in data or images; without redact it does', async () => {
    const { el } = mount<TestAgentChart>('<ck-test-agent-chart source="SRC" redact></ck-test-agent-chart>');
    await until(() => shadow(el).querySelectorAll('svg.chart text').length === 4);
    const files = [
      await el.exportData('csv'),
      await el.exportData('json'),
      await el.exportImage('svg'),
      await el.exportImage('png'),
    ];
    for (const file of files.slice(0, 3)) {
      const text = await asText(file);
      for (const name of NAMES) expect(text).not.toContain(name);
      expect(text).toContain(pseudonym('A1', 'en'));
    }
    expect((files[3]!.content as Blob).size).toBeGreaterThan(0);
    el.redact = false;
    await el.updateComplete;
    expect(await asText(await el.exportImage('svg'))).toContain('Wang Wei');
    expect(await asText(await el.exportData('csv'))).toContain('Wang Wei');
  });
});

describe('dashboard exportAll', () => {
  it('exports every widget as one JSON document and as a zip of CSVs', async () => {
    const { el } = mount<CkDashboard>(
      '<ck-dashboard source="SRC" from="2025-10" to="2025-12"><ck-overdue-trend id="trend" buckets="M1,M2"></ck-overdue-trend><ck-agent-leaderboard redact></ck-agent-leaderboard></ck-dashboard>',
    );
    const trend = el.querySelector('ck-overdue-trend')!;
    const board = el.querySelector('ck-agent-leaderboard')!;
    await until(
      () => shadow(trend).querySelector('path.line') && shadow(board).querySelectorAll('tbody tr').length === 4,
    );
    const json = JSON.parse((await el.exportAll('json')).content as string);
    expect(json.exportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(json.widgets.map((w: { tag: string }) => w.tag)).toEqual(['ck-overdue-trend', 'ck-agent-leaderboard']);
    expect(json.widgets[0]).toMatchObject({
      id: 'trend',
      title: 'Overdue rate by bucket (balance)',
      meta: { metric: 'overdue', rowCount: 3 },
    });
    expect(json.widgets[0].rows).toEqual(JSON.parse((await trend.exportData('json')).content as string).rows);
    const zip = await el.exportAll('zip');
    expect(zip.mimeType).toBe('application/zip');
    const bytes = new Uint8Array(await (zip.content as Blob).arrayBuffer());
    const names: string[] = [];
    const view = new DataView(bytes.buffer);
    for (let p = 0; view.getUint32(p, true) === 0x04034b50;) {
      const size = view.getUint32(p + 18, true);
      const len = view.getUint16(p + 26, true);
      names.push(new TextDecoder().decode(bytes.subarray(p + 30, p + 30 + len)));
      p += 30 + len + size;
    }
    expect(names).toEqual(['01-trend-overdue.csv', '02-ck-agent-leaderboard-agents.csv', 'pack.json']);
    const all = new TextDecoder().decode(bytes);
    for (const name of NAMES) expect(all).not.toContain(name);
  });
});
