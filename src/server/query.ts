/**
 * The query parameters the server accepts (allow-listed names and values, length limits, a maximum period
 * range), as a JSON schema for Fastify and a parser that applies the checks a schema cannot express.
 */
import { RequestError } from './errors.js';

/** Limits on query parameters. */
export const QUERY_LIMITS = Object.freeze({ codeLength: 40, maxMonths: 240, minYear: 1900, maxYear: 2200 });

/** Parameter names of the contract (docs/openapi.json: every metric takes the same ones). */
export const QUERY_PARAMETERS = [
  'from',
  'to',
  'interval',
  'product',
  'region',
  'team',
  'agency',
  'grace',
  'segment',
] as const;

/** Intervals of the contract; this backend serves month-end snapshots: `month`, `quarter`, `year` (not `day`, `week`). */
export const CONTRACT_INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;

const MONTH = '^[0-9]{4}-(0[1-9]|1[0-2])$';
const CODE = `^[A-Za-z0-9][A-Za-z0-9_.-]{0,${QUERY_LIMITS.codeLength - 1}}$`;

/** JSON schema of the query string: the contract's names, strings only, no others. */
export const QUERY_SCHEMA = Object.freeze({
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { type: 'string', pattern: MONTH, maxLength: 7 },
    to: { type: 'string', pattern: MONTH, maxLength: 7 },
    interval: { type: 'string', enum: [...CONTRACT_INTERVALS] },
    product: { type: 'string', pattern: CODE, maxLength: QUERY_LIMITS.codeLength },
    region: { type: 'string', pattern: CODE, maxLength: QUERY_LIMITS.codeLength },
    team: { type: 'string', pattern: CODE, maxLength: QUERY_LIMITS.codeLength },
    agency: { type: 'string', pattern: CODE, maxLength: QUERY_LIMITS.codeLength },
    grace: { type: 'string', pattern: '^[0-9]{1,2}$', maxLength: 2 },
    segment: { type: 'string', pattern: CODE, maxLength: QUERY_LIMITS.codeLength },
  },
});

/** A checked query: months `YYYY-MM`, dimension codes. */
export interface ServerQuery {
  /** `month` (default), `quarter` or `year`: stocks at period end, flows summed. */
  interval?: 'month' | 'quarter' | 'year';
  from?: string;
  to?: string;
  product?: string;
  region?: string;
  team?: string;
  agency?: string;
  /** `promises` only: grace days after the due date before a promise matures (0–99; default 0). */
  grace?: string;
  /** overdue, roll-rates, complaints, outcomes only: customer segment (`vulnerable`, `hardship`, `other`). */
  segment?: string;
}

const monthNumber = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/**
 * Checks a query string already parsed into an object (also when no schema ran): only contract names,
 * one string each, matching the schema; `from` ≤ `to`, at most 240 months apart, years 1900–2200;
 * `interval` month, quarter or year (or absent). Throws {@link RequestError} 400 naming the parameter.
 */
export function parseQuery(raw: Record<string, unknown>): ServerQuery {
  const out: ServerQuery = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!(QUERY_PARAMETERS as readonly string[]).includes(name))
      throw new RequestError(400, `Unknown query parameter "${name.slice(0, 40)}".`, name.slice(0, 40));
    if (typeof value !== 'string')
      throw new RequestError(400, `Query parameter ${name} must be given once, as text.`, name);
    const spec = (QUERY_SCHEMA.properties as Record<string, { pattern?: string; enum?: string[]; maxLength?: number }>)[
      name
    ];
    if (!spec) throw new RequestError(400, `Unknown query parameter "${name.slice(0, 40)}".`, name.slice(0, 40)); // (every listed parameter has a schema)
    if (
      (spec.maxLength !== undefined && value.length > spec.maxLength) ||
      (spec.pattern && !new RegExp(spec.pattern).test(value)) ||
      (spec.enum && !spec.enum.includes(value))
    ) {
      throw new RequestError(
        400,
        name === 'from' || name === 'to'
          ? `Query parameter ${name} must be a month YYYY-MM.`
          : spec.enum
            ? `Query parameter ${name} must be one of ${spec.enum.join(', ')}.`
            : `Query parameter ${name} must be a code of letters, digits, '.', '_' or '-' (at most ${QUERY_LIMITS.codeLength}).`,
        name,
      );
    }
    if (name === 'interval') {
      if (value !== 'month' && value !== 'quarter' && value !== 'year')
        throw new RequestError(
          400,
          `Query parameter interval: this backend serves month-end snapshots; interval must be month, quarter or year.`,
          name,
        );
      out.interval = value;
      continue;
    }
    if (name === 'from' || name === 'to') {
      const year = Number(value.slice(0, 4));
      if (year < QUERY_LIMITS.minYear || year > QUERY_LIMITS.maxYear)
        throw new RequestError(
          400,
          `Query parameter ${name}: year must be ${QUERY_LIMITS.minYear}–${QUERY_LIMITS.maxYear}.`,
          name,
        );
    }
    out[name as Exclude<keyof ServerQuery, 'interval'>] = value;
  }
  if (out.from && out.to) {
    const span = monthNumber(out.to) - monthNumber(out.from);
    if (span < 0) throw new RequestError(400, `Query parameter from (${out.from}) is after to (${out.to}).`, 'from');
    if (span >= QUERY_LIMITS.maxMonths)
      throw new RequestError(
        400,
        `Query parameter to: the range may span at most ${QUERY_LIMITS.maxMonths} months.`,
        'to',
      );
  }
  return out;
}
