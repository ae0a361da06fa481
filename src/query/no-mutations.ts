/**
 * Stands in for query-core's `mutationCache.js` in the browser bundles (see `rollup.config.js`): collectkit
 * only reads, it never runs a mutation, and the real cache (with `Mutation`) is about 3 KB min+gzip that
 * every page would fetch for nothing. It answers the calls `QueryClient` makes as an empty cache does;
 * `test/query/no-mutations.test.ts` checks it against those calls in the installed query-core.
 */
export class MutationCache {
  /** No mutation is ever pending or running. */
  findAll(): [] {
    return [];
  }
  /** No mutation to find. */
  find(): undefined {
    return undefined;
  }
  /** The cache is always empty. */
  getAll(): [] {
    return [];
  }
  /** Nothing is paused, so nothing resumes. */
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
  /** Nothing to clear. */
  clear(): void {}
  /** Nothing changes, so listeners are never called. */
  subscribe(): () => void {
    return () => undefined;
  }
  /** A mutation is a programming error in the kit's bundles. */
  build(): never {
    throw new Error('collectkit: the browser bundles run no mutations (query-core MutationCache is left out).');
  }
}
