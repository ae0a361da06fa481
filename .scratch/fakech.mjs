import { createServer } from 'node:http';
import { Session } from 'chdb';
import { mkdtempSync } from 'node:fs';
const s = new Session(mkdtempSync('/tmp/fakech-'));
const srv = createServer(async (req, res) => {
  const u = new URL(req.url, 'http://x');
  let body = '';
  for await (const c of req) body += c;
  console.log(req.method, [...u.searchParams.keys()].join(','), JSON.stringify(body.slice(0, 200)));
  res.end('');
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const { createClient } = await import('@clickhouse/client');
  const c = createClient({ url: `http://127.0.0.1:${port}`, database: 'db1', username: 'u', password: 'p' });
  await c.command({ query: 'CREATE TABLE x (a Int32) ENGINE = Memory', clickhouse_settings: { join_use_nulls: 1 } }).catch((e) => console.log('cmd', e.message));
  await c.insert({ table: 'x', values: [{ a: 1 }], format: 'JSONEachRow' }).catch((e) => console.log('ins', e.message));
  await c.query({ query: 'SELECT {a:Nullable(String)} AS a', query_params: { a: null }, format: 'JSONEachRow', clickhouse_settings: { max_execution_time: 3 } }).then((r) => r.json()).catch((e) => console.log('q', e.message));
  await c.close(); srv.close(); s.cleanup();
});
