/**
 * The standard stories of a widget (Data, Loading, Empty, Error, Stale, Narrow, Chinese, Dark, Large Data),
 * built from its registry entry and the mock backend's scenarios, so that every widget shows its states the
 * same way. Storybook indexes stories from the source without running it (one named export per story), so
 * a stories file keeps one line per standard story: `export const Loading: Story = standard('Loading');`.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { REGISTRY, STANDARD_STORIES, type StoryState } from '../../src/registry.js';
import { withSource } from '../helpers.js';

/** Options of a widget's standard stories. */
export interface StandardOptions<Args> {
  /** The months its layout and language stories show (default the source's 2024-01 to 2025-12). */
  range?: { from: string; to: string };
  /** The first month of its Stale story (default 2024-02). */
  staleFrom?: string;
  /** Arguments a story sets beyond the file's defaults. */
  args?: Partial<Record<StoryState, Partial<Args>>>;
  /** Maximum width of every story but Narrow (default: the page's), for widgets drawn at tile size. */
  width?: string;
}

/**
 * Returns `standard(state)`: the widget's story of that state, drawn by `widget(args)` inside its own
 * source of the mock backend; throws for a state its registry entry does not list.
 */
export function standardStories<Args>(
  tag: string,
  widget: (args: Args) => TemplateResult,
  { range, staleFrom = '2024-02', args = {}, width = '' }: StandardOptions<Args> = {},
): (state: StoryState) => StoryObj<Args> {
  const entry = REGISTRY.find((e) => e.tag === tag);
  if (!entry) throw new Error(`${tag} is not in the widget registry (src/registry.ts)`);
  const states: readonly StoryState[] = entry.stories ?? STANDARD_STORIES;
  const inRange = (a: Args) => withSource(widget(a), { ...range, width });
  const renders: Record<StoryState, ((a: Args) => TemplateResult) | null> = {
    Data: null,
    Loading: (a) => withSource(widget(a), { scenario: 'timeout', width }),
    Empty: (a) => withSource(widget(a), { scenario: 'empty', width }),
    Error: (a) => withSource(widget(a), { scenario: 'failing', width }),
    Stale: (a) => withSource(widget(a), { scenario: 'stale', refresh: '1s', from: staleFrom, width }),
    Narrow: (a) => withSource(widget(a), { ...range, width: '320px' }),
    Chinese: (a) => html`<div lang="zh-CN">${inRange(a)}</div>`,
    Dark: (a) => html`<div data-ck-theme="dark" style="background:#0d1117;padding:8px">${inRange(a)}</div>`,
    LargeData: (a) => withSource(widget(a), { scenario: 'huge', from: '2016-01', to: '2025-12', width }),
  };
  return (state) => {
    if (!states.includes(state)) throw new Error(`the registry lists no ${state} story for ${tag}`);
    const render = renders[state];
    const extra = args[state];
    return { ...(render ? { render } : {}), ...(extra ? { args: extra } : {}) };
  };
}
