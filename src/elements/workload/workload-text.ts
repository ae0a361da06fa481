/**
 * The words and tables of `<ck-workload>`, as pure functions of its view model: the summary, the
 * capacity line and the table (one row per team and the total, then the projected periods).
 */
import type { WorkloadPoint } from '../../kpi/workload.js';
import { formatFixed } from '../../render/format-fixed.js';
import { formatNumber, formatPercent, formatPeriod } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { codeLabel } from '../../render/vocab.js';
import { formatWorkloadMeasure, TEAM_LABELS, type WorkloadView } from '../../views/workload-model.js';

/** The latest period in one sentence (cases, agents, per agent, coverage, penetration, in and out). */
export function workloadSummary(locale: string, intlLocale: string, p: WorkloadPoint): string {
  return t(locale, 'workloadSummary', {
    period: formatPeriod(intlLocale, p.period),
    inventory: formatNumber(intlLocale, p.inventory),
    fte: formatFixed(intlLocale, p.fte, 1),
    perAgent: formatWorkloadMeasure(intlLocale, 'casesPerAgent', p.casesPerAgent),
    coverage: formatPercent(intlLocale, p.coverage.rate, 0),
    penetration: formatFixed(intlLocale, p.penetration, 1),
    inflow: formatNumber(intlLocale, p.inflow),
    outflow: formatNumber(intlLocale, p.outflow),
  });
}

/** The capacity line: the last projected period's inventory against capacity, and the shortfall if any. */
export function capacityLine(locale: string, intlLocale: string, view: WorkloadView, target: number): string {
  const last = view.plan.at(-1);
  if (!last) return '';
  const short = view.plan.reduce((a, p) => Math.max(a, p.shortfall), 0);
  return t(locale, 'workloadCapacity', {
    months: view.plan.length,
    inventory: formatNumber(intlLocale, Math.round(last.inventory)),
    capacity: formatNumber(intlLocale, Math.round(last.capacity)),
    target: formatNumber(intlLocale, target),
    verdict:
      short > 0
        ? t(locale, 'workloadShort', { shortfall: formatNumber(intlLocale, Math.round(short)) })
        : t(locale, 'workloadWithin'),
  });
}

const COLUMNS: MessageKey[] = [
  'workloadTeam',
  'workloadInventory',
  'workloadFte',
  'workloadPerAgent',
  'workloadDialled',
  'workloadCoverage',
  'workloadAttempts',
  'workloadPenetration',
  'workloadInflow',
  'workloadCured',
  'workloadRolledOn',
  'workloadChargedOff',
];

/** The table: the latest period per team and all teams, then each projected period (inflow, inventory, capacity). */
export function workloadTable(locale: string, intlLocale: string, caption: string, view: WorkloadView): TableSpec {
  const n = (v: number) => formatNumber(intlLocale, v);
  const row = (label: string, p: WorkloadPoint) => [
    label,
    n(p.inventory),
    formatFixed(intlLocale, p.fte, 1),
    formatWorkloadMeasure(intlLocale, 'casesPerAgent', p.casesPerAgent),
    n(p.coverage.numerator),
    formatWorkloadMeasure(intlLocale, 'coverage', p.coverage.rate),
    n(p.attempts),
    formatWorkloadMeasure(intlLocale, 'penetration', p.penetration),
    n(p.inflow),
    n(p.cured),
    n(p.rolledOn),
    n(p.chargedOff),
  ];
  const projected = view.plan.map((p) => {
    const cells = new Array<string>(COLUMNS.length).fill('');
    cells[0] = `${t(locale, 'workloadProjected')} ${t(locale, 'workloadStep', { step: p.step })}`;
    cells[1] = n(Math.round(p.inventory));
    cells[3] = `${n(Math.round(p.capacity))}${p.shortfall > 0 ? ` (${t(locale, 'workloadShort', { shortfall: n(Math.round(p.shortfall)) })})` : ''}`;
    cells[8] = n(Math.round(p.inflow));
    return cells;
  });
  return {
    caption,
    columns: COLUMNS.map((k) => t(locale, k)),
    rows: [
      ...view.teams.map((p) => row(codeLabel(TEAM_LABELS, p.team ?? '', locale), p)),
      ...(view.total ? [row(t(locale, 'workloadAll'), view.total)] : []),
      ...projected,
    ],
  };
}
