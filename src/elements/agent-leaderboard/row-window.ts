import type { ReactiveControllerHost } from 'lit';
import { elementScroll, VirtualizerController, type Virtualizer } from '@tanstack/lit-virtual';

/** The rows of a long table to put in the DOM, and the space the others take above and below them. */
export interface RowRange {
  /** First row index in the DOM. */
  start: number;
  /** One past the last row index in the DOM. */
  end: number;
  /** Height in CSS px of the rows above `start` (a spacer row). */
  before: number;
  /** Height in CSS px of the rows from `end` on. */
  after: number;
}

/** Rows drawn beyond the visible ones on each side, so a short scroll or an arrow key finds them ready. */
const OVERSCAN = 5;
/** Row height assumed until a row is measured: one line of text with the cell padding (22 px in Chromium's default font). */
const ESTIMATED_ROW = 22;

/**
 * The scroll element's size from a ResizeObserver only. The virtualiser's own observer also reads
 * `offsetHeight` at once when it starts observing, which forces a layout in the middle of the
 * element's update; here the size arrives after the next layout (and is applied in the frame after),
 * and until then the initial rect holds.
 */
function observeSize(instance: Virtualizer<HTMLElement, HTMLElement>, cb: (rect: { width: number; height: number }) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  const View = instance.targetWindow?.ResizeObserver;
  if (!element || !View) return undefined;
  let frame = 0;
  const observer = new View(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (!box) return;
    // In the next frame: rows added or removed now would resize the element again within this
    // frame's observation ("ResizeObserver loop completed with undelivered notifications").
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) }));
  });
  observer.observe(element, { box: 'border-box' });
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

/**
 * Windowing for a table of equal-height rows in a scrolling element, on `@tanstack/lit-virtual`:
 * only the rows in view (plus overscan) are rendered, spacer rows stand in for the others, and the
 * host re-renders when the visible range changes. A thin, DOM-free wrapper: the host says how many
 * rows there are (`count`), measures a row once it is drawn (`measure`) and reads `range`.
 *
 * @example
 * #window = new RowWindow(this, () => this.renderRoot.querySelector('[part="frame"]'));
 * // willUpdate: this.#window.count = rows.length;  render: const { start, end, before, after } = this.#window.range;
 */
export class RowWindow {
  readonly #controller: VirtualizerController<HTMLElement, HTMLElement>;
  #rowHeight = ESTIMATED_ROW;
  #offset = 0;
  #head = 0;
  #measuredKey = '';
  #frame = 0;
  /** The scroll element last handed to the virtualiser, and whether it has not been scrolled yet. */
  #element: HTMLElement | null = null;
  #fresh = false;

  /**
   * @param host the element whose shadow DOM holds the table
   * @param getScrollElement the element that scrolls the rows (null while it is not rendered)
   */
  constructor(host: ReactiveControllerHost & HTMLElement, getScrollElement: () => HTMLElement | null) {
    this.#controller = new VirtualizerController<HTMLElement, HTMLElement>(host, {
      count: 0,
      getScrollElement: () => {
        const element = getScrollElement();
        if (element !== this.#element) [this.#element, this.#fresh] = [element, true];
        return element;
      },
      // The virtualiser scrolls a new scroll element to its offset at once (scrollTo forces a layout
      // mid-update); a new element is already at the top, so that first scroll to 0 is skipped.
      scrollToFn: (offset, options, instance) => {
        const fresh = this.#fresh;
        this.#fresh = false;
        if (fresh && offset + (options.adjustments ?? 0) === 0) return;
        elementScroll(offset, options, instance);
      },
      estimateSize: () => this.#rowHeight,
      overscan: OVERSCAN,
      observeElementRect: observeSize,
      // Until the scroll element is observed: as tall as the default maximum height, so the first
      // render already holds the first screen of rows.
      initialRect: { width: 0, height: 520 },
    });
  }

  /**
   * Before the first rows: takes the viewport height from a custom property of the host (e.g.
   * `--ck-leaderboard-height: 330px`) instead of the default, so the first render holds about the
   * rows that fit (no extra rows built and removed a frame later). Reads computed style, no layout.
   */
  hintHeight(host: HTMLElement, property: string): void {
    const v = this.#virtualizer;
    if (v.scrollElement) return;
    const px = /^\s*([\d.]+)px\s*$/.exec(getComputedStyle(host).getPropertyValue(property));
    if (!px || !(Number(px[1]) > 0)) return;
    const rect = { width: 0, height: Number(px[1]) };
    v.setOptions({ ...v.options, initialRect: rect });
    v.scrollRect = rect; // the virtualiser took the initial rect already, while there were no rows
  }

  get #virtualizer() {
    return this.#controller.getVirtualizer();
  }

  /** Number of rows in the table. */
  get count(): number {
    return this.#virtualizer.options.count;
  }

  set count(count: number) {
    const v = this.#virtualizer;
    if (v.options.count !== count) v.setOptions({ ...v.options, count });
  }

  /** Height of a row as measured (or estimated until then). */
  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** The rows to render now and the spacer heights around them. */
  get range(): RowRange {
    const v = this.#virtualizer;
    const items = v.getVirtualItems();
    const count = v.options.count;
    if (!items.length) return { start: 0, end: Math.min(count, 1), before: 0, after: Math.max(0, count - 1) * this.#rowHeight };
    const first = items[0]!;
    const last = items[items.length - 1]!;
    return { start: first.index, end: last.index + 1, before: first.index * this.#rowHeight, after: (count - last.index - 1) * this.#rowHeight };
  }

  /**
   * Reads the real row height, where the rows start inside the scrolled content (below caption and
   * header) and the sticky header's height, and tells the virtualiser when one of them changed.
   * Call after a render that drew at least one row; it forces a layout only then.
   */
  measure(row: HTMLElement | null, rowsTop: HTMLElement | null, head: HTMLElement | null): void {
    const scroller = this.#virtualizer.scrollElement;
    if (!row || !rowsTop || !scroller) return;
    const height = row.getBoundingClientRect().height;
    const offset = rowsTop.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const headHeight = head?.getBoundingClientRect().height ?? 0;
    if (!(height > 0) || (Math.abs(height - this.#rowHeight) < 0.01 && Math.abs(offset - this.#offset) < 0.5 && Math.abs(headHeight - this.#head) < 0.5)) return;
    const heightChanged = Math.abs(height - this.#rowHeight) >= 0.01;
    this.#rowHeight = height;
    this.#offset = offset;
    this.#head = headHeight;
    const v = this.#virtualizer;
    v.setOptions({ ...v.options, paddingStart: offset, scrollPaddingStart: headHeight });
    // A new row height moves every row: render again now. The offset of the rows (caption and header
    // above them) only shifts the window by a row or two, which the overscan covers until the next scroll.
    if (heightChanged) v.measure();
  }

  /**
   * Measures (with {@link RowWindow.measure}) in the next frame when `key` (what row height and
   * header depend on: width, language…) differs from the last measurement's; call after each
   * render. `read` returns a body row, the first row's container and the header, or nulls while
   * there are no rows.
   */
  remeasure(key: string, read: () => [HTMLElement | null, HTMLElement | null, HTMLElement | null]): void {
    if (key === this.#measuredKey || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const [row, rowsTop, head] = read();
      if (!row) return;
      this.#measuredKey = key;
      this.measure(row, rowsTop, head);
    });
  }

  /** Cancels a measurement not yet made (the host left the page). */
  cancel(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Scrolls the least needed to show row `index` fully, below the sticky header. */
  scrollTo(index: number): void {
    if (index >= 0 && index < this.count) this.#virtualizer.scrollToIndex(index, { align: 'auto' });
  }
}
