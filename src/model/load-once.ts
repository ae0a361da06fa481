/**
 * The "load this module the first time it is needed" step of the kit's lazy pieces (languages, tile
 * metrics): `ready(key)` returns nothing when `key` is loaded or has no loader, else one shared promise
 * per key that settles when its module has loaded. It never rejects: a failed load is forgotten, so the
 * next call tries again, and the caller reports what is still missing.
 */
export function loadOnce(
  loaders: Readonly<Record<string, () => Promise<unknown>>>,
  loaded: (key: string) => boolean,
): (key: string) => Promise<void> | undefined {
  const pending = new Map<string, Promise<void>>();
  return (key) => {
    const load = loaders[key];
    if (!load || loaded(key)) return undefined;
    let wait = pending.get(key);
    if (!wait) {
      wait = load().then(
        () => undefined,
        () => void pending.delete(key),
      );
      pending.set(key, wait);
    }
    return wait;
  };
}
