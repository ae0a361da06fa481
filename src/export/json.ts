import type { TableSpec } from '../render/table.js';
import type { ExportMeta } from './types.js';

/** The JSON export of one table: provenance, column names and the rows as shown (strings). */
export interface JsonExport {
  meta: ExportMeta;
  caption: string;
  columns: string[];
  rows: string[][];
}

/** The JSON export object of a table (cells exactly as in the table; no formula guard: JSON is not evaluated). */
export function jsonExport(table: TableSpec, meta: ExportMeta): JsonExport {
  return { meta, caption: table.caption, columns: [...table.columns], rows: table.rows.map((r) => [...r]) };
}

/** The JSON export as text (two-space indentation, UTF-8 without BOM). */
export function buildJson(table: TableSpec, meta: ExportMeta): string {
  return JSON.stringify(jsonExport(table, meta), null, 2);
}
