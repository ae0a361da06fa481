import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  by: 'category' | 'channel';
  per: number;
  sla?: number;
}

const widget = (args: Args) =>
  html`<ck-complaint-trend by=${args.by} per=${args.per} sla=${args.sla ?? ''}></ck-complaint-trend>`;

const meta: Meta<Args> = {
  title: 'Widgets/Complaint trend',
  component: 'ck-complaint-trend',
  args: { by: 'category', per: 10_000, sla: 0.95 },
  argTypes: { by: { control: 'inline-radio', options: ['category', 'channel'] } },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-complaint-trend', widget);

/** Two years of monthly complaints by CFPB category, per 10,000 accounts, with a 95 % on-time target. */
export const Data: Story = standard('Data');

/** Stacked by contact channel instead of category. */
export const ByChannel: Story = { args: { by: 'channel' } };

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

/** Simplified Chinese labels and number formats. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of monthly complaints of the large portfolio (scenario `huge`). */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
