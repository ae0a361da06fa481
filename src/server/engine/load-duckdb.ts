/** Loads the optional peer dependency `@duckdb/node-api`, with an install hint when it is missing. */

/** The `@duckdb/node-api` module. */
export type DuckDbModule = typeof import('@duckdb/node-api');

/** Imports `@duckdb/node-api`; throws an Error telling how to install it when it is absent. */
export async function loadDuckDb(): Promise<DuckDbModule> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    throw new Error('collectkit/server needs @duckdb/node-api for DuckDB: npm install @duckdb/node-api@1.5.6-r.1', {
      cause: error,
    });
  }
}
