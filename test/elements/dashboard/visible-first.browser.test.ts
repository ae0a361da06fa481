/** Visible-first: an off-screen dashboard fetches and draws its data after the on-screen widgets have drawn theirs. */
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
 * (as a real response does), counting the requests it was asked for.
 */
let answer: () => void = () => {};
let laterAsked = 0;
/** When set, the off-screen source answers once it resolves instead of a few frames after it is asked. */
let laterGate: Promise<void> | null = null;
registerAdapter('visible-first-held', () => ({
  fetch: () => new Promise<never>((resolve) => (answer = () => resolve({ meta, rows } as never))),
}));
registerAdapter('visible-first-later', () => ({
  fetch: () => {
    laterAsked++;
    return (laterGate ?? frames(3)).then(() => ({ meta, rows }) as never);
  },
}));

afterEach(() => {
  answer();
  document.body.replaceChildren();
  laterAsked = 0;
  laterGate = null;
});

type Widget = HTMLElement & { data: { status: string } };

let n = 0;
/** An on-screen dashboard whose widget waits for `answer()`, and one 4000 px below whose widget gets its data a few frames after it asks. */
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
/** The on-screen widget is still loading, a few frames have passed, and the off-screen one has not asked for its data. */
async function waitingBelow() {
  const p = page();
  await until(() => loading(p.top));
  await frames(3);
  expect(laterAsked).toBe(0);
  expect(p.below.data.status).toBe('loading');
  return p;
}

describe('<ck-dashboard> off screen while an on-screen widget loads', () => {
  it('asks for its data only once the on-screen widget has drawn, then draws it', async () => {
    const { top, below } = await waitingBelow();
    expect(loading(below)).not.toBeNull();
    expect(drawn(below)).toBeNull();
    answer();
    await until(() => drawn(top));
    await until(() => drawn(below));
    expect(laterAsked).toBe(1);
    expect(loading(below)).toBeNull();
  });

  it('an off-screen widget whose data came while the on-screen one loaded draws only after it', async () => {
    const { top, below } = await waitingBelow();
    let open: () => void = () => {};
    laterGate = new Promise<void>((resolve) => (open = resolve));
    below.scrollIntoView(); // asks for its data, then goes back off screen before it comes
    await until(() => laterAsked === 1);
    window.scrollTo(0, 0);
    await frames(3); // the observer has seen it leave
    open();
    await until(() => below.data.status === 'success');
    await frames(3);
    expect(drawn(below)).toBeNull();
    answer();
    await until(() => drawn(top));
    await until(() => drawn(below));
  });

  it('fetches and draws at once when it is scrolled into view', async () => {
    const { top, below } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    below.scrollIntoView();
    await until(() => drawn(below));
    expect(laterAsked).toBe(1);
    expect(loading(top)).not.toBeNull();
    window.scrollTo(0, 0);
  });

  it('fetches and exports its widgets with their data from exportAll while it waits', async () => {
    const { below, belowDashboard } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    const pack = JSON.parse((await belowDashboard.exportAll('json')).content as string) as {
      widgets: { tag: string; error?: string; rows?: string[][] }[];
    };
    expect(pack.widgets).toHaveLength(1);
    expect(pack.widgets[0]?.error).toBeUndefined();
    expect(pack.widgets[0]?.rows?.length).toBeGreaterThan(0);
  });

  it('fetches and exports its data and chart from its own exportData and exportImage while it waits (drawing first)', async () => {
    const { top, below } = await waitingBelow();
    expect(drawn(below)).toBeNull();
    const exporter = below as unknown as CkOverdueTrend;
    const json = JSON.parse((await exporter.exportData('json')).content as string) as { rows: string[][] };
    expect(json.rows.length).toBeGreaterThan(0);
    expect(drawn(below)).not.toBeNull();
    expect((await exporter.exportImage('svg')).filename).toMatch(/\.svg$/);
    expect(loading(top)).not.toBeNull();
  });

  it(`fetches and draws at the latest ${MAX_WAIT_MS} ms after it began to wait, when the on-screen widget never answers`, async () => {
    const { top, below } = await waitingBelow();
    await until(() => drawn(below), MAX_WAIT_MS + 6000);
    expect(loading(top)).not.toBeNull();
  });

  it('an on-screen widget asks for its data before the next frame (its place is read once the first renders are done, not a frame later)', async () => {
    let asked = false;
    let askedBeforeFrame: boolean | null = null;
    registerAdapter('visible-first-now', () => ({
      fetch: () => {
        asked = true;
        return new Promise<never>(() => {});
      },
    }));
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div lang="en" style="width:700px">
        <ck-source id="now" adapter="visible-first-now"></ck-source>
        <ck-dashboard source="now"><ck-overdue-trend buckets="M1"></ck-overdue-trend></ck-dashboard>
      </div>`,
    );
    requestAnimationFrame(() => (askedBeforeFrame = asked));
    await frames(2);
    expect(asked).toBe(true);
    expect(askedBeforeFrame).toBe(true);
  });
});
