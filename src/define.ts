/** Registers every collectkit element (side effect). Loaded by `collectkit.min.js`. */
// Containers first: a page's widgets then upgrade inside an already working source and dashboard.
// registry:begin (written by scripts/registry.mjs from src/registry.ts; do not edit)
import './elements/source/ck-source.js';
import './elements/dashboard/ck-dashboard.js';
import './elements/filter-bar/ck-filter-bar.js';
import './elements/overdue-trend/ck-overdue-trend.js';
import './elements/roll-rates/ck-roll-rates.js';
import './elements/kpi-tile/ck-kpi-tile.js';
import './elements/vintage-curves/ck-vintage-curves.js';
import './elements/recovery-curves/ck-recovery-curves.js';
import './elements/agent-leaderboard/ck-agent-leaderboard.js';
import './elements/complaint-trend/ck-complaint-trend.js';
import './elements/compliance-monitor/ck-compliance-monitor.js';
import './elements/channel-mix/ck-channel-mix.js';
import './elements/strategy-test/ck-strategy-test.js';
import './elements/model-monitor/ck-model-monitor.js';
import './elements/outcome-gap/ck-outcome-gap.js';
import './elements/qa-scorecard/ck-qa-scorecard.js';
import './elements/ptp-funnel/ck-ptp-funnel.js';
import './elements/contact-heatmap/ck-contact-heatmap.js';
import './elements/workload/ck-workload.js';
import './elements/agency-scorecard/ck-agency-scorecard.js';
import './elements/legal-pipeline/ck-legal-pipeline.js';
// registry:end

export {};
