import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withSource } from './helpers.js';

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

/** RPC rate by consumer-local weekday × hour over two years, the 08:00–22:00 window outlined, breaches counted. */
export const Data: Story = {};

/** Promises per right-party contact. */
export const PromisesPerRpc: Story = { args: { measure: 'promises-per-rpc' } };

/** Attempts per cell under the Regulation F window (08:00–21:00). */
export const VolumeRegF: Story = { args: { measure: 'volume', rules: 'us-reg-f' } };

/** The request has not answered yet. */
export const Loading: Story = { render: (args) => withSource(widget(args), { scenario: 'timeout' }) };

/** The backend answered with no rows. */
export const Empty: Story = { render: (args) => withSource(widget(args), { scenario: 'empty' }) };

/**
 * On purpose: the mock backend answers HTTP 500, so the browser console shows a failed request. The widget
 * shows the message, what to check and a retry button.
 */
export const Error: Story = { render: (args) => withSource(widget(args), { scenario: 'failing' }) };

/** 320 px wide, as on a phone. */
export const Narrow: Story = { render: (args) => withSource(widget(args), { width: '320px' }) };

/** Simplified Chinese. */
export const Chinese: Story = { render: (args) => html`<div lang="zh-CN">${withSource(widget(args))}</div>` };

/** Dark theme. */
export const Dark: Story = {
  render: (args) =>
    html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${withSource(widget(args))}</div>`,
};

/** Ten years of the large portfolio (scenario `huge`, 2,000 collectors). */
export const LargeData: Story = {
  render: (args) => withSource(widget(args), { scenario: 'huge', from: '2016-01', to: '2025-12' }),
};

/**
 * On purpose: every refresh after the first answers HTTP 500 (the console shows the failed requests). The last
 * good data stays on screen, marked stale with its time, with a retry button.
 */
export const Stale: Story = {
  render: (args) => withSource(widget(args), { scenario: 'stale', refresh: '1s', from: '2024-02' }),
};
