import type { moveFocus, PointFocus } from '../../render/keyboard.js';
import { handlePointKeys } from './point-keys.js';

/** What a chart tells its `PointFocusState`: how to redraw, speak, and find and use its points. */
export interface PointFocusHost {
  /** Requests a render of the widget. */
  update(): void;
  /** Puts text in the widget's live region. */
  announce(text: string): void;
  /** The announcement of a point reached by keyboard. */
  describe(focus: PointFocus): string;
  /** Emits `ck-select` for a point (click, Enter, Space). */
  select(focus: PointFocus): void;
  /** Point counts per series for `moveFocus` (0 for hidden series). */
  lengths(): number[];
  /** The point under the pointer at (x, y) in frame coordinates (`e` for its target), or null when there is none. */
  hit(x: number, y: number, e: PointerEvent): PointFocus | null;
  /** Where a key moves the focus, for layouts other than series × points left to right (default `moveFocus`). */
  move?: typeof moveFocus;
}

/**
 * The interactive state every point chart shares: hidden series (legend toggles), the focused point,
 * whether the pointer or the keyboard put it there, and the frame's event handlers (keyboard via
 * `handlePointKeys`, pointer via the host's `hit`). Keyboard focus is announced; pointer focus is not,
 * and leaves with the pointer.
 */
export class PointFocusState {
  hidden = new Set<string>();
  focus: PointFocus | null = null;
  #pointer = false;

  constructor(private readonly host: PointFocusHost) {}

  /** Shows or hides a series (a new set, so caches keyed on it see the change) and drops the focus. */
  toggle = (key: string): void => {
    const next = new Set(this.hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.hidden = next;
    this.focus = null;
    this.host.update();
  };

  /** Shows a group of series when all of them are hidden, else hides them all (one legend entry for many lines). */
  toggleAll = (keys: readonly string[]): void => {
    const show = keys.every((k) => this.hidden.has(k));
    const next = new Set(this.hidden);
    for (const k of keys) {
      if (show) next.delete(k);
      else next.add(k);
    }
    this.hidden = next;
    this.focus = null;
    this.host.update();
  };

  /** Moves the focus; keyboard moves (`pointer` false) are announced. */
  setFocus(focus: PointFocus | null, pointer: boolean): void {
    this.focus = focus;
    this.#pointer = pointer;
    if (focus && !pointer) this.host.announce(this.host.describe(focus));
    this.host.update();
  }

  #select(): void {
    if (this.focus) this.host.select(this.focus);
  }

  /** Frame event handlers for `renderFrame`. */
  readonly handlers = {
    keydown: (e: KeyboardEvent) =>
      handlePointKeys(
        e,
        this.focus,
        this.host.lengths(),
        { setFocus: (f) => this.setFocus(f, false), select: () => this.#select() },
        this.host.move,
      ),
    pointermove: (e: PointerEvent) => {
      const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
      const f = this.host.hit(e.clientX - rect.left, e.clientY - rect.top, e);
      if (!f) {
        if (this.#pointer && this.focus) this.setFocus(null, true);
      } else if (f.index !== this.focus?.index || f.series !== this.focus?.series) this.setFocus(f, true);
    },
    pointerleave: () => {
      if (this.#pointer) this.setFocus(null, false);
    },
    click: () => this.#select(),
    blur: () => {
      if (!this.#pointer && this.focus) this.setFocus(null, false);
    },
  };
}
