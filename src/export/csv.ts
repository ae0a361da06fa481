import type { TableSpec } from '../render/table.js';
import type { ExportMeta } from './types.js';

/** Byte-order mark written first so that Excel opens the UTF-8 file with Chinese text intact. */
export const BOM = '\uFEFF';

/** Line ending of exported CSV (RFC 4180). */
export const CRLF = '\r\n';

/** A formatted plain number ("1,234", "-0.5", "12.50%", "1 234,5"): read as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d[\d,.\u00a0\u202f\u2009 ']*%?$/;

/** First characters that make a spreadsheet read a cell as a formula (also their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Formula-injection guard (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, tab or
 * CR gets a leading apostrophe so spreadsheets show it as text instead of evaluating it.
 *
 * Decision: formatted plain numbers (`-0.5`, `-1,234`, `+12.5%`) are left as they are, because a
 * spreadsheet reads them as numbers and they cannot carry a formula. Any other text starting with
 * a sign is guarded, including formatted deltas such as `-0.10 pp` or `+0.42个百分点`: Excel would
 * otherwise try to evaluate them (and show `#NAME?`); guarded they read as the text on screen, with
 * a visible apostrophe in tools that do not hide it.
 */
export function guardFormula(cell: string): string {
  if (!FORMULA_START.test(cell) || PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

/** One CSV field: formula-guarded, then quoted when it holds a quote, comma, CR or LF (quotes doubled). */
export function csvField(cell: string): string {
  const v = guardFormula(cell);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV line (without the line ending). */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/**
 * The CSV body of a table: the column header row and the data rows, each ending in CRLF. These are
 * the bytes {@link ExportMeta.sha256} hashes (UTF-8).
 */
export function csvBody(table: TableSpec): string {
  let out = csvLine(table.columns) + CRLF;
  for (const row of table.rows) out += csvLine(row) + CRLF;
  return out;
}

/** Header-block text of a value: one line, no line breaks. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

/**
 * The `# key: value` comment lines written before the CSV header row: metric, title, definition
 * version(s) and formula, filters, period, `asOf`, source, currency, language, row count, SHA-256
 * and export time. Lines end in CRLF; values never contain line breaks.
 */
export function csvHeaderBlock(meta: ExportMeta): string {
  const filters = Object.entries(meta.filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
  const lines: [string, string][] = [
    ['metric', meta.metric],
    ['title', meta.title],
    ['definitionVersion', meta.definitionVersion],
    ['dataDefinitionVersion', meta.dataDefinitionVersion],
    ...meta.definition.map((d): [string, string] => ['definition', d]),
    ['filters', filters],
    ['period', `${meta.period.from ?? ''}/${meta.period.to ?? ''}`],
    ['asOf', meta.asOf],
    ['source', meta.source],
    ['currency', meta.currency],
    ['lang', meta.lang],
    ['rows', String(meta.rowCount)],
    ['sha256', meta.sha256],
    ['sha256Of', 'UTF-8 bytes of the lines after this header block (column row and data rows, CRLF line endings)'],
    ['exportedAt', meta.exportedAt],
  ];
  return lines.map(([k, v]) => `# ${k}: ${oneLine(v)}${CRLF}`).join('');
}

/** A complete CSV file: BOM, header block, then the body whose hash `meta.sha256` is. */
export function buildCsv(table: TableSpec, meta: ExportMeta): string {
  return BOM + csvHeaderBlock(meta) + csvBody(table);
}
