import { MISSING } from './format.js';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A number with exactly `digits` fraction digits and grouping ("5.00", "1,234.50"): for rates that
 * are not percentages, such as complaints per 10,000 accounts, where "5" and "5.00" read differently.
 * With `currency`, an amount in it ("¥3.46" for collected per attempt).
 */
export function formatFixed(locale: string, value: number | null | undefined, digits = 2, currency?: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const key = `${locale}|${digits}|${currency ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    if (currency) Object.assign(options, { style: 'currency', currency });
    cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  }
  return f.format(value);
}

/** Percentage points of a rate difference without the unit, signed, one decimal: "+2.2", "-0.8" (interval ends beside a "pp" estimate). */
export function formatPointsBare(locale: string, delta: number | null): string {
  return delta === null ? MISSING : `${delta > 0 ? '+' : ''}${formatFixed(locale, delta * 100, 1)}`;
}
