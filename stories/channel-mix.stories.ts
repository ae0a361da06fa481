import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

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
const standard = standardStories('ck-channel-mix', widget);

/** Eight channels over two years: contact rate, collected per attempt, collected per unit cost. */
export const Data: Story = standard('Data');

/** Only collected per unit cost. */
export const OneMeasure: Story = { args: { measure: 'per-cost' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide, as on a phone: panels stacked. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese channel names. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of the large portfolio (scenario `huge`). */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
