// Benchmarks collectkit/server on DuckDB, ClickHouse in the process (chdb) or PostgreSQL.
//   node scripts/bench-server.mjs [--engine duckdb|chdb|postgres] [--rows 10000000] [--duration 30]
//        [--connections 50] [--runs 5] [--only sql|http] [--explain] [--pg-url postgres://…]
//        [--metrics overdue,agents] [--via-duckdb]
// 1. Generates the canonical tables inside DuckDB (10 million account-period rows by default, other tables
//    in proportion) and the derived tables (as `collectkit seed` does) into .cache/bench/. For chdb and
//    postgres the canonical tables go on as Parquet (chdb) or CSV (PostgreSQL COPY) into a chdb folder in
//    .cache/bench/ or a PostgreSQL database (--pg-url, else a throw-away server of scripts/lib/pg-temp.mjs),
//    and the derived tables are built there from the same SQL templates. chdb's data is generated inside
//    ClickHouse instead (numbers() + cityHash64 columns, no JS, no Parquet: 100 million rows load in minutes;
//    --via-duckdb loads the DuckDB data set as before).
// 2. Times each metric's SQL (median of --runs, after one warm-up) through the server's own engine (opened
//    read-only) beside that engine's floor: a bare scan of account_period summing balance by period; and
//    the peak memory while it runs (this process's RSS for DuckDB and chdb, the PostgreSQL server's
//    processes' for postgres). --explain prints each metric's query plan instead of HTTP.
// 3. Starts `collectkit serve` on that database and loads it from a second process with autocannon:
//    --connections connections, the demo page's query mix (every metric × no filter, each region, each
//    product), cache warmed first; prints requests/s and latency percentiles.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '8790' },
    load: { type: 'string' },
    only: { type: 'string' },
    engine: { type: 'string', default: 'duckdb' },
    'pg-url': { type: 'string' },
    explain: { type: 'boolean', default: false },
    'via-duckdb': { type: 'boolean', default: false },
    metrics: { type: 'string' },
  },
});
if (!['duckdb', 'chdb', 'postgres'].includes(opt.engine))
  throw new Error(`--engine must be duckdb, chdb or postgres, not ${opt.engine}`);

/** The demo page's requests: every metric with its source's range, for no filter, each region and each product. */
function demoMix() {
  const range = 'from=2024-01&to=2025-12&interval=month';
  const filters = [
    '',
    'region=east',
    'region=north',
    'region=south',
    'region=west',
    'product=cash-loan',
    'product=credit-card',
    'product=auto',
  ];
  // Per page view: 2 overdue tiles + 2 overdue trends share one query; recovery tile and curves share one.
  const metrics = ['overdue', 'recovery', 'channels', 'complaints', 'compliance', 'roll-rates', 'agents'];
  return filters.flatMap((f) => metrics.map((m) => `/api/collection/${m}?${range}${f ? `&${f}` : ''}`));
}

// Second process: autocannon against the server, summary as one JSON line.
if (opt.load) {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({
    url: opt.load,
    connections: Number(opt.connections),
    duration: Number(opt.duration),
    requests: demoMix().map((path) => ({ method: 'GET', path })),
  });
  console.log(
    JSON.stringify({
      rps: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      total: result.requests.total,
    }),
  );
  process.exit(0);
}

/** The PostgreSQL server this run started (null: none, or --pg-url). */
let benchPg = null;

/** Canonical tables of the DuckDB file exported as `<table>.<ext>` into `dir` (once per data set). */
async function exportTables(ext, dir) {
  if (existsSync(`${dir}/.done`)) return;
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const t = Date.now();
  const db = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const c = await db.connect();
  for (const table of server.TABLE_NAMES) {
    await c.run(
      `COPY "${table}" TO '${dir}/${table}.${ext}' (FORMAT ${ext === 'csv' ? 'csv, HEADER true' : 'parquet'})`,
    );
  }
  c.closeSync();
  db.closeSync();
  (await import('node:fs')).writeFileSync(`${dir}/.done`, '');
  say(`exported the canonical tables as ${ext} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** The red-line rules (src/model/rows.ts QA_RULES) as a SQL list literal, for the generated QA violations. */
const QA_RULE_LIST = `['abusive-language','threats','impersonation','third-party-disclosure','false-statements','outside-hours']`;

/** The outside agencies of src/server/seed/agencies.ts: code, cumulative share (%), commission (%), months between evaluations, phase. */
const BENCH_AGENCIES = [
  ['huaxin-assets', 31, 18, 6, 2],
  ['dingcheng-recovery', 56, 22, 12, 5],
  ['anhe-credit', 75, 15, 6, 0],
  ['yuanda-legal', 90, 27, 12, 9],
  ['hengxin-services', 100, 12, 9, 1],
];
/** A SQL list literal of one column of BENCH_AGENCIES. */
const agencyList = (k) => `[${BENCH_AGENCIES.map((a) => (typeof a[k] === 'string' ? `'${a[k]}'` : a[k])).join(',')}]`;
/** SQL choosing an agency's `k`-th column by a 0–99 draw `u`, with the agencies' shares. */
const byAgencyShare = (multiIf, u, k) =>
  multiIf(
    BENCH_AGENCIES.map((a, i) => [
      i === BENCH_AGENCIES.length - 1 ? 'else' : `${u} < ${a[1]}`,
      typeof a[k] === 'string' ? `'${a[k]}'` : String(a[k]),
    ]),
  );

/**
 * The optional tables (strategy tests, model scores, customer outcomes, outside agencies, legal cases) as
 * INSERT statements in either dialect, in proportion to `rows` like the others, with the seed's meanings
 * (src/server/seed/experiments.ts, scores.ts, outcomes.ts, agencies.ts, legal.ts): `d` gives the dialect's
 * hash `h(x)` (0 ≤ h < 2^64), `day(n)` (DATE 2024-01-01 + n days), `money(cents)` (DECIMAL(18,2)), `list(xs, i)`
 * (1-based), `ifNull(c, x)` (x or NULL), `multiIf`, `dims(a)` (an account number's product and region, as in
 * account_period) and `from(n)` (numbers 0…n-1 as `i`). Every metric reading them gets non-empty periods.
 */
function extraTablesSql(rows, d) {
  const n = (per) => Math.max(1, Math.round(rows * per));
  const accounts = Math.ceil(rows / 24);
  const { h, day, money, list, ifNull, multiIf, dims, from } = d;
  // Arms of m1-strategy (champion 35 %, challenger-a 30 % cures 7 points more, -b 30 %, -c 5 %) in three tests.
  const arm = multiIf([
    ['r < 35', `'champion'`],
    ['r < 65', `'challenger-a'`],
    ['r < 95', `'challenger-b'`],
    ['else', `'challenger-c'`],
  ]);
  const cure = multiIf([
    ['r < 35', '42'],
    ['r < 65', '49'],
    ['r < 95', '42'],
    ['else', '45'],
  ]);
  const roll = multiIf([
    ['r < 35', '18'],
    ['r < 65', '14'],
    ['r < 95', '18'],
    ['else', '16'],
  ]);
  const experiments = `INSERT INTO experiment_assignments
    SELECT ${d.acct('i')}, ${list(`['m1-strategy','m2-letters','settlement-offer']`, '1 + i % 3')}, ${arm},
           ${day(`${h('i * 8 + 2')} % 730`)}, ${list('[30,60,90]', '1 + i % 3')}, v < ${cure}, v >= ${cure} AND v < ${cure} + ${roll},
           ${money(
             `${h('i * 8 + 4')} % ${multiIf([
               [`v < ${cure}`, '60000'],
               ['else', '15000'],
             ])}`,
           )}, ${money(`500 + ${h('i * 8 + 5')} % 1500`)},
           1 + ${h('i * 8 + 6')} % 11, if(${h('i * 8 + 7')} % 100 < 2, 1, 0), ${dims('i')}
    FROM (SELECT i, ${h('i * 8 + 1')} % 100 AS r, ${h('i * 8 + 3')} % 100 AS v FROM ${from(n(0.01))}) AS t`;
  // Monthly scores of a share of the accounts, banded S01 (0–10 %) … S10 and calibrated: repaid with the predicted probability.
  const scores = `INSERT INTO scores
    SELECT ${d.acct(d.div('i', 24))}, ${d.month('i % 24')},
           concat('S', ${d.pad2(`least(10, ${d.div('p', 1000)} + 1)`)}), ${d.decimal4('p')}, ${h('i * 3 + 2')} % 10000 < p, ${dims(d.div('i', 24))}
    FROM (SELECT i, ${h('i * 3 + 1')} % 10000 AS p FROM ${from(n(0.05))}) AS t`;
  // One row per account-month of account_period, its flags read from it and complaints as the schema says;
  // 2 % of the past-due account-months make an arrangement, 25 % of those re-default in 3 months, 40 % in 6.
  const outcomes = `INSERT INTO customer_outcomes
    SELECT p.account_id, p.period, p.segment, p.dpd > 0, coalesce(p.prev_dpd, 0) BETWEEN 1 AND 30,
           coalesce(p.prev_dpd, 0) BETWEEN 1 AND 30 AND p.dpd = 0, ${d.int(`coalesce(c.n, 0)`)},
           p.dpd > 0 AND ${d.hashOf('p.account_id, p.period')} % 100 < 2,
           p.dpd > 0 AND ${d.hashOf('p.account_id, p.period')} % 100 < 2 AND ${d.hashOf('p.account_id, p.period, 1')} % 100 < 25,
           p.dpd > 0 AND ${d.hashOf('p.account_id, p.period')} % 100 < 2 AND ${d.hashOf('p.account_id, p.period, 1')} % 100 < 40,
           p.product, p.region
    FROM account_period AS p
    LEFT JOIN (SELECT account_id, ${d.monthOf('received_on')} AS period, count(*) AS n FROM complaints GROUP BY account_id, ${d.monthOf('received_on')}) AS c
      ON c.account_id = p.account_id AND c.period = p.period`;
  // Placements 25 %, recoveries 40 % (10–30 % commission by agency), complaints 5 %, QA checks 30 % (3 % violating).
  const agencyEvents = `INSERT INTO agency_events
    SELECT i, ${d.acct('a')}, ${byAgencyShare(multiIf, 'g', 0)}, ${multiIf([
      ['k < 25', `'placement'`],
      ['k < 65', `'recovery'`],
      ['k < 70', `'complaint'`],
      ['else', `'check'`],
    ])},
           ${day(`${h('i * 8 + 3')} % 730`)}, ${money('amt')}, ${money(`if(k >= 25 AND k < 65, ${d.div(`amt * ${byAgencyShare(multiIf, 'g', 2)}`, 100)}, 0)`)},
           k >= 70 AND ${h('i * 8 + 5')} % 100 < 3, ${dims('a')}
    FROM (SELECT i, ${h('i * 8')} % ${accounts} AS a, ${h('i * 8 + 1')} % 100 AS k, ${h('i * 8 + 2')} % 100 AS g,
                 ${multiIf([
                   [`${h('i * 8 + 1')} % 100 < 25`, `100000 + ${h('i * 8 + 4')} % 2000000`],
                   [`${h('i * 8 + 1')} % 100 < 65`, `1000 + ${h('i * 8 + 4')} % 100000`],
                   ['else', '0'],
                 ])} AS amt
          FROM ${from(n(0.02))}) AS t`;
  // Each agency evaluated on the 15th every 6, 9 or 12 months over the two years.
  const evaluations = `INSERT INTO agency_evaluations
    SELECT ${list(agencyList(0), `1 + i % ${BENCH_AGENCIES.length}`)}, ${d.monthDay(`${d.div('i', BENCH_AGENCIES.length)}`, 14)}
    FROM ${from(24 * BENCH_AGENCIES.length)}
    WHERE (${d.div('i', BENCH_AGENCIES.length)} + ${list(agencyList(4), `1 + i % ${BENCH_AGENCIES.length}`)}) % ${list(agencyList(3), `1 + i % ${BENCH_AGENCIES.length}`)} = 0`;
  // Cases: 70 % filed, 80 % of those judged, 85 % of those enforced, 60 % of those recovered; half the never-filed
  // sold; a stage that would fall after the data's last day (2025-12-31, day 730) is not reached yet.
  const legal = `INSERT INTO legal_cases
    SELECT ${d.acct('i')}, ${day('ref')}, ${money('bal')},
           ${ifNull('f', day('ref + d1'))}, ${ifNull('j', day('ref + d1 + d2'))}, ${ifNull('e', day('ref + d1 + d2 + d3'))},
           ${ifNull('r', day('ref + d1 + d2 + d3 + d4'))}, ${money(`if(r, ${d.div(`bal * (10 + ${h('i * 16 + 10')} % 60)`, 100)}, 0)`)},
           ${money(`if(f, 20000 + ${d.div('bal * 2', 100)}, 0)`)}, ${money(`if(e, 10000 + ${d.div('bal', 100)}, 0)`)},
           ${ifNull('s', day('ref + ds'))}, ${ifNull('s', money(d.div(`bal * (5 + ${h('i * 16 + 12')} % 15)`, 100)))}, ${dims('i')}
    FROM (SELECT i, ref, bal, d1, d2, d3, d4, ds, fi AND ref + d1 < 731 AS f, fi AND ju AND ref + d1 + d2 < 731 AS j,
                 fi AND ju AND en AND ref + d1 + d2 + d3 < 731 AS e, fi AND ju AND en AND re AND ref + d1 + d2 + d3 + d4 < 731 AS r,
                 NOT fi AND sl AND ref + ds < 731 AS s
          FROM (SELECT i, ${h('i * 16')} % 700 AS ref, 100000 + ${h('i * 16 + 1')} % 5000000 AS bal,
                       10 + ${h('i * 16 + 2')} % 200 AS d1, 30 + ${h('i * 16 + 3')} % 250 AS d2, 5 + ${h('i * 16 + 4')} % 150 AS d3,
                       10 + ${h('i * 16 + 5')} % 250 AS d4, ${h('i * 16 + 6')} % 100 < 70 AS fi, ${h('i * 16 + 7')} % 100 < 80 AS ju,
                       ${h('i * 16 + 8')} % 100 < 85 AS en, ${h('i * 16 + 9')} % 100 < 60 AS re, ${h('i * 16 + 13')} % 100 < 50 AS sl, 30 + ${h('i * 16 + 11')} % 300 AS ds
                FROM ${from(n(0.002))}) AS u) AS t`;
  return [
    ['experiment_assignments', experiments],
    ['scores', scores],
    ['customer_outcomes', outcomes],
    ['agency_events', agencyEvents],
    ['agency_evaluations', evaluations],
    ['legal_cases', legal],
  ];
}

/** extraTablesSql's dialect for DuckDB (`hash`, `range`). */
const DUCKDB_EXTRA = {
  h: (x) => `hash((${x})::BIGINT)`,
  hashOf: (xs) => `hash(${xs})`,
  day: (x) => `(DATE '2024-01-01' + (${x})::INTEGER)`,
  month: (x) => `CAST(DATE '2024-01-01' + to_months((${x})::INTEGER) AS DATE)`,
  monthDay: (x, dd) => `CAST(DATE '2024-01-01' + to_months((${x})::INTEGER) + INTERVAL ${dd} DAY AS DATE)`,
  monthOf: (x) => `date_trunc('month', ${x})::DATE`,
  money: (cents) => `((${cents}) / 100.0)::DECIMAL(18,2)`,
  decimal4: (x) => `((${x}) / 10000.0)::DECIMAL(9,4)`,
  pad2: (x) => `lpad((${x})::VARCHAR, 2, '0')`,
  int: (x) => `(${x})::INTEGER`,
  list: (xs, i) => `${xs}[(${i})::BIGINT]`,
  ifNull: (c, x) => `CASE WHEN ${c} THEN ${x} END`,
  multiIf: (cases) =>
    `CASE ${cases.map(([c, x]) => (c === 'else' ? `ELSE ${x}` : `WHEN ${c} THEN ${x}`)).join(' ')} END`,
  acct: (x) => `'AC' || (${x})`,
  div: (a, b) => `((${a}) // ${b})`,
  dims: (a) =>
    `['cash-loan','credit-card','auto'][(1 + hash((${a})::BIGINT) % 3)::BIGINT], ['east','north','south','west'][(1 + (hash((${a})::BIGINT) // 3) % 4)::BIGINT]`,
  from: (count) => `range(${count}) r(i)`,
};

/** extraTablesSql's dialect for ClickHouse (`cityHash64`, `numbers`), as generateInClickHouse's own columns. */
const CLICKHOUSE_EXTRA = {
  h: (x) => `cityHash64(toUInt64(${x}))`,
  hashOf: (xs) => `cityHash64(${xs})`,
  day: (x) => `addDays(toDate('2024-01-01'), toInt32(${x}))`,
  month: (x) => `addMonths(toDate('2024-01-01'), toInt32(${x}))`,
  monthDay: (x, dd) => `addDays(addMonths(toDate('2024-01-01'), toInt32(${x})), ${dd})`,
  monthOf: (x) => `toStartOfMonth(${x})`,
  money: (cents) => `toDecimal64(${cents}, 2) / 100`,
  decimal4: (x) => `toDecimal64(${x}, 4) / 10000`,
  pad2: (x) => `leftPad(toString(${x}), 2, '0')`,
  int: (x) => `toInt32(${x})`,
  list: (xs, i) => `${xs}[${i}]`,
  ifNull: (c, x) => `if(${c}, ${x}, NULL)`,
  multiIf: (cases) => `multiIf(${cases.map(([c, x]) => (c === 'else' ? x : `${c}, ${x}`)).join(', ')})`,
  acct: (x) => `concat('AC', toString(${x}))`,
  div: (a, b) => `intDiv(${a}, ${b})`,
  dims: (a) =>
    `['cash-loan','credit-card','auto'][1 + cityHash64(toUInt64(${a})) % 3], ['east','north','south','west'][1 + intDiv(cityHash64(toUInt64(${a})), 3) % 4]`,
  from: (count) => `(SELECT number AS i FROM numbers(${count}))`,
};

/**
 * The chdb data set generated inside ClickHouse (no JS rows, no Parquet): `rows` account-period rows from
 * numbers() and the other tables in proportion, as the DuckDB generator above makes them (deterministic
 * cityHash64 columns; an account's product and region are a hash of its number, in its snapshots and its
 * attempts), into MergeTree tables sorted as docs/scaling.md lays out; then the derived tables.
 */
async function generateInClickHouse(dir) {
  rmSync(dir, { recursive: true, force: true });
  const t = Date.now();
  const writer = await server.chdbWriter(dir, server.zonesIn({ contact_attempts: [{ time_zone: 'America/Chicago' }] }));
  for (const table of server.TABLE_NAMES)
    await writer.run(
      writer.dialect.createTable(table, server.CANONICAL_SCHEMA[table], server.PRIMARY_KEYS[table] ?? []),
    );
  const accounts = Math.ceil(rows / 24);
  const n = (per) => Math.max(1, Math.round(rows * per));
  const h = (x) => `cityHash64(toUInt64(${x}))`;
  const products = `['cash-loan','credit-card','auto']`;
  const regions = `['east','north','south','west']`;
  const dpd = (i) => `if(${h(i)} % 100 < 94, 0, toInt32(${h(i)} % 240))`;
  const cents = (i) => `toDecimal64(${h(i)} % 5000000, 2) / 100`;
  const steps = [
    [
      'account_period',
      `INSERT INTO account_period (account_id, period, product, region, origination_month, original_amount, dpd, balance, prev_dpd, prev_balance, status, segment)
       SELECT concat('AC', toString(intDiv(number, 24))), addMonths(toDate('2024-01-01'), toInt32(number % 24)),
              ${products}[1 + ${h('intDiv(number, 24)')} % 3], ${regions}[1 + intDiv(${h('intDiv(number, 24)')}, 3) % 4],
              addMonths(toDate('2022-01-01'), toInt32(intDiv(${h('intDiv(number, 24)')}, 12) % 24)),
              toDecimal64(1000 + intDiv(${h('intDiv(number, 24)')}, 288) % 50000, 2), ${dpd('number')}, ${cents('number')},
              if(number % 24 > 0, ${dpd('number - 1')}, NULL), if(number % 24 > 0, ${cents('number - 1')}, NULL), 'active',
              multiIf(${h('intDiv(number, 24)')} % 100 < 8, 'vulnerable', ${h('intDiv(number, 24)')} % 100 < 13, 'hardship', 'other')
       FROM numbers(${rows})`,
    ],
    [
      'agents',
      `INSERT INTO agents SELECT concat('A', toString(number)), concat('Agent ', toString(number)),
              ['early-a','early-b','mid','late','field'][1 + number % 5], ${regions}[1 + intDiv(number, 5) % 4] FROM numbers(500)`,
    ],
    [
      'contact_attempts',
      `INSERT INTO contact_attempts (attempt_id, account_id, contact_id, agent_id, channel, attempted_at, time_zone, answered, right_party,
              conversation, party, consent, collectors, promise_amount, promise_due, cost, collected, product, region)
       SELECT number, concat('AC', toString(${h('number')} % ${accounts})), concat('AC', toString(${h('number')} % ${accounts}), '-1'),
              if(number % 10 < 7, concat('A', toString(number % 500)), NULL),
              ['phone','phone','phone','phone','phone','phone','phone','sms','visit','letter'][1 + number % 10],
              toDateTime64('2024-01-01 00:00:00', 6, 'UTC') + toIntervalSecond(${h('number')} % (730 * 86400)),
              if(number % 20 = 0, 'America/Chicago', 'Asia/Shanghai'),
              ${h('number')} % 10 < 4, ${h('number')} % 10 < 3, ${h('number')} % 10 < 3, if(number % 97 = 0, 'third-party', 'debtor'),
              number % 50 = 0, if(number % 10 = 8, toInt32(1 + number % 2), NULL),
              if(${h('number')} % 10 = 0, toDecimal64(100, 2), NULL),
              if(${h('number')} % 10 = 0, addDays(toDate('2024-01-08'), toInt32(${h('number')} % 700)), NULL),
              toDecimal64(0.8, 2), if(${h('number')} % 25 = 0, toDecimal64(100, 2), toDecimal64(0, 2)),
              ${products}[1 + ${h(`${h('number')} % ${accounts}`)} % 3], ${regions}[1 + intDiv(${h(`${h('number')} % ${accounts}`)}, 3) % 4]
       FROM numbers(${n(0.2)})`,
    ],
    [
      'promises',
      `INSERT INTO promises (attempt_id, account_id, agent_id, due_on, amount, kept, paid)
       SELECT attempt_id, account_id, assumeNotNull(agent_id), assumeNotNull(promise_due), assumeNotNull(promise_amount),
              ${h('attempt_id')} % 10 < 6, if(${h('attempt_id')} % 10 < 6, assumeNotNull(promise_amount), toDecimal64(0, 2))
       FROM contact_attempts WHERE promise_amount IS NOT NULL AND agent_id IS NOT NULL`,
    ],
    [
      'charge_offs',
      `INSERT INTO charge_offs SELECT concat('AC', toString(number)), addMonths(toDate('2024-01-01'), toInt32(number % 24)),
              toDecimal64(5000, 2), ${products}[1 + number % 3], ${regions}[1 + number % 4] FROM numbers(${n(0.005)})`,
    ],
    [
      'recovery_payments',
      `INSERT INTO recovery_payments SELECT concat('AC', toString(number % ${n(0.005)})),
              addDays(addMonths(toDate('2024-01-01'), toInt32((number % ${n(0.005)}) % 24)), toInt32(intDiv(number, ${n(0.005)}) * 30)),
              toDecimal64(50, 2), toDecimal64(10, 2) FROM numbers(${n(0.02)})`,
    ],
    [
      'agent_hours',
      `INSERT INTO agent_hours SELECT concat('A', toString(number % 500)), addDays(toDate('2024-01-01'), toInt32(intDiv(number, 500))),
              toDecimal32(7.5, 2) FROM numbers(${500 * 730})`,
    ],
    [
      'assignments',
      `INSERT INTO assignments SELECT concat('A', toString(number % 500)), concat('AC', toString(number)),
              addMonths(toDate('2024-01-01'), toInt32(number % 24)), toDecimal64(1000, 2) FROM numbers(${n(0.05)})`,
    ],
    [
      'complaints',
      `INSERT INTO complaints SELECT concat('CP', toString(number)), concat('AC', toString(number)),
              if(number % 2 = 0, concat('A', toString(number % 500)), NULL), ${products}[1 + number % 3], ${regions}[1 + number % 4],
              addDays(toDate('2024-01-01'), toInt32(number % 730)), ['not-owed','communication-tactics','third-party'][1 + number % 3],
              ['phone','online'][1 + number % 2], addDays(toDate('2024-01-16'), toInt32(number % 730)),
              if(number % 10 > 0, addDays(toDate('2024-01-10'), toInt32(number % 730)), NULL), number % 3 = 0,
              multiIf(${h('number')} % 100 < 8, 'vulnerable', ${h('number')} % 100 < 13, 'hardship', 'other') FROM numbers(${n(0.002)})`,
    ],
    // QA of the collectors' phone calls, as the DuckDB generator makes it: AI 98 %, people 3 %, 1 % violating.
    [
      'qa_checks',
      `INSERT INTO qa_checks
       SELECT attempt_id * 2, attempt_id, 'ai', toDecimal32(60 + ${h('attempt_id * 3 + 1')} % 41, 2)
       FROM contact_attempts WHERE channel = 'phone' AND agent_id IS NOT NULL AND ${h('attempt_id * 3 + 1')} % 1000 < 980
       UNION ALL
       SELECT attempt_id * 2 + 1, attempt_id, 'manual', toDecimal32(60 + ${h('attempt_id * 3 + 2')} % 41, 2)
       FROM contact_attempts WHERE channel = 'phone' AND agent_id IS NOT NULL AND ${h('attempt_id * 3 + 2')} % 100 < 3`,
    ],
    [
      'qa_violations',
      `INSERT INTO qa_violations SELECT check_id, ${QA_RULE_LIST}[1 + ${h('check_id * 7 + 2')} % 6]
       FROM qa_checks WHERE ${h('check_id * 7 + 1')} % 1000 < 10`,
    ],
    // The optional tables, as the DuckDB generator makes them (extraTablesSql).
    ...extraTablesSql(rows, CLICKHOUSE_EXTRA),
  ];
  for (const [table, sql] of steps) {
    const ts = Date.now();
    await writer.run(sql);
    say(
      `chdb: ${table} generated in ${((Date.now() - ts) / 1000).toFixed(1)} s, rss ${(rssOf([process.pid]) / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  say(`chdb: canonical tables generated inside ClickHouse in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  for (const name of server.DERIVED_TABLE_NAMES) {
    const td = Date.now();
    await writer.run(server.createDerivedTableSql(name, writer.dialect));
    say(
      `chdb: ${name} built in ${((Date.now() - td) / 1000).toFixed(1)} s, rss ${(rssOf([process.pid]) / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  await writer.run(
    writer.dialect.createTable('collectkit_meta', { as_of: 'VARCHAR NOT NULL', source: 'VARCHAR NOT NULL' }, []),
  );
  await writer.insert('collectkit_meta', ['as_of', 'source'], [{ as_of: '2025-12-31T23:59:59Z', source: 'bench' }]);
  await writer.close();
  (await import('node:fs')).writeFileSync(`${dir}.done`, '');
  say(`chdb: generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** The engine under test (read-only), its --db for `collectkit serve`, and how to stop what the run started. */
async function openBenchEngine() {
  if (opt.engine === 'duckdb')
    return { engine: await server.openDuckDb(file, { connections: 1 }), db: `duckdb:${file}`, stop: () => {} };
  if (opt.engine === 'chdb' && !opt['via-duckdb']) {
    const dir = resolve(`.cache/bench/bench-ch-v3-${rows}-${derivedHash}.chdb`);
    if (!existsSync(`${dir}.done`)) await generateInClickHouse(dir);
    return { engine: await server.openChdb(dir), db: `chdb:${dir}`, stop: () => {} };
  }
  const zones = (
    await (
      await (await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' })).connect()
    ).runAndReadAll('SELECT DISTINCT time_zone FROM contact_attempts')
  )
    .getRows()
    .map((r) => String(r[0]));
  if (opt.engine === 'chdb') {
    const dir = resolve(`${file}.chdb`);
    if (!existsSync(`${dir}.done`)) {
      const parquet = resolve(`${file}.parquet`);
      await exportTables('parquet', parquet);
      rmSync(dir, { recursive: true, force: true });
      const t = Date.now();
      const writer = await server.chdbWriter(
        dir,
        server.zonesIn({ contact_attempts: zones.map((time_zone) => ({ time_zone })) }),
      );
      for (const table of server.TABLE_NAMES) {
        await writer.run(
          writer.dialect.createTable(table, server.CANONICAL_SCHEMA[table], server.PRIMARY_KEYS[table] ?? []),
        );
        await writer.run(`INSERT INTO "${table}" SELECT * FROM file('${parquet}/${table}.parquet', Parquet)`);
      }
      say(`chdb: canonical tables loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const td = Date.now();
      await server.buildDerived(writer);
      say(`chdb: derived tables built in ${((Date.now() - td) / 1000).toFixed(1)} s`);
      await writer.run(
        writer.dialect.createTable('collectkit_meta', { as_of: 'VARCHAR NOT NULL', source: 'VARCHAR NOT NULL' }, []),
      );
      await writer.insert('collectkit_meta', ['as_of', 'source'], [{ as_of: '2025-12-31T23:59:59Z', source: 'bench' }]);
      await writer.close();
      (await import('node:fs')).writeFileSync(`${dir}.done`, '');
    }
    return { engine: await server.openChdb(dir), db: `chdb:${dir}`, stop: () => {} };
  }
  // PostgreSQL: the given server, or a throw-away one tuned for analytics on this machine.
  let url = opt['pg-url'];
  if (!url) {
    const { postgresBin, startTempPostgres } = await import('./lib/pg-temp.mjs');
    const bin = postgresBin();
    if (!bin) throw new Error('--engine postgres needs --pg-url or PostgreSQL installed (apt-get install postgresql)');
    benchPg = await startTempPostgres(bin, {
      shared_buffers: '4GB',
      work_mem: '256MB',
      maintenance_work_mem: '1GB',
      max_parallel_workers_per_gather: 2,
      max_wal_size: '8GB',
      jit: 'off',
    });
    say(`PostgreSQL: a throw-away server at ${benchPg.url}`);
  }
  const csv = resolve(`${file}.csv`);
  await exportTables('csv', csv);
  const t = Date.now();
  const writer = await server.postgresWriter(url ?? benchPg.url);
  for (const table of server.TABLE_NAMES) {
    await writer.run(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    await writer.run(writer.dialect.createTable(table, server.CANONICAL_SCHEMA[table], []));
    await writer.run(`COPY "${table}" FROM '${csv}/${table}.csv' WITH (FORMAT csv, HEADER true)`);
  }
  // The indexes of docs/scaling.md (as collectkit seed --db postgres://… creates them).
  for (const [table, cols] of Object.entries(server.POSTGRES_INDEXES))
    await writer.run(`CREATE INDEX ON "${table}" (${cols.join(', ')})`);
  await writer.run('ANALYZE');
  say(`PostgreSQL: canonical tables loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const td = Date.now();
  for (const name of server.DERIVED_TABLE_NAMES) await writer.run(`DROP TABLE IF EXISTS "${name}"`);
  await server.buildDerived(writer);
  say(`PostgreSQL: derived tables built in ${((Date.now() - td) / 1000).toFixed(1)} s`);
  await writer.run(`DROP TABLE IF EXISTS collectkit_meta`);
  await writer.run(
    `CREATE TABLE collectkit_meta AS SELECT '2025-12-31T23:59:59Z'::text AS as_of, 'bench'::text AS source`,
  );
  await writer.run('VACUUM ANALYZE');
  await writer.close();
  const dbUrl = url ?? benchPg.url;
  return {
    engine: await server.openPostgres(dbUrl, { connections: 2 }),
    db: dbUrl,
    stop: () => {
      benchPg?.stop();
      benchPg = null;
    },
  };
}

const rows = Number(opt.rows);
/** Time limit of the first try of a metric without its derived table (the `*` lines). */
const RAW_LIMIT_MS = 180_000;
/** How long the script waits, after printing, for a statement left running past RAW_LIMIT_MS to end. */
const DRAIN_LIMIT_MS = 600_000;
/** Set when a statement was left running past RAW_LIMIT_MS: the script exits once it has printed its figures. */
let stuck = false;
const runs = Number(opt.runs);
const say = (line) => console.log(line);
const { buildServer } = await import('./lib/build-server.mjs');
const { bin, index } = await buildServer();
const server = await import(index);
const { DuckDBInstance } = await import('@duckdb/node-api');

mkdirSync('.cache/bench', { recursive: true });
// The file name carries a hash of the derived tables' SQL: a change to them rebuilds the data.
const derivedHash = (await import('node:crypto'))
  .createHash('sha256')
  .update(JSON.stringify(server.DERIVED_TABLES))
  .digest('hex')
  .slice(0, 8);
const file = resolve(`.cache/bench/bench-v8-${rows}-${derivedHash}.duckdb`);
if (!existsSync(file) && !(opt.engine === 'chdb' && !opt['via-duckdb'])) {
  say(
    `generating ${rows.toLocaleString('en')} account-period rows (and the other tables in proportion) inside DuckDB → ${file} …`,
  );
  const t = Date.now();
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const db = await DuckDBInstance.create(partial);
  const c = await db.connect();
  for (const table of server.TABLE_NAMES)
    await c.run(server.createTableSql(table).replace(/, PRIMARY KEY \([^)]*\)/, ''));
  const accounts = Math.ceil(rows / 24);
  const n = (per) => Math.max(1, Math.round(rows * per));
  await c.run(`INSERT INTO account_period
    SELECT 'AC' || (i // 24), CAST(DATE '2024-01-01' + to_months((i % 24)::INTEGER) AS DATE),
           ['cash-loan','credit-card','auto'][(1 + hash(i // 24) % 3)::BIGINT], ['east','north','south','west'][(1 + (hash(i // 24) // 3) % 4)::BIGINT],
           CAST(DATE '2022-01-01' + to_months(((hash(i // 24) // 12) % 24)::INTEGER) AS DATE), (1000 + (hash(i // 24) // 288) % 50000)::DECIMAL(18,2),
           CASE WHEN hash(i) % 100 < 94 THEN 0 ELSE (hash(i) % 240)::INTEGER END, ((hash(i) % 5000000) / 100.0)::DECIMAL(18,2),
           CASE WHEN i % 24 > 0 THEN CASE WHEN hash(i - 1) % 100 < 94 THEN 0 ELSE (hash(i - 1) % 240)::INTEGER END END,
           CASE WHEN i % 24 > 0 THEN ((hash(i - 1) % 5000000) / 100.0)::DECIMAL(18,2) END, 'active',
           -- the customer's segment (8 % vulnerable, 5 % hardship), a hash of the account as its product
           CASE WHEN hash(i // 24) % 100 < 8 THEN 'vulnerable' WHEN hash(i // 24) % 100 < 13 THEN 'hardship' ELSE 'other' END
    FROM range(${rows}) t(i)`);
  await c.run(
    `INSERT INTO agents SELECT 'A' || i, 'Agent ' || i, ['early-a','early-b','mid','late','field'][1 + i % 5], ['east','north','south','west'][1 + (i // 5) % 4] FROM range(500) t(i)`,
  );
  await c.run(`INSERT INTO contact_attempts (attempt_id, account_id, contact_id, agent_id, channel, attempted_at, time_zone, answered,
      right_party, conversation, party, consent, collectors, promise_amount, promise_due, cost, collected, product, region)
    SELECT i, 'AC' || (hash(i) % ${accounts}), 'AC' || (hash(i) % ${accounts}) || '-1', CASE WHEN i % 10 < 7 THEN 'A' || (i % 500) END,
           ['phone','phone','phone','phone','phone','phone','phone','sms','visit','letter'][1 + i % 10],
           TIMESTAMPTZ '2024-01-01 00:00:00+00' + to_seconds((hash(i) % (730 * 86400))::BIGINT), CASE WHEN i % 20 = 0 THEN 'America/Chicago' ELSE 'Asia/Shanghai' END,
           hash(i) % 10 < 4, hash(i) % 10 < 3, hash(i) % 10 < 3, CASE WHEN i % 97 = 0 THEN 'third-party' ELSE 'debtor' END, i % 50 = 0,
           CASE WHEN i % 10 = 8 THEN 1 + i % 2 END, CASE WHEN hash(i) % 10 = 0 THEN 100.00 END, CASE WHEN hash(i) % 10 = 0 THEN DATE '2024-01-08' + ((hash(i) % 700)::INTEGER) END,
           0.80, CASE WHEN hash(i) % 25 = 0 THEN 100.00 ELSE 0 END,
           -- the account's product and region (as in account_period: the schema's "the account's dimensions")
           ['cash-loan','credit-card','auto'][(1 + hash((hash(i) % ${accounts})::BIGINT) % 3)::BIGINT],
           ['east','north','south','west'][(1 + (hash((hash(i) % ${accounts})::BIGINT) // 3) % 4)::BIGINT]
    FROM range(${n(0.2)}) t(i)`);
  await c.run(
    `INSERT INTO promises (attempt_id, account_id, agent_id, due_on, amount, kept, paid) SELECT attempt_id, account_id, agent_id, promise_due, promise_amount, hash(attempt_id) % 10 < 6, CASE WHEN hash(attempt_id) % 10 < 6 THEN promise_amount ELSE 0 END FROM contact_attempts WHERE promise_amount IS NOT NULL AND agent_id IS NOT NULL`,
  );
  await c.run(
    `INSERT INTO charge_offs SELECT 'AC' || i, CAST(DATE '2024-01-01' + to_months((i % 24)::INTEGER) AS DATE), 5000.00, ['cash-loan','credit-card','auto'][1 + i % 3], ['east','north','south','west'][1 + i % 4] FROM range(${n(0.005)}) t(i)`,
  );
  await c.run(
    `INSERT INTO recovery_payments SELECT 'AC' || (i % ${n(0.005)}), CAST(DATE '2024-01-01' + to_months(((i % ${n(0.005)}) % 24)::INTEGER) + INTERVAL ((i // ${n(0.005)}) * 30) DAY AS DATE), 50.00, 10.00 FROM range(${n(0.02)}) t(i)`,
  );
  await c.run(
    `INSERT INTO agent_hours SELECT 'A' || (i % 500), DATE '2024-01-01' + (i // 500)::INTEGER, 7.50 FROM range(500 * 730) t(i)`,
  );
  await c.run(
    `INSERT INTO assignments SELECT 'A' || (i % 500), 'AC' || i, CAST(DATE '2024-01-01' + to_months((i % 24)::INTEGER) AS DATE), 1000.00 FROM range(${n(0.05)}) t(i)`,
  );
  await c.run(`INSERT INTO complaints SELECT 'CP' || i, 'AC' || i, CASE WHEN i % 2 = 0 THEN 'A' || (i % 500) END, ['cash-loan','credit-card','auto'][1 + i % 3], ['east','north','south','west'][1 + i % 4],
           DATE '2024-01-01' + (i % 730)::INTEGER, ['not-owed','communication-tactics','third-party'][1 + i % 3], ['phone','online'][1 + i % 2],
           DATE '2024-01-16' + (i % 730)::INTEGER, CASE WHEN i % 10 > 0 THEN DATE '2024-01-10' + (i % 730)::INTEGER END, i % 3 = 0,
           CASE WHEN hash(i) % 100 < 8 THEN 'vulnerable' WHEN hash(i) % 100 < 13 THEN 'hardship' ELSE 'other' END FROM range(${n(0.002)}) t(i)`);
  // QA of the collectors' phone calls: AI checks 98 % of them, people 3 %; 1 % of the checks violate a red-line rule.
  for (const [k, method, share] of [
    [1, 'ai', 'hash(attempt_id * 3 + 1) % 1000 < 980'],
    [2, 'manual', 'hash(attempt_id * 3 + 2) % 100 < 3'],
  ])
    await c.run(`INSERT INTO qa_checks SELECT attempt_id * 2 + ${k - 1}, attempt_id, '${method}', (60 + hash(attempt_id * 3 + ${k}) % 41)::DECIMAL(5,2)
      FROM contact_attempts WHERE channel = 'phone' AND agent_id IS NOT NULL AND ${share}`);
  await c.run(`INSERT INTO qa_violations SELECT check_id, ${QA_RULE_LIST}[(1 + hash(check_id * 7 + 2) % 6)::BIGINT]
    FROM qa_checks WHERE hash(check_id * 7 + 1) % 1000 < 10`);
  for (const [table, sql] of extraTablesSql(rows, DUCKDB_EXTRA)) {
    const ts = Date.now();
    await c.run(sql);
    say(`${table} generated in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
  }
  // The derived tables (materialised aggregates, src/server/seed/derived.ts) as the seed builds them; their
  // build time is printed since the metrics that read them no longer scan account_period per request.
  const td = Date.now();
  for (const name of server.DERIVED_TABLE_NAMES) await c.run(server.createDerivedTableSql(name));
  say(`derived tables (${server.DERIVED_TABLE_NAMES.join(', ')}) built in ${((Date.now() - td) / 1000).toFixed(1)} s`);
  await c.run(`CREATE TABLE collectkit_meta AS SELECT '2025-12-31T23:59:59Z' AS as_of, 'bench' AS source`);
  await c.run('CHECKPOINT');
  c.closeSync();
  db.closeSync();
  const { renameSync } = await import('node:fs');
  renameSync(partial, file);
  say(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const { engine, db, stop } = await openBenchEngine();
process.on('exit', () => stop());
const counts = Object.fromEntries(
  await Promise.all(
    server.TABLE_NAMES.map(async (t) => [
      t,
      Number((await engine.query(`SELECT count(*)::BIGINT AS n FROM "${t}"`, {}, 60_000))[0].n),
    ]),
  ),
);
say(
  `rows: ${Object.entries(counts)
    .map(([t, k]) => `${t} ${k.toLocaleString('en')}`)
    .join(', ')}`,
);

/** RSS in bytes of `pids` (from /proc; 0 for a process gone). */
function rssOf(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += m ? Number(m[1]) * 1024 : 0;
    } catch {
      // the process ended between listing and reading: it holds no memory
    }
  }
  return total;
}

/** The processes whose memory a run uses: this one, or the PostgreSQL server and its backends. */
function enginePids() {
  if (!benchPg) return [process.pid];
  const children = (pid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  return [benchPg.pid, ...children(benchPg.pid)];
}

/** Runs `fn` while sampling the engine's memory every 20 ms; resolves to [result, peak bytes]. */
async function withPeak(fn) {
  let peak = rssOf(enginePids());
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(enginePids()))), 20);
  try {
    const out = await fn();
    return [out, Math.max(peak, rssOf(enginePids()))];
  } finally {
    clearInterval(timer);
  }
}

async function median(fn) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

if (opt.only !== 'http') {
  // The floor is measured the same way as the metrics (same engine and connection, one warm-up, median of
  // --runs), and again right before each metric, whose ratio is to that floor: load from other work drifts.
  const floorSql = 'SELECT period, sum(balance) AS balance FROM account_period GROUP BY period';
  const floorMs = () => median(() => engine.query(floorSql, {}, 600_000));
  say(`\nfloor (${floorSql}): ${(await floorMs()).toFixed(1)} ms (median of ${runs}; re-measured before each metric)`);
  say(`engine ${engine.name}: metric        ms     floor   × floor   rows out   peak memory`);
  const q = {};
  const only = opt.metrics ? opt.metrics.split(',') : null;
  for (const metric of server.SERVER_METRICS.filter((m) => !only || only.includes(m))) {
    let out = 0;
    const floor = await floorMs();
    const [ms, peak] = await withPeak(() =>
      median(async () => {
        out = (await server.runMetric(engine, metric, q, server.boundFilters(metric, q, {}), 600_000)).rows.length;
      }),
    );
    say(
      `${metric.padEnd(12)} ${ms.toFixed(1).padStart(7)} ${floor.toFixed(1).padStart(7)}  ${(ms / floor).toFixed(2).padStart(6)}×  ${String(out).padStart(8)}   ${(peak / 2 ** 20).toFixed(0).padStart(6)} MiB`,
    );
  }
  // Metrics again without their derived table, as a database lacking it runs them: overdue with its cells'
  // SQL over account_period in place of overdue_cells, agents from its five raw tables (agents.sql), workload
  // from the snapshots, attempts and assignments (workload.sql).
  const cellsSql = server.renderSql(server.DERIVED_TEMPLATES.overdue_cells, engine.dialect);
  const rawSql = {
    overdue: server
      .metricSql('overdue', engine.dialect)
      .replace(/FROM overdue_cells\b/, `FROM (${cellsSql}) AS overdue_cells`),
    agents: server.metricSql('agents', engine.dialect),
    workload: server.metricSql('workload', engine.dialect),
  };
  for (const [metric, sql] of Object.entries(rawSql)) {
    if (only && !only.includes(metric)) continue;
    const params = server.metricParams(metric, q, server.boundFilters(metric, q, {}));
    const code = sql.replace(/--[^\n]*/g, '');
    const named = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(code)));
    let out = 0;
    const floor = await floorMs();
    // A statement that scans the snapshots per request may run for many minutes at 100 million rows: one try
    // of at most RAW_LIMIT_MS (a wall-clock limit too: chdb did not stop workload.sql at max_execution_time),
    // and the line says it was stopped; the script then ends without waiting for the engine.
    const first = performance.now();
    let limit;
    try {
      await Promise.race([
        engine.query(sql, named, RAW_LIMIT_MS),
        new Promise((_, reject) => {
          limit = setTimeout(() => reject(new server.StatementTimeoutError(RAW_LIMIT_MS)), RAW_LIMIT_MS + 5_000);
        }),
      ]);
    } catch (error) {
      if (!(error instanceof server.StatementTimeoutError)) throw error;
      say(
        `${`${metric}*`.padEnd(12)} stopped after ${((performance.now() - first) / 1000).toFixed(0)} s (over ${RAW_LIMIT_MS / 1000} s; * without its derived table)`,
      );
      stuck = true;
      continue;
    } finally {
      clearTimeout(limit);
    }
    const [ms, peak] = await withPeak(() =>
      median(async () => {
        out = (await engine.query(sql, named, 600_000)).length;
      }),
    );
    say(
      `${`${metric}*`.padEnd(12)} ${ms.toFixed(1).padStart(7)} ${floor.toFixed(1).padStart(7)}  ${(ms / floor).toFixed(2).padStart(6)}×  ${String(out).padStart(8)}   ${(peak / 2 ** 20).toFixed(0).padStart(6)} MiB   (* without its derived table)`,
    );
  }
}
if (stuck) {
  // chdb goes on computing a statement rejected at its limit until ClickHouse stops it; the 100 M run that exited
  // under it ended on SIGSEGV. Close and wait for it (engine.drain), at most DRAIN_LIMIT_MS, then exit.
  say('(a statement left past its limit is still running in the engine: waiting for it to end before exiting)');
  engine.close();
  const t = performance.now();
  let wait;
  const drained = await Promise.race([
    (engine.drain?.() ?? Promise.resolve()).then(() => true),
    new Promise((r) => (wait = setTimeout(() => r(false), DRAIN_LIMIT_MS))),
  ]);
  clearTimeout(wait);
  say(
    drained
      ? `(it ended ${((performance.now() - t) / 1000).toFixed(0)} s later)`
      : `(still running after ${DRAIN_LIMIT_MS / 1000} s: exiting under it)`,
  );
  stop();
  process.exit(0);
}
if (opt.explain) {
  // The plans docs/scaling.md checks: each metric's SQL as the engine runs it, default query.
  const explain =
    engine.name === 'postgres'
      ? 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)'
      : engine.name === 'duckdb'
        ? 'EXPLAIN'
        : 'EXPLAIN indexes = 1';
  for (const metric of server.SERVER_METRICS) {
    const query = {};
    const filters = server.boundFilters(metric, query, {});
    const params = server.metricParams(metric, query, filters);
    // The funnel tells matured promises from pending ones at the data's as-of day (as runMetric binds it).
    if (metric === 'promises') params.as_of = (await engine.asOf()).slice(0, 10);
    const sqlFile = server.sqlName(metric, query, server.DEFAULT_SETTINGS, engine.storedDerived);
    const sql = server.metricSql(sqlFile, engine.dialect);
    const named = Object.fromEntries(
      Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(sql.replace(/--[^\n]*/g, ''))),
    );
    const rows = await engine.query(`${explain} ${sql}`, named, 600_000);
    say(
      `\n--- EXPLAIN ${metric} (${sqlFile}.sql) on ${engine.name}\n${rows.map((r) => Object.values(r).join('  ')).join('\n')}`,
    );
    // A metric asked for by --metrics that reads its cells: also the plan of its SQL over the canonical tables.
    if (sqlFile === metric || !opt.metrics?.split(',').includes(metric)) continue;
    const raw = server.metricSql(metric, engine.dialect);
    const rawNamed = Object.fromEntries(
      Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(raw.replace(/--[^\n]*/g, ''))),
    );
    const rawRows = await engine.query(`${explain} ${raw}`, rawNamed, 600_000);
    say(
      `\n--- EXPLAIN ${metric} (${metric}.sql, without its cells) on ${engine.name}\n${rawRows.map((r) => Object.values(r).join('  ')).join('\n')}`,
    );
  }
}
await engine.close();
if (opt.only === 'sql' || opt.explain) {
  stop();
  process.exit(0);
}

// HTTP under load: the server in one process, autocannon in another.
const port = opt.port;
const base = `http://127.0.0.1:${port}`;
const child = spawn(
  process.execPath,
  [
    bin,
    'serve',
    '--db',
    db,
    '--port',
    port,
    '--log-level',
    'warn',
    '--cache-entries',
    '1000',
    '--statement-timeout',
    '60000',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
process.on('exit', () => child.kill());
createInterface({ input: child.stdout }).on('line', (l) => say(`  serve: ${l}`));
for (let i = 0; ; i++) {
  try {
    await fetch(`${base}/api/collection`);
    break;
  } catch {
    if (i > 200) throw new Error('collectkit serve did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const mix = demoMix();
const t = performance.now();
for (const path of mix) {
  const r = await fetch(base + path);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  await r.arrayBuffer();
}
say(
  `\nHTTP: cache warmed with the demo mix (${mix.length} distinct requests) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
say(`autocannon from a second process: ${opt.connections} connections, ${opt.duration} s …`);
const load = spawn(
  process.execPath,
  [new URL(import.meta.url).pathname, '--load', base, '--duration', opt.duration, '--connections', opt.connections],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
let summary = '';
load.stdout.on('data', (d) => (summary += d));
await new Promise((r) => load.on('exit', r));
const s = JSON.parse(summary.trim().split('\n').at(-1));
say(
  `requests/s ${s.rps.toFixed(0)}, latency p50 ${s.p50} ms, p90 ${s.p90} ms, p99 ${s.p99} ms, max ${s.max} ms; ${s.total} requests, non-2xx ${s.non2xx}, errors ${s.errors}, timeouts ${s.timeouts}`,
);
child.kill();
stop();
