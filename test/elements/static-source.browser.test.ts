/** <ck-source adapter="static"> with JSON script children (one per metric), and bad JSON there. */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { until } from '../support/until.js';

afterEach(() => document.body.replaceChildren());

function page(json: string) {
  const source = document.createElement('ck-source');
  source.setAttribute('adapter', 'static');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.metric = 'overdue';
  script.textContent = json;
  const trend = document.createElement('ck-overdue-trend');
  trend.setAttribute('buckets', 'M1');
  trend.style.width = '500px';
  source.append(script, trend);
  document.body.append(source);
  return trend;
}

describe('static source from JSON children', () => {
  it('draws the data held in the page', async () => {
    const trend = page(
      JSON.stringify({
        meta: { asOf: '2025-12-31T00:00:00Z', source: 'inline', currency: 'CNY', definitionVersion: '2026.1' },
        rows: [
          { period: '2025-11', bucket: 'M0', accounts: 9, balance: 900 },
          { period: '2025-11', bucket: 'M1', accounts: 1, balance: 100 },
          { period: '2025-12', bucket: 'M0', accounts: 8, balance: 800 },
          { period: '2025-12', bucket: 'M1', accounts: 2, balance: 200 },
        ],
      }),
    );
    await until(() => trend.shadowRoot!.querySelector('path.line'));
    expect(trend.shadowRoot!.querySelector('#summary')!.textContent).toContain(
      'Latest M1: 20.00% in Dec 2025 (up from 10.00%)',
    );
  });

  it('names the metric whose JSON is broken', async () => {
    const trend = page('{"meta": ');
    const alert = await until(() => trend.shadowRoot!.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('The JSON for overdue inside <ck-source> is not valid');
  });
});
