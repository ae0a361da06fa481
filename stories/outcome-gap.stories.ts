import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

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
const standard = standardStories('ck-outcome-gap', widget);

/** Two years: vulnerable customers truly cure 10 points less than the others (flagged); every other rate is truly equal. */
export const Data: Story = standard('Data');

/** One month: intervals wide, the same true gap still shown or not by what the data can tell. */
export const OneMonth: Story = { render: (args) => withSource(widget(args), { from: '2025-12', to: '2025-12' }) };

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

/** Dark theme. */
export const Dark: Story = standard('Dark');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');

/** Ten years of the large portfolio (scenario `huge`). */
export const LargeData: Story = standard('LargeData');
