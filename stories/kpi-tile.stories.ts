import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { withSource, type Scenario } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  metric: 'overdue' | 'recovery' | 'complaints' | 'agents' | 'roll-rates';
  bucket: string;
  basis: string;
  measure?: number;
  compare: 'previous-period' | 'same-period-last-year';
  target?: number;
  better: 'lower' | 'higher' | '';
  convention: 'cn' | '';
}

const tile = (a: Args) =>
  html`<ck-kpi-tile
    metric=${a.metric}
    bucket=${a.bucket}
    basis=${a.basis}
    measure=${a.measure ?? ''}
    compare=${a.compare}
    target=${a.target ?? ''}
    better=${a.better}
    convention=${a.convention}
  ></ck-kpi-tile>`;

const at = (a: Args, scenario: Scenario = 'ok', width = '320px'): TemplateResult =>
  withSource(tile(a), { scenario, width });

const meta: Meta<Args> = {
  title: 'Widgets/KPI tile',
  component: 'ck-kpi-tile',
  args: {
    metric: 'overdue',
    bucket: 'M1+',
    basis: 'balance',
    compare: 'previous-period',
    target: 0.035,
    better: 'lower',
    convention: '',
  },
  argTypes: {
    metric: { control: 'inline-radio', options: ['overdue', 'recovery', 'complaints', 'agents', 'roll-rates'] },
    compare: { control: 'inline-radio', options: ['previous-period', 'same-period-last-year'] },
    better: { control: 'inline-radio', options: ['lower', 'higher', ''] },
    convention: { control: 'inline-radio', options: ['', 'cn'] },
  },
  render: (a) => at(a),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-kpi-tile', tile, { width: '320px', args: { Chinese: { convention: 'cn' } } });

/** Overdue rate M1+ by balance against a 3.5 % target. */
export const Data: Story = standard('Data');

/** Net flow to loss 催收乘数 (metric `roll-rates`): the product of the month's flow rates from current to charge-off, against a 0.12 % target. */
export const NetFlow: Story = { args: { metric: 'roll-rates', target: 0.0012, better: 'lower' } };

/** Net flow to loss in simplified Chinese (催收乘数), by accounts. */
export const NetFlowChinese: Story = {
  args: { metric: 'roll-rates', basis: 'count', target: undefined },
  render: (a) => html`<div lang="zh-CN">${at(a)}</div>`,
};

/** Four tiles side by side: overdue, 12-month recovery, complaints per 10k and kept-promise rate. */
export const AllMetrics: Story = {
  render: (a) => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px">
    ${at(a, 'ok', '')}
    ${at({ ...a, metric: 'recovery', basis: 'gross', measure: 12, target: 0.3, better: 'higher' }, 'ok', '')}
    ${at({ ...a, metric: 'complaints', measure: 10000, target: undefined, better: 'lower' }, 'ok', '')}
    ${at({ ...a, metric: 'agents', target: 0.7, better: 'higher' }, 'ok', '')}
  </div>`,
};

/** Compared with the same month last year. */
export const SamePeriodLastYear: Story = { args: { compare: 'same-period-last-year' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 200 px wide. */
export const Narrow: Story = { render: (a) => at(a, 'ok', '200px') };

/** Simplified Chinese with the Chinese colour convention (red = up). */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of daily overdue data in the sparkline, reduced to the width. */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
