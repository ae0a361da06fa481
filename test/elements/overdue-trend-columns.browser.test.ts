import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { registerAdapter } from '../../src/data/adapter.js';
import type { CkOverdueTrend } from '../../src/elements/overdue-trend/overdue-trend.js';
import type { OverdueColumns } from '../../src/model/columns.js';
import { overdueRateColumns } from '../../src/kpi/overdue-columns.js';
import { lineChartModel } from '../../src/charts/line-chart.js';
import { linePathData } from '../../src/render/marks.js';
import { formatPercent } from '../../src/render/format.js';
import { until } from '../support/until.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };

/**
 * 30,000 days × three buckets: a random walk, a run of days without any balance (a gap), a one-day
 * spike of M1 and a −0 in M2 (which must read as 0).
 */
function columns(n = 30_000): OverdueColumns {
  let seed = 7;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
  const times = new Float64Array(n);
  const m0 = new Float64Array(n),
    m1 = new Float64Array(n),
    m2 = new Float64Array(n);
  let r = 0.04;
  for (let i = 0; i < n; i++) {
    times[i] = Date.UTC(1950, 0, 1) + i * 864e5;
    r = Math.min(0.3, Math.max(0.001, r + (rnd() - 0.5) * 0.004));
    m1[i] = Math.round(1e6 * r);
    m2[i] = Math.round(3e5 * r);
    m0[i] = 1e6 - m1[i]! - m2[i]!;
  }
  for (let i = 12_000; i < 12_040; i++) m0[i] = m1[i] = m2[i] = 0;
  m1[20_001] = 900_000;
  m2[25_000] = -0;
  return { times, buckets: ['M0', 'M1', 'M2'], accounts: [m0, m1, m2], balance: [m0, m1, m2] };
}

let response: unknown;
registerAdapter('columns-test', () => ({ fetch: async () => response as never }));

afterEach(() => document.body.replaceChildren());

let n = 0;
async function mount(data: OverdueColumns, width = 640) {
  response = { meta, rows: [], columns: data };
  const id = `columns-${++n}`;
  const host = document.createElement('div');
  host.lang = 'en';
  host.style.width = `${width}px`;
  host.innerHTML = `<ck-source id="${id}" adapter="columns-test"></ck-source><ck-overdue-trend source="${id}" buckets="M1,M2"></ck-overdue-trend>`;
  document.body.append(host);
  const el = host.querySelector('ck-overdue-trend') as CkOverdueTrend;
  await until(() => el.shadowRoot!.querySelectorAll('path.line').length === 2);
  return { el, host };
}

/** The paths the plain pipeline draws: rate columns, then `lineChartModel` reducing them with `downsample`. */
function plainPaths(data: OverdueColumns, svg: SVGSVGElement): string[] {
  const series = overdueRateColumns(data, { buckets: ['M1', 'M2'], basis: 'balance' }).map((c) => ({
    key: c.bucket,
    label: c.bucket,
    xs: c.xs,
    ys: c.ys,
  }));
  const model = lineChartModel({
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    series,
    formatValue: (v) => formatPercent('en', v, 1),
    formatTime: String,
  });
  return model.drawn.map((d) => linePathData(d.xs, d.ys, model.x, model.y));
}

const drawn = (el: CkOverdueTrend) => [...el.shadowRoot!.querySelectorAll('path.line')].map((p) => p.getAttribute('d'));

describe('<ck-overdue-trend> with columns', () => {
  it('draws exactly what rate columns reduced by downsample draw, and again after a resize', async () => {
    const data = columns();
    const { el, host } = await mount(data);
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    const paths = drawn(el);
    expect(paths).toEqual(plainPaths(data, svg));
    // minmax per pixel column: far fewer points than 30,000, the spike among them
    expect(paths[0]!.split(/[ML]/).length - 1).toBeLessThan(4 * 640);
    expect(el.shadowRoot!.querySelector('[part="axis"]')?.textContent).toContain('%');

    host.style.width = '400px';
    await until(() => Number(el.shadowRoot!.querySelector('svg.chart')?.getAttribute('width')) < 420);
    await el.updateComplete;
    const resized = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    expect(drawn(el)).toEqual(plainPaths(data, resized));
    expect(drawn(el)[0]).not.toBe(paths[0]);
  });

  it("draws the one-day M1 spike at its date and its rate, read back through the axis labels (not the kit's pipeline)", async () => {
    const data = columns();
    const { el } = await mount(data);
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    // The spike's rate by plain arithmetic on the columns: M1 ÷ (M0 + M1 + M2) of day 20,001 (≈ 47 %; the walk stays ≤ 30 %).
    const day = 20_001;
    const spike = data.balance[1]![day]! / (data.balance[0]![day]! + data.balance[1]![day]! + data.balance[2]![day]!);
    expect(spike).toBeGreaterThan(0.4);
    // Value → pixel from two labelled ticks of the y axis ("10%" at y = …), as a reader of the chart would.
    const ticks = [...svg.querySelectorAll('.axis-y text')]
      .map((t) => ({ v: parseFloat(t.textContent ?? '') / 100, y: Number(t.getAttribute('y')) }))
      .filter((t) => Number.isFinite(t.v) && Number.isFinite(t.y));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
    const yOf = (v: number) => a.y + ((v - a.v) * (b.y - a.y)) / (b.v - a.v);
    // Time → pixel from the first and last vertices of the line (day 0 and day n − 1).
    const m1 = svg.querySelector('path.line')!;
    const vertices = (m1.getAttribute('d') ?? '')
      .split(/[ML]/)
      .filter(Boolean)
      .map((p) => p.split(',').map(Number) as [number, number]);
    const [x0, xn] = [vertices[0]![0], vertices[vertices.length - 1]![0]];
    const xOf = (i: number) => x0 + ((xn - x0) * i) / (data.times.length - 1);
    // The highest vertex of the M1 line is the spike, at its day (within a pixel) and its rate (within half a pixel).
    const top = vertices.reduce((best, v) => (v[1] < best[1] ? v : best));
    expect(Math.abs(top[0] - xOf(day)), `spike x ${top[0]} vs day ${day} at ${xOf(day)}`).toBeLessThanOrEqual(1);
    expect(Math.abs(top[1] - yOf(spike)), `spike y ${top[1]} vs ${yOf(spike)}`).toBeLessThanOrEqual(0.5);
    // …and nothing else comes near it: every other vertex is at least 10 points of rate below.
    const others = vertices.filter((v) => Math.abs(v[0] - top[0]) > 1);
    expect(Math.min(...others.map((v) => v[1]))).toBeGreaterThan(yOf(spike - 0.1));
  });

  it('announces any raw point with its rate, numerator and denominator', async () => {
    const data = columns();
    const { el } = await mount(data);
    const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="frame"]')!;
    frame.focus();
    const key = async (k: string) => {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent;
    };
    const [m1] = overdueRateColumns(data, { buckets: ['M1'], basis: 'balance' });
    const last = m1!.xs.length - 1;
    const expected = `${formatPercent('en', m1!.ys[last], 2)} (${m1!.numerators[last]!.toLocaleString('en')} of ${m1!.denominators[last]!.toLocaleString('en')})`;
    expect(await key('End')).toContain(expected);
    expect(await key('Home')).toContain(`(${m1!.numerators[0]!.toLocaleString('en')} of 1,000,000)`);
    await key('ArrowDown'); // M2, first day
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent).toContain(
      formatPercent('en', data.balance[2]![0]! / 1e6, 2),
    );
  });

  it('shows the first bad value of the columns, as the rates name it', async () => {
    const data = columns(5000);
    (data.balance[2] as Float64Array)[4321] = -5;
    (data.balance[1] as Float64Array)[4400] = NaN;
    response = { meta, rows: [], columns: data };
    const host = document.createElement('div');
    host.innerHTML = `<ck-source id="bad-columns" adapter="columns-test"></ck-source><ck-overdue-trend source="bad-columns" buckets="M1,M2"></ck-overdue-trend>`;
    document.body.append(host);
    const el = host.querySelector('ck-overdue-trend') as CkOverdueTrend;
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain(
      'overdue columns: balance of M1 at index 4400 is NaN, must be a finite number ≥ 0',
    );
  });
});
