/**
 * Interactions with a widget in the Chromium tests: its data table, the keyboard, events, `ck-error`
 * messages and axe-core. Each waits only for what it says and lets every error through.
 */
import { onTestFinished } from 'vitest';
import type { LitElement } from 'lit';
import axe from 'axe-core';
import { until } from './until.js';
import { button, shadow } from './widget-read.js';

/** Presses "Show data table" and waits for the widget's update. */
export async function showTable(el: LitElement): Promise<void> {
  button(el, 'Show data table').click();
  await el.updateComplete;
}

/**
 * Waits for the widget's chart frame, focuses it and returns `press(key)`: a keydown on the frame, then the
 * widget's update, resolving with what its polite live region announces.
 */
export async function keyboard(el: LitElement): Promise<(key: string) => Promise<string | null | undefined>> {
  const frame = await until(() => shadow(el).querySelector<HTMLElement>('[part="frame"]'));
  frame.focus();
  return async (key) => {
    frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await el.updateComplete;
    return shadow(el).querySelector('[aria-live="polite"]')?.textContent;
  };
}

/** Resolves with the next `type` event the element dispatches. */
export function nextEvent<D = Record<string, unknown>>(el: Element, type: string): Promise<CustomEvent<D>> {
  return new Promise((resolve) => el.addEventListener(type, (e) => resolve(e as CustomEvent<D>), { once: true }));
}

/** Collects the messages of the `ck-error` events that reach the document during the current test. */
export function collectErrors(): string[] {
  const messages: string[] = [];
  const listener = (e: Event) => messages.push((e as CustomEvent<{ message: string }>).detail.message);
  document.addEventListener('ck-error', listener);
  onTestFinished(() => document.removeEventListener('ck-error', listener));
  return messages;
}

/** axe-core's violations in `context` as `rule: targets` lines (an empty list when it passes). */
export async function axeViolations(context: Element, options: axe.RunOptions = {}): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'], ...options });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`);
}
