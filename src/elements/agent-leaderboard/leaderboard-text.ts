import { formatNumber } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { COLUMN_LABELS, formatValue, type CellFormat } from './leaderboard-cells.js';
import type { LeaderboardData } from './leaderboard-data.js';
import { cell, type LeaderboardSort } from './leaderboard-rows.js';
import { at } from '../../model/at.js';

/** A sort key's column label: `Collector`, `Team` or a metric's name. */
export function columnLabel(locale: string, key: LeaderboardSort): string {
  return key === 'name'
    ? t(locale, 'agentsName')
    : key === 'team'
      ? t(locale, 'agentsTeam')
      : t(locale, COLUMN_LABELS[key]);
}

/** The screen-reader summary: how many collectors, the order, the first of them and its value; '' without rows. */
export function summaryText(f: CellFormat, data: LeaderboardData, sort: LeaderboardSort, descending: boolean): string {
  const first = data.shown.length ? at(data.entries, at(data.shown, 0)) : null;
  if (!first) return '';
  const value =
    sort === 'team'
      ? (first.perf.team ?? '')
      : sort === 'name'
        ? first.display
        : formatValue(f, sort, cell(first, sort).value);
  return t(f.locale, 'agentsSummary', {
    count: formatNumber(f.intlLocale, data.entries.length),
    column: columnLabel(f.locale, sort),
    direction: t(f.locale, descending ? 'sortDescending' : 'sortAscending'),
    first: first.display,
    value,
  });
}

/** The table caption (also the export's): title, then "Top N of M", the search's matches and "Names masked" when they apply. */
export function captionText(f: CellFormat, data: LeaderboardData, search: string, redact: boolean): string {
  const n = (v: number) => formatNumber(f.intlLocale, v);
  const query = search.trim();
  return [
    t(f.locale, 'agentsTitle'),
    data.shown.length < data.entries.length
      ? t(f.locale, 'agentsShowing', { shown: n(data.shown.length), count: n(data.entries.length) })
      : '',
    query ? t(f.locale, 'agentsMatches', { shown: n(data.count), count: n(data.shown.length), query }) : '',
    redact ? t(f.locale, 'agentsRedacted') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
