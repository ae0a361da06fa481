/**
 * A ClickHouse server on loopback for the `clickhouse:http://…` engine's tests: the HTTP interface that
 * @clickhouse/client speaks (POST, query text in the body or `query=` plus data, `param_*` bind values,
 * settings and `database` in the URL), answered by ClickHouse itself in the process (a chdb session on a
 * temp folder). Errors come back as ClickHouse's do: status 500 with the exception text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'chdb';

/** A running fake server: its base URL and how to stop it. */
export interface FakeClickHouse {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** SQL text of each request, for assertions. */
  log: string[];
  close(): Promise<void>;
}

const RESERVED = new Set(['query_id', 'database', 'query', 'default_format', 'user', 'password']);
/** A bind value in ClickHouse's escaped text form (as the client sends it) → the value. */
const unescape = (v: string) =>
  v.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' })[c] ?? c);
const sqlString = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** Starts the server; `database` is created on first use. */
export async function startFakeClickHouse(): Promise<FakeClickHouse> {
  const dir = mkdtempSync(join(tmpdir(), 'collectkit-fake-ch-'));
  const session = new Session(dir);
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://x');
        const body = Buffer.concat(chunks).toString('utf8');
        const database = url.searchParams.get('database') ?? 'default';
        const params: Record<string, string | null> = {};
        const settings: string[] = [];
        for (const [k, v] of url.searchParams) {
          if (k.startsWith('param_')) params[k.slice(6)] = v === '\\N' ? null : unescape(v);
          else if (!RESERVED.has(k)) settings.push(`${k} = ${/^-?\d+(\.\d+)?$/.test(v) ? v : sqlString(v)}`);
        }
        const text = url.searchParams.has('query') ? `${url.searchParams.get('query') ?? ''}\n${body}` : body;
        log.push(text);
        try {
          await session.queryAsync(`CREATE DATABASE IF NOT EXISTS "${database}"`);
          await session.queryAsync(`USE "${database}"`);
          if (settings.length) await session.queryAsync(`SET ${settings.join(', ')}`);
          const result = Object.keys(params).length
            ? await session.queryBindAsync(text, params)
            : await session.queryAsync(text);
          res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(result.text());
        } catch (error) {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'X-ClickHouse-Exception-Code': '1' });
          res.end(`Code: 1. DB::Exception: ${(error as Error).message}`);
        }
      })();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      session.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
