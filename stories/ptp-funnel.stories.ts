import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  grace: number;
  view: 'funnel' | 'trend';
}

const widget = (args: Args) => html`<ck-ptp-funnel grace=${args.grace} view=${args.view}></ck-ptp-funnel>`;

const meta: Meta<Args> = {
  title: 'Widgets/Promise-to-pay funnel',
  component: 'ck-ptp-funnel',
  args: { grace: 0, view: 'funnel' },
  argTypes: {
    grace: { control: { type: 'number', min: 0, max: 30 } },
    view: { control: 'inline-radio', options: ['funnel', 'trend'] },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-ptp-funnel', widget);

/** Two years of the collectors' desk: attempts to promises, the outcome of matured promises, follow-up of broken ones. */
export const Data: Story = standard('Data');

/** Contact, RPC, PTP, kept and amount-kept rates per month. */
export const Trend: Story = { args: { view: 'trend' } };

/** Five grace days: promises mature later, late full payments count as kept. */
export const Grace: Story = { args: { grace: 5 } };

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

/** Simplified Chinese. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of the large portfolio (scenario `huge`, 2,000 collectors). */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
