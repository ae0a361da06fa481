/** What was wrong with an input row. */
export type KpiErrorCode = 'negative' | 'not-finite' | 'unknown-bucket' | 'unsorted' | 'duplicate' | 'missing' | 'config';

/**
 * Bad input to a KPI function: names the row (index and key) and field, never a silent wrong number.
 * @example new KpiInputError('negative', 'overdue row 3 (period 2024-05, bucket M2): balance is -5, must be ≥ 0', 3, 'balance')
 */
export class KpiInputError extends Error {
  readonly code: KpiErrorCode;
  readonly rowIndex: number | null;
  readonly field: string | null;

  constructor(code: KpiErrorCode, message: string, rowIndex: number | null = null, field: string | null = null) {
    super(message);
    this.name = 'KpiInputError';
    this.code = code;
    this.rowIndex = rowIndex;
    this.field = field;
  }
}
