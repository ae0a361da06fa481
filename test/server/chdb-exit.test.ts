/**
 * A process that used chdb (ClickHouse inside it) ends cleanly: exit code 0, no signal. At 100 million rows the
 * benchmark ended on SIGSEGV when it exited while chdb still computed a statement rejected at its time limit;
 * the engine's `drain()` waits for such work, and `collectkit serve` drains before it exits on SIGTERM / SIGINT.
 * (The built server bundle in fresh Node processes, as a deployment runs it.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/server/cli.js';
import { HOOK_DEADLINE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'collectkit-chdb-exit-'));
const ch = join(dir, 'ch');
let bundle: { bin: string; index: string };

/** scripts/lib/build-server.mjs (plain JS: bundles the server into .cache/server). */
interface BuildServer {
  buildServer(): Promise<{ bin: string; index: string }>;
}
const BUILD_SERVER = '../../scripts/lib/build-server.mjs';

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  bundle = await ((await import(BUILD_SERVER)) as BuildServer).buildServer();
  const seed = ['--accounts', '200', '--months', '4', '--seed', '3', '--start', '2024-01'];
  expect(await main(['seed', '--db', `chdb:${ch}`, ...seed])).toBe(0);
}, HOOK_DEADLINE);
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the chdb folder, answers quality, runs a statement past its time limit, closes, drains and exits. */
const CHILD = `
const server = await import(process.argv[1]);
const engine = await server.openEngine('chdb:' + process.argv[2]);
const q = {};
const { rows } = await server.runMetric(engine, 'quality', q, server.boundFilters('quality', q, {}), 30000);
const stopped = await engine.query('SELECT count() FROM numbers(1000000000000)', {}, 1000).then(() => 'ran', (e) => e.name);
engine.close();
await engine.drain();
console.log(JSON.stringify({ rows: rows.length, stopped }));
process.exit(0);
`;

describe('chdb at exit', () => {
  it('a process that opens chdb, queries, has a statement stopped, closes and drains exits 0', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, bundle.index, ch], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(child.stderr).toBe('');
    expect({ status: child.status, signal: child.signal }).toEqual({ status: 0, signal: null });
    const seen = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { rows?: number; stopped?: string };
    expect(seen.rows).toBeGreaterThan(0);
    expect(seen.stopped).toBe('StatementTimeoutError');
  }, 120_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'collectkit serve --db chdb:DIR answers, then exits 0 on %s',
    async (signal) => {
      const server = spawn(
        process.execPath,
        [bundle.bin, 'serve', '--db', `chdb:${ch}`, '--port', '0', '--log-level', 'info'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let log = '';
      server.stdout.on('data', (d: Buffer) => (log += d.toString()));
      server.stderr.on('data', (d: Buffer) => (log += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        server.on('exit', (code, sig) => resolve({ code, signal: sig })),
      );
      try {
        let url: string | undefined;
        for (let i = 0; i < 600 && !url; i++) {
          url = /"url":"([^"]+)"/.exec(log)?.[1];
          if (!url) await new Promise((r) => setTimeout(r, 100));
        }
        expect(url, log).toBeDefined();
        const res = await fetch(`${url}/quality`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
        server.kill(signal);
        expect(await exited).toEqual({ code: 0, signal: null });
      } finally {
        server.kill('SIGKILL');
      }
    },
    120_000,
  );
});
