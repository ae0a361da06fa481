/** Visible-first: an off-screen dashboard draws its data after the on-screen widgets have drawn theirs. */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/define.js';
import { registerAdapter } from '../../../src/data/adapter.js';
import type { CkDashboard } from '../../../src/elements/dashboard/dashboard.js';
import type { CkOverdueTrend } from '../../../src/elements/overdue-trend/overdue-trend.js';
import { MAX_WAIT_MS } from '../../../src/elements/shared/visible-first.js';
import { until } from '../../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const rows = [
  { period: '2025-11', bucket: 'M0', accounts: 9, balance: 900 },
  { period: '2025-11', bucket: 'M1', accounts: 1, balance: 100 },
  { period: '2025-12', bucket: 'M0', accounts: 8, balance: 800 },
  { period: '2025-12', bucket: 'M1', accounts: 2, balance: 200 },
];

const frames = (k: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(k);
  });

/**
 * The on-screen source answers when the test says so; the off-screen one a few frames after it is asked
 * (as a real response does: after the page has been laid out and the dashboards' visibility is known).
 */
let answer: () => void = () => {};
registerAdapter('visible-first-held', () => ({
  fetch: () => new Promise<never>((resolve) => (answer = () => resolve({ meta, rows } as never))),
}));
registerAdapter('visible-first-later', () => ({
  fetch: () => frames(3).then(() => ({ meta, rows }) as never),
}));

afterEach(() => {
  answer();
  document.body.replaceChildren();
});

type Widget = HTMLElement & { data: { status: string } };

let n = 0;
/** An on-screen dashboard whose widget waits for `answer()`, and one 4000 px below whose widget gets its data a few frames later. */
function page() {
  const id = ++n;
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div lang="en" style="width:700px">
      <ck-source id="held-${id}" adapter="visible-first-held"></ck-source>
      <ck-source id="later-${id}" adapter="visible-first-later"></ck-source>
      <ck-dashboard id="top-${id}" source="held-${id}"><ck-overdue-trend buckets="M1"></ck-overdue-trend></ck-dashboard>
      <div style="height:4000px"></div>
      <ck-dashboard id="below-${id}" source="later-${id}"><ck-overdue-trend buckets="M1"></ck-overdue-trend></ck-dashboard>
    </div>`,
  );
  const $ = (sel: string) => document.querySelector(sel) as Widget;
  return {
    top: $(`#top-${id} ck-overdue-trend`),
    below: $(`#below-${id} ck-overdue-trend`),
    belowDashboard: document.querySelector(`#below-${id}`) as CkDashboard,
  };
}

const drawn = (el: Widget) => el.shadowRoot?.querySelector('path.line') ?? null;
const loading = (el: Widget) => el.shadowRoot?.querySelector('[part="state"] > .spinner') ?? null;
/** The off-screen widget has its data, the on-screen one is still loading, and a few frames have passed. */
async function waitingBelow() {
  const p = page();
  await until(() => loading(p.top));
  await until(() => p.below.data.status === 'success');
  await frames(3);
  return p;
}

describe('<ck-dashboard> off screen while an on-screen widget loads', () => {
  it('keeps its loading state until the on-screen widget has drawn, then draws its data', async () => {
    const { top, below } = await waitingBelow();
    console.log(
      'DEBUG',
      below.shadowRoot?.innerHTML.slice(0, 600),
      (below as unknown as { isUpdatePending: boolean }).isUpdatePending,
    );
    expect(loading(below)).not.toBeNull();
    expect(drawn(below)).toBeNull();
    answer();
    await until(() => drawn(top));
    await until(() => drawn(below));
    expect(loading(below)).toBeNull();
  });

  it('draws at once when it is scrolled into view', async () => {
    const { top, below } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    below.scrollIntoView();
    await until(() => drawn(below));
    expect(loading(top)).not.toBeNull();
    window.scrollTo(0, 0);
  });

  it('exports its widgets with their data from exportAll while it waits', async () => {
    const { below, belowDashboard } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    const pack = JSON.parse((await belowDashboard.exportAll('json')).content as string) as {
      widgets: { tag: string; error?: string; rows?: string[][] }[];
    };
    expect(pack.widgets).toHaveLength(1);
    expect(pack.widgets[0]?.error).toBeUndefined();
    expect(pack.widgets[0]?.rows?.length).toBeGreaterThan(0);
  });

  it('exports its data and chart from its own exportData and exportImage while it waits (drawing first)', async () => {
    const { top, below } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    const exporter = below as unknown as CkOverdueTrend;
    const json = JSON.parse((await exporter.exportData('json')).content as string) as { rows: string[][] };
    expect(json.rows.length).toBeGreaterThan(0);
    expect(drawn(below)).not.toBeNull();
    expect((await exporter.exportImage('svg')).filename).toMatch(/\.svg$/);
    expect(loading(top)).not.toBeNull();
  });

  it(`draws at the latest ${MAX_WAIT_MS} ms after it began to wait, when the on-screen widget never answers`, async () => {
    const { top, below } = await waitingBelow();
    await until(() => drawn(below), MAX_WAIT_MS + 6000);
    expect(loading(top)).not.toBeNull();
  });
});
