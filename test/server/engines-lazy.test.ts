/**
 * The drivers are optional and lazy: importing collectkit/server loads neither chdb nor pg; choosing
 * `--db chdb:…` / `postgres://…` loads that one; a missing driver is an Error naming its `npm install`.
 * (The built server bundle in a fresh Node process, so nothing else has loaded them.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDriver } from '../../src/server/engine/drivers.js';

const CHILD = `
const { buildServer } = await import('./scripts/lib/build-server.mjs');
const server = await import((await buildServer()).index);
const { createRequire } = await import('node:module');
const pg = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/pg/'));
const chdb = () => process.report.getReport().sharedObjects.some((s) => /chdb/.test(s));
const seen = { atImport: { pg: pg(), chdb: chdb() } };
seen.chdbError = await server.openEngine('chdb:' + process.argv[1]).then(() => 'opened', (e) => e.message);
seen.afterChdb = { pg: pg(), chdb: chdb() };
seen.pgError = await server.openEngine('postgres://nobody@127.0.0.1:1/none').then(() => 'opened', (e) => e.message);
seen.afterPg = { pg: pg(), chdb: chdb() };
console.log(JSON.stringify(seen));
process.exit(0);
`;

describe('optional drivers', () => {
  it('are loaded only when their --db is chosen', () => {
    const empty = mkdtempSync(join(tmpdir(), 'collectkit-lazy-'));
    try {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, empty], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const seen = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
      expect(seen.atImport).toEqual({ pg: false, chdb: false });
      expect(seen.chdbError).toMatch(/lacks account_period/);
      expect(seen.afterChdb).toEqual({ pg: false, chdb: true });
      expect(seen.pgError).toMatch(/ECONNREFUSED|connect/);
      expect(seen.afterPg).toEqual({ pg: true, chdb: true });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a missing driver is an error that names the install command', async () => {
    const missing = () => Promise.reject(new Error("Cannot find package 'chdb'"));
    const error = await loadDriver('chdb', '3.4.0', 'chdb:DIR (ClickHouse in the process)', missing).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(
      'collectkit/server needs chdb for chdb:DIR (ClickHouse in the process): npm install chdb@3.4.0',
    );
    expect((error.cause as Error).message).toMatch(/Cannot find package/);
  });
});
