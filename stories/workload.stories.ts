import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  target: number;
  horizon: number;
}

const widget = (args: Args) => html`<ck-workload target=${args.target} horizon=${args.horizon}></ck-workload>`;

const meta: Meta<Args> = {
  title: 'Widgets/Workload',
  component: 'ck-workload',
  args: { target: 400, horizon: 3 },
  argTypes: {
    target: { control: { type: 'number', min: 50, max: 2000, step: 50 } },
    horizon: { control: { type: 'number', min: 1, max: 12, step: 1 } },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-workload', widget);

/** Five teams in the latest month: cases per agent, coverage, attempts per case, and the next three months against capacity. */
export const Data: Story = standard('Data');

/** A target of 250 cases per agent: the projection falls short of capacity, and says by how much. */
export const Shortfall: Story = { args: { target: 250, horizon: 6 } };

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

/** Simplified Chinese: 案件负荷, 覆盖率, 渗透率, 入催. */
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
