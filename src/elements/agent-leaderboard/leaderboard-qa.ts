/**
 * The leaderboard's QA column (`min-qa`): the `quality` metric read beside `agents` from the same source and
 * filters (only when `min-qa` is set), each collector's average AI QA score, and who falls under the minimum
 * (flagged, not ranked on collections: incentives must not reward collections bought with misconduct).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { agentQuality } from '../../kpi/quality.js';
import type { Query } from '../../model/metrics.js';
import type { QualityRow } from '../../model/rows.js';
import { MetricController } from '../../query/metric-controller.js';
import type { DataSource } from '../../query/data-source.js';
import { formatFixed } from '../../render/format-fixed.js';
import { formatNumber } from '../../render/format.js';
import { t, addMessagePack } from '../../render/i18n/index.js';
import { GOVERNANCE_MESSAGES } from '../../render/i18n/governance.js';

// The QA column's texts come with the governance pack.
addMessagePack(GOVERNANCE_MESSAGES);

/** QA of the collectors: score per agent id (null: no checks) and the ids under the minimum. */
export interface AgentQa {
  scores: ReadonlyMap<string, number | null>;
  below: ReadonlySet<string>;
  /** The message of a validation error of the quality rows, '' when none. */
  error: string;
}

/** Average QA score (AI checks when present) per agent and the agents whose score is below `minQa`. Pure. */
export function agentQa(rows: readonly QualityRow[], minQa: number): AgentQa {
  try {
    const cells = agentQuality(rows);
    const scores = new Map([...cells].map(([id, c]) => [id, c.averageScore.rate]));
    const below = new Set([...scores].filter(([, s]) => s !== null && s < minQa).map(([id]) => id));
    return { scores, below, error: '' };
  } catch (error) {
    return { scores: new Map(), below: new Set(), error: error instanceof Error ? error.message : String(error) };
  }
}

/** The QA cell's text: the score with exactly one decimal (so the column lines up: 89.0 above 91.9) and, under the minimum, the flag. */
export function qaText(locale: string, intlLocale: string, score: number | null | undefined, below: boolean): string {
  const value = formatFixed(intlLocale, score, 1);
  return below ? `${value} ⚠ ${t(locale, 'agentsQaLow')}` : value;
}

/** What the leaderboard asks: its source and filters, and `min-qa` (not a finite number: no QA column, no request). */
export interface QaRequest {
  source: DataSource | null | undefined;
  query: Query;
  minQa: number | undefined;
}

/**
 * Reads `quality` for a leaderboard while `min-qa` is set and derives its QA state (recomputed on new rows or
 * minimum), the QA header, cell texts and note.
 */
export class LeaderboardQa {
  readonly #data: MetricController<'quality'>;
  readonly #request: () => QaRequest;
  #key: unknown[] = [];
  #qa: AgentQa | null = null;

  constructor(host: ReactiveControllerHost, request: () => QaRequest) {
    this.#request = request;
    this.#data = new MetricController(host, () => {
      const r = request();
      return { source: this.min === undefined ? null : r.source, metric: 'quality', query: r.query };
    });
  }

  /** The minimum QA score, undefined when `min-qa` is unset. */
  get min(): number | undefined {
    const m = this.#request().minQa;
    return typeof m === 'number' && Number.isFinite(m) ? m : undefined;
  }

  /** The QA state (null while `min-qa` is unset or the rows have not come). */
  get state(): AgentQa | null {
    const rows = this.#data.data?.rows;
    const min = this.min;
    if (min === undefined || !rows) return null;
    const key = [rows, min];
    if (key.some((v, i) => v !== this.#key[i])) [this.#key, this.#qa] = [key, agentQa(rows, min)];
    return this.#qa;
  }

  /** The QA cell of a row, null without the column. */
  cell(locale: string, intlLocale: string, entry: { qaScore?: number | null; qaBelow?: boolean }): string | null {
    return this.min === undefined ? null : qaText(locale, intlLocale, entry.qaScore, entry.qaBelow === true);
  }

  /** The QA column header, null without the column. */
  header(locale: string): TemplateResult | null {
    return this.min === undefined ? null : html`<th scope="col">${t(locale, 'agentsQa')}</th>`;
  }

  /** The note under the table when a shown collector is under the minimum. */
  note(locale: string, intlLocale: string, anyBelow: boolean): TemplateResult | null {
    return anyBelow
      ? html`<p class="note">${t(locale, 'agentsQaNote', { min: formatNumber(intlLocale, this.min, 1) })}</p>`
      : null;
  }
}
