import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';

interface Args {
  reference: string;
}

const widget = (args: Args) => html`<ck-outcome-gap reference=${args.reference}></ck-outcome-gap>`;

const meta: Meta<Args> = {
  title: 'Widgets/Outcome gap',
  component: 'ck-outcome-gap',
  args: { reference: 'other' },
  argTypes: { reference: { control: 'inline-radio', options: ['other', 'hardship', 'vulnerable'] } },
  render: (args) => withSource(widget(args), { from: '2024-01', to: '2025-12' }),
};
export default meta;

type Story = StoryObj<Args>;

/** Two years: vulnerable customers truly cure 10 points less than the others (flagged); every other rate is truly equal. */
export const Data: Story = {};

/** One month: intervals wide, the same true gap still shown or not by what the data can tell. */
export const OneMonth: Story = { render: (args) => withSource(widget(args), { from: '2025-12', to: '2025-12' }) };

/** The request has not answered yet. */
export const Loading: Story = { render: (args) => withSource(widget(args), { scenario: 'timeout' }) };

/** The backend answered with no rows. */
export const Empty: Story = { render: (args) => withSource(widget(args), { scenario: 'empty' }) };

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = { render: (args) => withSource(widget(args), { scenario: 'failing' }) };

/** 320 px wide, as on a phone. */
export const Narrow: Story = {
  render: (args) => withSource(widget(args), { width: '320px', from: '2024-01', to: '2025-12' }),
};

/** Simplified Chinese. */
export const Chinese: Story = {
  render: (args) => html`<div lang="zh-CN">${withSource(widget(args), { from: '2024-01', to: '2025-12' })}</div>`,
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${withSource(widget(args), { from: '2024-01', to: '2025-12' })}</div>`,
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
