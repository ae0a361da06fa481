import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Whole pages as intranet developers build them: one source, a dashboard, a filter bar and widgets
 * in any order. The two views of the demo: the executive dashboard and the regulator view.
 */
const meta: Meta = {
  title: 'Pages/Dashboards',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** Executive dashboard: tiles with deltas and target status, overdue trend, recovery, channels. */
export const Executive: Story = {
  render: () => html`<div style="padding:16px">
    <ck-source adapter="rest" base-url="/api/collection" from="2024-01" to="2025-12" interval="month">
      <ck-dashboard>
        <ck-filter-bar from="2024-01" to="2025-12" products="cash-loan:Cash loan,credit-card:Credit card,auto:Auto loan" regions="east:East,north:North,south:South,west:West"></ck-filter-bar>
        <ck-kpi-tile metric="overdue" bucket="M1+" basis="balance" compare="previous-period" target="0.06" better="lower"></ck-kpi-tile>
        <ck-kpi-tile metric="overdue" bucket="M4+" basis="balance" compare="same-period-last-year" better="lower"></ck-kpi-tile>
        <ck-kpi-tile metric="recovery" measure="12" better="higher"></ck-kpi-tile>
        <ck-overdue-trend buckets="M1,M2,M3,M4+" basis="balance" target="0.035" tolerance="0.005" wide></ck-overdue-trend>
        <ck-recovery-curves max-months="36" projection="chain-ladder"></ck-recovery-curves>
        <ck-channel-mix></ck-channel-mix>
      </ck-dashboard>
    </ck-source>
  </div>`,
};

/** Regulator view: complaints against the deadline, contact-rule breaches, redacted collectors, roll rates. */
export const Regulator: Story = {
  render: () => html`<div style="padding:16px">
    <ck-source adapter="rest" base-url="/api/collection" from="2024-01" to="2025-12" interval="month">
      <ck-dashboard>
        <ck-complaint-trend by="category" per="10000" sla="0.95"></ck-complaint-trend>
        <ck-compliance-monitor rules="cn-cba-2026"></ck-compliance-monitor>
        <ck-roll-rates view="matrix" basis="balance"></ck-roll-rates>
        <ck-vintage-curves max-mob="24" cohorts="6"></ck-vintage-curves>
        <ck-agent-leaderboard sort="collected" top="10" redact wide></ck-agent-leaderboard>
      </ck-dashboard>
    </ck-source>
  </div>`,
};
