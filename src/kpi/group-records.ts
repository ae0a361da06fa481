/** Raw records folded into rows, one per key (the `records` adapter's definitions of grouped metrics). */

/**
 * One row per `key(record)`, in the order the keys are first met: `create(record)` makes a key's row from
 * its first record, then `add(row, record)` counts every record of the key into it (the first included).
 */
export function groupRecords<T, R>(
  records: readonly T[],
  key: (record: T) => string,
  create: (record: T) => R,
  add: (row: R, record: T) => void,
): R[] {
  const groups = new Map<string, R>();
  for (const record of records)
    add(
      rowOf(groups, key(record), () => create(record)),
      record,
    );
  return [...groups.values()];
}

/** The row of `key` in `rows`; made by `create()` and stored the first time the key is met. */
export function rowOf<R>(rows: Map<string, R>, key: string, create: () => R): R {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = create()));
  return row;
}

/** Orders strings by code unit (as SQL's `ORDER BY` on the reference data, not by locale). */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
