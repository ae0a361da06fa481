import { periodKind, periodToTime, type PeriodKind } from './period.js';
import type { TickUnit } from './time-ticks.js';

/**
 * Number, percent, currency, compact and date formatting through `Intl`, one place for the whole kit.
 * Formatters are cached per locale and options because creating them is slow.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * The cached number formatter of `locale` and `options`; `kind` names the options (the same `kind` must always come
 * with the same options): a short key instead of serialising the options on every call, as the kit formats every
 * tick, cell and label through here, mostly in code the engine has not optimised yet.
 */
function numberFormat(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${kind}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** The cached UTC date formatter of `locale` and `options` (`kind` as for `numberFormat`). */
function dateFormat(locale: string, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${kind}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}

/** Placeholder for a missing or suppressed value. */
export const MISSING = '–';

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A rate (0.0345) as a percent string ("3.45%"); `digits` fraction digits (default 2). */
export function formatPercent(locale: string, rate: number | null | undefined, digits = 2): string {
  if (!finite(rate)) return MISSING;
  return numberFormat(locale, `percent ${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rate);
}

/**
 * A percent tick label with as few decimals as the value needs (0 %, 0.5 %, 1 %, 1.5 %): whole
 * percents without decimals, others with one, so neighbouring ticks never read the same.
 */
export function formatPercentTick(locale: string, rate: number): string {
  const pct = rate * 100;
  return formatPercent(
    locale,
    rate,
    Math.abs(pct - Math.round(pct)) < 1e-9 ? 0 : Math.abs(pct * 10 - Math.round(pct * 10)) < 1e-9 ? 1 : 2,
  );
}

/** A difference of two rates in percentage points: "+0.42 pp" / "+0.42个百分点". */
export function formatPoints(locale: string, delta: number | null | undefined, digits = 2): string {
  if (!finite(delta)) return MISSING;
  const n = numberFormat(locale, `points ${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(delta * 100);
  return locale.startsWith('zh') ? `${n}个百分点` : `${n} pp`;
}

/** A plain number with grouping ("12,345"); `digits` maximum fraction digits (default 0). */
export function formatNumber(locale: string, value: number | null | undefined, digits = 0): string {
  if (!finite(value)) return MISSING;
  return numberFormat(locale, `number ${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A number in compact notation: "120M" in English, "1.2亿" in Chinese. */
export function formatCompact(locale: string, value: number | null | undefined, digits = 1): string {
  if (!finite(value)) return MISSING;
  return numberFormat(locale, `compact ${digits}`, { notation: 'compact', maximumFractionDigits: digits }).format(
    value,
  );
}

/** An amount in a currency ("¥1,234", "CN¥1.2亿" with `compact`). */
export function formatCurrency(
  locale: string,
  value: number | null | undefined,
  currency = 'CNY',
  compact = false,
): string {
  if (!finite(value)) return MISSING;
  return numberFormat(locale, `currency ${currency} ${compact}`, {
    style: 'currency',
    currency,
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
  }).format(value);
}

const PERIOD_OPTIONS: Record<PeriodKind, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  quarter: { year: 'numeric', month: 'short' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};

/** A period label of the contract for people: "2024-05" → "May 2024" / "2024年5月". */
export function formatPeriod(locale: string, period: string): string {
  const time = periodToTime(period);
  if (!Number.isFinite(time)) return period;
  const kind = periodKind(period);
  if (kind === 'quarter') {
    const q = period.slice(-1);
    return locale.startsWith('zh') ? `${period.slice(0, 4)}年第${q}季度` : `Q${q} ${period.slice(0, 4)}`;
  }
  return dateFormat(locale, `period ${kind}`, PERIOD_OPTIONS[kind]).format(time);
}

/**
 * A tick of a time axis in the unit `timeTicks` chose for it: `year` "2024"; `quarter` "Q1 2024" /
 * "2024年Q1"; `month` "Jan 2024"; `day` "Jan 8"; `date` "Jan 8, 2024" (a day with its year). Years are written
 * in full: "May 21" would read as a day.
 */
export function formatTick(locale: string, time: number, unit: TickUnit): string {
  if (unit === 'quarter') {
    const d = new Date(time);
    const q = Math.floor(d.getUTCMonth() / 3) + 1;
    return locale.startsWith('zh') ? `${d.getUTCFullYear()}年Q${q}` : `Q${q} ${d.getUTCFullYear()}`;
  }
  return dateFormat(locale, `tick ${unit}`, TICK_OPTIONS[unit]).format(time);
}

const TICK_OPTIONS: Record<Exclude<TickUnit, 'quarter'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
  date: { year: 'numeric', month: 'short', day: 'numeric' },
};

/** An ISO timestamp ("asOf") as local date and time for footnotes. */
export function formatDateTime(locale: string, iso: string | number): string {
  const time = typeof iso === 'number' ? iso : Date.parse(iso);
  if (!Number.isFinite(time)) return String(iso);
  // One formatter per locale (creating one costs about as much as a widget's whole render), in the
  // page's time zone: not dateFormat(), which formats in UTC.
  let f = cache.get(`dt|${locale}`) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(`dt|${locale}`, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(time);
}

/**
 * Creates the formatters a chart of `locale` needs first (percent ticks and values, numbers, months, the
 * footnote's date and time), so that the first widget drawn does not pay for them: the first `Intl` formatter
 * of a page costs 10–30 ms in Chromium (its ICU data is loaded then), more than drawing a chart.
 * @example warmFormats('zh-CN')
 */
export function warmFormats(locale: string): void {
  for (const digits of [0, 1, 2]) formatPercent(locale, 0, digits);
  formatNumber(locale, 0);
  formatTick(locale, 0, 'month');
  formatTick(locale, 0, 'year');
  formatDateTime(locale, 0);
}
