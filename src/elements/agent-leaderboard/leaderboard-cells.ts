import { formatCurrency, formatNumber, formatPercent, MISSING } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import type { TooltipSpec } from '../../render/tooltip.js';
import type { Query } from '../../model/metrics.js';
import type { CkSelectDetail } from '../shared/events.js';
import { cell, LEADERBOARD_COLUMNS, type LeaderboardColumn, type LeaderboardEntry } from './leaderboard-rows.js';
import { at } from '../../model/at.js';
import { qaText } from './leaderboard-qa.js';

/** Detail of `ck-select` from the leaderboard: the chosen cell, with the collector as shown (a pseudonym when redacted). */
export interface CkAgentSelectDetail extends CkSelectDetail {
  /** The collector's name as displayed: the pseudonym when `redact` is set. */
  agent: string;
  /** The collector's id; omitted when `redact` is set. */
  agentId?: string;
  team?: string;
  /** Rank of the agent on this metric (1 = best); null when flagged or not ranked. */
  rank: number | null;
}

/** The `ck-select` detail of one cell: value, numerator, denominator, rank; no agent id when redacted. */
export function selectDetail(
  entry: LeaderboardEntry,
  column: LeaderboardColumn,
  rank: number | null,
  redact: boolean,
  query: Query,
): CkAgentSelectDetail {
  const c = cell(entry, column);
  return {
    series: column,
    period: query.from || query.to ? `${query.from ?? ''}/${query.to ?? ''}` : '',
    value: c.value,
    numerator: c.numerator,
    denominator: c.denominator,
    agent: entry.display,
    ...(redact ? {} : { agentId: entry.perf.agentId }),
    ...(entry.perf.team ? { team: entry.perf.team } : {}),
    rank,
  };
}

/** Message keys of the number columns' labels. */
export const COLUMN_LABELS: Record<LeaderboardColumn, MessageKey> = {
  collected: 'agentsCollected',
  contactRate: 'agentsContactRate',
  rpcRate: 'agentsRpcRate',
  ptpRate: 'agentsPtpRate',
  keptRate: 'agentsKeptRate',
  liquidation: 'agentsLiquidation',
  collectedPerHour: 'agentsCollectedPerHour',
};

/** What formatting depends on: the catalogue locale (labels), the `Intl` locale (numbers) and the currency. */
export interface CellFormat {
  locale: string;
  intlLocale: string;
  currency: string;
}

/** One metric cell as drawn. */
export interface CellView {
  cell: ReturnType<typeof cell>;
  /** The formatted value. */
  text: string;
  /** Value over the column's largest trusted value: the filled part of the inline bar. */
  fraction: number;
}

const isMoney = (column: LeaderboardColumn) => column === 'collected' || column === 'collectedPerHour';

/** A column's value as shown: money for the amounts, a percent with one decimal for the rates, `–` when missing. */
export function formatValue(f: CellFormat, column: LeaderboardColumn, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  if (column === 'collected') return formatCurrency(f.intlLocale, value, f.currency, true);
  if (column === 'collectedPerHour') return formatCurrency(f.intlLocale, value, f.currency);
  return formatPercent(f.intlLocale, value, 1);
}

/** The value with the low-base flag (`80.0% ⚠ low base`) when the rate is flagged. */
function flaggedValue(f: CellFormat, column: LeaderboardColumn, value: number | null, flagged: boolean): string {
  return `${formatValue(f, column, value)}${flagged ? ` ⚠ ${t(f.locale, 'agentsFlagged')}` : ''}`;
}

/** Numerator and denominator of a cell as text (amounts as money, hours with one decimal). */
function parts(f: CellFormat, column: LeaderboardColumn, c: ReturnType<typeof cell>): [string, string] {
  const money = (v: number) => formatCurrency(f.intlLocale, v, f.currency);
  return [
    isMoney(column) ? money(c.numerator) : formatNumber(f.intlLocale, c.numerator),
    column === 'collectedPerHour'
      ? formatNumber(f.intlLocale, c.denominator, 1)
      : isMoney(column)
        ? money(c.denominator)
        : formatNumber(f.intlLocale, c.denominator),
  ];
}

/** The seven metric cells of a collector as drawn; `maxima` are the columns' largest trusted values. */
export function cellViews(f: CellFormat, entry: LeaderboardEntry, maxima: readonly number[]): CellView[] {
  return LEADERBOARD_COLUMNS.map((column, ci) => {
    const c = cell(entry, column);
    const max = at(maxima, ci);
    return {
      cell: c,
      text: formatValue(f, column, c.value),
      fraction: max > 0 && c.value !== null ? c.value / max : 0,
    };
  });
}

/**
 * Everything a row shows, as one string: the guard of a row compares it, so a refresh re-renders a
 * row only when its name, team, numbers, flags, rank column or position changed (not because the
 * response is a new object). Per-metric ranks are left out: only the focused cell's tooltip shows
 * them, and a focus change renders that row anyway.
 */
export function rowSignature(entry: LeaderboardEntry, position: number, rank: number | null): string {
  const p = entry.perf;
  let s = `${position}\u0001${rank}\u0001${entry.display}\u0001${p.team ?? ''}\u0001${entry.collected}\u0001${entry.qaScore}/${entry.qaBelow}`;
  for (const column of LEADERBOARD_COLUMNS) {
    if (column === 'collected') continue;
    const m = p.metrics[column];
    s += `\u0001${m.numerator}/${m.denominator}/${m.rate}/${m.flagged ? 1 : 0}`;
  }
  return s;
}

/** A focused cell: the formats, the collector, the column, and the collector's rank in it (null: not ranked). */
export type FocusedCell = [f: CellFormat, entry: LeaderboardEntry, column: LeaderboardColumn, rank: number | null];

/** What the tooltip and the live region both say of a cell: its metric, value (flagged ones marked), numerator and denominator. */
function cellTexts(f: CellFormat, entry: LeaderboardEntry, column: LeaderboardColumn) {
  const c = cell(entry, column);
  const [numerator, denominator] = parts(f, column, c);
  return {
    metric: t(f.locale, COLUMN_LABELS[column]),
    value: flaggedValue(f, column, c.value, c.flagged),
    numerator,
    denominator,
  };
}

/** The focused cell's tooltip content: value, numerator, denominator and rank. */
export function tooltipSpec(...[f, entry, column, rank]: FocusedCell): TooltipSpec {
  const c = cellTexts(f, entry, column);
  return {
    title: `${entry.display} · ${c.metric}`,
    lines: [
      [t(f.locale, column === 'collected' ? 'value' : 'rate'), c.value],
      [column === 'collected' ? t(f.locale, 'agentsCollected') : t(f.locale, 'numerator'), c.numerator],
      [t(f.locale, 'denominator'), c.denominator],
      [t(f.locale, 'agentsRank'), rank === null ? t(f.locale, 'agentsNotRanked') : String(rank)],
    ],
    x: 0,
    y: 44,
    width: 10_000,
  };
}

/** What the live region says for a focused cell: collector, metric, value, numerator, denominator, rank. */
export function announcement(...[f, entry, column, rank]: FocusedCell): string {
  return t(f.locale, 'agentsAnnouncement', {
    agent: entry.display,
    ...cellTexts(f, entry, column),
    rank: rank === null ? t(f.locale, 'agentsNotRanked') : t(f.locale, 'agentsRankOf', { rank }),
  });
}

/**
 * The export table (CSV/JSON) of rows in the order shown: rank, name (a pseudonym when redacted),
 * team, the QA score (with `qa`), then every column's value (flagged ones marked), numerator and denominator.
 */
export function exportSpec(
  f: CellFormat,
  caption: string,
  rows: Iterable<{ entry: LeaderboardEntry; rank: number | null }>,
  qa = false,
): TableSpec {
  const out: string[][] = [];
  for (const { entry, rank } of rows) {
    out.push([
      rank === null ? MISSING : String(rank),
      entry.display,
      entry.perf.team ?? '',
      ...(qa ? [qaText(f.locale, f.intlLocale, entry.qaScore, entry.qaBelow === true)] : []),
      ...LEADERBOARD_COLUMNS.flatMap((column) => {
        const c = cell(entry, column);
        return [flaggedValue(f, column, column === 'collected' ? c.value : c.rate, c.flagged), ...parts(f, column, c)];
      }),
    ]);
  }
  return {
    caption,
    columns: [
      t(f.locale, 'agentsRank'),
      t(f.locale, 'agentsName'),
      t(f.locale, 'agentsTeam'),
      ...(qa ? [t(f.locale, 'agentsQa')] : []),
      ...LEADERBOARD_COLUMNS.flatMap((c) => [
        t(f.locale, COLUMN_LABELS[c]),
        `${t(f.locale, COLUMN_LABELS[c])} ${t(f.locale, 'numerator')}`,
        `${t(f.locale, COLUMN_LABELS[c])} ${t(f.locale, 'denominator')}`,
      ]),
    ],
    rows: out,
  };
}
