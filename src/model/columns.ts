/**
 * The `overdue` metric as columns for long series: one time per period (epoch ms, ascending) and,
 * per bucket, a column of accounts and one of balances (same length as `times`). Missing buckets
 * count as 0. A 1,000,000-period series travels in this form: no row objects. Adapters given in JS
 * (static, custom) may answer `overdue` with `{meta, rows: [], columns}`.
 */
export interface OverdueColumns {
  times: Float64Array | readonly number[];
  /** Bucket codes of the columns below, e.g. `['M0', 'M1', …]`. */
  buckets: readonly string[];
  accounts: readonly ArrayLike<number>[];
  balance: readonly ArrayLike<number>[];
}
