import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  measure: string;
}

const widget = (args: Args) => html`<ck-agency-scorecard measure=${args.measure}></ck-agency-scorecard>`;

const meta: Meta<Args> = {
  title: 'Widgets/Agency scorecard',
  component: 'ck-agency-scorecard',
  args: { measure: 'recovery' },
  argTypes: { measure: { control: 'inline-radio', options: ['recovery', 'complaints', 'violations', 'commission'] } },
  render: (args) => withSource(widget(args), { from: '2025-01', to: '2025-12' }),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-agency-scorecard', widget, {
  range: { from: '2025-01', to: '2025-12' },
  staleFrom: '2025-02',
});

/** The five agencies of 2025: recovered ÷ placed as bars, every measure in the table, one evaluation overdue. */
export const Data: Story = standard('Data');

/** Complaints per 10,000 accounts placed. */
export const Complaints: Story = { args: { measure: 'complaints' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide, as on a phone. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese, violation rate. */
export const Chinese: Story = {
  render: (args) =>
    html`<div lang="zh-CN">${withSource(widget({ ...args, measure: 'violations' }), { from: '2025-01', to: '2025-12' })}</div>`,
};

/** Traditional Chinese, commission % of recovered, quarterly. */
export const TraditionalChinese: Story = {
  render: () =>
    html`<div lang="zh-TW">${withSource(html`<ck-agency-scorecard measure="commission" interval="quarter"></ck-agency-scorecard>`, { from: '2024-01', to: '2025-12' })}</div>`,
};

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of the large portfolio (scenario `huge`), monthly: 600 agency-months summed into the scorecard. */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
