/**
 * Malformed responses for the fuzz tests: a valid response (from the OpenAPI arbitraries) with one to
 * three mutations of its rows, fields or meta, then sent as an object (static), as JSON text (rest) or
 * as CSV text (csv), optionally with the text itself damaged (truncated, BOMs, stray characters).
 */
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import type { MetricName } from '../../src/model/metrics.js';
import { fieldsOf, fromSchema, rowSchema, validResponse } from './openapi-arbitraries.js';

/** A value the JSON text cannot carry as such: written into the text raw, or built when sent as an object. */
export type Raw = 'NaN' | 'Infinity' | '-Infinity' | '1e999' | '-1e999' | 'deep';

const RAW_PREFIX = '\u0000raw:';
const DEPTH = 100_000;

const rawMarker = (raw: Raw): string => `${RAW_PREFIX}${raw}`;

/** The value of a raw marker as a JS value (static adapter). */
function rawValue(raw: Raw): unknown {
  switch (raw) {
    case 'NaN':
      return NaN;
    case 'Infinity':
    case '1e999':
      return Infinity;
    case '-Infinity':
    case '-1e999':
      return -Infinity;
    case 'deep': {
      let v: unknown = 1;
      for (let i = 0; i < DEPTH; i++) v = [v];
      return v;
    }
  }
}

const rawText = (raw: Raw): string => (raw === 'deep' ? '['.repeat(DEPTH) + '1' + ']'.repeat(DEPTH) : raw);

type Body = Record<string, unknown> & { rows?: unknown };
type Mutation = { name: string; apply: (body: Body) => void };

const BIDI = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200F',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\r\n',
  '"',
  ',',
  '<',
  '&',
];
const FIVE_MB = 5 * 1024 * 1024;

/** Text with unicode oddities: bidi controls, zero-width, lone surrogates, NUL, CSV and markup characters. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(fc.oneof(fc.constantFrom(...BIDI), fc.string({ unit: 'grapheme', maxLength: 4 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
);

const wrongType = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
  fc.string({ maxLength: 6 }),
);
const numericString = fc.oneof(
  fc.integer({ min: -10, max: 1e6 }).map(String),
  fc.constantFrom('12', '1,000', ' 5 ', '0x10', '1e3', '-0', '', 'NaN', 'Infinity', '٣'),
);
const huge = fc.constantFrom(1e308, Number.MAX_VALUE, 2 ** 53 + 2, 1e21, Number.MAX_SAFE_INTEGER);
const negative = fc.oneof(fc.constantFrom(-1, -0.5, -1e308, -Number.MIN_VALUE), fc.integer({ min: -1e9, max: -1 }));
const raw = fc.constantFrom<Raw>('NaN', 'Infinity', '-Infinity', '1e999', '-1e999').map(rawMarker);
/** 5 MB of text, made once (a fresh copy per case would only cost time). */
const FIVE_MB_TEXT = '\u202E' + 'x'.repeat(FIVE_MB) + '<';

function rowsOf(body: Body): unknown[] {
  if (!Array.isArray(body.rows)) body.rows = [];
  return body.rows as unknown[];
}

/** The row at `index` (modulo), as an object to change; null when there is none. */
function rowAt(body: Body, index: number): Record<string, unknown> | null {
  const rows = rowsOf(body);
  if (!rows.length) return null;
  const row = rows[index % rows.length];
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : null;
}

/**
 * A copy of a generated value that a mutation puts into a response: fast-check reuses its values while it
 * shrinks, so a value put in as is could carry changes a later mutation made to it (an array row that an
 * earlier run gave an own `constructor`). Primitives are returned as they are.
 */
const fresh = <T>(v: T): T => (typeof v === 'object' && v !== null ? structuredClone(v) : v);

/** One change of one field of one row. */
function fieldMutation(
  name: string,
  field: fc.Arbitrary<string>,
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<Mutation> {
  return fc.tuple(fc.nat(), field, value).map(([i, f, v]) => ({
    name: `${name} ${f}`,
    apply: (body) => {
      const row = rowAt(body, i);
      if (row) row[f] = fresh(v);
    },
  }));
}

const extraField: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.nat(),
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra'), fc.string({ maxLength: 8 })),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([i, key, v]) => ({
    name: `extra field ${JSON.stringify(key)}`,
    apply: (body: Body) => {
      const row = rowAt(body, i);
      if (row)
        Object.defineProperty(row, key, { value: fresh(v), enumerable: true, writable: true, configurable: true });
    },
  }));

const duplicateRow: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat({ max: 3 })).map(([i, times]) => ({
  name: 'duplicate row',
  apply: (body: Body) => {
    const rows = rowsOf(body);
    const row = rows[i % Math.max(1, rows.length)];
    if (row !== undefined) for (let k = 0; k <= times; k++) rows.push(structuredClone(row));
  },
}));

/**
 * Mutations that a consistent response may survive (the widget then draws odd data rather than an error):
 * unicode and bidi text in a label, an extra field, a duplicated row, an `asOf` in the future.
 */
export function labelMutation(metric: MetricName): fc.Arbitrary<Mutation> {
  const { text } = fieldsOf(metric);
  return fc.oneof(
    fieldMutation('odd text', fc.constantFrom(...text), oddText),
    extraField,
    duplicateRow,
    fc.constant<Mutation>({
      name: 'asOf in the future',
      apply: (b) => {
        if (typeof b.meta === 'object' && b.meta !== null)
          (b.meta as Record<string, unknown>).asOf = '2999-12-31T23:59:59Z';
      },
    }),
  );
}

/** Mutations of a metric's response, with fields taken from its row schema. */
export function mutation(metric: MetricName): fc.Arbitrary<Mutation> {
  const { all, text, numeric } = fieldsOf(metric);
  const anyField = fc.constantFrom(...all);
  const textField = fc.constantFrom(...text);
  const numField = fc.constantFrom(...numeric);
  const validRow = fromSchema(rowSchema(metric));
  const cheap = fc.oneof(
    fieldMutation('wrong type', anyField, wrongType),
    fieldMutation('numeric string', numField, numericString),
    fieldMutation('non-finite', numField, raw),
    fieldMutation('huge', numField, huge),
    fieldMutation('negative', numField, negative),
    fieldMutation('odd text', textField, oddText),
    fieldMutation('raw in text', textField, raw),
    fc.tuple(fc.nat(), numField, fc.nat({ max: 1000 })).map(([i, f, k]) => ({
      name: `part > whole ${f}`,
      apply: (body: Body) => {
        const row = rowAt(body, i);
        if (!row) return;
        const others = numeric
          .filter((n) => n !== f)
          .map((n) => row[n])
          .filter((v): v is number => typeof v === 'number');
        row[f] = Math.max(0, ...others) + 1 + k;
      },
    })),
    fc.tuple(fc.nat(), anyField).map(([i, f]) => ({
      name: `missing ${f}`,
      apply: (body: Body) => {
        const row = rowAt(body, i);
        if (row) delete row[f];
      },
    })),
    extraField,
    duplicateRow,
    fc
      .tuple(
        fc.nat(),
        fc.oneof(
          fc.constant(null),
          fc.integer(),
          fc.string({ maxLength: 4 }),
          fc.array(fc.integer(), { maxLength: 2 }),
          raw,
        ),
      )
      .map(([i, v]) => ({
        name: 'row not an object',
        apply: (body: Body) => {
          const rows = rowsOf(body);
          rows.splice(i % (rows.length + 1), 0, fresh(v));
        },
      })),
    fc.array(validRow, { minLength: 50, maxLength: 200 }).map((rows) => ({
      name: 'many rows',
      apply: (body: Body) => void rowsOf(body).push(...fresh(rows)),
    })),
    fc.oneof(
      fc.constant<Mutation>({ name: 'no meta', apply: (b) => void delete b.meta }),
      fc
        .oneof(wrongType, oddText, fc.constantFrom('2999-12-31T23:59:59Z', '0000-00-00', 'tomorrow', ''))
        .map<Mutation>((v) => ({
          name: 'bad asOf',
          apply: (b) => {
            if (typeof b.meta === 'object' && b.meta !== null) (b.meta as Record<string, unknown>).asOf = fresh(v);
          },
        })),
      wrongType.map<Mutation>((v) => ({ name: 'rows not an array', apply: (b) => void (b.rows = fresh(v)) })),
      fc
        .oneof(wrongType, fc.array(wrongType, { maxLength: 3 }))
        .map<Mutation>((v) => ({ name: 'bad exposure', apply: (b) => void (b.exposure = fresh(v)) })),
      fc
        .jsonValue({ maxDepth: 2 })
        .map<Mutation>((v) => ({ name: 'bad columns', apply: (b) => void (b.columns = fresh(v)) })),
    ),
  );
  // Large inputs cost milliseconds each: one case in 50 carries one.
  const large = fc.oneof(
    fieldMutation('5 MB', textField, fc.constant(FIVE_MB_TEXT)),
    fieldMutation('deep nesting in', anyField, fc.constant(rawMarker('deep'))),
  );
  return fc.oneof({ arbitrary: cheap, weight: 49 }, { arbitrary: large, weight: 1 });
}

/** How the damaged response reaches the adapter. */
export type Route = 'static' | 'rest' | 'csv';

/** A damage to the text of a response (rest and csv). */
export type TextDamage = { name: string; apply: (text: string) => string };

export const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => ({ name: `truncated at ${f.toFixed(2)}`, apply: (t: string) => t.slice(0, Math.floor(t.length * f)) })),
  fc.nat({ max: 2 }).map((n) => ({ name: `${n + 1} BOM`, apply: (t: string) => '\uFEFF'.repeat(n + 1) + t })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...BIDI, '}', ']', '\n', '\\'))
    .map(([f, c]) => ({
      name: `${JSON.stringify(c)} inserted`,
      apply: (t: string) => t.slice(0, Math.floor(t.length * f)) + c + t.slice(Math.floor(t.length * f)),
    })),
  fc.constant({ name: 'empty', apply: () => '' }),
);

/** A malformed response of `metric`: the mutations applied, the route, and an optional damage to its text. */
export interface FuzzCase {
  route: Route;
  mutations: string[];
  damage: string | null;
  /** Whether the text carries a raw value JSON cannot (NaN, Infinity): set once text() ran. */
  rawInText: boolean;
  /** The response as a JS value (static adapter). */
  object(): unknown;
  /** The response as the rest or csv adapter receives it. */
  text(): string;
  /** Route, mutations and damage, as failures print the case. */
  toString(): string;
}

function realise(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(RAW_PREFIX)) return rawValue(value.slice(RAW_PREFIX.length) as Raw);
  // Not value.map: an array that a mutation gave an own "constructor" field would make map() look up
  // constructor[Symbol.species] and throw (seen in .ci/run with seed 150343520).
  if (Array.isArray(value)) return Array.from(value as unknown[], (v) => realise(v));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: realise(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

const rawInText = new RegExp(`"${RAW_PREFIX.replace('\u0000', '\\\\u0000')}([^"]*)"`, 'g');

function toJsonText(body: unknown): string {
  return JSON.stringify(body).replace(rawInText, (_m, name: string) => rawText(name as Raw));
}

/** A CSV cell; a raw value in a text column is written as other text, since "NaN" there is a legitimate label that the SVG check would flag. */
function cell(value: unknown, textColumn = false): string {
  if (typeof value === 'string')
    return value.startsWith(RAW_PREFIX)
      ? textColumn
        ? `raw-${value.length}`
        : rawText(value.slice(RAW_PREFIX.length) as Raw)
      : value;
  if (value === undefined || value === null) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are written as JSON above; only primitives reach String
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function toCsvText(metric: MetricName, body: Body): string {
  const fields = fieldsOf(metric).all;
  const rows = Array.isArray(body.rows) ? (body.rows as unknown[]) : [];
  const extra = new Set<string>();
  for (const r of rows)
    if (typeof r === 'object' && r !== null) for (const k of Object.keys(r)) if (!fields.includes(k)) extra.add(k);
  // A field missing from every row is a missing column.
  const header = [
    ...fields.filter((f) => !rows.length || rows.some((r) => typeof r === 'object' && r !== null && f in r)),
    ...extra,
  ];
  const text = new Set(fieldsOf(metric).text);
  const lines = rows.map((r) =>
    header.map((h) =>
      typeof r === 'object' && r !== null ? cell((r as Record<string, unknown>)[h], text.has(h)) : cell(r),
    ),
  );
  return csvFormatRows([header, ...lines]);
}

/** Arbitrary of malformed responses of `metric`. */
export function fuzzCase(
  metric: MetricName,
  {
    base = validResponse(metric),
    mutations = mutation(metric),
    damage = fc.option(textDamage, { freq: 4 }),
  }: {
    /** The responses mutated (default: any the contract allows). */
    base?: fc.Arbitrary<Record<string, unknown>>;
    /** The mutations (default: every kind above). */
    mutations?: fc.Arbitrary<Mutation>;
    /** The damage to the text (default: three cases in four). */
    damage?: fc.Arbitrary<TextDamage | null>;
  } = {},
): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      base,
      mutations: fc.array(mutations, { minLength: 1, maxLength: 3 }),
      route: fc.constantFrom<Route>('static', 'rest', 'csv'),
      damage,
    })
    .map(({ base, mutations, route, damage }) => {
      const body = structuredClone(base) as Body;
      for (const m of mutations) m.apply(body);
      const c: FuzzCase = {
        route,
        mutations: mutations.map((m) => m.name),
        damage: route === 'static' ? null : (damage?.name ?? null),
        rawInText: false,
        object: () => realise(body),
        text: () => {
          const text = route === 'csv' ? toCsvText(metric, body) : toJsonText(body);
          c.rawInText = route === 'rest' && JSON.stringify(body).includes(JSON.stringify(RAW_PREFIX).slice(1, -1));
          return damage ? damage.apply(text) : text;
        },
        toString: () =>
          `${route} ${mutations.map((m) => m.name).join(' + ')}${damage && route !== 'static' ? ` + ${damage.name}` : ''}`,
      };
      return c;
    });
}
