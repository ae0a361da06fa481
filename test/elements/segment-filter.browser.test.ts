/**
 * The customer segment filter end to end in Chromium against the mock backend: `segment="vulnerable"` on
 * <ck-overdue-trend>, <ck-roll-rates> and <ck-complaint-trend> goes into their query string and their data is
 * that segment's (the mock's own answer for it, not the whole book's); a widget whose metric has no segment
 * shows the backend's refusal; <ck-outcome-gap> leaves the filter out (it compares all segments).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../mocks/handlers.js';
import { mockResponse } from '../../mocks/portfolio.js';
import '../../src/define.js';
import { segmentNotApplicable, type MetricName } from '../../src/model/metrics.js';
import { WIDGETS } from '../../src/registry.js';
import { until } from '../support/until.js';

const worker = setupWorker(...handlers);
const urls: string[] = [];
const bodies = new Map<string, unknown>();
beforeAll(async () => {
  worker.events.on('request:start', ({ request }) => void urls.push(request.url));
  worker.events.on('response:mocked', ({ request, response }) => {
    void response.json().then((body: unknown) => bodies.set(request.url, body));
  });
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => worker.stop());
afterEach(() => {
  document.body.replaceChildren();
  urls.length = 0;
  bodies.clear();
});

function mount(tag: string, attrs: string): HTMLElement {
  const host = document.createElement('div');
  host.style.width = '800px';
  host.innerHTML = `<ck-source base-url="/api/collection" from="2025-01" to="2025-06" retry="0"><${tag} ${attrs}></${tag}></ck-source>`;
  document.body.append(host);
  return host.querySelector(tag) as HTMLElement;
}

const drawnOf = (tag: string) => WIDGETS.find((w) => w.tag === tag)?.example?.drawn ?? 'svg';

describe('segment filter', () => {
  it.each([
    ['ck-overdue-trend', 'overdue', 'buckets="M1,M2,M3,M4+"'],
    ['ck-roll-rates', 'roll-rates', ''],
    ['ck-complaint-trend', 'complaints', ''],
  ] as const)('%s segment="vulnerable" asks %s for the segment and shows its data', async (tag, metric, attrs) => {
    const el = mount(tag, `segment="vulnerable" ${attrs}`);
    await until(() => el.shadowRoot?.querySelector(drawnOf(tag)), 10_000);
    const asked = urls.filter((u) => new URL(u).pathname.endsWith(`/${metric}`));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => new URL(u).searchParams.get('segment') === 'vulnerable')).toBe(true);
    // What the backend sent is the mock's answer for the segment, which differs from the whole book's.
    const query = { from: '2025-01', to: '2025-06', segment: 'vulnerable' };
    const mine = mockResponse(metric as MetricName, query).rows;
    const all = mockResponse(metric as MetricName, { from: '2025-01', to: '2025-06' }).rows;
    expect(mine).not.toEqual(all);
    const sent = await until(() => bodies.get(asked[0] ?? '') as { rows: unknown[] } | undefined);
    expect(sent.rows).toEqual(mine);
    // And the widget draws something else than the same widget without the filter.
    const csv = async (w: HTMLElement) => {
      const { content } = await (
        w as unknown as { exportData(f: 'csv'): Promise<{ content: string | Blob }> }
      ).exportData('csv');
      return (typeof content === 'string' ? content : await content.text()).replace(/^#.*$/gm, '');
    };
    const whole = mount(tag, attrs);
    await until(() => whole.shadowRoot?.querySelector(drawnOf(tag)), 10_000);
    expect(await csv(el)).not.toEqual(await csv(whole));
  });

  it('a widget whose metric has no segment shows the refusal, never unsegmented data', async () => {
    const el = mount('ck-agent-leaderboard', 'segment="vulnerable"');
    const alert = await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 10_000);
    expect(alert.textContent).toContain(segmentNotApplicable('agents'));
  });

  it('<ck-outcome-gap> compares all segments: a segment filter is left out of its query', async () => {
    const el = mount('ck-outcome-gap', 'segment="vulnerable"');
    await until(() => el.shadowRoot?.querySelectorAll('line.interval').length === 12, 10_000);
    const asked = urls.filter((u) => new URL(u).pathname.endsWith('/outcomes'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((u) => new URL(u).searchParams.has('segment'))).toBe(false);
  });
});
