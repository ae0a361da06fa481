import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  method: string;
  redact: boolean;
}

const widget = (args: Args) => html`<ck-qa-scorecard method=${args.method} ?redact=${args.redact}></ck-qa-scorecard>`;

const meta: Meta<Args> = {
  title: 'Widgets/QA scorecard',
  component: 'ck-qa-scorecard',
  args: { method: 'ai', redact: true },
  argTypes: { method: { control: 'inline-radio', options: ['ai', 'manual'] } },
  render: (args) => withSource(widget(args), { from: '2025-01', to: '2025-12' }),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-qa-scorecard', widget, {
  range: { from: '2025-01', to: '2025-12' },
  staleFrom: '2025-02',
});

/** AI QA of 2025, monthly: coverage beside the manual sample's, violation rate per red-line rule, worst teams. */
export const Data: Story = standard('Data');

/** Manual QA: a 1–5 % sample, so the rates rest on far fewer calls. */
export const Manual: Story = { args: { method: 'manual' } };

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

/** Simplified Chinese. */
export const Chinese: Story = standard('Chinese');

/** Traditional Chinese, quarterly. */
export const TraditionalChinese: Story = {
  render: (args) =>
    html`<div lang="zh-TW">${withSource(html`<ck-qa-scorecard method=${args.method} ?redact=${args.redact} interval="quarter"></ck-qa-scorecard>`, { from: '2024-01', to: '2025-12' })}</div>`,
};

/** Dark theme. */
export const Dark: Story = standard('Dark');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');

/** Ten years of the large portfolio (scenario `huge`, 2,000 collectors: the mock reports them per team), monthly. */
export const LargeData: Story = standard('LargeData');
