import { fileStem } from './data.js';
import type { JsonExport } from './json.js';
import type { ExportFile, ExportMeta } from './types.js';
import { zipStore } from './zip.js';

/** Anything that exports its data like a collectkit widget. */
export interface DataExporter extends Element {
  exportData(format: 'csv' | 'json'): Promise<ExportFile>;
}

/** One widget in a pack: its tag, title and provenance, with its rows; or why it has none. */
export interface PackWidget {
  tag: string;
  /** The element's `id`, when it has one. */
  id?: string;
  title: string;
  meta?: ExportMeta;
  columns?: string[];
  rows?: string[][];
  /** Set when the widget had nothing to export (no data yet, error). */
  error?: string;
}

/** The JSON document of a dashboard export. */
export interface PackDocument {
  exportedAt: string;
  widgets: PackWidget[];
}

/** The widgets of `root` that can export (light DOM descendants with `exportData`), in document order. */
export function exportersIn(root: ParentNode): DataExporter[] {
  return [...root.querySelectorAll('*')].filter(
    (el): el is DataExporter => typeof (el as Partial<DataExporter>).exportData === 'function',
  );
}

/**
 * Exports several widgets at once: `json` → one document `{exportedAt, widgets: [{tag, title,
 * meta, columns, rows}]}`; `zip` → one CSV per widget (`01-ck-overdue-trend.csv` …, each with its
 * own header block and hash) plus that JSON document as `pack.json`.
 */
export async function exportPack(
  widgets: readonly DataExporter[],
  format: 'json' | 'zip',
  now: Date = new Date(),
): Promise<ExportFile> {
  const exportedAt = now.toISOString();
  const doc: PackDocument = { exportedAt, widgets: [] };
  const csvs: { name: string; data: string }[] = [];
  let n = 0;
  for (const el of widgets) {
    const tag = el.localName;
    const base: PackWidget = { tag, title: '', ...(el.id ? { id: el.id } : {}) };
    try {
      const json = JSON.parse((await el.exportData('json')).content as string) as JsonExport;
      doc.widgets.push({ ...base, title: json.meta.title, meta: json.meta, columns: json.columns, rows: json.rows });
      if (format === 'zip') {
        const csv = await el.exportData('csv');
        csvs.push({
          name: `${String(++n).padStart(2, '0')}-${fileStem(el.id || tag)}-${fileStem(json.meta.metric)}.csv`,
          data: csv.content as string,
        });
      }
    } catch (error) {
      doc.widgets.push({ ...base, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const stem = `collectkit-pack-${exportedAt.slice(0, 10)}`;
  const text = JSON.stringify(doc, null, 2);
  if (format === 'json') return { filename: `${stem}.json`, mimeType: 'application/json', content: text };
  const bytes = zipStore([...csvs, { name: 'pack.json', data: text }], now);
  return {
    filename: `${stem}.zip`,
    mimeType: 'application/zip',
    content: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
  };
}
