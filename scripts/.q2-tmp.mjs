const { buildServer } = await import('./lib/build-server.mjs');
const { index } = await buildServer();
const server = await import(index);
const { DuckDBInstance } = await import('@duckdb/node-api');
const file = process.argv[2];
const metric = 'quality';
const q = {};
const params = server.metricParams(metric, q, server.boundFilters(metric, q, {}));
const sql = server.metricSql('quality-cells');
const code = sql.replace(/--[^\n]*/g, '');
const named = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(code)));
const db = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
const c = await db.connect();
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const reader = await c.runAndReadAll(sql, named);
  const a = performance.now() - t; t = performance.now();
  const names = reader.deduplicatedColumnNames();
  const byName = reader.getColumnsObjectJS();
  const b = performance.now() - t; t = performance.now();
  const columns = names.map((n) => byName[n]);
  const rows = new Array(reader.currentRowCount);
  for (let r = 0; r < rows.length; r++) { const row = {}; for (let k = 0; k < names.length; k++) row[names[k]] = columns[k][r]; rows[r] = row; }
  const d = performance.now() - t; t = performance.now();
  const cols2 = reader.getColumnsJS();
  const e = performance.now() - t; t = performance.now();
  const raw = reader.getColumns();
  const f = performance.now() - t;
  console.log('run', a.toFixed(0), 'colsObjJS', b.toFixed(0), 'build', d.toFixed(0), 'colsJS', e.toFixed(0), 'getColumns', f.toFixed(0), reader.columnTypes().map(String).join(','));
}
