/**
 * Type checks of the public surface, run by `npm run typecheck` (part of `npm test`): every tag maps to
 * its class, every ck-* event to its detail type, and mistakes are type errors. Each
 * `@ts-expect-error` line fails the type check if the mistake below it stops being an error.
 */
import type { CkAgentLeaderboard, CkErrorDetail, CkOverdueTrend, CkSelectDetail, CkSource } from '../../src/index.js';

export function typedTags(): [CkOverdueTrend, CkAgentLeaderboard, CkSource] {
  return [
    document.createElement('ck-overdue-trend'),
    document.createElement('ck-agent-leaderboard'),
    document.createElement('ck-source'),
  ];
}

export function typedEvents(el: HTMLElement): void {
  el.addEventListener('ck-select', (e) => {
    const detail: CkSelectDetail = e.detail;
    void detail.period;
  });
  el.addEventListener('ck-error', (e) => {
    const detail: CkErrorDetail = e.detail;
    void [detail.url, detail.hint, detail.status];
    // @ts-expect-error: a ck-error detail has no `period`
    void detail.period;
  });
  el.addEventListener('ck-filter-change', (e) => void e.detail.filters.from);
  el.addEventListener('ck-export', (e) => void e.detail.format);
  // @ts-expect-error: a ck-select detail has no `hint`
  el.addEventListener('ck-select', (e) => void e.detail.hint);
}

export function typedProperties(trend: CkOverdueTrend): void {
  trend.buckets = 'M1,M2';
  // @ts-expect-error: `basis` is 'count' | 'balance'
  trend.basis = 'amount';
}
