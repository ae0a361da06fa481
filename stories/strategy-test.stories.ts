import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  experiment: string;
  mde: number;
}

const widget = (args: Args) =>
  html`<ck-strategy-test experiment=${args.experiment} mde=${args.mde}></ck-strategy-test>`;

const meta: Meta<Args> = {
  title: 'Widgets/Strategy test',
  component: 'ck-strategy-test',
  args: { experiment: 'm1-strategy', mde: 0.02 },
  argTypes: {
    experiment: { control: 'inline-radio', options: ['m1-strategy', 'm3-field-visit'] },
    mde: { control: { type: 'number', min: 0.005, max: 0.2, step: 0.005 } },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-strategy-test', widget);

/** Four arms over two years: challenger-a truly better, challenger-b truly equal (no winner), challenger-c too small to compare. */
export const Data: Story = standard('Data');

/** A challenger that does worse than the champion (field visits handed to an agency). */
export const Worse: Story = { args: { experiment: 'm3-field-visit' } };

/** Three months of data against a half-point MDE: every challenger is "not enough data", nothing ranked. */
export const NotEnoughData: Story = {
  args: { mde: 0.005 },
  render: (args) => withSource(widget(args), { from: '2025-10', to: '2025-12' }),
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

/** 320 px wide, as on a phone. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of the large portfolio (scenario `huge`): 120 months of assignments per arm. */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
