import { html, type TemplateResult } from 'lit';
import { t } from '../../render/i18n/index.js';

/** Pointer and keyboard handlers of a chart frame (any may be left out). */
export interface FrameHandlers {
  keydown?: (e: KeyboardEvent) => void;
  pointermove?: (e: PointerEvent) => void;
  pointerleave?: (e: PointerEvent) => void;
  click?: (e: MouseEvent) => void;
  blur?: (e: FocusEvent) => void;
}

const none = () => {};

/**
 * The focusable chart frame (`part="frame"`, one tab stop, labelled by the title and described by
 * the summary and the key help), followed by the screen-reader summary, key help and the polite live
 * region that reads `announcement`.
 */
export function chartFrame(
  locale: string,
  content: unknown,
  summary: string,
  announcement: string,
  handlers: FrameHandlers = {},
): TemplateResult {
  return html`<div
      part="frame"
      tabindex="0"
      role="group"
      aria-roledescription=${t(locale, 'chartRole')}
      aria-labelledby="title"
      aria-describedby="summary keys"
      @keydown=${handlers.keydown ?? none}
      @pointermove=${handlers.pointermove ?? none}
      @pointerleave=${handlers.pointerleave ?? none}
      @click=${handlers.click ?? none}
      @blur=${handlers.blur ?? none}
    >${content}</div>
    <p id="summary" class="sr-only">${summary}</p>
    <p id="keys" class="sr-only">${t(locale, 'chartKeys')}</p>
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>`;
}

/** Header: the chart title (`#title`, labels the frame), extra toolbar content, the table toggle and `exportMenu`. */
export function widgetHeader(
  locale: string,
  title: string,
  toolbar: unknown,
  showTable: boolean,
  toggleTable: () => void,
  exportMenu: unknown,
): TemplateResult {
  return html`<header role="none">
    <h2 id="title">${title}</h2>
    <div class="toolbar">
      ${toolbar}
      <button type="button" aria-controls="table" aria-expanded=${showTable ? 'true' : 'false'} @click=${toggleTable}>${t(locale, showTable ? 'hideTable' : 'showTable')}</button>
      ${exportMenu}
    </div>
  </header>`;
}
