/** Columns each widget kind spans in a `<ck-dashboard>` grid by default (from `span` in src/registry.ts). */
// registry:begin (written by scripts/registry.mjs from src/registry.ts; do not edit)
export const SPANS: Readonly<Record<string, 2 | 3 | 'full'>> = {
  'ck-overdue-trend': 2,
  'ck-roll-rates': 2,
  'ck-vintage-curves': 2,
  'ck-recovery-curves': 2,
  'ck-agent-leaderboard': 'full',
  'ck-complaint-trend': 2,
  'ck-strategy-test': 'full',
  'ck-model-monitor': 'full',
  'ck-outcome-gap': 'full',
  'ck-contact-heatmap': 'full',
  'ck-workload': 2,
};
// registry:end
