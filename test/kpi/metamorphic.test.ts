/**
 * Metamorphic properties of the KPI engine: relations between two runs that hold whatever the data, so they
 * pin behaviour without restating the formulas.
 * - scale: multiplying every count and amount (numerators and denominators alike) by k leaves every rate as
 *   it was and multiplies every numerator and denominator by k;
 * - order: the rows' order does not matter;
 * - zero row: a row of zeros for a key that had none changes nothing;
 * - split: splitting every row's counts between two shards (by account, as two warehouses or regions would
 *   answer) and adding the two responses' numerators and denominators gives the whole response back.
 * Amounts are whole numbers (cents), so sums are exact and "the same rate" means the same double.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agentPerformance,
  channelEffectiveness,
  complaintTrend,
  complianceRates,
  overdueRates,
  recoveryCurves,
  transitionMatrix,
  vintageCurves,
} from '../../src/kpi/index.js';
import type {
  AgentRow,
  ChannelRow,
  ComplaintRow,
  ComplianceRow,
  ExposureRow,
  OverdueRow,
  RecoveryRow,
  RollRateRow,
  VintageRow,
} from '../../src/model/rows.js';

type Ratio = { numerator: number; denominator: number; rate: number | null };

/** Every `{numerator, denominator, rate}` inside `value`, by its path. */
function ratios(value: unknown, path = '', out = new Map<string, Ratio>()): Map<string, Ratio> {
  if (Array.isArray(value)) value.forEach((v, i) => ratios(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('numerator' in o && 'denominator' in o && 'rate' in o) out.set(path, o as unknown as Ratio);
    for (const [k, v] of Object.entries(o)) ratios(v, `${path}.${k}`, out);
  }
  return out;
}

/** `scaled` has the same ratios as `base` with numerators and denominators × k and the same rates (within `tol`, relative). */
function expectScaled(base: unknown, scaled: unknown, k: number, tol = 0) {
  const a = ratios(base);
  const b = ratios(scaled);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [path, r] of a) {
    const s = b.get(path)!;
    expect(s.numerator, `${path} numerator`).toBe(r.numerator * k);
    expect(s.denominator, `${path} denominator`).toBe(r.denominator * k);
    if (r.rate === null || tol === 0) expect(s.rate, `${path} rate`).toBe(r.rate);
    else expect(Math.abs(s.rate! - r.rate) <= tol * Math.abs(r.rate), `${path} rate ${s.rate} vs ${r.rate}`).toBe(true);
  }
}

/** The two shards' ratios add up to the whole's: numerators and denominators sum, rate = sum ÷ sum. */
function expectAdditive(whole: unknown, a: unknown, b: unknown) {
  const [w, x, y] = [ratios(whole), ratios(a), ratios(b)];
  for (const [path, r] of w) {
    const [p, q] = [x.get(path), y.get(path)];
    const numerator = (p?.numerator ?? 0) + (q?.numerator ?? 0);
    const denominator = (p?.denominator ?? 0) + (q?.denominator ?? 0);
    expect([r.numerator, r.denominator], path).toEqual([numerator, denominator]);
    if (r.rate !== null) expect(r.rate, `${path} rate`).toBe(numerator / denominator);
  }
}

const k = fc.integer({ min: 2, max: 1000 });
const amount = fc.nat({ max: 1_000_000 });
/** A list of rows with distinct keys. */
const unique = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string, maxLength = 24) =>
  fc.uniqueArray(arb, { selector: key, maxLength });
/** Fractions (0..1) to split every row between two shards. */
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 });
const cut = (n: number, f: number) => Math.floor(n * f);

function scaleRows<T extends object>(rows: readonly T[], fields: readonly (keyof T)[], m: number): T[] {
  return rows.map((r) => ({ ...r, ...Object.fromEntries(fields.map((f) => [f, (r[f] as number) * m])) }));
}

/**
 * Splits every row into two shards: each field in `fields` is cut at the row's fraction; `linked` pairs
 * [a, b] keep a ≤ b in both shards (e.g. breaches ≤ checked) by cutting a first and giving b at least as much.
 */
function splitRows<T extends object>(
  rows: readonly T[],
  fields: readonly (keyof T)[],
  fractions: readonly number[],
): [T[], T[]] {
  const a: T[] = [];
  const b: T[] = [];
  rows.forEach((r, i) => {
    const f = fractions[i % fractions.length]!;
    const x = { ...r };
    const y = { ...r };
    for (const field of fields) {
      const n = r[field] as number;
      (x[field] as number) = cut(n, f);
      (y[field] as number) = n - cut(n, f);
    }
    a.push(x);
    b.push(y);
  });
  return [a, b];
}

const shuffle = <T>(rows: readonly T[], seed: number) =>
  rows
    .map((r, i) => [(i * 2654435761 + seed) % 1000003, r] as const)
    .sort((p, q) => p[0] - q[0])
    .map(([, r]) => r);

// ── overdue ────────────────────────────────────────────────────────────────────────────────────────────

const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];
const overdueRows = unique(
  fc.record({
    period: fc.constantFrom('2024-01', '2024-02', '2024-03'),
    bucket: fc.constantFrom(...BUCKETS),
    accounts: amount,
    balance: amount,
  }),
  (r) => `${r.period}|${r.bucket}`,
);
const overdueOptions = fc.record({
  basis: fc.constantFrom<'count' | 'balance'>('count', 'balance'),
  buckets: fc.constant(['M0', 'M1', 'M1+', 'M2+', 'M4+', 'M7+']),
});
const OVERDUE_FIELDS = ['accounts', 'balance'] as const;

describe('overdueRates', () => {
  it('scale: every count and balance × k leaves the rates and multiplies the parts by k', () => {
    fc.assert(
      fc.property(overdueRows, overdueOptions, k, (rows, o, m) =>
        expectScaled(overdueRates(rows, o), overdueRates(scaleRows(rows, OVERDUE_FIELDS, m), o), m),
      ),
    );
  });
  it('order: rows in any order give the same response', () => {
    fc.assert(
      fc.property(overdueRows, overdueOptions, fc.nat(), (rows, o, seed) => {
        expect(overdueRates(shuffle(rows, seed), o)).toEqual(overdueRates(rows, o));
      }),
    );
  });
  it('zero row: a zero row for a missing bucket of a period changes nothing', () => {
    fc.assert(
      fc.property(
        overdueRows.filter((r) => r.length > 0),
        overdueOptions,
        fc.nat(),
        (rows, o, pick) => {
          const period = rows[pick % rows.length]!.period;
          const missing = BUCKETS.filter((b) => !rows.some((r) => r.period === period && r.bucket === b));
          fc.pre(missing.length > 0);
          const zero: OverdueRow = { period, bucket: missing[pick % missing.length]!, accounts: 0, balance: 0 };
          expect(overdueRates([...rows, zero], o)).toEqual(overdueRates(rows, o));
        },
      ),
    );
  });
  it('split: two shards of every row add back to the whole response', () => {
    fc.assert(
      fc.property(overdueRows, overdueOptions, cuts, (rows, o, f) => {
        const [a, b] = splitRows(rows, OVERDUE_FIELDS, f);
        expectAdditive(overdueRates(rows, o), overdueRates(a, o), overdueRates(b, o));
      }),
    );
  });
});

// ── roll rates ─────────────────────────────────────────────────────────────────────────────────────────

const STATES = ['M0', 'M1', 'M2', 'M3', 'CO'];
const rollRows = unique(
  fc.record({
    period: fc.constantFrom('2024-02', '2024-03'),
    from: fc.constantFrom(...STATES.slice(0, 4)),
    to: fc.constantFrom(...STATES),
    accounts: amount,
    balance: amount,
  }),
  (r) => `${r.period}|${r.from}|${r.to}`,
  30,
);
const basis = fc.constantFrom<'count' | 'balance'>('count', 'balance');

describe('transitionMatrix', () => {
  it('scale: rates unchanged, counts × k', () => {
    fc.assert(
      fc.property(rollRows, basis, k, (rows, b, m) => {
        const [x, y] = [
          transitionMatrix(rows, { basis: b }),
          transitionMatrix(scaleRows(rows, OVERDUE_FIELDS, m), { basis: b }),
        ];
        expect(y.rates).toEqual(x.rates);
        expect(y.counts).toEqual(x.counts.map((row) => row.map((v) => v * m)));
      }),
    );
  });
  it('order: rows in any order give the same matrix', () => {
    fc.assert(
      fc.property(rollRows, basis, fc.nat(), (rows, b, seed) => {
        expect(transitionMatrix(shuffle(rows, seed), { basis: b })).toEqual(transitionMatrix(rows, { basis: b }));
      }),
    );
  });
  it('zero row: a zero row between states that already occur changes nothing', () => {
    fc.assert(
      fc.property(
        rollRows.filter((r) => r.length > 1),
        basis,
        fc.nat(),
        (rows, b, pick) => {
          const from = rows[pick % rows.length]!.from;
          const to = rows[(pick >> 3) % rows.length]!.to;
          fc.pre(!rows.some((r) => r.period === '2024-02' && r.from === from && r.to === to));
          const zero: RollRateRow = { period: '2024-02', from, to, accounts: 0, balance: 0 };
          expect(transitionMatrix([...rows, zero], { basis: b })).toEqual(transitionMatrix(rows, { basis: b }));
        },
      ),
    );
  });
  it("split: the shards' counts add up to the whole matrix", () => {
    fc.assert(
      fc.property(rollRows, basis, cuts, (rows, b, f) => {
        const [a, c] = splitRows(rows, OVERDUE_FIELDS, f);
        const [whole, x, y] = [rows, a, c].map((r) => transitionMatrix(r, { basis: b }));
        const cell = (m: typeof whole, i: string, j: string) =>
          m!.states.includes(i) && m!.states.includes(j) ? m!.counts[m!.states.indexOf(i)]![m!.states.indexOf(j)]! : 0;
        for (const i of whole!.states)
          for (const j of whole!.states) expect(cell(whole, i, j), `${i}→${j}`).toBe(cell(x, i, j) + cell(y, i, j));
      }),
    );
  });
});

// ── vintage and recovery ───────────────────────────────────────────────────────────────────────────────

const vintageRows = unique(
  fc
    .tuple(fc.constantFrom('2024-01', '2024-02'), fc.integer({ min: 1, max: 12 }), amount, amount, amount, amount)
    .map(([cohort, mob, oa, om, da, db]): VintageRow => ({
      cohort,
      mob,
      originatedAccounts: Math.max(oa, da),
      originatedAmount: om,
      delinquentAccounts: Math.min(oa, da),
      delinquentBalance: db,
    })),
  (r) => `${r.cohort}|${r.mob}`,
);
const VINTAGE_FIELDS = ['originatedAccounts', 'originatedAmount', 'delinquentAccounts', 'delinquentBalance'] as const;

describe('vintageCurves', () => {
  it('scale, order and split', () => {
    fc.assert(
      fc.property(
        vintageRows.filter((r) => r.length > 0),
        basis,
        k,
        fc.nat(),
        cuts,
        (rows, b, m, seed, f) => {
          const whole = vintageCurves(rows, { basis: b });
          expectScaled(whole, vintageCurves(scaleRows(rows, VINTAGE_FIELDS, m), { basis: b }), m);
          expect(vintageCurves(shuffle(rows, seed), { basis: b })).toEqual(whole);
          // Split originations and delinquency alike, keeping delinquent ≤ originated accounts in each shard.
          const [a, c] = splitRows(rows, VINTAGE_FIELDS, f);
          for (const [x, y] of a.map((r, i) => [r, c[i]!] as const)) {
            if (x.delinquentAccounts > x.originatedAccounts) {
              const move = x.delinquentAccounts - x.originatedAccounts;
              x.delinquentAccounts -= move;
              y.delinquentAccounts += move;
            }
          }
          fc.pre(c.every((r) => r.delinquentAccounts <= r.originatedAccounts));
          expectAdditive(whole, vintageCurves(a, { basis: b }), vintageCurves(c, { basis: b }));
        },
      ),
    );
  });
});

/** Recovery rows: the cohort's charged-off balance on every row of the cohort (the contract), one row per month. */
const recoveryRows = fc
  .tuple(
    unique(
      fc.record({
        cohort: fc.constantFrom('2023-01', '2023-02'),
        month: fc.integer({ min: 0, max: 11 }),
        recovered: amount,
        fees: fc.nat({ max: 1000 }),
      }),
      (r) => `${r.cohort}|${r.month}`,
    ),
    fc.integer({ min: 1, max: 1e7 }),
    fc.nat({ max: 1e7 }),
  )
  .map(([rows, a, b]) => rows.map((r): RecoveryRow => ({ ...r, chargedOff: r.cohort === '2023-01' ? a : b })));

describe('recoveryCurves', () => {
  it('scale (charged-off, recovered and fees × k): same rates, cumulative × k; order: the same curves', () => {
    fc.assert(
      fc.property(
        recoveryRows.filter((r) => r.length > 0),
        fc.boolean(),
        k,
        fc.nat(),
        (rows, net, m, seed) => {
          const whole = recoveryCurves(rows, { net });
          const scaled = recoveryCurves(scaleRows(rows, ['chargedOff', 'recovered', 'fees'], m), { net });
          expect(
            scaled.map((c) => [c.cohort, c.chargedOff / m, c.points.map((p) => [p.month, p.cumulative / m, p.rate])]),
          ).toEqual(whole.map((c) => [c.cohort, c.chargedOff, c.points.map((p) => [p.month, p.cumulative, p.rate])]));
          expect(recoveryCurves(shuffle(rows, seed), { net })).toEqual(whole);
        },
      ),
    );
  });
});

// ── agents, complaints, channels, compliance ───────────────────────────────────────────────────────────

const agentRows = unique(
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.array(amount, { minLength: 10, maxLength: 10 }))
    .map(([id, v]): AgentRow => {
      const [rpc, connects, dials] = [v[0]!, v[1]!, v[2]!].sort((a, b) => a - b) as [number, number, number];
      const [kept, due] = [v[3]!, v[4]!].sort((a, b) => a - b) as [number, number];
      return {
        agentId: `a${id}`,
        name: `Agent ${id}`,
        dials,
        connects,
        rightPartyContacts: rpc,
        promises: v[5]!,
        promisesDue: due,
        promisesKept: kept,
        assigned: v[6]!,
        collected: v[7]!,
        hours: v[8]!,
        complaints: v[9]!,
      };
    }),
  (r) => r.agentId,
  12,
);
const AGENT_FIELDS = [
  'dials',
  'connects',
  'rightPartyContacts',
  'promises',
  'promisesDue',
  'promisesKept',
  'assigned',
  'collected',
  'hours',
  'complaints',
] as const;
const byAgent = (out: ReturnType<typeof agentPerformance>) => Object.fromEntries(out.map((a) => [a.agentId, a]));

describe('agentPerformance', () => {
  it('scale: rates and ranks unchanged; order: the same agents with the same rates and ranks', () => {
    fc.assert(
      fc.property(
        agentRows.filter((r) => r.length > 0),
        k,
        fc.nat(),
        (rows, m, seed) => {
          const whole = agentPerformance(rows);
          const scaled = agentPerformance(scaleRows(rows, AGENT_FIELDS, m));
          expectScaled(whole, scaled, m);
          expect(scaled.map((a) => a.ranks)).toEqual(whole.map((a) => a.ranks));
          expect(byAgent(agentPerformance(shuffle(rows, seed)))).toEqual(byAgent(whole));
        },
      ),
    );
  });
});

const complaintRows = unique(
  fc
    .tuple(
      fc.constantFrom('2024-01', '2024-02'),
      fc.constantFrom('debt not owed', 'communication', 'notice'),
      fc.constantFrom('phone', 'web'),
      amount,
      amount,
      amount,
    )
    .map(([period, category, channel, a, b, c]): ComplaintRow => {
      const [upheld, onTime, closed] = [a % 1000, b % 1000, c % 1000].sort((x, y) => x - y) as [number, number, number];
      return { period, category, channel, received: closed + (a % 7), closed, closedOnTime: onTime, upheld };
    }),
  (r) => `${r.period}|${r.category}|${r.channel}`,
);
const exposureOf = (rows: readonly ComplaintRow[], accounts: number): ExposureRow[] =>
  [...new Set(rows.map((r) => r.period))].map((period) => ({ period, accounts }));

describe('complaintTrend', () => {
  it('scale (complaints and exposure × k) and order', () => {
    fc.assert(
      fc.property(
        complaintRows.filter((r) => r.length > 0),
        fc.integer({ min: 1, max: 1e6 }),
        k,
        fc.nat(),
        fc.constantFrom<'category' | 'channel'>('category', 'channel'),
        (rows, accounts, m, seed, by) => {
          const whole = complaintTrend(rows, exposureOf(rows, accounts), { by });
          const scaled = complaintTrend(
            scaleRows(rows, ['received', 'closed', 'closedOnTime', 'upheld'], m),
            exposureOf(rows, accounts * m),
            { by },
          );
          // per 10,000 accounts divides by an average of accounts: equal up to rounding, not bit for bit.
          expectScaled(whole, scaled, m, 1e-12);
          expect(complaintTrend(shuffle(rows, seed), exposureOf(rows, accounts), { by })).toEqual(whole);
        },
      ),
    );
  });
});

const channelRows = unique(
  fc
    .tuple(
      fc.constantFrom('2024-01', '2024-02', '2024-03'),
      fc.constantFrom('phone', 'sms', 'visit', 'agency'),
      amount,
      amount,
      amount,
      amount,
      amount,
    )
    .map(([period, channel, a, b, accounts, cost, collected]): ChannelRow => ({
      period,
      channel,
      attempts: Math.max(a, b),
      contacts: Math.min(a, b),
      accounts,
      cost,
      collected,
    })),
  (r) => `${r.period}|${r.channel}`,
);
const CHANNEL_FIELDS = ['attempts', 'contacts', 'accounts', 'cost', 'collected'] as const;

describe('channelEffectiveness', () => {
  it('scale, order, zero rows and split', () => {
    fc.assert(
      fc.property(
        channelRows.filter((r) => r.length > 0),
        k,
        fc.nat(),
        cuts,
        (rows, m, seed, f) => {
          const whole = channelEffectiveness(rows);
          expectScaled(whole, channelEffectiveness(scaleRows(rows, CHANNEL_FIELDS, m)), m);
          expect(channelEffectiveness(shuffle(rows, seed))).toEqual(whole);
          // A zero row for a period the channel had no row in.
          const zero = { ...rows[0]!, period: '2023-12', attempts: 0, contacts: 0, accounts: 0, cost: 0, collected: 0 };
          expect(channelEffectiveness([...rows, zero])).toEqual(whole);
          const [a, b] = splitRows(rows, CHANNEL_FIELDS, f);
          fc.pre(a.every((r) => r.contacts <= r.attempts) && b.every((r) => r.contacts <= r.attempts));
          expectAdditive(whole, channelEffectiveness(a), channelEffectiveness(b));
        },
      ),
    );
  });
});

const complianceRows = unique(
  fc
    .tuple(
      fc.constantFrom('2024-01', '2024-02'),
      fc.constantFrom('quiet-hours', '7-in-7', 'third-party'),
      amount,
      amount,
    )
    .map(([period, rule, a, b]): ComplianceRow => ({
      period,
      rule,
      checked: Math.max(a, b),
      breaches: Math.min(a, b),
    })),
  (r) => `${r.period}|${r.rule}`,
);

describe('complianceRates', () => {
  it('scale, order and split', () => {
    fc.assert(
      fc.property(
        complianceRows.filter((r) => r.length > 0),
        k,
        fc.nat(),
        cuts,
        (rows, m, seed, f) => {
          const whole = complianceRates(rows);
          expectScaled(whole, complianceRates(scaleRows(rows, ['checked', 'breaches'], m)), m);
          expect(complianceRates(shuffle(rows, seed))).toEqual(whole);
          const [a, b] = splitRows(rows, ['breaches', 'checked'], f);
          fc.pre(a.every((r) => r.breaches <= r.checked) && b.every((r) => r.breaches <= r.checked));
          expectAdditive(whole, complianceRates(a), complianceRates(b));
        },
      ),
    );
  });
});
