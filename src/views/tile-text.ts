/**
 * The words of a KPI tile, for the element and for collectkit/svg alike: its title, the delta against
 * the comparison period (percentage points for rates) and the target status.
 */
import type { PeriodComparison } from '../kpi/index.js';
import { formatNumber, formatPercent, formatPeriod, formatPoints, MISSING } from '../render/format.js';
import { t } from '../render/i18n/index.js';
import type { TableSpec } from '../render/table.js';
import type { TileMetric } from './tile-series.js';

/** The tile's configuration that its title depends on. */
export interface TileTitleOptions {
  metric: TileMetric;
  bucket?: string | undefined;
  basis?: string | undefined;
  measure?: number | undefined;
}

/** "Overdue rate M1+ (balance)", "Recovery rate at 12 months (net)", "Complaints per 10,000 accounts", "Kept promise rate", "Net flow to loss (balance)". */
export function tileTitle(locale: string, intlLocale: string, o: TileTitleOptions): string {
  switch (o.metric) {
    case 'recovery':
      return t(locale, 'tileTitleRecovery', {
        months: o.measure ?? 12,
        basis: t(locale, o.basis === 'net' ? 'tileNet' : 'tileGross'),
      });
    case 'complaints':
      return t(locale, 'tileTitleComplaints', { per: formatNumber(intlLocale, o.measure ?? 10_000) });
    case 'agents':
      return t(locale, 'tileTitleAgents');
    case 'roll-rates':
      return t(locale, 'tileTitleNetFlow', { basis: t(locale, o.basis === 'count' ? 'accounts' : 'balance') });
    default:
      return t(locale, 'tileTitleOverdue', {
        bucket: o.bucket || 'M1+',
        basis: t(locale, o.basis === 'count' ? 'accounts' : 'balance'),
      });
  }
}

/** A tile's delta: its text, direction, whether that is for the better (`better`), and "vs …". */
export function tileDelta(
  locale: string,
  intlLocale: string,
  c: PeriodComparison | null | undefined,
  better: 'lower' | 'higher',
): { text: string; direction: 'up' | 'down' | 'flat' | 'none'; good: boolean | null; vs: string } {
  if (!c || c.delta === null || c.comparePeriod === null)
    return { text: MISSING, direction: 'none', good: null, vs: t(locale, 'tileNoCompare') };
  // The arrow, the sign and the verdict follow the delta as written: +0.004 pp shows "0.00 pp", which is no
  // change, not "▲ worse".
  const shown =
    c.kind === 'rate'
      ? roundHalfExpand((c.deltaPoints ?? c.delta) * 10_000) // percentage points to 2 decimals
      : c.deltaPercent === null
        ? c.delta
        : roundHalfExpand(c.deltaPercent * 1_000); // per cent to 1 decimal
  const text =
    c.kind === 'rate'
      ? formatPoints(intlLocale, c.deltaPoints)
      : c.deltaPercent === null
        ? MISSING
        : `${shown > 0 ? '+' : ''}${formatPercent(intlLocale, shown === 0 ? 0 : c.deltaPercent, 1)}`;
  const direction = shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat';
  const good = direction === 'flat' ? null : (direction === 'down') === (better === 'lower');
  return { text, direction, good, vs: t(locale, 'tileVs', { period: formatPeriod(intlLocale, c.comparePeriod) }) };
}

/** Rounds halves away from zero, as Intl.NumberFormat writes them (Math.round takes -0.5 to -0). */
const roundHalfExpand = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/** Target status of `value`: icon, text (the target written by `format`) and whether it is met; null without both. */
export function tileStatus(
  locale: string,
  value: number | null | undefined,
  target: number | null | undefined,
  better: 'lower' | 'higher',
  format: (v: number) => string,
): { icon: string; text: string; met: boolean } | null {
  if (target == null || !Number.isFinite(target) || value == null || !Number.isFinite(value)) return null;
  const shown = format(target);
  const met = better === 'lower' ? value <= target : value >= target;
  if (met) return { icon: '✓', text: t(locale, 'tileOnTarget', { target: shown }), met };
  return value > target
    ? { icon: '▲', text: t(locale, 'tileAboveTarget', { target: shown }), met }
    : { icon: '▼', text: t(locale, 'tileBelowTarget', { target: shown }), met };
}

/** A tile's values over periods as a table: period, value (written by `format`), numerator, denominator. */
export function tileTable(
  locale: string,
  intlLocale: string,
  caption: string,
  s: {
    periods: readonly string[];
    values: ArrayLike<number>;
    numerators: ArrayLike<number>;
    denominators: ArrayLike<number>;
  },
  format: (v: number | undefined) => string,
): TableSpec {
  return {
    caption,
    columns: [t(locale, 'period'), t(locale, 'value'), t(locale, 'numerator'), t(locale, 'denominator')],
    rows: s.periods.map((p, i) => [
      p ? formatPeriod(intlLocale, p) : MISSING,
      format(s.values[i]),
      formatNumber(intlLocale, s.numerators[i]),
      formatNumber(intlLocale, s.denominators[i]),
    ]),
  };
}

/** The tile in one sentence: title, value and period, delta (better or worse) against its comparison, target status. */
export function tileSummary(
  locale: string,
  title: string,
  value: string,
  period: string,
  delta: { text: string; good: boolean | null; vs: string },
  status: { text: string } | null,
): string {
  return t(locale, period ? 'tileSummary' : 'tileSummaryNoPeriod', {
    title,
    value,
    period,
    delta: delta.good === null ? delta.text : `${delta.text} (${t(locale, delta.good ? 'tileBetter' : 'tileWorse')})`,
    vs: delta.vs,
    status: status ? status.text : '',
  }).trim();
}
