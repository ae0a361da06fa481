/**
 * Vitest global setup: a throw-away PostgreSQL server for the engine tests. `initdb` into a temp folder,
 * `pg_ctl start` on a free loopback port (as the `postgres` OS user when running as root: PostgreSQL
 * refuses root), the URL handed to the tests (`inject('pgUrl')`), and at the end `pg_ctl stop` and the
 * folder removed. Binaries: PG_BIN, else /usr/lib/postgresql/<newest>/bin, else PATH. Without them the
 * tests that need the server report `pgMissing` through skipForEnvironment (a failure in CI; .ci/run
 * installs Debian's postgresql).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's `postgres` database (superuser `collectkit`), or '' when none runs. */
    pgUrl: string;
    /** Why no PostgreSQL server runs ('' when one does). */
    pgMissing: string;
  }
}

/** Folder of initdb / pg_ctl, or null. */
export function postgresBin(env: Record<string, string | undefined> = process.env): string | null {
  if (env.PG_BIN) return existsSync(join(env.PG_BIN, 'initdb')) ? env.PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? initdb.replace(/\/initdb$/, '') : null;
  } catch {
    return null;
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolvePort(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = postgresBin();
  if (!bin) {
    project.provide('pgUrl', '');
    project.provide('pgMissing', 'PostgreSQL is not installed (no initdb in PG_BIN, /usr/lib/postgresql/*/bin or PATH): apt-get install postgresql');
    return () => undefined;
  }
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL's tools run as the `postgres` user (Debian's package creates it).
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe', encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'collectkit-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  const started = Date.now();
  try {
    run('initdb', ['-D', data, '-U', 'collectkit', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const e = error as { stderr?: string; message: string };
    throw new Error(`could not start a test PostgreSQL with ${bin}: ${e.stderr || e.message}`);
  }
  project.provide('pgUrl', `postgres://collectkit@127.0.0.1:${port}/postgres`);
  project.provide('pgMissing', '');
  console.log(`PostgreSQL test server on 127.0.0.1:${port} (${bin}, ${Date.now() - started} ms)`);
  return () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
