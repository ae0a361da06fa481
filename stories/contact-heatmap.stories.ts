import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';
import { standardStories } from './support/standard.js';

interface Args {
  measure: 'rpc-rate' | 'promises-per-rpc' | 'volume';
  rules: 'cn-cba-2026' | 'us-reg-f';
}

const widget = (args: Args) =>
  html`<ck-contact-heatmap measure=${args.measure} rules=${args.rules}></ck-contact-heatmap>`;

const meta: Meta<Args> = {
  title: 'Widgets/Best time to call',
  component: 'ck-contact-heatmap',
  args: { measure: 'rpc-rate', rules: 'cn-cba-2026' },
  argTypes: {
    measure: { control: 'inline-radio', options: ['rpc-rate', 'promises-per-rpc', 'volume'] },
    rules: { control: 'inline-radio', options: ['cn-cba-2026', 'us-reg-f'] },
  },
  render: (args) => withSource(widget(args)),
};
export default meta;

type Story = StoryObj<Args>;
const standard = standardStories('ck-contact-heatmap', widget);

/** RPC rate by consumer-local weekday × hour over two years, the 08:00–22:00 window outlined, breaches counted. */
export const Data: Story = standard('Data');

/** Promises per right-party contact. */
export const PromisesPerRpc: Story = { args: { measure: 'promises-per-rpc' } };

/** Attempts per cell under the Regulation F window (08:00–21:00). */
export const VolumeRegF: Story = { args: { measure: 'volume', rules: 'us-reg-f' } };

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

/** Ten years of the large portfolio (scenario `huge`, 2,000 collectors). */
export const LargeData: Story = standard('LargeData');

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = standard('Stale');
