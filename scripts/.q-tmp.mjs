const { buildServer } = await import('./lib/build-server.mjs');
const { index } = await buildServer();
const server = await import(index);
const file = process.argv[2];
const metric = process.argv[3] ?? 'quality';
const engine = await server.openDuckDb(file, { connections: 1 });
const q = {};
const params = server.metricParams(metric, q, server.boundFilters(metric, q, {}));
const name = server.sqlName(metric, q, server.DEFAULT_SETTINGS, engine.storedDerived);
const sql = server.metricSql(name);
const code = sql.replace(/--[^\n]*/g, '');
const named = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(code)));
const variants = { full: sql, count: `SELECT count(*) AS n FROM (${sql}) AS x` };
for (let i = 0; i < 3; i++) {
  for (const [k, s] of Object.entries(variants)) {
    const t = performance.now();
    const rows = await engine.query(s, named, 60000);
    console.log(name, k, (performance.now() - t).toFixed(1), rows.length);
  }
}
const ex = await engine.query(`EXPLAIN ANALYZE ${sql}`, named, 60000);
console.log(Object.values(ex[0]).join('\n'));
