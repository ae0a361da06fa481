import { MISSING } from './format.js';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A number with exactly `digits` fraction digits and grouping ("5.00", "1,234.50"): for rates that
 * are not percentages, such as complaints per 10,000 accounts, where "5" and "5.00" read differently.
 */
export function formatFixed(locale: string, value: number | null | undefined, digits = 2): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const key = `${locale}|${digits}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}
