/** Workload 案件负荷 per period × team: inventory, FTE, cases per agent, coverage, penetration, flows. */
import type { WorkloadRow } from '../model/rows.js';
import { at } from '../model/at.js';
import { KpiInputError } from './errors.js';
import type { BucketForecast, Ratio } from './types.js';
import { checkAmount, checkAtMost, checkLabel, divide, ratio } from './validate.js';

/** Workload KPIs of one period and team (or of all teams when `team` is null). */
export interface WorkloadPoint {
  period: string;
  team: string | null;
  inventory: number;
  fte: number;
  /** Cases per agent = inventory ÷ FTE. */
  casesPerAgent: number | null;
  /** Coverage 覆盖率 = cases dialled ÷ inventory. */
  coverage: Ratio;
  attempts: number;
  /** Penetration 渗透率 = attempts ÷ inventory (attempts per case; may exceed 1). */
  penetration: number | null;
  inflow: number;
  cured: number;
  rolledOn: number;
  chargedOff: number;
  /** cured + rolled on + charged off. */
  outflow: number;
}

const COUNTS = ['inventory', 'casesDialled', 'attempts', 'inflow', 'cured', 'rolledOn', 'chargedOff'] as const;

function checkRow(row: WorkloadRow, i: number): WorkloadRow {
  const what = 'workload';
  const key = `${String(row.period)}/${String(row.team)}`;
  checkLabel(what, i, 'period', row.period);
  checkLabel(what, i, 'team', row.team);
  for (const f of COUNTS) checkAmount(what, i, key, f, row[f]);
  checkAmount(what, i, key, 'fte', row.fte);
  checkAtMost(what, i, key, 'casesDialled', row.casesDialled, 'inventory', row.inventory);
  return row;
}

function point(period: string, team: string | null, rows: readonly WorkloadRow[]): WorkloadPoint {
  const sum = (f: (typeof COUNTS)[number] | 'fte') => rows.reduce((a, r) => a + r[f], 0);
  const inventory = sum('inventory');
  const fte = sum('fte');
  const cured = sum('cured');
  const rolledOn = sum('rolledOn');
  const chargedOff = sum('chargedOff');
  return {
    period,
    team,
    inventory,
    fte,
    casesPerAgent: divide(inventory, fte),
    coverage: ratio(sum('casesDialled'), inventory),
    attempts: sum('attempts'),
    penetration: divide(sum('attempts'), inventory),
    inflow: sum('inflow'),
    cured,
    rolledOn,
    chargedOff,
    outflow: cured + rolledOn + chargedOff,
  };
}

/**
 * Workload KPIs per period (sorted) and team (in first-seen order); with `byTeam: false`, one point per
 * period summed over the teams (ratios of sums). Rows are checked: counts non-negative, cases dialled
 * never above inventory.
 * @example workload(rows)[0] // { period: '2024-01', team: 'early-a', casesPerAgent: 812, coverage: { rate: 0.83, … }, … }
 */
export function workload(rows: readonly WorkloadRow[], options: { byTeam?: boolean } = {}): WorkloadPoint[] {
  const byTeam = options.byTeam ?? true;
  const groups = new Map<string, Map<string | null, WorkloadRow[]>>();
  rows.forEach((row, i) => {
    checkRow(row, i);
    let teams = groups.get(row.period);
    if (!teams) groups.set(row.period, (teams = new Map<string | null, WorkloadRow[]>()));
    const team = byTeam ? row.team : null;
    const list = teams.get(team);
    if (list) list.push(row);
    else teams.set(team, [row]);
  });
  const out: WorkloadPoint[] = [];
  for (const period of [...groups.keys()].sort()) {
    for (const [team, list] of groups.get(period) ?? []) out.push(point(period, team, list));
  }
  return out;
}

/**
 * Expected entries into `to` per forecast month from a count-basis roll-rate forecast: the expected
 * cases in `from` at the end of the month before × the averaged flow rate from → to (the first month
 * uses `current`, the cases in `from` now).
 * @example inflowFromForecast(forecastBuckets(matrices, counts, { months: 3 }), counts.M0) // [2710, 2698, 2705]
 */
export function inflowFromForecast(forecast: BucketForecast, current: number, from = 'M0', to = 'M1'): number[] {
  const i = forecast.states.indexOf(from);
  const j = forecast.states.indexOf(to);
  if (i < 0 || j < 0)
    throw new KpiInputError(
      'unknown-bucket',
      `states ${forecast.states.join(', ')} lack ${from} or ${to}`,
      null,
      'states',
    );
  const rate = at(at(forecast.matrix, i), j);
  let before = current;
  return forecast.months.map((m) => {
    const entries = before * rate;
    before = at(m.balances, i);
    return entries;
  });
}

/** One projected period of a capacity plan. */
export interface CapacityPoint {
  /** 1 for the first period after the last observed one. */
  step: number;
  inflow: number;
  /** Projected inventory: last inventory + inflow − outflow at the observed outflow rate. */
  inventory: number;
  /** Agents × target cases per agent. */
  capacity: number;
  /** Inventory above capacity (0 when within). */
  shortfall: number;
}

/**
 * Projects inventory forward with `projectedInflow` per period and the outflow rate observed over
 * `history` (Σ outflow ÷ Σ inventory), against capacity = the last period's FTE × `targetCasesPerAgent`.
 * `history` is the per-period series (one point per period, e.g. `workload(rows, { byTeam: false })`).
 * @example capacityPlan(points, [2700, 2710], 800)[0].shortfall // 0 when within capacity
 */
export function capacityPlan(
  history: readonly WorkloadPoint[],
  projectedInflow: readonly number[],
  targetCasesPerAgent: number,
): CapacityPoint[] {
  if (!(targetCasesPerAgent > 0) || !Number.isFinite(targetCasesPerAgent))
    throw new KpiInputError('invalid', `target cases per agent is ${targetCasesPerAgent}, must be > 0`, null, 'target');
  const last = history.at(-1);
  if (!last) return [];
  const outRate =
    divide(
      history.reduce((a, p) => a + p.outflow, 0),
      history.reduce((a, p) => a + p.inventory, 0),
    ) ?? 0;
  const capacity = last.fte * targetCasesPerAgent;
  let inventory = last.inventory;
  return projectedInflow.map((inflow, k) => {
    inventory = Math.max(0, inventory * (1 - Math.min(1, outRate)) + inflow);
    return { step: k + 1, inflow, inventory, capacity, shortfall: Math.max(0, inventory - capacity) };
  });
}
