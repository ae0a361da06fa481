/** Sums of a row type's numeric fields per key (period, cohort) and over all keys. */

/** Every field of `fields` at zero. */
export function zeroFields<F extends string>(fields: readonly F[]): Record<F, number> {
  return Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>;
}

/** Adds rows' `fields` up per key and in a total; keys come out sorted, the range as `first/last`. */
export class FieldSums<F extends string> {
  readonly #byKey = new Map<string, Record<F, number>>();
  /** The sums over every key. */
  readonly total: Record<F, number>;

  constructor(private readonly fields: readonly F[]) {
    this.total = zeroFields(fields);
  }

  /** Adds one row's checked values to its key's sums and to the total. */
  add(key: string, values: Readonly<Record<F, number>>): void {
    let s = this.#byKey.get(key);
    if (!s) this.#byKey.set(key, (s = zeroFields(this.fields)));
    for (const f of this.fields) {
      s[f] += values[f];
      this.total[f] += values[f];
    }
  }

  /** The keys in sorted order. */
  keys(): string[] {
    return [...this.#byKey.keys()].sort();
  }

  /** `fn` of each key in sorted order and its sums. */
  sorted<T>(fn: (key: string, sums: Record<F, number>) => T): T[] {
    return this.keys().map((k) => fn(k, this.#byKey.get(k) ?? zeroFields(this.fields)));
  }

  /** The range of the keys, `first/last` (sorted), or '' when nothing was added. */
  range(): string {
    const keys = this.keys();
    const first = keys[0];
    const last = keys[keys.length - 1];
    return first !== undefined && last !== undefined ? `${first}/${last}` : '';
  }
}
