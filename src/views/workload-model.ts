/**
 * View model of `<ck-workload>` (案件负荷): the latest period's KPIs per team, the totals per period,
 * the capacity plan of the next periods, and the bar items of its three panels (cases per agent,
 * coverage, penetration). Pure; the element and the SVG kind both draw from it.
 */
import type { HBarItem } from '../charts/hbar-chart.js';
import { capacityPlan, inflowFromForecast, workload, type CapacityPoint, type WorkloadPoint } from '../kpi/workload.js';
import { closingBalances, DEFAULT_EXTRA_STATES, transitionMatrices } from '../kpi/transition.js';
import { forecastBuckets } from '../kpi/forecast.js';
import { addDefinitions } from '../model/definitions.js';
import { WORKLOAD_DEFINITIONS } from '../model/definitions/workload.js';
import type { RollRateRow, WorkloadRow } from '../model/rows.js';
import { formatFixed } from '../render/format-fixed.js';
import { formatPercent } from '../render/format.js';
import { addMessagePack, type MessageKey } from '../render/i18n/index.js';
import { WORKLOAD_MESSAGES } from '../render/i18n/workload.js';
import { codeLabel, type Labels } from '../render/vocab.js';
import { memoByRef } from './memo.js';

// This widget's texts and definitions load with it (not in every widget's chunk).
addMessagePack(WORKLOAD_MESSAGES);
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
 * inflow for each of the next `horizon` periods comes from the roll-rate forecast when `roll` rows are given
 * (`forecastInflow`), else is the mean inflow of the last three periods.
 */
export function workloadView(
  rows: readonly WorkloadRow[],
  target: number,
  horizon: number,
  roll?: readonly RollRateRow[],
): WorkloadView {
  const teams = perTeam(rows);
  const history = perPeriod(rows);
  const projectedInflow = roll ? forecastInflow(roll, history, horizon) : undefined;
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

// Once per rows array: the view is built again when the roll-rate forecast answers (same workload rows).
const perTeam = memoByRef((rows: readonly WorkloadRow[]) => workload(rows));
const perPeriod = memoByRef((rows: readonly WorkloadRow[]) => workload(rows, { byTeam: false }));

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

/**
 * Inflow of the next `horizon` periods projected from the roll-rate forecast (issue #14): the count-basis
 * transition matrices of `roll` rolled forward with the average of the last six (`forecastBuckets`), their
 * expected entries from the first bucket into the second (`inflowFromForecast`), scaled to the teams' own
 * inflow by Σ inflow ÷ Σ observed entries over the last three periods both have (the teams' inflow also holds
 * new accounts and later stages' entries). Undefined when there is nothing to scale by: the plan then
 * projects the mean inflow.
 * @example forecastInflow(rollRows, workload(rows, { byTeam: false }), 3) // [2710, 2698, 2705]
 */
export function forecastInflow(
  roll: readonly RollRateRow[],
  history: readonly WorkloadPoint[],
  horizon: number,
): number[] | undefined {
  const matrices = transitionMatrices(roll, { basis: 'count' });
  const latest = matrices.at(-1);
  const [from, to] = latest?.states.filter((s) => !DEFAULT_EXTRA_STATES.includes(s)) ?? [];
  if (!latest || from === undefined || to === undefined) return undefined;
  const entries = new Map(
    matrices.map((m) => [m.period, m.counts[m.states.indexOf(from)]?.[m.states.indexOf(to)] ?? 0]),
  );
  const shared = history.filter((p) => entries.has(p.period)).slice(-3);
  const observed = shared.reduce((a, p) => a + (entries.get(p.period) ?? 0), 0);
  if (!(observed > 0)) return undefined;
  const scale = shared.reduce((a, p) => a + p.inflow, 0) / observed;
  const current = closingBalances(latest);
  const forecast = forecastBuckets(matrices, current, { months: horizon, window: 6 });
  return inflowFromForecast(forecast, current[from] ?? 0, from, to).map((v) => v * scale);
}
