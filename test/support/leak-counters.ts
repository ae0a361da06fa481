/**
 * Shared pieces of the leak tests (#18): valid data of every metric for two static sources, and live counts of
 * what mounted elements could leave behind (ResizeObservers, window and document listeners, intervals,
 * pending timeouts, query observers) from wrapped constructors and methods, plus the JS heap after a forced GC.
 */
import { cdp } from 'vitest/browser';
import type { CkSource } from '../../src/elements/source/source.js';
import type { MetricName } from '../../src/model/metrics.js';
import { reliabilityRows } from './reliability-rows.js';
import { LEGAL_PIPELINE_ROWS } from './legal-rows.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 'leaks', currency: 'CNY', definitionVersion: '2026.1' };
const periods = ['2025-01', '2025-02', '2025-03'];
/** Valid rows of every metric (a few periods) for the leak cycles. */
export const DATA: Record<MetricName, { meta: typeof meta; rows: unknown[] }> = {
  overdue: {
    meta,
    rows: periods.flatMap((period) => [
      { period, bucket: 'M0', accounts: 90, balance: 900 },
      { period, bucket: 'M1', accounts: 10, balance: 100 },
    ]),
  },
  'roll-rates': {
    meta,
    rows: periods.flatMap((period) => [
      { period, from: 'M0', to: 'M0', accounts: 90, balance: 900 },
      { period, from: 'M0', to: 'M1', accounts: 10, balance: 100 },
      { period, from: 'M1', to: 'M0', accounts: 5, balance: 50 },
    ]),
  },
  vintage: {
    meta,
    rows: [0, 1, 2].map((mob) => ({
      cohort: '2025-01',
      mob,
      originatedAccounts: 100,
      originatedAmount: 10_000,
      delinquentAccounts: mob,
      delinquentBalance: mob * 100,
    })),
  },
  recovery: {
    meta,
    rows: [0, 1, 2].map((month) => ({ cohort: '2025-01', month, chargedOff: 1000, recovered: month * 50, fees: 0 })),
  },
  agents: {
    meta,
    rows: ['A', 'B', 'C'].map((id, i) => ({
      agentId: id,
      name: `Agent ${id}`,
      team: 'T',
      dials: 100 + i,
      connects: 40,
      rightPartyContacts: 30,
      promises: 20,
      promisesDue: 15,
      promisesKept: 10,
      assigned: 10_000,
      collected: 4000,
      hours: 7,
      complaints: 0,
    })),
  },
  complaints: {
    meta,
    rows: periods.map((period) => ({
      period,
      category: 'fees',
      channel: 'phone',
      received: 10,
      closed: 8,
      closedOnTime: 7,
      upheld: 2,
    })),
  },
  channels: {
    meta,
    rows: periods.map((period) => ({
      period,
      channel: 'phone',
      attempts: 100,
      contacts: 40,
      accounts: 50,
      cost: 500,
      collected: 5000,
    })),
  },
  compliance: {
    meta,
    rows: periods.map((period) => ({ period, rule: 'cn-cba-2026/quiet-hours', checked: 1000, breaches: 3 })),
  },
  experiments: { meta, rows: reliabilityRows('experiments', periods) },
  scores: { meta, rows: reliabilityRows('scores', periods) },
  quality: { meta, rows: reliabilityRows('quality', periods) },
  promises: { meta, rows: reliabilityRows('promises', periods) },
  'contact-hours': { meta, rows: reliabilityRows('contact-hours', periods) },
  outcomes: { meta, rows: reliabilityRows('outcomes', periods) },
  workload: { meta, rows: reliabilityRows('workload', periods) },
  agencies: { meta, rows: reliabilityRows('agencies', periods) },
  legal: { meta, rows: LEGAL_PIPELINE_ROWS },
};

/** Live counts of what a widget could leave behind, from wrapped constructors and methods. */
export const live = {
  resizeObservers: new Set<ResizeObserver>(),
  globalListeners: 0,
  intervals: new Set<number>(),
  timeouts: new Set<number>(),
};
/** Wraps ResizeObserver, window/document listeners and timers to count them; returns the undo. */
export function instrument(): () => void {
  const restore: (() => void)[] = [];
  const RO = window.ResizeObserver;
  class CountedResizeObserver extends RO {
    override observe(target: Element, options?: ResizeObserverOptions) {
      live.resizeObservers.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      live.resizeObservers.delete(this);
      super.disconnect();
    }
  }
  window.ResizeObserver = CountedResizeObserver;
  restore.push(() => (window.ResizeObserver = RO));
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const keys = new Set<string>();
    const key = (type: string, fn: unknown, options?: boolean | EventListenerOptions) =>
      `${type}|${typeof options === 'boolean' ? options : !!options?.capture}|${fnId(fn)}`;
    target.addEventListener = (
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) => {
      const k = key(type, fn, options);
      if (fn && !keys.has(k) && !(typeof options === 'object' && options.once)) {
        keys.add(k);
        live.globalListeners++;
      }
      add(type, fn, options);
    };
    target.removeEventListener = (
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) => {
      const k = key(type, fn, options);
      if (keys.delete(k)) live.globalListeners--;
      remove(type, fn, options);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(fn, ms, ...args);
    live.intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    ci(id);
  }) as typeof clearInterval;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(() => {
      live.timeouts.delete(id);
      if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...args);
    }, ms);
    live.timeouts.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.timeouts.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  restore.push(() => Object.assign(window, { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct }));
  return () => restore.reverse().forEach((r) => r());
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function fnId(fn: unknown): number | string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and functions are handled below; only primitives reach String
  if (typeof fn !== 'object' && typeof fn !== 'function') return String(fn);
  if (fn === null) return 'null';
  let id = ids.get(fn);
  if (id === undefined) ids.set(fn, (id = ++nextId));
  return id;
}

/** Used JS heap after three forced garbage collections (CDP). */
export async function heapUsed(): Promise<number> {
  const session = cdp();
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** The next animation frame. */
export const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
/** Query observers of the sources' query caches. */
export function queryObservers(sources: readonly CkSource[]): number {
  return sources.reduce(
    (n, s) =>
      n +
      s.dataSource.client
        .getQueryCache()
        .getAll()
        .reduce((m, q) => m + q.getObserversCount(), 0),
    0,
  );
}

/** Two static sources (`leak-a`, `leak-b`) on the page, 480 px wide, serving DATA. */
export function leakSources(): [CkSource, CkSource] {
  const make = (id: string) => {
    const s = document.createElement('ck-source');
    s.id = id;
    s.setAttribute('adapter', 'static');
    s.adapterOptions = { data: DATA };
    s.style.display = 'block';
    s.style.width = '480px';
    document.body.append(s);
    return s;
  };
  return [make('leak-a'), make('leak-b')];
}

/** What is left after the cycles, beside what was there before them. */
export interface CycleResult {
  /** Retained JS heap growth after forced GC, MB. */
  growth: number;
  /** ResizeObservers, window/document listeners, intervals, query observers before the cycles (after warm-up). */
  baseline: Counts;
  /** The same after the cycles. */
  after: Counts;
  /** One line for the log: heap before → after and the counts. */
  summary: string;
}
/** Counts of what could be left behind. */
export interface Counts {
  ro: number;
  listeners: number;
  intervals: number;
  observers: number;
}

const counts = (sources: readonly CkSource[]): Counts => ({
  ro: live.resizeObservers.size,
  listeners: live.globalListeners,
  intervals: live.intervals.size,
  observers: queryObservers(sources),
});

/**
 * Mounts `create()` in source `a` and removes it `cycles` times (every tenth moved to `b` while connected),
 * after 20 warm-up mounts that load code and fill the query and template caches; measures the heap
 * after forced GC and the live counts before and after.
 */
export async function mountCycles(
  create: () => HTMLElement,
  [a, b]: readonly [CkSource, CkSource],
  cycles: number,
): Promise<CycleResult> {
  for (let i = 0; i < 20; i++) {
    const w = create();
    (i % 2 ? b : a).append(w);
    await frame();
    w.remove();
  }
  await frame();
  const heapBefore = await heapUsed();
  const baseline = counts([a, b]);
  for (let i = 0; i < cycles; i++) {
    const w = create();
    a.append(w);
    if (i % 10 === 0) {
      await frame();
      b.append(w); // moved to the other source while connected
    }
    if (i % 50 === 0) await frame();
    w.remove();
  }
  await frame();
  await new Promise((r) => setTimeout(r, 50));
  const heap = await heapUsed();
  const after = counts([a, b]);
  return {
    growth: (heap - heapBefore) / 2 ** 20,
    baseline,
    after,
    summary: `heap ${(heapBefore / 2 ** 20).toFixed(2)} → ${(heap / 2 ** 20).toFixed(2)} MB after ${cycles} cycles; ResizeObservers ${after.ro}, window/document listeners ${after.listeners}, intervals ${after.intervals}, pending timeouts ${live.timeouts.size}, query observers ${after.observers}`,
  };
}
