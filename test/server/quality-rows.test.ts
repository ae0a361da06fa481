/**
 * quality by month from its cells (sql/quality-cells-month.sql + quality-agents.sql, made into rows by
 * src/server/quality-rows.ts): the codes decode to the contract's row, and on the seeded warehouse the answer is
 * row for row the one of quality.sql (the attempts) and of quality-cells.sql (the summing path), also when the
 * collectors change between the two statements.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QA_RULES } from '../../src/model/rows.js';
import { columnsOfRows } from '../../src/server/engine/columns.js';
import type { Engine } from '../../src/server/engine/engine.js';
import { metricParams, metricSql, namedParams, runMetric, sqlName } from '../../src/server/metrics.js';
import { parseQuery } from '../../src/server/query.js';
import { QUALITY_RULE_BY_K, qualityRows } from '../../src/server/quality-rows.js';
import { boundFilters } from '../../src/server/scope.js';
import { HOOK_DEADLINE, seededFixture, type Fixture } from './support.js';

const AGENTS = [
  { ix: 0, agentId: 'A1', team: 'early-a', name: 'Li Na' },
  { ix: 1, agentId: 'A2', team: 'late', name: 'Wang Wei' },
];

/** A coded row of quality-cells-month.sql with its counts (collector `agent` among the two AGENTS). */
const coded = (day: number, agent: number, manual: number, k: number) => ({
  day,
  agent,
  collectors: AGENTS.length,
  manual,
  k,
  calls: 10,
  checked: 9,
  violations: k === 0 ? 2 : 1,
  scoreSum: k === 0 ? 801.5 : 0,
});

/** qualityRows of coded rows (as columns) and AGENTS. */
const decode = (rows: Record<string, unknown>[], agents = AGENTS) => qualityRows(columnsOfRows(rows), agents);

describe('qualityRows', () => {
  it.each([
    // day (days since 1970-01-01 of the month's first day) → period; manual → method; k → rule
    [19723, 0, 0, '2024-01', 'ai', 'any'], // 2024-01-01
    [19754, 1, 1, '2024-02', 'manual', 'abusive-language'], // 2024-02-01
    [20089, 0, 4, '2025-01', 'ai', 'third-party-disclosure'], // 2025-01-01 (a year boundary)
    [20058, 1, 6, '2024-12', 'manual', 'outside-hours'], // 2024-12-01
    [-25567, 0, 2, '1900-01', 'ai', 'threats'], // 1900-01-01 (the earliest year a query takes)
    [84340, 1, 5, '2200-12', 'manual', 'false-statements'], // 2200-12-01 (the latest)
  ])('day %i, manual %i, k %i → %s %s %s', (day, manual, k, period, method, rule) => {
    expect(decode([coded(day, 1, manual, k)])).toEqual([
      {
        period,
        team: 'late',
        agentId: 'A2',
        name: 'Wang Wei',
        method,
        rule,
        calls: 10,
        checked: 9,
        violations: k === 0 ? 2 : 1,
        scoreSum: k === 0 ? 801.5 : 0,
      },
    ]);
  });

  it("keeps the rows' order and the contract's key order; each collector code is its collector", () => {
    const rows = decode([coded(19723, 1, 0, 0), coded(19723, 0, 0, 0), coded(19723, 0, 1, 3)]);
    expect(rows?.map((r) => [r.agentId, r.team, r.name, r.method, r.rule])).toEqual([
      ['A2', 'late', 'Wang Wei', 'ai', 'any'],
      ['A1', 'early-a', 'Li Na', 'ai', 'any'],
      ['A1', 'early-a', 'Li Na', 'manual', 'impersonation'],
    ]);
    expect(Object.keys(rows?.[0] ?? {})).toEqual([
      'period',
      'team',
      'agentId',
      'name',
      'method',
      'rule',
      'calls',
      'checked',
      'violations',
      'scoreSum',
    ]);
  });

  it('no cell: no row, whatever the collectors', () => {
    expect(qualityRows({ rowCount: 0, columns: {} }, AGENTS)).toEqual([]);
    expect(qualityRows({ rowCount: 0, columns: {} }, [])).toEqual([]);
  });

  it('null when the statements saw other collectors (their count differs)', () => {
    expect(decode([{ ...coded(19723, 0, 0, 0), collectors: 3 }])).toBeNull();
    expect(decode([coded(19723, 0, 0, 0)], AGENTS.slice(0, 1))).toBeNull();
  });

  it('refuses a rule code outside 0–6, a collector code outside the list, codes out of place and non-numbers', () => {
    expect(() => decode([coded(19723, 0, 0, 7)])).toThrow('rule k 7, not 0–6');
    expect(() => decode([coded(19723, 2, 0, 0)])).toThrow('collector code 2, not 0–1');
    expect(() => decode([{ ...coded(19723, 0, 0, 0), day: '2024-01-01' }])).toThrow(
      'sent day that is not a number: string',
    );
    expect(() => decode([coded(19723, 0, 0, 0)], [...AGENTS].reverse())).toThrow(
      'quality-agents.sql sent collector code 1 in place 0',
    );
    expect(() => qualityRows({ rowCount: 1, columns: {} }, AGENTS)).toThrow('quality-cells-month.sql sent no column');
  });

  it('any month from 1900 to 2200 and any rule decode to the month of that day and the rule of that k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: QA_RULES.length }),
        (year, month, k) => {
          const day = Date.UTC(year, month - 1, 1) / 86_400_000;
          const [row] = decode([coded(day, 0, 0, k)]) ?? [];
          expect(row?.period).toBe(`${year}-${String(month).padStart(2, '0')}`);
          expect(row?.rule).toBe(k === 0 ? 'any' : QA_RULES[k - 1]);
        },
      ),
    );
  });
});

describe('quality by month on the seeded warehouse', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await seededFixture();
  }, HOOK_DEADLINE);
  afterAll(() => fx?.dispose());

  it("the cells' rule codes are QUALITY_RULE_BY_K's", async () => {
    const pairs = await fx.engine.query(
      `SELECT DISTINCT k::INTEGER AS k, rule FROM quality_cells ORDER BY k`,
      {},
      10_000,
    );
    expect(pairs.length).toBe(QUALITY_RULE_BY_K.length);
    for (const p of pairs) expect(p.rule).toBe(QUALITY_RULE_BY_K[Number(p.k)]);
  });

  it.each(['', 'from=2024-03&to=2024-08', 'team=mid', 'region=east&team=late', 'interval=month&to=2024-04'])(
    'quality?%s from the cells by month = quality.sql over the attempts = quality-cells.sql',
    async (qs) => {
      const q = parseQuery(Object.fromEntries(new URLSearchParams(qs)));
      const filters = boundFilters('quality', q, {});
      expect(sqlName('quality', q, undefined, fx.engine.storedDerived)).toBe('quality-cells-month');
      const { rows } = await runMetric(fx.engine, 'quality', q, filters, 60_000);
      const params = metricParams('quality', q, filters);
      const run = (file: string) => {
        const sql = metricSql(file);
        return fx.engine.query(sql, namedParams(sql, params), 60_000);
      };
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).toBe(JSON.stringify(await run('quality')));
      expect(JSON.stringify(rows)).toBe(JSON.stringify(await run('quality-cells')));
    },
  );

  it('collectors changed between the statements (one fewer in quality-agents.sql): quality-cells.sql answers', async () => {
    const q = parseQuery({});
    const filters = boundFilters('quality', q, {});
    const agentsSql = metricSql('quality-agents');
    let cut = 0;
    const engine: Engine = {
      ...fx.engine,
      queryColumns: undefined,
      query: async (sql, params, timeoutMs) => {
        const rows = await fx.engine.query(sql, params, timeoutMs);
        if (sql !== agentsSql) return rows;
        cut++;
        return rows.slice(0, -1);
      },
    };
    const { rows } = await runMetric(engine, 'quality', q, filters, 60_000);
    expect(cut).toBe(1);
    const sql = metricSql('quality-cells');
    const expected = await fx.engine.query(sql, namedParams(sql, metricParams('quality', q, filters)), 60_000);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(rows)).toBe(JSON.stringify((await runMetric(fx.engine, 'quality', q, filters, 60_000)).rows));
  });

  it('quarters and years still sum the cells (quality-cells.sql)', () => {
    expect(sqlName('quality', parseQuery({ interval: 'quarter' }), undefined, fx.engine.storedDerived)).toBe(
      'quality-cells',
    );
    expect(sqlName('quality', parseQuery({ interval: 'year' }))).toBe('quality-cells');
  });
});
