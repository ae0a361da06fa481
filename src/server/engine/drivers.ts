/**
 * The optional database drivers, each imported only when its `--db` is chosen, with an install hint when
 * it is missing (they are optional peer dependencies of collectkit; DuckDB's loader is load-duckdb.ts).
 */

/** The `chdb` module (ClickHouse in the process). */
export type ChdbModule = typeof import('chdb');
/** The `pg` module (node-postgres). */
export type PgModule = typeof import('pg');
/** The `@clickhouse/client` module. */
export type ClickHouseClientModule = typeof import('@clickhouse/client');

/** Imports an optional driver with `importer`; when that fails, an Error naming the `npm install` that fixes it. */
export async function loadDriver<T>(
  name: string,
  version: string,
  what: string,
  importer: () => Promise<T>,
): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    throw new Error(`collectkit/server needs ${name} for ${what}: npm install ${name}@${version}`, { cause: error });
  }
}

/** Imports `chdb`; throws an Error telling how to install it when it is absent. */
export const loadChdb = (): Promise<ChdbModule> =>
  loadDriver('chdb', '3.4.0', 'chdb:DIR (ClickHouse in the process)', () => import('chdb'));

/** Imports `pg`; throws an Error telling how to install it when it is absent. */
export const loadPg = (): Promise<PgModule> =>
  loadDriver('pg', '8.23.1', 'postgres:// databases', async () => {
    const m = (await import('pg')) as PgModule & { default?: PgModule };
    return m.default ?? m;
  });

/** Imports `@clickhouse/client`; throws an Error telling how to install it when it is absent. */
export const loadClickHouseClient = (): Promise<ClickHouseClientModule> =>
  loadDriver('@clickhouse/client', '1.23.1', 'clickhouse:http://… servers', () => import('@clickhouse/client'));
