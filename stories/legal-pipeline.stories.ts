import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';

interface Args {
  view: 'pipeline' | 'trend';
}

const widget = (args: Args) => html`<ck-legal-pipeline view=${args.view}></ck-legal-pipeline>`;

const meta: Meta<Args> = {
  title: 'Widgets/Legal pipeline',
  component: 'ck-legal-pipeline',
  args: { view: 'pipeline' },
  argTypes: { view: { control: 'inline-radio', options: ['pipeline', 'trend'] } },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** Referral cohorts of charged-off accounts: cases by stage, days to each stage, amounts recovered and sold. */
export const Data: Story = {};

/** Each stage's conversion, the recovery rate and the debt sale price per referral cohort. */
export const Trend: Story = { args: { view: 'trend' } };

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

/** Simplified Chinese. */
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
