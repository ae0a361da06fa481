import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource, type Scenario } from './helpers.js';

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

/** Charge-off cohorts of 2025, immature ones completed by chain ladder (dashed). */
export const Data: Story = {};

/** Net of collection fees, observed data only. */
export const NetObservedOnly: Story = { args: { net: true, projection: 'none' } };

/** The request has not answered yet. */
export const Loading: Story = { render: (a) => at(a, 'timeout') };

/** The backend answered with no rows. */
export const Empty: Story = { render: (a) => at(a, 'empty') };

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = { render: (a) => at(a, 'failing') };

/** 320 px wide. */
export const Narrow: Story = { render: (a) => at(a, 'ok', '320px', '2025-01') };

/** Simplified Chinese. */
export const Chinese: Story = { render: (a) => html`<div lang="zh-CN">${at(a, 'ok', '', '2025-01')}</div>` };

/** Dark theme. */
export const Dark: Story = {
  render: (a) =>
    html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${at(a, 'ok', '', '2025-01')}</div>`,
};

/** Two years of cohorts over 36 months. */
export const LargeData: Story = { args: { maxMonths: 36 }, render: (a) => at(a) };

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = {
  render: (a) => withSource(curves(a), { scenario: 'stale', refresh: '1s', from: '2025-02' }),
};
