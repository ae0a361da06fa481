/**
 * Adding up per-shard answers. Every metric of the contract is counts and sums, so a deployment that keeps
 * its accounts in several databases (shards, regions) asks each one and adds the responses: equal to the
 * answer of one database holding everything, provided each account (with its snapshots, attempts, contacts,
 * charge-off, payments, promises, assignments and complaints) lives whole in one shard with the other accounts
 * of its debtor (cn-gbt-2025 counts conversations per debtor), tables keyed by
 * agent only (agent_hours) in one shard, and `agents` in every shard. docs/scaling.md says which metrics
 * need what and why.
 */
import { QA_ANY, QA_RULES } from '../model/rows.js';
import { DEFAULT_SETTINGS } from './metrics.js';

/** A metric response as the server sends it (docs/openapi.json): meta, rows, and for complaints the exposure. */
export interface MetricResponse {
  meta?: { asOf?: string } & Record<string, unknown>;
  rows: readonly Record<string, unknown>[];
  exposure?: readonly Record<string, unknown>[];
}

/** Options of {@link mergeResponses}. */
export interface MergeOptions {
  /** Bucket codes in order (roll-rates and overdue order rows by them); default the default buckets. */
  buckets?: readonly string[];
}

interface Shape {
  /** Fields naming a row; the other numeric fields are added. */
  keys: readonly string[];
  /** Per-group totals repeated on each row of a group (vintage originations, recovery charge-offs): added once per shard and group. */
  perGroup?: { group: string; fields: readonly string[] };
  /** Fields copied from the first shard that has the row (names). */
  copy?: readonly string[];
  /** Key fields ordered by rank (bucket codes), not by value. */
  ranked?: readonly string[];
  /** Rows of a second statement, sent after all the first one's rows: those whose `key` is one of `values`. */
  later?: { key: string; values: readonly string[] };
  /** Fields with more than 2 decimals, added exactly in units of 1 / scale (default 100: cents). */
  scale?: Readonly<Record<string, number>>;
  /** Values of a ranked key in their order (before any value the shards list that is not here). */
  order?: Readonly<Record<string, readonly string[]>>;
  /**
   * Rows sent only where a count is not 0 (quality's rule rows, where the rule was violated) whose `fields` are
   * their group's total row's (`key` = `total`, the other keys alike): taken from the merged total row, as a shard
   * without the row had them too.
   */
  fromTotal?: { key: string; total: string; fields: readonly string[] };
}

/** Rules of compliance-cn-rules.sql, whose rows runMetric appends after those of compliance.sql (or its cells). */
export const CN_RULES_STATEMENT = Object.freeze([
  'cn-cba-2026/third-party-after-failures',
  'cn-gbt-2025/quiet-hours',
  'cn-gbt-2025/conversations-per-day',
  'cn-gbt-2025/third-party-unreachable',
  'cn-gbt-2025/no-disclosure',
]);

const SHAPES: Readonly<Record<string, Shape>> = Object.freeze({
  overdue: { keys: ['period', 'bucket'], ranked: ['bucket'] },
  'roll-rates': { keys: ['period', 'from', 'to'], ranked: ['from', 'to'] },
  vintage: {
    keys: ['cohort', 'mob'],
    perGroup: { group: 'cohort', fields: ['originatedAccounts', 'originatedAmount'] },
  },
  recovery: { keys: ['cohort', 'month'], perGroup: { group: 'cohort', fields: ['chargedOff'] } },
  agents: { keys: ['agentId'], copy: ['name', 'team'] },
  complaints: { keys: ['period', 'category', 'channel'] },
  channels: { keys: ['period', 'channel'] },
  compliance: { keys: ['period', 'rule'], ranked: ['rule'], later: { key: 'rule', values: CN_RULES_STATEMENT } },
  // Sums of squares of amounts (collectedSq, costSq) have 4 decimals: added in units of 0.0001.
  experiments: {
    keys: ['experiment', 'arm', 'period', 'horizonDays'],
    scale: { collectedSq: 10_000, costSq: 10_000 },
  },
  // Predicted probabilities have 4 decimals.
  scores: { keys: ['period', 'band'], scale: { predicted: 10_000 } },
  // Rule rows only where the rule was violated; their calls and checked are the `any` row's.
  quality: {
    keys: ['period', 'agentId', 'method', 'rule'],
    ranked: ['rule'],
    copy: ['team', 'name'],
    order: { rule: [QA_ANY, ...QA_RULES] },
    fromTotal: { key: 'rule', total: QA_ANY, fields: ['calls', 'checked'] },
  },
  promises: { keys: ['period'] },
  'contact-hours': { keys: ['period', 'weekday', 'hour', 'channel'] },
  outcomes: { keys: ['period', 'segment'] },
  // FTE = hours ÷ 168 with hours in cents: added exactly in units of 1 / 16 800.
  workload: { keys: ['period', 'team'], scale: { fte: 16_800 } },
  // Every shard holds every evaluation: the same lastEvaluation in each.
  agencies: { keys: ['period', 'agency'], copy: ['lastEvaluation'] },
  legal: { keys: ['cohort'] },
});

/** Integer cents of a count or an amount (every figure of the contract is one or the other), or units of 1 / scale. */
const cents = (v: unknown, scale = 100) => Math.round(Number(v) * scale);

/** Adds rows of several shards by `shape`; rows keep the SQL's order (keys ascending, ranked keys by rank). */
function addRows(
  shards: readonly (readonly Record<string, unknown>[])[],
  shape: Shape,
  ranks: Map<string, number>,
): Record<string, unknown>[] {
  const out = new Map<string, { row: Record<string, unknown>; sums: Map<string, number> }>();
  const groupTotals = new Map<string, Map<string, number>>();
  for (const rows of shards) {
    const seenGroups = new Set<string>();
    for (const r of rows) {
      const id = JSON.stringify(shape.keys.map((k) => r[k]));
      let acc = out.get(id);
      if (!acc) out.set(id, (acc = { row: Object.fromEntries(shape.keys.map((k) => [k, r[k]])), sums: new Map() }));
      for (const c of shape.copy ?? []) if (!(c in acc.row) && r[c] !== undefined) acc.row[c] = r[c];
      for (const [k, v] of Object.entries(r)) {
        if (
          shape.keys.includes(k) ||
          shape.copy?.includes(k) ||
          shape.perGroup?.fields.includes(k) ||
          typeof v !== 'number'
        )
          continue;
        acc.sums.set(k, (acc.sums.get(k) ?? 0) + cents(v, shape.scale?.[k]));
      }
      const pg = shape.perGroup;
      if (pg) {
        const g = String(r[pg.group]);
        if (!seenGroups.has(g)) {
          seenGroups.add(g);
          const totals = groupTotals.get(g) ?? new Map<string, number>();
          for (const f of pg.fields) totals.set(f, (totals.get(f) ?? 0) + cents(r[f]));
          groupTotals.set(g, totals);
        }
      }
    }
  }
  const template = shards.find((rows) => rows.length)?.[0] ?? {};
  const merged = [...out.values()].map(({ row, sums }) => {
    const totals = shape.perGroup ? groupTotals.get(String(row[shape.perGroup.group])) : undefined;
    // Fields in the order the SQL returns them.
    return Object.fromEntries(
      Object.keys(template).map((k) => [
        k,
        sums.has(k)
          ? (sums.get(k) ?? 0) / (shape.scale?.[k] ?? 100)
          : totals?.has(k)
            ? (totals.get(k) ?? 0) / 100
            : row[k],
      ]),
    );
  });
  const ft = shape.fromTotal;
  if (ft) {
    const groupOf = (r: Record<string, unknown>) =>
      JSON.stringify(shape.keys.map((k) => (k === ft.key ? undefined : r[k])));
    const totals = new Map(merged.filter((r) => r[ft.key] === ft.total).map((r) => [groupOf(r), r]));
    for (const r of merged) {
      const t = totals.get(groupOf(r));
      if (t && t !== r) for (const f of ft.fields) r[f] = t[f];
    }
  }
  const rank = (k: string, v: unknown) => ranks.get(`${k}\u0000${String(v)}`) ?? Number.MAX_SAFE_INTEGER;
  const section = (r: Record<string, unknown>) =>
    shape.later?.values.includes(String(r[shape.later.key])) === true ? 1 : 0;
  return merged.sort((a, b) => {
    const s = section(a) - section(b);
    if (s) return s;
    for (const k of shape.keys) {
      const x = a[k];
      const y = b[k];
      if (x === y) continue;
      if (shape.ranked?.includes(k)) {
        const d = rank(k, x) - rank(k, y);
        if (d) return d;
      }
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}

/**
 * Adds the responses of several shards for one metric into the response of their union: counts and amounts
 * added (exactly, in cents), per-cohort totals (vintage originations, recovery charge-offs) added once per
 * shard, rows in the order the server sends them, `meta` of the shard with the latest `asOf`.
 * Pure: the inputs are not changed.
 * @example const total = mergeResponses('overdue', await Promise.all(shardUrls.map((u) => fetchJson(`${u}/overdue?…`))));
 */
export function mergeResponses(
  metric: string,
  responses: readonly MetricResponse[],
  options: MergeOptions = {},
): MetricResponse {
  const shape = SHAPES[metric];
  if (!shape) throw new Error(`mergeResponses: unknown metric "${metric.slice(0, 40)}".`);
  const ranks = new Map<string, number>();
  (options.buckets ?? DEFAULT_SETTINGS.buckets.map((b) => b.code)).forEach((code, i) => {
    for (const k of ['bucket', 'from', 'to']) ranks.set(`${k}\u0000${code}`, i);
  });
  for (const [k, values] of Object.entries(shape.order ?? {}))
    for (const v of values) if (!ranks.has(`${k}\u0000${v}`)) ranks.set(`${k}\u0000${v}`, ranks.size);
  // Rules (and any other ranked values not given) in the order the shards list them.
  for (const r of responses.flatMap((x) => x.rows))
    for (const k of shape.ranked ?? [])
      if (!ranks.has(`${k}\u0000${String(r[k])}`)) ranks.set(`${k}\u0000${String(r[k])}`, ranks.size);
  const latest = responses.reduce<MetricResponse | undefined>(
    (best, r) => (!best || String(r.meta?.asOf ?? '') > String(best.meta?.asOf ?? '') ? r : best),
    undefined,
  );
  const out: MetricResponse = {
    ...(latest?.meta ? { meta: latest.meta } : {}),
    rows: addRows(
      responses.map((r) => r.rows),
      shape,
      ranks,
    ),
  };
  if (responses.some((r) => r.exposure))
    out.exposure = addRows(
      responses.map((r) => r.exposure ?? []),
      { keys: ['period'] },
      ranks,
    );
  return out;
}
