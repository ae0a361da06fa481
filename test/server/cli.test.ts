/**
 * The `collectkit` CLI: `seed` writes a DuckDB file (and Parquet), `serve` answers on a real port, read
 * through the `rest` adapter with the platform's fetch; the Parquet folder serves the same numbers.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '../../src/data/rest.js';
import { main } from '../../src/server/cli.js';
import { serveCommand, type RunningServer } from '../../src/server/serve-command.js';

const dir = mkdtempSync(join(tmpdir(), 'collectkit-cli-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('collectkit CLI', () => {
  it('seed writes the canonical tables; refuses to overwrite; bad usage exits 2', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = join(dir, 'p.duckdb');
    expect(
      await main([
        'seed',
        '--out',
        file,
        '--accounts',
        '400',
        '--months',
        '6',
        '--seed',
        '3',
        '--parquet',
        join(dir, 'pq'),
      ]),
    ).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toMatch(/account_period: [\d,]+ rows/);
    expect(readdirSync(join(dir, 'pq')).sort()).toContain('contact_attempts.parquet');
    expect(await main(['seed', '--out', file])).toBe(1);
    expect(err.mock.calls.at(-1)![0]).toMatch(/exists/);
    expect(await main(['seed', '--out', join(dir, 'q.duckdb'), '--accounts', 'many'])).toBe(2);
    expect(await main(['serve'])).toBe(2);
    expect(await main(['serve', '--db', 'postgres:x'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    log.mockRestore();
    err.mockRestore();
  });

  it('serve answers on a real port; the Parquet folder gives the same numbers as the DuckDB file', async () => {
    const file = await serveCommand(
      ['--db', `duckdb:${join(dir, 'p.duckdb')}`, '--port', '0', '--log-level', 'silent'],
      { handleSignals: false },
    );
    const parquet = await serveCommand(
      ['--db', `duckdb:${join(dir, 'pq')}`, '--port', '0', '--log-level', 'silent', '--base', '/kpi'],
      { handleSignals: false },
    );
    servers.push(file, parquet);
    expect(file.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/collection$/);
    const a = createRestAdapter({ baseUrl: file.url });
    const b = createRestAdapter({ baseUrl: parquet.url });
    for (const metric of ['overdue', 'compliance', 'agents'] as const) {
      const ra = await a.fetch(metric, { region: 'south' }, {});
      const rb = await b.fetch(metric, { region: 'south' }, {});
      expect(ra.rows.length, metric).toBeGreaterThan(0);
      expect(rb.rows, metric).toEqual(ra.rows);
    }
    const res = await fetch(`${file.url}/overdue?from=2024-13`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
