/**
 * What was wrong with an input: `negative` count or amount, `not-finite` (NaN, Infinity, not a number),
 * `unknown-bucket` (or state), `unsorted`, `duplicate` row, `missing` field, `invalid` value (e.g. a
 * timestamp without offset), `inconsistent` fields (e.g. connects > dials), `config` (bucket configuration).
 */
export type KpiErrorCode =
  | 'negative'
  | 'not-finite'
  | 'unknown-bucket'
  | 'unsorted'
  | 'duplicate'
  | 'missing'
  | 'invalid'
  | 'inconsistent'
  | 'config';

/**
 * Bad input to a KPI function: names the row (index and key) and field, never a silent wrong number.
 * @example new KpiInputError('negative', 'overdue row 3 (period 2024-05, bucket M2): balance is -5, must be ≥ 0', 3, 'balance')
 */
export class KpiInputError extends Error {
  /** Kind of problem. */
  readonly code: KpiErrorCode;
  /** Index of the offending row in the input array, null when the problem is not one row's. */
  readonly rowIndex: number | null;
  /** Offending field, null when not one field's. */
  readonly field: string | null;

  constructor(code: KpiErrorCode, message: string, rowIndex: number | null = null, field: string | null = null) {
    // Labels come from the data: a 5 MB period must not make a 5 MB message (each word over 80 characters is clipped).
    super(message.length > 1000 ? message.replace(/\S{81,}/g, (word) => `${word.slice(0, 80)}…`) : message);
    this.name = 'KpiInputError';
    this.code = code;
    this.rowIndex = rowIndex;
    this.field = field;
  }
}
