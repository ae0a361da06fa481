import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  sort: string;
  top?: number;
  team?: string;
  redact: boolean;
  minDenominator: number;
  search?: string;
  minQa?: number;
}

const widget = (args: Args) =>
  html`<ck-agent-leaderboard sort=${args.sort} top=${args.top ?? ''} team=${args.team ?? ''} ?redact=${args.redact} min-denominator=${args.minDenominator} search=${args.search ?? ''} min-qa=${ifDefined(args.minQa)}></ck-agent-leaderboard>`;

const meta: Meta<Args> = {
  title: 'Widgets/Agent leaderboard',
  component: 'ck-agent-leaderboard',
  args: { sort: 'collected', top: 20, redact: false, minDenominator: 20 },
  argTypes: {
    sort: {
      control: 'select',
      options: [
        'collected',
        'contact-rate',
        'rpc-rate',
        'ptp-rate',
        'kept-rate',
        'liquidation',
        'collected-per-hour',
        'name',
        'team',
      ],
    },
    team: { control: 'select', options: ['', 'early-a', 'early-b', 'mid', 'late', 'field'] },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-agent-leaderboard', widget, {
  args: {
    Narrow: { top: 10 },
    Chinese: { redact: true },
    LargeData: { top: undefined, redact: true },
    Stale: { top: 10 },
  },
});

/** The top 20 collectors of the mock portfolio by collected amount. */
export const Data: Story = standard('Data');

/** Names replaced by stable pseudonyms, sorted by kept-promise rate. */
export const Redacted: Story = { args: { redact: true, sort: 'kept-rate' } };

/** With the QA column (`min-qa="90"`): collectors whose average AI QA score is under 90 are flagged (⚠ below QA) and not ranked. */
export const QualityGate: Story = { args: { minQa: 90, redact: true } };

/** One team, with a high minimum denominator: many rates flagged (⚠ low base) and not ranked. */
export const TeamFlagged: Story = { args: { team: 'late', minDenominator: 5000, sort: 'contact-rate' } };

/** The request has not answered yet. */
export const Loading: Story = standard('Loading');

/** The backend answered with no rows. */
export const Empty: Story = standard('Empty');

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = standard('Error');

/** 320 px wide, as on a phone: the table scrolls sideways. */
export const Narrow: Story = standard('Narrow');

/** Simplified Chinese labels, 催收员 pseudonyms. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/**
 * 2,000 collectors, every one in the table: only the rows in view are in the DOM (scroll, or walk
 * them with the arrow keys, PageUp/PageDown and Ctrl+Home/End); printing and exports have them all.
 */
export const LargeData: Story = standard('LargeData');

/** The search box: collectors of the team "late" among 2,000 (names masked: the search sees only pseudonyms and teams). */
export const Search: Story = {
  args: { top: undefined, redact: true, search: 'late' },
  render: (args) => withSource(widget(args), { scenario: 'huge', from: '2016-01', to: '2025-12' }),
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
