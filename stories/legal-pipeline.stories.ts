import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

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
const standard = standardStories('ck-legal-pipeline', widget);

/** Referral cohorts of charged-off accounts: cases by stage, days to each stage, amounts recovered and sold. */
export const Data: Story = standard('Data');

/** Each stage's conversion, the recovery rate and the debt sale price per referral cohort. */
export const Trend: Story = { args: { view: 'trend' } };

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

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');

/** Ten years of the large portfolio (scenario `huge`). */
export const LargeData: Story = standard('LargeData');
