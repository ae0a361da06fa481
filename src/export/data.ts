import type { TableSpec } from '../render/table.js';
import { buildCsv, csvBody } from './csv.js';
import { buildJson } from './json.js';
import { sha256Hex } from './sha256.js';
import type { DataFormat, ExportContext, ExportFile, ExportMeta } from './types.js';

/** Completes an export context with the row count and the SHA-256 of the table's CSV body. */
export async function exportMeta(table: TableSpec, context: ExportContext): Promise<ExportMeta> {
  return { ...context, rowCount: table.rows.length, sha256: await sha256Hex(csvBody(table)) };
}

/** A file-name-safe stem: letters, digits, CJK, `-` and `_`. */
export function fileStem(text: string): string {
  return (
    text
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'export'
  );
}

/**
 * Exports a table as CSV (UTF-8 with BOM, `#` header block) or JSON (`{meta, caption, columns, rows}`),
 * named `<metric>-<asOf date>.<ext>`.
 */
export async function exportTable(table: TableSpec, context: ExportContext, format: DataFormat): Promise<ExportFile> {
  const meta = await exportMeta(table, context);
  const stem = fileStem(`${meta.metric}-${meta.asOf.slice(0, 10)}`);
  if (format === 'json')
    return { filename: `${stem}.json`, mimeType: 'application/json', content: buildJson(table, meta) };
  return { filename: `${stem}.csv`, mimeType: 'text/csv;charset=utf-8', content: buildCsv(table, meta) };
}
