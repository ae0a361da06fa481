/**
 * Stands in for query-core's `infiniteQueryBehavior.js` in the browser bundles (see `rollup.config.js`):
 * collectkit's queries are never infinite (paged), so a page need not fetch the paging behaviour.
 * `Query` calls it only for a query whose type is `'infinite'`.
 */
export function infiniteQueryBehavior(): never {
  throw new Error(
    'collectkit: the browser bundles run no infinite queries (query-core infiniteQueryBehavior is left out).',
  );
}
