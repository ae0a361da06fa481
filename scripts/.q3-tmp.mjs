const { DuckDBInstance } = await import('@duckdb/node-api');
const db = await DuckDBInstance.create(process.argv[2], { access_mode: 'READ_ONLY' });
const c = await db.connect();
const qs = {
  floor: 'SELECT period, sum(balance) AS balance FROM account_period GROUP BY period',
  star: 'SELECT * FROM quality_cells',
  strs: `SELECT strftime(period, '%Y-%m') AS p, agent_id, agent_id AS name, 'mid' AS team, method, rule, calls::DOUBLE, checked::DOUBLE, violations::DOUBLE, score_sum::DOUBLE FROM quality_cells`,
  sorted: `SELECT strftime(period, '%Y-%m') AS p, agent_id, agent_id AS name, 'mid' AS team, method, rule, calls::DOUBLE, checked::DOUBLE, violations::DOUBLE, score_sum::DOUBLE FROM quality_cells ORDER BY period, agent_id, method, k`,
};
for (let i = 0; i < 3; i++) {
  const out = [];
  for (const [k, s] of Object.entries(qs)) {
    let t = performance.now();
    const r = await c.runAndReadAll(s);
    const a = performance.now() - t; t = performance.now();
    r.getColumnsObjectJS();
    out.push(`${k} run ${a.toFixed(0)} conv ${(performance.now() - t).toFixed(0)}`);
  }
  console.log(out.join(' | '));
}
