import { describe, expect, it } from 'vitest';
import { QueryObserver } from '@tanstack/query-core';
import { DataSource } from '../../src/query/data-source.js';
import { DataError } from '../../src/data/errors.js';
import type { Adapter } from '../../src/data/adapter.js';
import { metricQueryKey } from '../../src/data/query-options.js';

const meta = { asOf: '2025-12-31T00:00:00Z', source: 't', currency: 'CNY', definitionVersion: '1' };

function countingAdapter(fail: (n: number) => DataError | null = () => null) {
  const calls: string[] = [];
  const adapter: Adapter = {
    async fetch(metric, query) {
      calls.push(`${metric} ${JSON.stringify(query)}`);
      const error = fail(calls.length);
      if (error) throw error;
      return { meta, rows: [] };
    },
  };
  return { adapter, calls };
}

function settle<T, E>(observer: QueryObserver<T, E>): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = observer.subscribe((r) => {
      if (!r.isFetching && r.status !== 'pending') {
        unsubscribe();
        resolve();
      }
    });
  });
}

describe('DataSource', () => {
  it('keys queries by source, metric and defined filters in a stable order', () => {
    expect(metricQueryKey('bank', 'overdue', { to: '2025-12', from: '2025-01', region: undefined })).toEqual([
      'collectkit',
      'bank',
      'overdue',
      { from: '2025-01', to: '2025-12' },
    ]);
  });

  it('makes one request for identical queries from many observers', async () => {
    const { adapter, calls } = countingAdapter();
    const source = new DataSource('a', adapter);
    const queries = [
      { from: '2025-01' },
      { from: '2025-01' },
      { from: '2025-02' },
      { from: '2025-02' },
      { from: '2025-03' },
      { from: '2025-03' },
    ];
    const observers = queries.map((q) => new QueryObserver(source.client, source.observerOptions('overdue', q)));
    await Promise.all(observers.map(settle));
    expect(calls.sort()).toEqual([
      'overdue {"from":"2025-01"}',
      'overdue {"from":"2025-02"}',
      'overdue {"from":"2025-03"}',
    ]);
    source.dispose();
  });

  it('retries a 5xx and then succeeds, but never retries a 4xx', async () => {
    const flaky = countingAdapter((n) => (n === 1 ? new DataError('http', 'boom', { status: 503 }) : null));
    const s1 = new DataSource('b', flaky.adapter);
    s1.settings = { ...s1.settings, retry: 2 };
    const o1 = new QueryObserver(s1.client, { ...s1.observerOptions('overdue', {}), retryDelay: 1 });
    await settle(o1);
    expect(flaky.calls).toHaveLength(2);
    expect(o1.getCurrentResult().status).toBe('success');

    const missing = countingAdapter(() => new DataError('http', 'nope', { status: 404 }));
    const s2 = new DataSource('c', missing.adapter);
    const o2 = new QueryObserver(s2.client, { ...s2.observerOptions('overdue', {}), retryDelay: 1 });
    await settle(o2);
    expect(missing.calls).toHaveLength(1);
    expect(o2.getCurrentResult().error?.message).toBe('nope');
  });

  it('keeps two sources apart: same query, two caches, two requests', async () => {
    const a = countingAdapter();
    const b = countingAdapter();
    const s1 = new DataSource('one', a.adapter);
    const s2 = new DataSource('two', b.adapter);
    await Promise.all([
      settle(new QueryObserver(s1.client, s1.observerOptions('agents', {}))),
      settle(new QueryObserver(s2.client, s2.observerOptions('agents', {}))),
    ]);
    expect([a.calls.length, b.calls.length]).toEqual([1, 1]);
  });

  it('reports a configuration error without calling anything', async () => {
    const source = new DataSource('d');
    source.configError = new DataError('config', 'The rest adapter needs a base-url attribute on <ck-source>.');
    const o = new QueryObserver(source.client, source.observerOptions('overdue', {}));
    await settle(o);
    expect(o.getCurrentResult().error?.message).toContain('base-url');
  });
});
