import { html, type TemplateResult } from 'lit';
import { t } from '../../render/i18n/index.js';
import type { CkExportDetail, DataFormat, ExportFile, ImageFormat } from '../../export/types.js';

/**
 * The export disclosure of a widget's header: an "Export" button (`#export-toggle`) revealing CSV and
 * JSON buttons, and SVG and PNG when the widget draws a chart. Escape closes it and returns focus.
 */
export function exportMenu(options: {
  locale: string;
  open: boolean;
  hasChart: boolean;
  toggle: () => void;
  close: () => void;
  pick: (format: DataFormat | ImageFormat) => void;
}): TemplateResult {
  const { locale, open } = options;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    options.close();
    (e.currentTarget as Element).querySelector<HTMLElement>('#export-toggle')?.focus();
  };
  const item = (format: DataFormat | ImageFormat, key: 'exportCsv' | 'exportJson' | 'exportSvg' | 'exportPng') =>
    html`<button type="button" data-export=${format} @click=${() => options.pick(format)}>${t(locale, key)}</button>`;
  return html`<span class="export" @keydown=${onKey}>
    <button type="button" id="export-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="export-menu" @click=${options.toggle}>${t(locale, 'exportMenu')}</button>
    <span id="export-menu" role="group" aria-label=${t(locale, 'exportMenu')} ?hidden=${!open}>
      ${item('csv', 'exportCsv')} ${item('json', 'exportJson')} ${options.hasChart ? html`${item('svg', 'exportSvg')} ${item('png', 'exportPng')}` : null}
    </span>
  </span>`;
}

/**
 * Makes and downloads an export (what the menu's buttons do). Dispatches a cancelable `ck-export`
 * from `host` first: a page that calls `preventDefault()` handles `detail.file` itself. Announces the
 * file name, or why the export failed, through `announce`.
 */
export async function downloadExport(
  host: HTMLElement,
  format: DataFormat | ImageFormat,
  make: () => Promise<ExportFile>,
  announce: (text: string) => void,
  locale: string,
): Promise<void> {
  try {
    const file = await make();
    const detail: CkExportDetail = { format, file };
    const event = new CustomEvent<CkExportDetail>('ck-export', {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (host.dispatchEvent(event)) (await import('../../export/dom.js')).downloadFile(file, host.ownerDocument);
    announce(file.filename);
  } catch (error) {
    announce(t(locale, 'exportFailed', { message: error instanceof Error ? error.message : String(error) }));
  }
}
