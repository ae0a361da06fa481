import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';

interface Args {
  target: number;
  horizon: number;
}

const widget = (args: Args) => html`<ck-workload target=${args.target} horizon=${args.horizon}></ck-workload>`;

const meta: Meta<Args> = {
  title: 'Widgets/Workload',
  component: 'ck-workload',
  args: { target: 400, horizon: 3 },
  argTypes: {
    target: { control: { type: 'number', min: 50, max: 2000, step: 50 } },
    horizon: { control: { type: 'number', min: 1, max: 12, step: 1 } },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** Five teams in the latest month: cases per agent, coverage, attempts per case, and the next three months against capacity. */
export const Data: Story = {};

/** A target of 250 cases per agent: the projection falls short of capacity, and says by how much. */
export const Shortfall: Story = { args: { target: 250, horizon: 6 } };

/** The request has not answered yet. */
export const Loading: Story = { render: (args) => withSource(widget(args), { scenario: 'timeout' }) };

/** The backend answered with no rows. */
export const Empty: Story = { render: (args) => withSource(widget(args), { scenario: 'empty' }) };

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = { render: (args) => withSource(widget(args), { scenario: 'failing' }) };

/** 320 px wide, as on a phone: panels stacked. */
export const Narrow: Story = { render: (args) => withSource(widget(args), { width: '320px' }) };

/** Simplified Chinese: 案件负荷, 覆盖率, 渗透率, 入催. */
export const Chinese: Story = { render: (args) => html`<div lang="zh-CN">${withSource(widget(args))}</div>` };

/** Dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${withSource(widget(args))}</div>`,
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = {
  render: (args) => withSource(widget(args), { scenario: 'stale', refresh: '1s', from: '2024-02' }),
};

/** Ten years of the large portfolio (scenario `huge`). */
export const LargeData: Story = {
  render: (args) => withSource(widget(args), { scenario: 'huge', from: '2016-01', to: '2025-12' }),
};
