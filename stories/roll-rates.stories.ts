import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource, type Scenario } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  view: 'matrix' | 'trend' | 'forecast' | 'cure';
  basis: 'count' | 'balance';
  period: string;
  months: number;
}

const roll = (a: Args) =>
  html`<ck-roll-rates view=${a.view} basis=${a.basis} period=${a.period} months=${a.months}></ck-roll-rates>`;
const at = (a: Args, scenario: Scenario = 'ok', width = '') => withSource(roll(a), { scenario, width });

const meta: Meta<Args> = {
  title: 'Widgets/Roll rates',
  component: 'ck-roll-rates',
  args: { view: 'matrix', basis: 'balance', period: '', months: 6 },
  argTypes: {
    view: { control: 'inline-radio', options: ['matrix', 'trend', 'forecast', 'cure'] },
    basis: { control: 'inline-radio', options: ['count', 'balance'] },
  },
  render: (a) => at(a),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-roll-rates', roll);

/** The transition matrix of the latest month as a heatmap. */
export const Data: Story = standard('Data');

/** The matrix of a chosen month, by accounts. */
export const PeriodByCount: Story = { args: { period: '2025-06', basis: 'count' } };

/** Roll-forward rates M0→M1, M1→M2, … over two years. */
export const Trend: Story = { args: { view: 'trend' } };

/** Balances by bucket rolled forward six months (dashed, labelled as projection). */
export const Forecast: Story = { args: { view: 'forecast' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide: values that do not fit their cell are left to the tooltip and the table. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese, forecast view (预测). */
export const Chinese: Story = { args: { view: 'forecast' }, render: (a) => html`<div lang="zh-CN">${at(a)}</div>` };

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of months in the trend view. */
export const LargeData: Story = {
  args: { view: 'trend' },
  render: (a) => withSource(roll(a), { scenario: 'huge', from: '2016-01', to: '2025-12' }),
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
