import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';

interface Args {
  measure: string;
}

const widget = (args: Args) => html`<ck-channel-mix measure=${args.measure}></ck-channel-mix>`;

const meta: Meta<Args> = {
  title: 'Widgets/Channel mix',
  component: 'ck-channel-mix',
  args: { measure: 'all' },
  argTypes: { measure: { control: 'inline-radio', options: ['all', 'contact-rate', 'yield', 'per-cost'] } },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;

/** Eight channels over two years: contact rate, collected per attempt, collected per unit cost. */
export const Data: Story = {};

/** Only collected per unit cost. */
export const OneMeasure: Story = { args: { measure: 'per-cost' } };

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

/** Simplified Chinese channel names. */
export const Chinese: Story = { render: (args) => html`<div lang="zh-CN">${withSource(widget(args))}</div>` };

/** Dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${withSource(widget(args))}</div>`,
};

/** Ten years of the large portfolio (scenario `huge`). */
export const LargeData: Story = {
  render: (args) => withSource(widget(args), { scenario: 'huge', from: '2016-01', to: '2025-12' }),
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = {
  render: (args) => withSource(widget(args), { scenario: 'stale', refresh: '1s', from: '2024-02' }),
};
