/**
 * <ck-source>.adapterOptions as host frameworks set it: before the element connects (React, Vue, Svelte,
 * a plain page before the upgrade) or just after, while the widgets' first fetch is in flight (Angular).
 * A new options object replaces the adapter, and what the old one fetched does not come back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import type { CkSource } from '../../src/elements/source/source.js';
import { until } from '../support/until.js';

afterEach(() => document.body.replaceChildren());

const meta = { asOf: '2025-12-31T00:00:00Z', source: 'options', currency: 'CNY', definitionVersion: '2026.1' };
/** Static data for the overdue metric: M1 at `m1` of 1,000 accounts' balance in 2025-12. */
const data = (m1: number) => ({
  overdue: {
    meta,
    rows: [
      { period: '2025-12', bucket: 'M0', accounts: 9, balance: 1000 - m1 },
      { period: '2025-12', bucket: 'M1', accounts: 1, balance: m1 },
    ],
  },
});

function page(): { source: CkSource; trend: HTMLElement; errors: string[] } {
  const source = document.createElement('ck-source');
  source.setAttribute('adapter', 'static');
  const trend = document.createElement('ck-overdue-trend');
  trend.setAttribute('buckets', 'M1');
  trend.style.width = '500px';
  const errors: string[] = [];
  trend.addEventListener('ck-error', (e) => errors.push(e.detail.message));
  source.append(trend);
  return { source, trend, errors };
}

const summary = (trend: HTMLElement) => trend.shadowRoot?.querySelector('#summary')?.textContent ?? '';

describe('<ck-source> adapterOptions set by a host', () => {
  it('set before connecting: the first fetch uses them', async () => {
    const { source, trend, errors } = page();
    source.adapterOptions = { data: data(100) };
    document.body.append(source);
    await until(() => summary(trend).includes('10.00%'));
    expect(errors).toEqual([]);
  });

  it('set just after connecting, during the first fetch: the widget draws them, not the default options', async () => {
    const { source, trend } = page();
    document.body.append(source);
    source.adapterOptions = { data: data(200) };
    await until(() => summary(trend).includes('20.00%'));
    expect(trend.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  });

  it('replaced later: the widget refetches from the new object', async () => {
    const { source, trend } = page();
    source.adapterOptions = { data: data(100) };
    document.body.append(source);
    await until(() => summary(trend).includes('10.00%'));
    source.adapterOptions = { data: data(300) };
    await until(() => summary(trend).includes('30.00%'));
  });
});
