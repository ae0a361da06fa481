import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  buckets: string;
  basis: 'count' | 'balance';
  target?: number;
}

const widget = (args: Args) =>
  html`<ck-overdue-trend buckets=${args.buckets} basis=${args.basis} target=${args.target ?? ''}></ck-overdue-trend>`;

const meta: Meta<Args> = {
  title: 'Widgets/Overdue trend',
  component: 'ck-overdue-trend',
  args: { buckets: 'M1,M2,M3,M4+', basis: 'balance', target: 0.035 },
  argTypes: { basis: { control: 'inline-radio', options: ['count', 'balance'] } },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-overdue-trend', widget);

/** Two years of monthly data from the mock portfolio. */
export const Data: Story = standard('Data');

/** Accounts instead of balances, bucket sets instead of single buckets. */
export const ByCountBucketSets: Story = { args: { buckets: 'M1+,M2+,M4+', basis: 'count', target: undefined } };

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
 * On purpose: the mock backend answers rows of the wrong shape. The message names the row and field.
 */
export const WrongShape: Story = {
  render: (args) =>
    withSource(html`<ck-overdue-trend buckets=${args.buckets} basis=${args.basis}></ck-overdue-trend>`, {
      scenario: 'wrong-shape',
    }),
};

/** 320 px wide, as on a phone. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese labels and number formats. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of daily data (about 3,650 points per series), reduced to the drawing width. */
export const LargeData: Story = {
  render: (args) =>
    withSource(html`<ck-overdue-trend buckets=${args.buckets} basis=${args.basis} interval="day"></ck-overdue-trend>`, {
      scenario: 'huge',
      from: '2016-01',
      to: '2025-12',
    }),
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');

/**
 * Vulnerable customers only (`segment="vulnerable"`, 特殊群体): the mock's vulnerable accounts cure less
 * from M1, so their overdue rate runs above the whole book's (Data).
 */
export const SegmentVulnerable: Story = {
  render: (args) =>
    withSource(
      html`<ck-overdue-trend buckets=${args.buckets} basis=${args.basis} segment="vulnerable"></ck-overdue-trend>`,
    ),
};
