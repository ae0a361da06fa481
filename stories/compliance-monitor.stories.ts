import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  rules: string;
}

const widget = (args: Args) => html`<ck-compliance-monitor rules=${args.rules}></ck-compliance-monitor>`;

const meta: Meta<Args> = {
  title: 'Widgets/Compliance monitor',
  component: 'ck-compliance-monitor',
  args: { rules: 'cn-cba-2026' },
  argTypes: {
    rules: { control: 'inline-radio', options: ['cn-cba-2026', 'cn-gbt-2025', 'us-reg-f', 'cn-cba-2026|us-reg-f'] },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-compliance-monitor', widget, {
  args: { LargeData: { rules: 'cn-cba-2026|us-reg-f' } },
});

/** Breach rates of the China Banking Association guideline's rules, two years monthly. */
export const Data: Story = standard('Data');

/** US Regulation F rules. */
export const RegulationF: Story = { args: { rules: 'us-reg-f' } };

/** The GB/T post-loan collection guideline (2025): quiet hours, 3 conversations a day, third parties, disclosure. */
export const GbT2025: Story = { args: { rules: 'cn-gbt-2025' } };

/** Traditional Chinese, the GB/T rules beside the CBA guideline's third-party rule. */
export const GbTTraditional: Story = {
  args: { rules: 'cn-gbt-2025|cn-cba-2026/third-party-after-failures' },
  render: (args) => html`<div lang="zh-TW">${withSource(widget(args))}</div>`,
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

/** Simplified Chinese rule names. */
export const Chinese: Story = standard('Chinese');

/** Dark theme. */
export const Dark: Story = standard('Dark');

/** Ten years of monthly checks of the large portfolio (scenario `huge`), both presets. */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
