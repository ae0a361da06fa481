import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource, type Scenario } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  threshold: string;
  maxMob: number;
  cohorts: string;
  basis: 'count' | 'balance';
}

const curves = (a: Args) =>
  html`<ck-vintage-curves threshold=${a.threshold} max-mob=${a.maxMob} cohorts=${a.cohorts} basis=${a.basis}></ck-vintage-curves>`;
const at = (a: Args, scenario: Scenario = 'ok', width = '') => withSource(curves(a), { scenario, width });

const meta: Meta<Args> = {
  title: 'Widgets/Vintage curves',
  component: 'ck-vintage-curves',
  args: { threshold: 'M2', maxMob: 24, cohorts: '6', basis: 'balance' },
  argTypes: { basis: { control: 'inline-radio', options: ['count', 'balance'] } },
  render: (a) => at(a),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-vintage-curves', curves);

/** The latest six origination cohorts, 30+ days past due by balance. */
export const Data: Story = standard('Data');

/** Chosen cohorts, 90+ days past due by accounts. */
export const ChosenCohorts: Story = {
  args: { threshold: 'M4', cohorts: '2024-01,2024-04,2024-07,2024-10', basis: 'count' },
};

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Every cohort of two years (24 curves), up to 24 months on book. */
export const LargeData: Story = { args: { cohorts: '' } };

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
