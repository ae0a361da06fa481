/**
 * `<ck-qa-scorecard>`'s view model: `qualitySummary` (src/kpi) → violation-rate series per red-line rule over
 * time (the overall `any` line first), bar items for teams or agents (worst first, names pseudonymised on
 * request) and the table rows of the trend. Pure; the element and the SVG kind both call it.
 */
import type { HBarItem } from '../charts/hbar-chart.js';
import type { QualityCell, QualitySummary } from '../kpi/quality.js';
import { QA_ANY } from '../model/rows.js';
import { periodToTime } from '../render/period.js';
import { pseudonym } from '../render/redact.js';
import { periodPoint, rateSeries, type PointSeries } from './point-series.js';
import { addMessagePack } from '../render/i18n/index.js';
import { addDefinitions } from '../model/definitions.js';
import { GOVERNANCE_MESSAGES } from '../render/i18n/governance.js';
import { GOVERNANCE_DEFINITIONS } from '../model/definitions/governance.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(GOVERNANCE_MESSAGES);
addDefinitions(GOVERNANCE_DEFINITIONS);

/**
 * One series per rule (`any` first, then the rules in `summary.byRule` order, worst first): x the period,
 * y violations ÷ checked (NaN when nothing was checked), with numerators and denominators per point.
 */
export function qualitySeries(summary: QualitySummary, label: (rule: string) => string): PointSeries[] {
  const make = (
    key: string,
    points: readonly { period: string; numerator: number; denominator: number; rate: number | null }[],
  ): PointSeries => {
    const sorted = [...points].sort((a, b) => periodToTime(a.period) - periodToTime(b.period));
    return rateSeries(key, label(key), sorted, (p) => periodPoint(p.period, p));
  };
  const any = make(
    QA_ANY,
    summary.byPeriod.map((c) => ({ period: c.key, ...c.violationRate })),
  );
  const rules = summary.byRule.map((r) =>
    make(
      r.rule,
      summary.byPeriodRule.filter((p) => p.rule === r.rule),
    ),
  );
  return summary.byPeriod.length ? [any, ...rules] : [];
}

/** Bars of cells (teams or agents): violation rate with "rate (violating)" text; `name` labels each bar. */
export function qualityBars(
  cells: readonly QualityCell[],
  name: (cell: QualityCell) => string,
  format: (rate: number) => string,
  count: (n: number) => string,
): HBarItem[] {
  return cells.map((c) => ({
    key: c.key,
    label: name(c),
    value: c.violationRate.rate ?? NaN,
    colorIndex: 0,
    text: c.violationRate.rate === null ? '–' : `${format(c.violationRate.rate)} (${count(c.violating)})`,
  }));
}

/** The name of an agent as shown: a stable pseudonym when `redact`, else the name from the data. */
export function agentLabel(agentId: string, name: string, redact: boolean, locale: string): string {
  return redact ? pseudonym(agentId, locale) : name;
}
