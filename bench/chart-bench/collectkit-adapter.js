// collectkit as an external adapter of the team's chart benchmark (bench/chart-bench/harness).
// Run it with `npm run bench:charts -- …` (scripts/chart-bench.mjs); see ./README.md.
//
// Every chart is a real collectkit widget behind its own <ck-source>, fed by an adapter registered with
// `registerAdapter`, so the measured path is the kit's whole render path with data in hand:
// <ck-source> → query (@tanstack/query-core) → adapter.fetch → validateResponse → KPI math → (downsample) → SVG.
// Mapping the harness's columnar data to the kit's input (overdue columns, recovery rows, agent rows)
// happens inside render()/update(), so it is timed, as the harness asks.
//
//   line  → <ck-overdue-trend buckets="M1">: columns M0/M1 with M1 = y (the harness's own array), M0 = 1 − y,
//           so the rate M1 / (M0 + M1) the kit draws equals y.
//   multi → <ck-recovery-curves max-months="59">: one recovery row per cohort × month with chargedOff = 1e6
//           and recovered = (y[m] − y[m−1])·1e6, so the kit's cumulative recovery ÷ charged-off equals y.
//   bar   → <ck-agent-leaderboard top="500" sort="collected">: a ranked TABLE with inline bars (seven metric
//           columns per row), not a bar chart; collected = the bar value, the other counts constant. Its rows
//           are windowed: "drawn" is every row reachable (aria-rowcount) with the first screen rendered.
import { registerAdapter, validateResponse } from '../../dist/index.js';
import '../../dist/elements/source/ck-source.js';
import '../../dist/elements/overdue-trend/ck-overdue-trend.js';
import '../../dist/elements/recovery-curves/ck-recovery-curves.js';
import '../../dist/elements/agent-leaderboard/ck-agent-leaderboard.js';

export const meta = { name: 'collectkit', renderer: 'svg', kinds: ['line', 'multi', 'bar'] };

const ADAPTER = 'chart-bench';
const META = { asOf: '2026-11-29T00:00:00Z', source: 'chart-bench', currency: 'CNY', definitionVersion: '2026.1' };

// The response body each <ck-source> serves is kept on the source element (`__benchBody`): render and
// update set it, the registered adapter reads it at fetch time and validates it like a backend response.
registerAdapter(ADAPTER, (config) => ({
  async fetch(metric) {
    return validateResponse(metric, config.element.__benchBody);
  },
}));

// ---- data mapping (timed: part of render/update) ----

// A page receives the columns from its backend as they are; the harness's y already is a column of the right
// length and type, so it is the M1 column itself (balance shares of 1, not copied and scaled by 1e6: no copy a
// page would not make), and only M0 = 1 − y is computed.
function overdueBody(data) {
  const y = data.series[0].y, n = y.length;
  const m0 = new Float64Array(n);
  for (let i = 0; i < n; i++) m0[i] = 1 - y[i];
  // accounts and balance share the columns (as in scripts/bench-render.mjs); the widget draws the balance basis.
  return { meta: META, rows: [], columns: { times: data.x, buckets: ['M0', 'M1'], accounts: [m0, y], balance: [m0, y] } };
}

const CHARGED_OFF = 1e6;
function recoveryBody(data) {
  const rows = [];
  const months = data.x.length;
  for (const s of data.series) {
    const cohort = /\d{4}-\d{2}/.exec(s.name)?.[0] ?? s.name; // "Cohort 2021-01" → "2021-01" (cohorts sort as the series)
    let prev = 0;
    for (let m = 0; m < months; m++) {
      const cum = s.y[m] * CHARGED_OFF; // y is cumulative and never decreases, so every monthly amount is ≥ 0
      rows.push({ cohort, month: Math.round(data.x[m]), chargedOff: CHARGED_OFF, recovered: cum - prev, fees: 0 });
      prev = cum;
    }
  }
  return { meta: META, rows };
}

function agentsBody(data) {
  const rows = new Array(data.labels.length);
  for (let i = 0; i < rows.length; i++) {
    rows[i] = { agentId: 'A' + i, name: data.labels[i], dials: 200, connects: 100, rightPartyContacts: 60, promises: 30,
      promisesDue: 25, promisesKept: 15, assigned: 200000, collected: data.values[i], hours: 160, complaints: 0 };
  }
  return { meta: META, rows };
}

const BODY = { line: overdueBody, multi: recoveryBody, bar: agentsBody };

// ---- elements ----

// Widget box = the harness's 800×400 chart: padding, header, legend and footnote are inside it, so the
// plot area (--ck-chart-height) is what is left (checked on the --screenshots PNGs).
const CHART_HEIGHT = { line: 296, multi: 272, bar: 0 };

function createWidget(kind, data, sourceId) {
  let el;
  if (kind === 'line') {
    el = document.createElement('ck-overdue-trend');
    el.setAttribute('buckets', 'M1');
  } else if (kind === 'multi') {
    el = document.createElement('ck-recovery-curves');
    el.setAttribute('max-months', String(Math.max(1, Math.round(data.x[data.x.length - 1]))));
  } else {
    el = document.createElement('ck-agent-leaderboard');
    el.setAttribute('sort', 'collected');
    el.setAttribute('top', String(data.labels.length));
  }
  el.setAttribute('source', sourceId);
  el.style.cssText = `display:block;box-sizing:border-box;width:${data.width}px;height:${data.height}px;overflow:hidden;` +
    (kind === 'bar' ? `--ck-leaderboard-height:${data.height - 70}px` : `--ck-chart-height:${CHART_HEIGHT[kind]}px`);
  return el;
}

// What "drawn" means per kind, read from the widget's shadow DOM.
function drawn(state) {
  const root = state.el.shadowRoot;
  if (!root) return false;
  // The leaderboard windows its rows (only those in view are in the DOM): drawn = every row reachable by
  // keyboard (aria-rowcount counts them all, plus the header row) and the first screen of rows rendered.
  if (state.kind === 'bar') {
    const table = root.querySelector('table.leaderboard');
    return !!table && table.getAttribute('aria-rowcount') === String(state.count + 1) && table.querySelectorAll('tbody tr[aria-rowindex]').length > 0;
  }
  // One line per series; beyond seven cohorts the recovery chart also draws the pooled average (`path.line.reference`),
  // which is not one of the harness's series.
  return root.querySelectorAll('path.line:not(.reference)').length === state.count;
}

// Resolves once `ready()` holds after a DOM change in the widget (MutationObserver: no polling, no frame
// wait of its own), rejects on ck-error (a validation or KPI error would otherwise hang until the timeout).
function until(el, ready) {
  return new Promise((resolve, reject) => {
    let mo = null;
    const done = (error) => {
      mo?.disconnect();
      el.removeEventListener('ck-error', onError);
      if (error) reject(error); else resolve();
    };
    const check = () => { if (ready()) done(); };
    const onError = (e) => done(new Error('collectkit: ' + (e.detail?.message ?? 'ck-error')));
    el.addEventListener('ck-error', onError);
    mo = new MutationObserver(check);
    const observe = () => mo.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    if (el.shadowRoot) observe();
    else el.updateComplete.then(observe, done);
    el.updateComplete.then(check, done);
  });
}

let sources = 0;

export async function render(container, data) {
  container.lang = 'en';
  const id = `chart-bench-${++sources}`;
  const src = document.createElement('ck-source');
  src.id = id;
  src.setAttribute('adapter', ADAPTER);
  src.__benchBody = BODY[data.kind](data);
  const el = createWidget(data.kind, data, id);
  const count = data.kind === 'bar' ? data.labels.length : data.series.length;
  const state = { kind: data.kind, src, el, count };
  container.__collectkit = state;
  container.append(src, el);
  await until(el, () => drawn(state));
}

export async function update(container, data) {
  const state = container.__collectkit;
  const { src, el } = state;
  const before = el.data.data; // the widget's current response (MetricController)
  src.__benchBody = BODY[data.kind](data);
  el.retry(); // refetch through the source: adapter → validate → KPI math → render
  await until(el, () => el.data.data !== before && !el.data.fetching && !el.isUpdatePending && drawn(state));
}

export function destroy(container) {
  const state = container.__collectkit;
  container.replaceChildren();
  state?.src.dataSource.dispose();
  delete container.__collectkit;
}
