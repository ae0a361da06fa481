import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
/** Row height assumed until a row is measured (or hinted, see `hintHeight`): one line of text with the cell padding (22 px in Chromium's default font). */
const ESTIMATED_ROW = 22;
/** Viewport height assumed until the scroll element is measured: the default maximum height of the table. */
const ESTIMATED_VIEWPORT = 520;

/**
 * Windowing for a table of equal-height rows in a scrolling element: only the rows in view (plus
 * overscan) are rendered, spacer rows stand in for the others, and the host re-renders when the visible
 * range changes. Equal heights make the window plain arithmetic on `scrollTop`, so this is written here
 * (about 1 KB) rather than taken from a general virtualiser (`@tanstack/lit-virtual` cost 7.1 KB gzip of
 * the one-file bundle, over its budget). The host says how many rows there are (`count`), measures a
 * row once it is drawn (`measure`/`remeasure`) and reads `range`.
 *
 * @example
 * #window = new RowWindow(this, () => this.renderRoot.querySelector('[part="frame"]'));
 * // willUpdate: this.#window.count = rows.length;  render: const { start, end, before, after } = this.#window.range;
 */
export class RowWindow implements ReactiveController {
  /** Number of rows in the table (the host sets it before rendering). */
  count = 0;
  #rowHeight = ESTIMATED_ROW;
  /** Where the rows start inside the scrolled content (below caption and header). */
  #offset = 0;
  /** Height of the sticky header: a row scrolled to must clear it. */
  #head = 0;
  #viewport = ESTIMATED_VIEWPORT;
  #scrollTop = 0;
  #shown: RowRange | null = null;
  #element: HTMLElement | null = null;
  #observer: ResizeObserver | null = null;
  #sizeFrame = 0;
  #measureFrame = 0;
  #measuredKey = '';
  /** Whether the overscan below the screen is drawn: not in a table's first render (the screen first), from the frame after it on. */
  #overscan = false;

  /**
   * @param host the element whose shadow DOM holds the table
   * @param getScrollElement the element that scrolls the rows (null while it is not rendered)
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly getScrollElement: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // An update can land after the host was removed (appended and removed in one task): observing then
    // would never be undone, since hostDisconnected already ran.
    const element = this.host.isConnected ? this.getScrollElement() : null;
    if (element !== this.#element) this.#attach(element);
  }

  hostDisconnected(): void {
    this.#attach(null);
    this.cancel();
  }

  #attach(element: HTMLElement | null): void {
    this.#element?.removeEventListener('scroll', this.#onScroll);
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#sizeFrame);
    this.#element = element;
    this.#observer = null;
    this.#overscan = false;
    // A scroll element just rendered starts at the top: reading its scrollTop here would force a
    // style and layout in the middle of the update, which the next frame does anyway.
    this.#scrollTop = 0;
    if (!element) return;
    element.addEventListener('scroll', this.#onScroll, { passive: true });
    // The size arrives after a layout (no forced layout mid-update) and is applied in the next frame,
    // since rows added now would resize the element again within this frame's observation. The first
    // size also brings the overscan rows below the screen, which a scroll should find ready: the first
    // screen is painted without them.
    this.#observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize;
      if (!height) return;
      cancelAnimationFrame(this.#sizeFrame);
      this.#sizeFrame = requestAnimationFrame(() => {
        this.#overscan = true;
        if (Math.abs(height - this.#viewport) >= 0.5) this.#viewport = height;
        this.#update();
      });
    });
    this.#observer.observe(element, { box: 'border-box' });
  }

  #onScroll = () => {
    this.#scrollTop = this.#element?.scrollTop ?? 0;
    this.#overscan = true;
    this.#update();
  };

  /** Re-renders the host when the rows to show differ from those shown. */
  #update(): void {
    // The range last rendered, read before `range` (which records the range it returns as shown).
    const shown = this.#shown;
    const next = this.range;
    if (
      !shown ||
      shown.start !== next.start ||
      shown.end !== next.end ||
      shown.before !== next.before ||
      shown.after !== next.after
    )
      this.host.requestUpdate();
  }

  /**
   * Before the first rows: takes the viewport height from a custom property of the host (e.g.
   * `--ck-leaderboard-height: 330px`) instead of the default, so the first render holds about the
   * rows that fit, and, with `rowHeightFor`, the row height from the host's computed font size (the
   * styles fix the rest of a row's height), so the first screen needs no second render once measured;
   * with `rowsOffsetFor`, where the rows start below caption and header (see `rowsOffsetFor` in row-geometry.ts).
   * Reads the host's inline style, else its computed style (a style recalculation, no layout).
   */
  hintHeight(
    host: HTMLElement,
    property: string,
    rowHeightFor?: (hostFontPx: number) => number,
    rowsOffsetFor?: (hostFontPx: number) => number,
  ): void {
    if (this.#element) return;
    const style = getComputedStyle(host);
    const value = host.style.getPropertyValue(property) || style.getPropertyValue(property);
    const px = /^\s*([\d.]+)px\s*$/.exec(value);
    if (px && Number(px[1]) > 0) this.#viewport = Number(px[1]);
    const font = rowHeightFor && !this.#measuredKey ? parseFloat(style.fontSize) : NaN;
    if (!(font > 0)) return;
    if (rowHeightFor) this.#rowHeight = rowHeightFor(font);
    // Where the rows start (a lower bound): the first screen then holds the rows below the header, not
    // as many more as the caption and header are tall.
    if (rowsOffsetFor) this.#offset = rowsOffsetFor(font);
  }

  /** Height of a row as measured (or estimated until then). */
  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** The rows to render now and the spacer heights around them (the last range read counts as shown). */
  get range(): RowRange {
    const count = this.count;
    const h = this.#rowHeight;
    const top = this.#scrollTop - this.#offset;
    const first = Math.max(0, Math.floor(top / h) - OVERSCAN);
    const last = Math.ceil((top + this.#viewport) / h) + (this.#overscan ? OVERSCAN : 0);
    const start = Math.min(first, count);
    const end = Math.max(start, Math.min(count, last));
    return (this.#shown = { start, end, before: start * h, after: (count - end) * h });
  }

  /**
   * Reads the real row height, where the rows start inside the scrolled content (below caption and
   * header) and the sticky header's height; re-renders when the row height changed. Call after a
   * render that drew at least one row; it forces a layout only then.
   */
  measure(row: HTMLElement | null, rowsTop: HTMLElement | null, head: HTMLElement | null): void {
    const scroller = this.#element;
    if (!row || !rowsTop || !scroller) return;
    const height = row.getBoundingClientRect().height;
    const offset = rowsTop.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const headHeight = head?.getBoundingClientRect().height ?? 0;
    if (!(height > 0)) return;
    const heightChanged = Math.abs(height - this.#rowHeight) >= 0.01;
    this.#rowHeight = height;
    this.#offset = offset;
    this.#head = headHeight;
    if (heightChanged) this.host.requestUpdate();
  }

  /**
   * Measures (with {@link RowWindow.measure}) in the next frame when `key` (what row height and
   * header depend on: width, language…) differs from the last measurement's; call after each
   * render. `read` returns a body row, the first row's container and the header, or nulls while
   * there are no rows.
   */
  remeasure(key: string, read: () => [HTMLElement | null, HTMLElement | null, HTMLElement | null]): void {
    if (key === this.#measuredKey || this.#measureFrame) return;
    this.#measureFrame = requestAnimationFrame(() => {
      this.#measureFrame = 0;
      const [row, rowsTop, head] = read();
      if (!row) return;
      this.#measuredKey = key;
      this.measure(row, rowsTop, head);
    });
  }

  /** Cancels a measurement not yet made (the host left the page). */
  cancel(): void {
    cancelAnimationFrame(this.#measureFrame);
    this.#measureFrame = 0;
  }

  /** Scrolls the least needed to show row `index` fully, below the sticky header (to the very top or bottom for the first and last rows). */
  scrollTo(index: number): void {
    const el = this.#element;
    if (!el || index < 0 || index >= this.count) return;
    const top = this.#offset + index * this.#rowHeight;
    const bottom = top + this.#rowHeight;
    const viewport = el.clientHeight || this.#viewport;
    let scroll = el.scrollTop;
    if (top - this.#head < scroll) scroll = top - this.#head;
    else if (bottom > scroll + viewport) scroll = bottom - viewport;
    // The first and last rows take the scroll to its ends, so what is above or below the rows shows too;
    // again once the rows there are drawn (their real heights may differ from the spacers' by a pixel).
    const end = index === 0 ? 0 : index === this.count - 1 ? Infinity : null;
    if (end !== null) scroll = end === 0 ? 0 : el.scrollHeight;
    this.#overscan = true;
    if (scroll === el.scrollTop) return;
    el.scrollTop = scroll;
    this.#scrollTop = el.scrollTop;
    this.host.requestUpdate();
    if (end !== null) void this.host.updateComplete.then(() => (el.scrollTop = end === 0 ? 0 : el.scrollHeight));
  }
}
