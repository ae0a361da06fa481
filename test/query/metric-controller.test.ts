import { describe, expect, it } from 'vitest';
import type { ReactiveController } from 'lit';
import { DataSource } from '../../src/query/data-source.js';
import { MetricController } from '../../src/query/metric-controller.js';
import { DataError } from '../../src/data/errors.js';
import { setFetchPolicy } from '../../src/query/fetch-turn.js';
import type { Adapter } from '../../src/data/adapter.js';
import type { MetricResponse } from '../../src/model/response.js';

const meta = { asOf: '2025-12-31T00:00:00Z', source: 't', currency: 'CNY', definitionVersion: '1' };

/** An adapter whose every fetch waits until the test settles it. */
function heldAdapter() {
  const pending: { resolve: (r: MetricResponse<'overdue'>) => void; reject: (e: unknown) => void }[] = [];
  const adapter: Adapter = {
    fetch: () =>
      new Promise((resolve, reject) => {
        pending.push({ resolve: resolve as (r: MetricResponse<'overdue'>) => void, reject });
      }),
  };
  const next = () => {
    const p = pending.shift();
    if (!p) throw new Error('no fetch in flight');
    return p;
  };
  return { adapter, next, inFlight: () => pending.length };
}

/** A host that only counts the updates it is asked for. */
function countingHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
  };
  return host;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('MetricController updates its host when what it shows changes', () => {
  it('not when a refetch starts; once when its data, or its error, arrives', async () => {
    const { adapter, next, inFlight } = heldAdapter();
    const source = new DataSource('held', adapter);
    source.settings = { ...source.settings, retry: 0 };
    const host = countingHost();
    const data = new MetricController(host, () => ({ source, metric: 'overdue', query: {} }));
    host.connect();
    await flush();
    expect(data.status).toBe('loading');
    expect(inFlight()).toBe(1);

    const first = { meta, rows: [] };
    next().resolve(first);
    await flush();
    expect(data.status).toBe('success');
    expect(data.data).toBe(first);
    const afterFirst = host.updates;
    const shown = () => data.data;
    expect(afterFirst).toBeGreaterThan(0);

    // A refetch starts: only `fetching` changes, which no widget draws.
    void data.refetch();
    await flush();
    expect(data.fetching).toBe(true);
    expect(host.updates).toBe(afterFirst);

    // The new data arrives: one update, with the new data and `fetching` over.
    const second = { meta: { ...meta, asOf: '2026-01-31T00:00:00Z' }, rows: [] };
    next().resolve(second);
    await flush();
    expect(data.data).toEqual(second); // rows kept from the first by structural sharing: equal, not the same object
    expect(data.data).not.toBe(first);
    expect(data.fetching).toBe(false);
    expect(host.updates).toBe(afterFirst + 1);

    // A refetch that fails: no update when it starts, one when the error arrives (stale: the data is kept).
    void data.refetch();
    await flush();
    expect(host.updates).toBe(afterFirst + 1);
    const kept = shown();
    next().reject(new DataError('http', 'HTTP 503', { status: 503 }));
    await flush();
    expect(data.status).toBe('stale');
    expect(data.data).toBe(kept);
    expect(host.updates).toBe(afterFirst + 2);
    source.dispose();
  });

  it('a first fetch held for its turn (fetch-turn) and let go: no update when it starts (still loading), one when its data arrives, not two', async () => {
    const { adapter, next, inFlight } = heldAdapter();
    const source = new DataSource('turn', adapter);
    const host = countingHost();
    const starts: (() => Promise<void>)[] = [];
    setFetchPolicy((_, go) => starts.push(go) > 0);
    try {
      const data = new MetricController(host, () => ({ source, metric: 'overdue', query: {} }));
      host.connect();
      await flush();
      expect(inFlight()).toBe(0); // held
      expect(starts).toHaveLength(1);
      const held = host.updates;
      const started = starts[0]?.();
      await flush();
      expect(inFlight()).toBe(1);
      const before = host.updates;
      expect(before).toBe(held); // the request started: still loading, nothing shown changed
      next().resolve({ meta, rows: [] });
      await started;
      await flush();
      expect(data.status).toBe('success');
      // The subscription asked for the render that draws the data; the released fetch settling asks for none more.
      expect(host.updates).toBe(before + 1);
    } finally {
      setFetchPolicy(null);
      source.dispose();
    }
  });
});
