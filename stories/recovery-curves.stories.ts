import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource, type Scenario } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  maxMonths: number;
  net: boolean;
  projection: 'chain-ladder' | 'none';
}

const curves = (a: Args) =>
  html`<ck-recovery-curves max-months=${a.maxMonths} ?net=${a.net} projection=${a.projection}></ck-recovery-curves>`;
const at = (a: Args, scenario: Scenario = 'ok', width = '', from = '2024-01') =>
  withSource(curves(a), { scenario, width, from });

const meta: Meta<Args> = {
  title: 'Widgets/Recovery curves',
  component: 'ck-recovery-curves',
  args: { maxMonths: 24, net: false, projection: 'chain-ladder' },
  argTypes: { projection: { control: 'inline-radio', options: ['chain-ladder', 'none'] } },
  render: (a) => at(a, 'ok', '', '2025-01'),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-recovery-curves', curves, {
  range: { from: '2025-01', to: '2025-12' },
  staleFrom: '2025-02',
});

/** Charge-off cohorts of 2025, immature ones completed by chain ladder (dashed). */
export const Data: Story = standard('Data');

/** Net of collection fees, observed data only. */
export const NetObservedOnly: Story = { args: { net: true, projection: 'none' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Two years of cohorts over 36 months. */
export const LargeData: Story = { args: { maxMonths: 36 }, render: (a) => at(a) };

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
