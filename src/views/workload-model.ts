/**
 * View model of `<ck-workload>` (案件负荷): the latest period's KPIs per team, the totals per period,
 * the capacity plan of the next periods, and the bar items of its three panels (cases per agent,
 * coverage, penetration). Pure; the element and the SVG kind both draw from it.
 */
import type { HBarItem } from '../charts/hbar-chart.js';
import { capacityPlan, workload, type CapacityPoint, type WorkloadPoint } from '../kpi/workload.js';
import { addDefinitions } from '../model/definitions.js';
import { WORKLOAD_DEFINITIONS } from '../model/definitions/workload.js';
import type { WorkloadRow } from '../model/rows.js';
import { formatFixed } from '../render/format-fixed.js';
import { formatPercent } from '../render/format.js';
import { addMessages, type MessageKey } from '../render/i18n/index.js';
import { WORKLOAD_MESSAGES } from '../render/i18n/workload.js';
import { codeLabel, type Labels } from '../render/vocab.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessages(WORKLOAD_MESSAGES);
addDefinitions(WORKLOAD_DEFINITIONS);

/** The measures drawn as panels, in order. */
export const WORKLOAD_MEASURES = ['casesPerAgent', 'coverage', 'penetration'] as const;

/** One panel's measure. */
export type WorkloadMeasure = (typeof WORKLOAD_MEASURES)[number];

/** Catalogue key of each measure's name. */
export const WORKLOAD_MEASURE_LABELS: Record<WorkloadMeasure, MessageKey> = {
  casesPerAgent: 'workloadPerAgent',
  coverage: 'workloadCoverage',
  penetration: 'workloadPenetration',
};

/** Names of the simulator's and the seeded warehouse's teams; other codes are shown as sent. */
export const TEAM_LABELS: Labels = {
  'early-a': ['Early stage A', '早期一组', '早期一組'],
  'early-b': ['Early stage B', '早期二组', '早期二組'],
  mid: ['Mid stage', '中期组', '中期組'],
  late: ['Late stage', '后期组', '後期組'],
  field: ['Field visits', '外访组', '外訪組'],
};

/** Everything the widget shows for one response. */
export interface WorkloadView {
  /** The latest period, '' without data. */
  period: string;
  /** The latest period's KPIs per team. */
  teams: WorkloadPoint[];
  /** The latest period summed over the teams. */
  total: WorkloadPoint | null;
  /** Per-period totals, oldest first. */
  history: WorkloadPoint[];
  /** The next `horizon` periods against capacity. */
  plan: CapacityPoint[];
}

/**
 * Builds the view: KPIs per team of the latest period, per-period totals, and a capacity plan whose
 * inflow for each of the next `horizon` periods is the mean inflow of the last three periods (the
 * roll-rate forecast's M1 entries can be given instead as `projectedInflow`).
 */
export function workloadView(
  rows: readonly WorkloadRow[],
  target: number,
  horizon: number,
  projectedInflow?: readonly number[],
): WorkloadView {
  const teams = workload(rows);
  const history = workload(rows, { byTeam: false });
  const total = history.at(-1) ?? null;
  const period = total?.period ?? '';
  const recent = history.slice(-3);
  const mean = recent.length ? recent.reduce((a, p) => a + p.inflow, 0) / recent.length : 0;
  const inflow = projectedInflow ?? Array.from({ length: horizon }, () => mean);
  return {
    period,
    teams: teams.filter((p) => p.period === period),
    total,
    history,
    plan: total ? capacityPlan(history, inflow, target) : [],
  };
}

/** A measure's value of a point (null when its denominator is 0). */
export function measureValue(p: WorkloadPoint, measure: WorkloadMeasure): number | null {
  return measure === 'coverage' ? p.coverage.rate : p[measure];
}

/** A measure as shown: cases per agent whole, coverage in percent, attempts per case with one decimal. */
export function formatWorkloadMeasure(intlLocale: string, measure: WorkloadMeasure, v: number | null): string {
  if (measure === 'coverage') return formatPercent(intlLocale, v, 0);
  return formatFixed(intlLocale, v, measure === 'casesPerAgent' ? 0 : 1);
}

/** The bars of one panel: a bar per team. */
export function workloadItems(locale: string, view: WorkloadView, measure: WorkloadMeasure): HBarItem[] {
  return view.teams.map((p) => ({
    key: p.team ?? '',
    label: codeLabel(TEAM_LABELS, p.team ?? '', locale),
    value: measureValue(p, measure) ?? NaN,
  }));
}
