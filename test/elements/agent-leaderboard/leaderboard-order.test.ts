import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agentPerformance } from '../../../src/kpi/agents.js';
import type { AgentRow } from '../../../src/model/rows.js';
import { nextCell } from '../../../src/elements/agent-leaderboard/leaderboard-keys.js';
import { LeaderboardOrder } from '../../../src/elements/agent-leaderboard/leaderboard-order.js';
import { displayEntries, type LeaderboardEntry } from '../../../src/elements/agent-leaderboard/leaderboard-rows.js';
import { textWidth } from '../../../src/elements/agent-leaderboard/leaderboard-table.js';

const TEAMS = ['early-a', 'early-b', 'mid', 'late', 'field'];
/** n collectors; every 37th has 12 dials (a low base: its rates are flagged); kept rates repeat (ties). */
function rows(n: number): AgentRow[] {
  return Array.from({ length: n }, (_, i) => {
    const low = i % 37 === 5;
    return {
      agentId: `H${String(i).padStart(4, '0')}`,
      name: `催收员${i} / Collector ${i}`,
      team: TEAMS[i % 5]!,
      dials: low ? 12 : 1000 + (i % 97) * 10,
      connects: low ? 6 : 300 + (i % 89),
      rightPartyContacts: low ? 4 : 200 + (i % 53),
      promises: low ? 3 : 100 + (i % 31),
      promisesDue: low ? 2 : 80 + (i % 29),
      promisesKept: low ? 1 : 60 + (i % 20),
      assigned: 100_000 + i * 13,
      collected: 20_000 + ((i * 7919) % 10_000),
      hours: 100 + (i % 11),
      complaints: 0,
    };
  });
}
const entriesOf = (n: number, redact = false) => {
  const r = rows(n);
  return displayEntries(agentPerformance(r, { minDenominator: 20 }), r, redact, 'en');
};

describe('LeaderboardOrder', () => {
  const entries = entriesOf(2000);
  const collator = new Intl.Collator('en');
  const byName = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    collator.compare(a.display, b.display) || collator.compare(a.perf.agentId, b.perf.agentId);

  it('orders a rate best first, flagged rates last, ties by name: as a plain sort of the entries does', () => {
    const order = new LeaderboardOrder(entries, 'en');
    const got = [...order.sorted('keptRate', true)].map((i) => entries[i]!.perf.agentId);
    // Oracle: Array#sort on the entry objects with the rule written out.
    const value = (e: (typeof entries)[number]) =>
      e.perf.metrics.keptRate.flagged ? null : e.perf.metrics.keptRate.rate;
    const want = [...entries]
      .sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        if (va === null || vb === null) return va === null && vb === null ? byName(a, b) : va === null ? 1 : -1;
        return vb - va || byName(a, b);
      })
      .map((e) => e.perf.agentId);
    expect(got).toEqual(want);
    const flagged = entries.filter((e) => e.perf.metrics.keptRate.flagged).length;
    expect(flagged).toBe(54);
    expect(got.slice(-flagged).every((id) => Number(id.slice(1)) % 37 === 5)).toBe(true);
  });

  it('sorts once per column and direction, in O(n log n) comparator calls, and caches the order', () => {
    const order = new LeaderboardOrder(entries, 'en');
    const a = order.sorted('contactRate', true);
    const { sorts, comparisons } = order.work;
    expect(sorts).toBe(1);
    expect(comparisons).toBeLessThanOrEqual(2 * 2000 * Math.ceil(Math.log2(2000)));
    expect(order.sorted('contactRate', true)).toBe(a);
    expect(order.work).toMatchObject({ sorts: 1, comparisons });
    expect(order.sorted('contactRate', false)).not.toBe(a);
    expect(order.work.sorts).toBe(2);
  });

  it('breaks ties with the collator until the names are ranked, and never after', () => {
    const order = new LeaderboardOrder(entries, 'en');
    order.sorted('keptRate', true);
    expect(order.work.collations).toBeGreaterThan(0); // kept rates repeat: ties
    const prepared = new LeaderboardOrder(entries, 'en');
    prepared.prepare();
    const collations = prepared.work.collations;
    expect([...prepared.sorted('keptRate', true)]).toEqual([...order.sorted('keptRate', true)]);
    expect([...prepared.sorted('name', false)].map((i) => entries[i]!.display)).toEqual(
      [...entries].sort(byName).map((e) => e.display),
    );
    expect(prepared.work.collations).toBe(collations);
  });

  it('orders teams by collating the distinct teams only, names within a team', () => {
    const order = new LeaderboardOrder(entries, 'en');
    order.prepare();
    const before = order.work.collations;
    const got = [...order.sorted('team', false)].map((i) => entries[i]!);
    expect(order.work.collations - before).toBeLessThanOrEqual(10);
    expect([...new Set(got.map((e) => e.perf.team))]).toEqual(['early-a', 'early-b', 'field', 'late', 'mid']);
    const late = got.filter((e) => e.perf.team === 'late');
    expect(late.map((e) => e.display)).toEqual([...late].sort(byName).map((e) => e.display));
  });

  it('ranks collected by position and the rates by their KPI rank', () => {
    const order = new LeaderboardOrder(entries, 'en');
    const best = order.sorted('collected', true)[0]!;
    expect(order.rank(best, 'collected')).toBe(1);
    expect(Math.max(...entries.map((e) => e.collected))).toBe(entries[best]!.collected);
    expect(order.rank(7, 'contactRate')).toBe(entries[7]!.perf.ranks.contactRate);
  });

  it('searches every word in the displayed name or the team, case-insensitively, in the given order', () => {
    const order = new LeaderboardOrder(entries, 'en');
    const byName = order.sorted('name', false);
    const hits = order.search(byName, 'LATE collector 12');
    const found = [...hits].map((p) => entries[byName[p]!]!);
    // Words, not a phrase: "12" anywhere in the name (催收员412 too), "late" in the team.
    const matches = (e: (typeof entries)[number]) => e.perf.team === 'late' && e.display.includes('12');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(matches)).toBe(true);
    expect(found.length).toBe(entries.filter(matches).length);
    expect(found.some((e) => !e.display.includes('Collector 12'))).toBe(true);
    expect([...hits]).toEqual([...hits].sort((a, b) => a - b));
    expect(order.search(byName, '   ').length).toBe(2000);
  });

  it('searches the pseudonyms when redacted: a real name finds nobody', () => {
    const redacted = entriesOf(50, true);
    const order = new LeaderboardOrder(redacted, 'en');
    const all = order.sorted('collected', true);
    expect(order.search(all, 'Collector 7').length).toBe(0);
    expect(order.search(all, '催收员7').length).toBe(0);
    const code = redacted[7]!.display.split(' ')[1]!;
    expect([...order.search(all, code.toLowerCase())].map((p) => all[p])).toEqual([7]);
  });
});

describe('nextCell', () => {
  const at = (series: number, index: number) => ({ series, index });
  it('lands on the first cell, moves by one, clamps at the edges, and pages', () => {
    expect(nextCell(null, { key: 'ArrowDown' }, 100, 7, 10)).toEqual(at(0, 0));
    expect(nextCell(at(0, 0), { key: 'ArrowUp' }, 100, 7, 10)).toEqual(at(0, 0));
    expect(nextCell(at(99, 3), { key: 'ArrowDown' }, 100, 7, 10)).toEqual(at(99, 3));
    expect(nextCell(at(5, 6), { key: 'ArrowRight' }, 100, 7, 10)).toEqual(at(5, 6));
    expect(nextCell(at(5, 2), { key: 'PageDown' }, 100, 7, 10)).toEqual(at(15, 2));
    expect(nextCell(at(95, 2), { key: 'PageDown' }, 100, 7, 10)).toEqual(at(99, 2));
    expect(nextCell(at(5, 2), { key: 'PageUp' }, 100, 7, 10)).toEqual(at(0, 2));
    expect(nextCell(at(5, 2), { key: 'Home' }, 100, 7, 10)).toEqual(at(5, 0));
    expect(nextCell(at(5, 2), { key: 'End' }, 100, 7, 10)).toEqual(at(5, 6));
    expect(nextCell(at(5, 2), { key: 'End', ctrlKey: true }, 100, 7, 10)).toEqual(at(99, 6));
    expect(nextCell(at(5, 2), { key: 'Home', metaKey: true }, 100, 7, 10)).toEqual(at(0, 0));
    expect(nextCell(at(5, 2), { key: 'x' }, 100, 7, 10)).toBeUndefined();
    expect(nextCell(null, { key: 'ArrowDown' }, 0, 7, 10)).toBeNull();
  });
});

describe('LeaderboardOrder after a refresh', () => {
  it('keeps the name rank when the names are the same, and collates again when one changed', () => {
    const entries = entriesOf(300);
    const first = new LeaderboardOrder(entries, 'en');
    first.prepare();
    const refreshed = entriesOf(300);
    const kept = new LeaderboardOrder(refreshed, 'en', first);
    kept.sorted('name', false);
    expect(kept.work.collations).toBe(0);
    const renamed = refreshed.map((e, i) => (i === 3 ? { ...e, display: 'Aaron' } : e));
    const again = new LeaderboardOrder(renamed, 'en', first);
    const byName = again.sorted('name', false);
    expect(again.work.collations).toBeGreaterThan(0);
    expect(renamed[byName[0]!]!.display).toBe('Aaron');
    // Another language collates again (its order may differ).
    const chinese = new LeaderboardOrder(refreshed, 'zh-CN', first);
    chinese.sorted('name', false);
    expect(chinese.work.collations).toBeGreaterThan(0);
  });
});

describe('LeaderboardOrder on any values', () => {
  /** An entry whose collected amount is `collected` (NaN: missing), named so that names tie-break. */
  const entry = (i: number, collected: number, name: string): LeaderboardEntry => {
    const ratio = { numerator: 0, denominator: 0, rate: null, flagged: false };
    const metrics = {
      contactRate: ratio,
      rpcRate: ratio,
      ptpRate: ratio,
      keptRate: ratio,
      liquidation: ratio,
      collectedPerHour: ratio,
    };
    const ranks = {
      contactRate: null,
      rpcRate: null,
      ptpRate: null,
      keptRate: null,
      liquidation: null,
      collectedPerHour: null,
    };
    return { perf: { agentId: `A${i}`, name, metrics, ranks }, display: name, collected };
  };
  const collator = new Intl.Collator('en');
  const byName = (a: LeaderboardEntry, b: LeaderboardEntry) =>
    collator.compare(a.display, b.display) || collator.compare(a.perf.agentId, b.perf.agentId);

  it('orders amounts as a plain comparator sort does: ties (0 and -0 too) by name, missing last, either direction', () => {
    // Few distinct values and names, so ties and equal names are frequent.
    const value = fc.oneof(
      fc.constantFrom(0, -0, 1, 2.5, -3, NaN),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const rowsArb = fc.array(fc.tuple(value, fc.constantFrom('Ann', 'Bo', 'ann', '张', 'Zoe')), { maxLength: 60 });
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, descending) => {
        const entries = rows.map(([v, name], i) => entry(i, v, name));
        const got = [...new LeaderboardOrder(entries, 'en').sorted('collected', descending)].map(
          (i) => entries[i]!.perf.agentId,
        );
        const sign = descending ? -1 : 1;
        const want = [...entries]
          .sort((a, b) => {
            const [na, nb] = [Number.isNaN(a.collected), Number.isNaN(b.collected)];
            if (na || nb) return na && nb ? byName(a, b) : na ? 1 : -1;
            return sign * (a.collected - b.collected) || byName(a, b);
          })
          .map((e) => e.perf.agentId);
        expect(got).toEqual(want);
      }),
    );
  });

  it('measures text width as one em per character, two for East Asian wide ones (code units from U+2E80)', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('Collector 12')).toBe(12);
    expect(textWidth('催收员12')).toBe(8);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        let width = 0;
        for (const unit of text.split('')) width += unit.charCodeAt(0) >= 0x2e80 ? 2 : 1;
        expect(textWidth(text)).toBe(width);
      }),
    );
  });
});
