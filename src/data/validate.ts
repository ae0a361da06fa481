import type { MetricName } from '../model/metrics.js';
import type { OverdueColumns } from '../model/columns.js';
import type { MetricResponse } from '../model/response.js';
import type { ExposureRow } from '../model/rows.js';
import { checkContract } from './contract.js';
import { DataError } from './errors.js';
import { at } from '../model/at.js';

type FieldKind = 'string' | 'count' | 'amount' | 'optional-string' | 'optional-count';

/** Row shape per metric: field → kind. Counts are non-negative integers, amounts non-negative finite numbers. */
export const ROW_SHAPES: Record<MetricName, Record<string, FieldKind>> = {
  overdue: { period: 'string', bucket: 'string', accounts: 'count', balance: 'amount' },
  'roll-rates': {
    period: 'string',
    from: 'string',
    to: 'string',
    accounts: 'count',
    balance: 'amount',
    cured1To30: 'optional-count',
    cured31To60: 'optional-count',
    cured61To90: 'optional-count',
    curedOver90: 'optional-count',
  },
  vintage: {
    cohort: 'string',
    mob: 'count',
    originatedAccounts: 'count',
    originatedAmount: 'amount',
    delinquentAccounts: 'count',
    delinquentBalance: 'amount',
  },
  recovery: { cohort: 'string', month: 'count', chargedOff: 'amount', recovered: 'amount', fees: 'amount' },
  agents: {
    agentId: 'string',
    name: 'string',
    team: 'optional-string',
    dials: 'count',
    connects: 'count',
    rightPartyContacts: 'count',
    promises: 'count',
    promisesDue: 'count',
    promisesKept: 'count',
    assigned: 'amount',
    collected: 'amount',
    hours: 'amount',
    complaints: 'count',
  },
  complaints: {
    period: 'string',
    category: 'string',
    channel: 'string',
    received: 'count',
    closed: 'count',
    closedOnTime: 'count',
    upheld: 'count',
  },
  channels: {
    period: 'string',
    channel: 'string',
    attempts: 'count',
    contacts: 'count',
    accounts: 'count',
    cost: 'amount',
    collected: 'amount',
  },
  compliance: { period: 'string', rule: 'string', checked: 'count', breaches: 'count' },
  experiments: {
    experiment: 'string',
    arm: 'string',
    period: 'string',
    horizonDays: 'count',
    accounts: 'count',
    cured: 'count',
    rolledForward: 'count',
    collected: 'amount',
    collectedSq: 'amount',
    cost: 'amount',
    costSq: 'amount',
    attempts: 'count',
    complaints: 'count',
  },
  scores: { period: 'string', band: 'string', accounts: 'count', predicted: 'amount', repaid: 'count' },
  quality: {
    period: 'string',
    team: 'string',
    agentId: 'optional-string',
    name: 'optional-string',
    method: 'string',
    rule: 'string',
    calls: 'count',
    checked: 'count',
    violations: 'count',
    scoreSum: 'amount',
  },
  promises: {
    period: 'string',
    attempts: 'count',
    contacts: 'count',
    rightPartyContacts: 'count',
    promises: 'count',
    pending: 'count',
    matured: 'count',
    kept: 'count',
    partlyKept: 'count',
    broken: 'count',
    amountPromised: 'amount',
    amountPaid: 'amount',
    followUpUnder24h: 'count',
    followUp24To48h: 'count',
    followUp48To72h: 'count',
    followUpOver72h: 'count',
    followUpNone: 'count',
  },
  'contact-hours': {
    period: 'string',
    weekday: 'count',
    hour: 'count',
    channel: 'string',
    attempts: 'count',
    contacts: 'count',
    rightPartyContacts: 'count',
    promises: 'count',
  },
  outcomes: {
    period: 'string',
    segment: 'string',
    accounts: 'count',
    overdue: 'count',
    entered: 'count',
    cured: 'count',
    complained: 'count',
    arrangements: 'count',
    redefault3: 'count',
    redefault6: 'count',
  },
  workload: {
    period: 'string',
    team: 'string',
    inventory: 'count',
    fte: 'amount',
    casesDialled: 'count',
    attempts: 'count',
    inflow: 'count',
    cured: 'count',
    rolledOn: 'count',
    chargedOff: 'count',
  },
  agencies: {
    period: 'string',
    agency: 'string',
    accountsPlaced: 'count',
    balancePlaced: 'amount',
    recovered: 'amount',
    commission: 'amount',
    complaints: 'count',
    callsChecked: 'count',
    violations: 'count',
    lastEvaluation: 'optional-string',
  },
  legal: {
    cohort: 'string',
    referred: 'count',
    filed: 'count',
    judgment: 'count',
    enforced: 'count',
    recovered: 'count',
    balanceReferred: 'amount',
    balanceFiled: 'amount',
    balanceJudgment: 'amount',
    balanceEnforced: 'amount',
    amountRecovered: 'amount',
    legalCost: 'amount',
    sold: 'count',
    balanceSold: 'amount',
    salePrice: 'amount',
    toFileUnder90d: 'count',
    toFile90To180d: 'count',
    toFileOver180d: 'count',
    toJudgmentUnder90d: 'count',
    toJudgment90To180d: 'count',
    toJudgmentOver180d: 'count',
    toEnforceUnder90d: 'count',
    toEnforce90To180d: 'count',
    toEnforceOver180d: 'count',
    toRecoverUnder90d: 'count',
    toRecover90To180d: 'count',
    toRecoverOver180d: 'count',
  },
};

const EXPOSURE_SHAPE: Record<string, FieldKind> = { period: 'string', accounts: 'count' };

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === undefined) return 'missing';
  let text: string;
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only what JSON cannot write (functions, symbols) reaches String
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested (or cyclic) to write out: the message must still be built, not a RangeError thrown.
    return Array.isArray(value) ? 'a nested array' : 'a nested object';
  }
  return text.length > 60 ? text.slice(0, 60) + '…' : text;
}

/** A period label of the contract (docs/openapi.json): YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
const PERIOD = /^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/;

function checkRow(metric: string, what: string, row: unknown, index: number, shape: Record<string, FieldKind>): void {
  const fail = (field: string | undefined, text: string) => {
    throw new DataError(
      'validation',
      `Bad ${metric} response: ${what} ${index}${field ? ` field "${field}"` : ''} ${text}.`,
      {
        metric,
        rowIndex: index,
        ...(field ? { field } : {}),
      },
    );
  };
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    fail(undefined, `is ${describe(row)}, expected an object`);
  const r = row as Record<string, unknown>;
  for (const [field, kind] of Object.entries(shape)) {
    const v = r[field];
    if (kind === 'optional-string') {
      if (v !== undefined && v !== null && typeof v !== 'string') fail(field, `is ${describe(v)}, expected text`);
    } else if (kind === 'optional-count' && v === undefined) {
      continue;
    } else if (kind === 'string') {
      if (typeof v !== 'string' || v === '') fail(field, `is ${describe(v)}, expected text`);
    } else if (typeof v !== 'number' || !Number.isFinite(v)) {
      fail(field, `is ${describe(v)}, expected a finite number`);
    } else if (v < 0) {
      fail(field, `is ${v}, expected a number ≥ 0`);
    } else if (kind === 'count' && !Number.isInteger(v)) {
      fail(field, `is ${v}, expected a whole number`);
    }
  }
  // Periods sit on time axes: a label that is not one of the contract's shapes would be drawn at NaN.
  if ('period' in shape && !PERIOD.test(r.period as string))
    fail('period', `is ${describe(r.period)}, expected a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`);
}

/** A row shape as parallel arrays of fields and kinds, made once per shape: no object entries read per row. */
const SHAPE_COLUMNS = new WeakMap<Record<string, FieldKind>, { fields: string[]; kinds: FieldKind[] }>();

/**
 * Whether field `field` of every record passes `kind` (the rules of `checkRow`, without a message): one loop per
 * kind, so that a value costs no call (a response is validated once, mostly before the engine has optimised this).
 */
function columnPasses(kind: FieldKind, records: readonly Record<string, unknown>[], field: string): boolean {
  const n = records.length;
  switch (kind) {
    case 'string':
      for (let i = 0; i < n; i++) {
        const v = records[i]?.[field];
        if (typeof v !== 'string' || v === '') return false;
      }
      return true;
    case 'optional-string':
      for (let i = 0; i < n; i++) {
        const v = records[i]?.[field];
        if (!(v === undefined || v === null || typeof v === 'string')) return false;
      }
      return true;
    case 'count':
      for (let i = 0; i < n; i++) {
        const v = records[i]?.[field];
        if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0)) return false;
      }
      return true;
    case 'optional-count':
      for (let i = 0; i < n; i++) {
        const v = records[i]?.[field];
        if (!(v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0))) return false;
      }
      return true;
    case 'amount':
      for (let i = 0; i < n; i++) {
        const v = records[i]?.[field];
        if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) return false;
      }
      return true;
  }
}

/**
 * Whether every row is an object whose fields all pass `shape` (and whose period, if the shape has
 * one, is a period label): one tight loop per column, nothing allocated per row. False at the first
 * bad value; `checkRow` then finds the first bad row in row order and says what is wrong with it.
 */
function rowsPass(rows: readonly unknown[], shape: Record<string, FieldKind>): boolean {
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  }
  let columns = SHAPE_COLUMNS.get(shape);
  if (!columns) SHAPE_COLUMNS.set(shape, (columns = { fields: Object.keys(shape), kinds: Object.values(shape) }));
  const { fields, kinds } = columns;
  const records = rows as readonly Record<string, unknown>[];
  for (let f = 0; f < fields.length; f++) if (!columnPasses(at(kinds, f), records, at(fields, f))) return false;
  if ('period' in shape) for (let i = 0; i < n; i++) if (!PERIOD.test(at(records, i).period as string)) return false;
  return true;
}

/** Whether every row's bucket, from and to (those of the shape) is one of `known`. */
function bucketsKnown(rows: readonly unknown[], shape: Record<string, FieldKind>, known: readonly string[]): boolean {
  const records = rows as readonly Record<string, unknown>[];
  for (const field of ['bucket', 'from', 'to'] as const) {
    if (!(field in shape)) continue;
    for (let i = 0; i < records.length; i++) if (!known.includes(at(records, i)[field] as string)) return false;
  }
  return true;
}

/**
 * Checks a parsed response against the metric's row shape and the contract's completeness rules
 * (`checkContract`) and returns it typed. Throws a `validation` `DataError` whose message names the
 * metric, row index and field that was wrong, or the period and what is missing.
 * `knownBuckets`, when given, rejects rows whose bucket/from/to is not one of them.
 */
export function validateResponse<M extends MetricName>(
  metric: M,
  body: unknown,
  knownBuckets?: readonly string[],
): MetricResponse<M> {
  const fail = (text: string, field?: string) => {
    throw new DataError('validation', `Bad ${metric} response: ${text}.`, { metric, ...(field ? { field } : {}) });
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return fail('expected an object with meta and rows');
  const b = body as Record<string, unknown>;
  const meta = b.meta as Record<string, unknown> | undefined;
  if (typeof meta !== 'object' || meta === null) return fail('"meta" is missing', 'meta');
  if (typeof meta.asOf !== 'string' || !Number.isFinite(Date.parse(meta.asOf))) {
    fail(`meta.asOf is ${describe(meta.asOf)}, expected an ISO date-time`, 'meta.asOf');
  }
  if (!Array.isArray(b.rows)) return fail(`"rows" is ${describe(b.rows)}, expected an array`, 'rows');
  const shape = ROW_SHAPES[metric];
  // The common case (every row good) in tight loops; only when one is bad, the row-by-row check finds and names it.
  const good = rowsPass(b.rows, shape) && (!knownBuckets || bucketsKnown(b.rows, shape, knownBuckets));
  (good ? [] : b.rows).forEach((row, i) => {
    checkRow(metric, 'row', row, i, shape);
    if (knownBuckets) {
      for (const field of ['bucket', 'from', 'to'] as const) {
        const v = (row as Record<string, unknown>)[field];
        if (field in shape && !knownBuckets.includes(v as string)) {
          throw new DataError(
            'validation',
            `Bad ${metric} response: row ${i} field "${field}" is ${describe(v)}, not a known bucket (${knownBuckets.join(', ')}).`,
            { metric, rowIndex: i, field },
          );
        }
      }
    }
  });
  if (b.exposure !== undefined) {
    if (!Array.isArray(b.exposure)) fail(`"exposure" is ${describe(b.exposure)}, expected an array`, 'exposure');
    if (!rowsPass(b.exposure as unknown[], EXPOSURE_SHAPE))
      (b.exposure as unknown[]).forEach((row, i) => checkRow(metric, 'exposure row', row, i, EXPOSURE_SHAPE));
  }
  const columns = b.columns !== undefined ? checkColumns(metric, b.columns) : undefined;
  checkContract(metric, b.rows, {
    ...(b.exposure ? { exposure: b.exposure as ExposureRow[] } : {}),
    ...(columns ? { columnBuckets: columns.buckets } : {}),
  });
  return {
    meta: {
      asOf: meta.asOf as string,
      source: typeof meta.source === 'string' ? meta.source : '',
      currency: typeof meta.currency === 'string' ? meta.currency : 'CNY',
      definitionVersion: typeof meta.definitionVersion === 'string' ? meta.definitionVersion : '',
    },
    rows: b.rows as MetricResponse<M>['rows'],
    ...(b.exposure ? { exposure: b.exposure as MetricResponse<M>['exposure'] } : {}),
    ...(columns ? { columns } : {}),
  };
}

const isColumn = (v: unknown): v is ArrayLike<number> => Array.isArray(v) || ArrayBuffer.isView(v);

/** Checks the shape of columnar overdue data (values are checked by the KPI function that reads them). */
function checkColumns(metric: string, value: unknown): OverdueColumns {
  const fail = (text: string): never => {
    throw new DataError('validation', `Bad ${metric} response: columns ${text}.`, { metric, field: 'columns' });
  };
  if (metric !== 'overdue') fail('are only defined for overdue');
  const c = value as Partial<OverdueColumns> | null;
  if (!c || typeof c !== 'object' || !isColumn(c.times)) return fail('need "times", an array of epoch milliseconds');
  const n = c.times.length;
  const buckets = c.buckets;
  if (!Array.isArray(buckets) || !buckets.every((b) => typeof b === 'string'))
    return fail('need "buckets", an array of bucket codes');
  for (const field of ['accounts', 'balance'] as const) {
    const cols = c[field];
    if (!Array.isArray(cols) || cols.length !== buckets.length) return fail(`need "${field}", one column per bucket`);
    cols.forEach((col, k) => {
      if (!isColumn(col) || col.length !== n)
        fail(`"${field}" of ${at(buckets, k)} has ${isColumn(col) ? col.length : 'no'} values, expected ${n}`);
    });
  }
  return c as OverdueColumns;
}
