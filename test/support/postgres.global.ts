/**
 * Vitest global setup: a throw-away PostgreSQL server for the engine tests (scripts/lib/pg-temp.mjs:
 * `initdb` into a temp folder, `pg_ctl start` on a free loopback port, as the `postgres` OS user when
 * running as root), its URL handed to the tests (`inject('pgUrl')`), stopped and removed at the end.
 * Without PostgreSQL's binaries the tests that need it report `pgMissing` through skipForEnvironment
 * (a failure in CI; .ci/run installs Debian's postgresql).
 */
import type { TestProject } from 'vitest/node';
import { postgresBin, startTempPostgres } from '../../scripts/lib/pg-temp.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's `postgres` database (superuser `collectkit`), or '' when none runs. */
    pgUrl: string;
    /** Why no PostgreSQL server runs ('' when one does). */
    pgMissing: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = postgresBin();
  if (!bin) {
    project.provide('pgUrl', '');
    project.provide(
      'pgMissing',
      'PostgreSQL is not installed (no initdb in PG_BIN, /usr/lib/postgresql/*/bin or PATH): apt-get install postgresql',
    );
    return () => undefined;
  }
  const started = Date.now();
  const server = await startTempPostgres(bin, { max_connections: 60, shared_buffers: '64MB' });
  project.provide('pgUrl', server.url);
  project.provide('pgMissing', '');
  console.log(`PostgreSQL test server at ${server.url} (${bin}, ${Date.now() - started} ms)`);
  return () => server.stop();
}
