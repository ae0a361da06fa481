import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource, type Scenario } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  basis: 'count' | 'balance';
}

const cure = (a: Args) => html`<ck-roll-rates view="cure" basis=${a.basis}></ck-roll-rates>`;
const at = (a: Args, scenario: Scenario = 'ok', width = '') => withSource(cure(a), { scenario, width });

/** `<ck-roll-rates view="cure">`: cure rate per bucket over time and days to cure in bins (issue #14). */
const meta: Meta<Args> = {
  title: 'Widgets/Roll rates: cure',
  component: 'ck-roll-rates',
  args: { basis: 'balance' },
  argTypes: { basis: { control: 'inline-radio', options: ['count', 'balance'] } },
  render: (a) => at(a),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-roll-rates', cure);

/** Cure rates M1 … M7+ over two years (balance), with the days to cure of the range under them. */
export const Data: Story = standard('Data');

/** By accounts. */
export const ByCount: Story = { args: { basis: 'count' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');

/** 320 px wide. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese (回正率, 回正天数). */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');
