import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  baseline: string;
  period: string;
}

const widget = (args: Args) =>
  html`<ck-model-monitor baseline=${args.baseline} period=${args.period}></ck-model-monitor>`;

const meta: Meta<Args> = {
  title: 'Widgets/Model monitor',
  component: 'ck-model-monitor',
  args: { baseline: '2024-01', period: '' },
  argTypes: { baseline: { control: 'text' }, period: { control: 'text' } },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-model-monitor', widget, {
  args: { LargeData: { baseline: '2016-01' }, Stale: { baseline: '2024-02' } },
});

/** Two years against a 2024-01 baseline: the drift injected at 2025-07 flags PSI, AUC and the extreme bands. */
export const Data: Story = standard('Data');

/** A month before the drift: the model calibrated and stable, no flags but the odd band a 95 % interval lets through. */
export const BeforeDrift: Story = { args: { period: '2025-06' } };

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

/** Ten years of the large portfolio (scenario `huge`), baseline its first month. */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
