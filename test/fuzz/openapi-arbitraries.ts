/**
 * fast-check arbitraries derived from the contract (docs/openapi.json): a valid response per metric,
 * read from the metric's path → response schema → row, meta and exposure schemas. The fuzz tests
 * mutate these into malformed responses.
 */
import fc from 'fast-check';
import type { MetricName } from '../../src/model/metrics.js';
import openapi from '../../docs/openapi.json';

/** The part of JSON Schema the contract uses. */
export interface JsonSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
}

interface OpenApi {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> } }>;
  components: { schemas: Record<string, JsonSchema> };
}

// Imported (not read from disk) so that the same arbitraries run in Node and in Chromium.
const spec = openapi as unknown as OpenApi;

/** The schema `$ref` points at (or the schema itself). */
export function resolve(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = spec.components.schemas[name];
  if (!found) throw new Error(`docs/openapi.json has no schema ${name}`);
  return found;
}

/** The 200 response schema of `GET /{metric}`. */
export function responseSchema(metric: MetricName): JsonSchema {
  const schema = spec.paths[`/${metric}`]?.get.responses['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`docs/openapi.json has no 200 response for /${metric}`);
  return resolve(schema);
}

/** The row schema of a metric's response. */
export function rowSchema(metric: MetricName): JsonSchema {
  const rows = responseSchema(metric).properties?.rows?.items;
  if (!rows) throw new Error(`docs/openapi.json: /${metric} has no rows`);
  return resolve(rows);
}

/**
 * Realistic values for some free-text fields, so that generated responses also pass the contract's
 * completeness rules (a current bucket per period) often enough to reach the KPI and the chart. The
 * schema's own text arbitrary is always one of the choices.
 */
const VOCABULARY: Record<string, readonly string[]> = {
  bucket: ['M0', 'M1', 'M2', 'M3', 'M4+', 'C'],
  from: ['M0', 'M1', 'M2', 'M3'],
  to: ['M0', 'M1', 'M2', 'M3'],
  cohort: ['2025-01', '2025-02', '2025-03'],
  rule: ['CN-CBA-01', 'CN-CBA-02', 'US-REGF-01', 'US-REGF-02'],
  category: ['fees', 'conduct', 'privacy'],
  channel: ['phone', 'sms', 'app'],
  period: ['2025-01', '2025-02', '2025-03'],
};

/** Arbitrary of values valid under `schema` (`field` selects a vocabulary for free text). */
export function fromSchema(schema: JsonSchema, field = ''): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  switch (s.type) {
    case 'object': {
      const props = s.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(props)) model[key] = fromSchema(sub, key);
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(fromSchema(s.items ?? {}, field), { maxLength: 8 });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000_000, max: 1_000_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    case 'string': {
      if (s.enum) return fc.constantFrom(...s.enum);
      if (s.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      const text = s.pattern
        ? fc.stringMatching(new RegExp(s.pattern))
        : fc.string({ minLength: s.minLength ?? 0, maxLength: 12 });
      const words = VOCABULARY[field];
      return words
        ? fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 4 }, { arbitrary: text, weight: 1 })
        : text;
    }
    default:
      return fc.anything();
  }
}

/** Fields of a metric's row schema by type: text fields and numeric fields. */
export function fieldsOf(metric: MetricName): { text: string[]; numeric: string[]; all: string[] } {
  const props = rowSchema(metric).properties ?? {};
  const all = Object.keys(props);
  return {
    all,
    text: all.filter((k) => props[k]?.type === 'string'),
    numeric: all.filter((k) => props[k]?.type === 'integer' || props[k]?.type === 'number'),
  };
}

/** A valid response of `metric` as the contract describes it (`{meta, rows, exposure?}`). */
export function validResponse(metric: MetricName): fc.Arbitrary<Record<string, unknown>> {
  return fromSchema(responseSchema(metric)) as fc.Arbitrary<Record<string, unknown>>;
}
