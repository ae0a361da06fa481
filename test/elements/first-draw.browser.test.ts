import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import '../../src/define.js';
import { registerAdapter } from '../../src/data/adapter.js';
import { until } from '../support/until.js';

// The first render with data draws the chart at the widget's width and the frame's height without waiting
// for the ResizeObserver's first report (which comes a frame later and used to cost a second render).

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'warehouse', currency: 'CNY', definitionVersion: '2026.1' };
const overdue = {
  meta,
  rows: [],
  columns: {
    times: [Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)],
    buckets: ['M0', 'M1'],
    accounts: [
      [900, 880, 860],
      [100, 120, 140],
    ],
    balance: [
      [9000, 8800, 8600],
      [1000, 1200, 1400],
    ],
  },
};
const recovery = {
  meta,
  rows: [0, 1, 2].flatMap((month) =>
    ['2025-01', '2025-02'].map((cohort) => ({ cohort, month, chargedOff: 1000, recovered: 50 + month, fees: 0 })),
  ),
};
registerAdapter('first-draw', () => ({
  fetch: async (metric: string) => (metric === 'overdue' ? overdue : recovery) as never,
}));

/** A ResizeObserver that never reports: the widget must draw from what it reads itself. */
class SilentResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const RealResizeObserver = globalThis.ResizeObserver;

afterEach(() => {
  globalThis.ResizeObserver = RealResizeObserver;
  document.body.replaceChildren();
  document.head.querySelector('style[data-first-draw]')?.remove();
});

let n = 0;
async function mount(tag: string, attrs: string, style: string) {
  const id = `first-draw-${++n}`;
  const host = document.createElement('div');
  host.lang = 'en';
  host.innerHTML = `<ck-source id="${id}" adapter="first-draw"></ck-source><${tag} source="${id}" ${attrs} style="${style}"></${tag}>`;
  document.body.append(host);
  const el = host.querySelector(tag) as HTMLElement;
  const svg = await until(() => el.shadowRoot?.querySelector<SVGSVGElement>('svg.chart'));
  return { el, svg };
}

describe('first draw without a ResizeObserver report', () => {
  for (const [tag, attrs] of [
    ['ck-overdue-trend', 'buckets="M1"'],
    ['ck-recovery-curves', 'max-months="2"'], // the curves base, shared with <ck-vintage-curves>
  ] as const) {
    it(`${tag}: drawn at the content width and the --ck-chart-height`, async () => {
      globalThis.ResizeObserver = SilentResizeObserver;
      // 640 px border box − 2 × (1 px border + 12 px padding) = 614 px content.
      const { el, svg } = await mount(tag, attrs, 'width:640px;--ck-chart-height:300px');
      expect(svg.getAttribute('width')).toBe('614');
      expect(svg.getAttribute('height')).toBe('300');
      const frame = el.shadowRoot?.querySelector<HTMLElement>('[part="frame"]');
      expect(frame?.clientHeight).toBe(300);
      expect(frame?.clientWidth).toBe(614);
    });

    it(`${tag}: a frame sized otherwise (::part) is drawn at its real height after the first draw`, async () => {
      globalThis.ResizeObserver = SilentResizeObserver;
      const sheet = document.createElement('style');
      sheet.dataset.firstDraw = '';
      sheet.textContent = `${tag}::part(frame) { height: 180px; }`;
      document.head.append(sheet);
      const { el } = await mount(tag, attrs, 'width:500px;--ck-chart-height:300px');
      const svg = await until(() => {
        const chart = el.shadowRoot?.querySelector('svg.chart');
        return chart?.getAttribute('height') === '180' ? chart : null;
      });
      expect(svg.getAttribute('width')).toBe('474');
    });
  }

  it('the default chart height is 260 px when --ck-chart-height is not set', async () => {
    globalThis.ResizeObserver = SilentResizeObserver;
    const { svg } = await mount('ck-overdue-trend', 'buckets="M1"', 'width:400px');
    expect(svg.getAttribute('width')).toBe('374');
    expect(svg.getAttribute('height')).toBe('260');
  });

  it('with the real ResizeObserver a later width change still redraws', async () => {
    const { el } = await mount('ck-overdue-trend', 'buckets="M1"', 'width:640px');
    el.style.width = '540px';
    await until(() => el.shadowRoot?.querySelector('svg.chart')?.getAttribute('width') === '514');
  });
});

describe('first draw without a ResizeObserver report, on the mock backend', () => {
  const worker = setupWorker(...handlers);
  beforeAll(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  afterAll(() => worker.stop());

  // Widget, attributes, the custom property that sizes its frame and its height, and the chart it draws in the frame.
  for (const [tag, attrs, property, height, chart] of [
    ['ck-roll-rates', 'view="cure"', '--ck-chart-height', 200, 'svg.chart'],
    ['ck-roll-rates', 'view="matrix"', '--ck-chart-height', 320, 'svg'], // lower, the matrix is shown as a table
    ['ck-complaint-trend', 'by="category"', '--ck-chart-height', 200, 'svg.chart'],
    ['ck-compliance-monitor', 'rules="cn-cba-2026"', '--ck-chart-height', 200, 'svg.chart'],
    ['ck-kpi-tile', 'metric="overdue" bucket="M1+"', '--ck-sparkline-height', 40, 'svg'],
    ['ck-contact-heatmap', 'rules="cn-cba-2026"', '--ck-chart-height', 200, 'svg'],
  ] as const) {
    it(`${tag} ${attrs}: drawn at the content width and the ${property} with the data`, async () => {
      globalThis.ResizeObserver = SilentResizeObserver;
      const host = document.createElement('div');
      host.lang = 'en';
      host.innerHTML = `<ck-source adapter="rest" base-url="/api/collection" from="2024-01" to="2025-12" interval="month" retry="0"><${tag} ${attrs} style="width:640px;${property}:${height}px"></${tag}></ck-source>`;
      document.body.append(host);
      const el = host.querySelector(tag) as HTMLElement;
      const frame = await until(() => el.shadowRoot?.querySelector<HTMLElement>('[part="frame"]'), 15_000);
      const svg = await until(() => frame.querySelector<SVGSVGElement>(chart));
      // 640 px border box − 2 × (1 px border + 12 px padding) = 614 px content.
      expect(svg.getAttribute('width')).toBe('614');
      expect(svg.getAttribute('height')).toBe(String(height));
      expect(frame.clientHeight).toBe(height);
    }, 20_000);
  }
});

describe('first draw after a loading state', () => {
  let release: () => void = () => undefined;
  registerAdapter('first-draw-later', () => ({
    fetch: async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return overdue;
    },
  }));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  /** Mounts an overdue trend whose data comes when `release()` is called, and waits for its loading state to paint. */
  async function mountLoading(style: string) {
    const host = document.createElement('div');
    host.lang = 'en';
    host.innerHTML = `<ck-source id="later-${++n}" adapter="first-draw-later"></ck-source><ck-overdue-trend source="later-${n}" buckets="M1" style="${style}"></ck-overdue-trend>`;
    document.body.append(host);
    const el = host.querySelector('ck-overdue-trend') as HTMLElement;
    await until(() => el.shadowRoot?.querySelector('.spinner'));
    await frame();
    await frame();
    return el;
  }

  it('the render with data draws at the --ck-chart-height read while loading, without reading the style again', async () => {
    const el = await mountLoading('width:640px;--ck-chart-height:300px');
    const read = CSSStyleDeclaration.prototype.getPropertyValue;
    let reads = 0;
    CSSStyleDeclaration.prototype.getPropertyValue = function (this: CSSStyleDeclaration, name: string) {
      if (name === '--ck-chart-height') reads++;
      return read.call(this, name);
    };
    try {
      release();
      const svg = await until(() => el.shadowRoot?.querySelector<SVGSVGElement>('svg.chart'));
      expect(svg.getAttribute('height')).toBe('300');
      expect(reads).toBe(0);
    } finally {
      CSSStyleDeclaration.prototype.getPropertyValue = read;
    }
  });

  it('a --ck-chart-height changed after the loading state is drawn once the frame is measured', async () => {
    const el = await mountLoading('width:640px;--ck-chart-height:300px');
    el.style.setProperty('--ck-chart-height', '220px');
    release();
    await until(() => el.shadowRoot?.querySelector('svg.chart')?.getAttribute('height') === '220');
    expect(el.shadowRoot?.querySelector<HTMLElement>('[part="frame"]')?.clientHeight).toBe(220);
  });
});
