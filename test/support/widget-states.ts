/**
 * Waits for a widget's state views in the Chromium tests: its alert (the error view) and its settled status
 * (the empty state), optionally after putting the test backend in a mode and mounting the widget.
 */
import { until } from './until.js';
import { shadow } from './widget-read.js';

/** Waits for the widget's alert (its error view) and returns it. */
export const alertOf = (el: Element, ms?: number) => until(() => shadow(el).querySelector('[role="alert"]'), ms);

/** Waits for the widget's settled status message (a status without the spinner: the empty state) and returns it. */
export const settledStatus = (el: Element) =>
  until(() => shadow(el).querySelector('[part="state"][role="status"]:not(:has(.spinner))'));

/** Puts the backend in `mode`, mounts a widget and waits for its settled status (the empty state). */
export function statusWhen<M extends string>(backend: { set(mode: M): void }, mode: M, mount: () => Element) {
  backend.set(mode);
  return settledStatus(mount());
}

/** Puts the backend in `mode`, mounts a widget and waits for its alert (the error view). */
export function alertWhen<M extends string>(backend: { set(mode: M): void }, mode: M, mount: () => Element) {
  backend.set(mode);
  return alertOf(mount());
}
