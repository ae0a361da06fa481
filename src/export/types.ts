import type { MetricName, Query } from '../model/metrics.js';

/** Data export formats of a widget. */
export type DataFormat = 'csv' | 'json';

/** Image export formats of a widget. */
export type ImageFormat = 'svg' | 'png';

/** A file produced by an export: what a download link or an e-mail attachment needs. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  /** Text (CSV, JSON, SVG) or binary (PNG, zip). */
  content: string | Blob;
}

/**
 * Provenance of exported rows: what they are, how they were defined and filtered, when and where
 * they came from, and a SHA-256 of the rows (see {@link ExportMeta.sha256}).
 */
export interface ExportMeta {
  /** Metric of the contract, e.g. `overdue`. */
  metric: MetricName | (string & {});
  /** The widget's title as shown. */
  title: string;
  /** Version of the kit's definitions catalogue the widget shows. */
  definitionVersion: string;
  /** Version of the definitions the backend applied (`meta.definitionVersion` of the response). */
  dataDefinitionVersion: string;
  /** The definition as text lines (formula per rate, bucket edges), in the export's language. */
  definition: string[];
  /** Effective filters of the widget (its `query`). */
  filters: Query;
  /** First and last period of the data (`YYYY-MM`…), from the filters or the rows. */
  period: { from: string | null; to: string | null };
  /** `meta.asOf` of the response (ISO 8601). */
  asOf: string;
  /** `meta.source` of the response. */
  source: string;
  /** Currency of amounts. */
  currency: string;
  /** Language of labels and formatted cells. */
  lang: string;
  /** Number of data rows (without the column header). */
  rowCount: number;
  /**
   * Lower-case hex SHA-256 of the UTF-8 bytes of the CSV body: the column header row and the data
   * rows, RFC 4180 quoted, formula-guarded, each line ending in CRLF; no BOM, no `#` header block.
   * These are exactly the bytes of the CSV file after its header block, for JSON exports too.
   */
  sha256: string;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

/** Meta of an export before the rows are hashed and counted. */
export type ExportContext = Omit<ExportMeta, 'rowCount' | 'sha256'>;

/** Detail of the cancelable `ck-export` event a widget dispatches before its export menu downloads a file. */
export interface CkExportDetail {
  format: DataFormat | ImageFormat | 'zip';
  file: ExportFile;
}
