/**
 * A pure function of one object, its results kept as long as that object lives (a `WeakMap`): widgets
 * that draw the same response — two views of one metric on a page share its query, hence its rows —
 * derive from it once. Only for functions whose result nobody mutates.
 */
export function memoByRef<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = fn(key)));
    return value;
  };
}
