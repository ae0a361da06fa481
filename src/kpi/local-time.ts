/** Instants and their local calendar time in an IANA zone, via `Intl.DateTimeFormat` (cached per zone). */
import { KpiInputError } from './errors.js';

/** Local calendar fields of an instant; `day` is days since 1970-01-01 of the local date. */
export interface LocalTime {
  date: string;
  hour: number;
  minute: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && formatter(timeZone) !== null;
}

/**
 * Epoch milliseconds of `at`: epoch ms, or an ISO 8601 string with an offset (`Z`, `+08:00`). A string
 * without an offset is ambiguous and throws `invalid` (naming `what`).
 */
export function toInstant(at: unknown, what: string, rowIndex: number | null = null): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' && ISO_WITH_OFFSET.test(at) ? Date.parse(at) : NaN;
  if (!Number.isFinite(ms)) {
    throw new KpiInputError(
      'invalid',
      `${what}: at is ${JSON.stringify(at)}, must be epoch milliseconds or ISO 8601 with an offset (e.g. 2026-03-01T21:30:00+08:00)`,
      rowIndex,
      'at',
    );
  }
  return ms;
}

/** Local date (`YYYY-MM-DD`), hour, minute and day number of instant `ms` in `timeZone`. */
export function localTime(ms: number, timeZone: string, what = 'time', rowIndex: number | null = null): LocalTime {
  const f = formatter(timeZone);
  if (!f) throw new KpiInputError('invalid', `${what}: unknown time zone "${timeZone}"`, rowIndex, 'timeZone');
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0;
  for (const p of f.formatToParts(ms)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value);
    else if (p.type === 'minute') mi = Number(p.value);
  }
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, hour: h, minute: mi, day: Math.round(Date.UTC(y, mo - 1, d) / 86_400_000) };
}
