/**
 * The `collectkit` command: `collectkit seed` writes the seeded portfolio as the canonical tables;
 * `collectkit serve` answers the REST contract from them. `collectkit help` lists the options.
 */
import { parseArgs } from 'node:util';
import { seedDuckDb } from './seed/seed.js';
import { UsageError } from './usage-error.js';

const USAGE = `collectkit seed --out FILE.duckdb [--seed N] [--accounts N] [--months N] [--start YYYY-MM] [--parquet DIR]
collectkit seed --db chdb:DIR | clickhouse:http://host:8123/db | postgres://user@host:5432/db [--seed N] …
collectkit serve --db duckdb:FILE [--port 8787] [--host 127.0.0.1] [--base /api/collection]
                 [--scope-header NAME | --tokens FILE.json] [--redact-agents] [--statement-timeout MS]
                 [--cache-entries N] [--currency CNY] [--log-level info]

  seed    simulate a consumer-finance portfolio and write it as the tables of docs/warehouse-schema.md
          (--db: the canonical and derived tables into ClickHouse or PostgreSQL instead of a DuckDB file)
  serve   answer GET {base}/{metric} (docs/openapi.json) with SQL on DuckDB (the default), ClickHouse or
          PostgreSQL, opened read-only
          --db duckdb:FILE.duckdb, or duckdb:DIR with one <table>.parquet or <table>.csv per table,
               chdb:DIR (ClickHouse in the process, npm install chdb), clickhouse:http://host:8123/db
               (@clickhouse/client), postgres://user:pw@host:5432/db (pg)
          --scope-header NAME   every request must carry NAME (set by the reverse proxy): region=north;team=early-a, or *
          --tokens FILE.json    {"<bearer token>": "region=north", …}: Authorization: Bearer <token> → scope
          --redact-agents       agent ids and names leave only as HMAC pseudonyms; key from COLLECTKIT_REDACT_KEY
                                or --redact-key-file FILE (at least 16 characters)`;

/** Parses a whole number option, or throws naming it. */
function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}".`);
  return Number(value);
}

export { UsageError };

/** Runs `collectkit seed` with command-line arguments. */
export async function seedCommand(args: string[], log: (line: string) => void = console.log): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      accounts: { type: 'string' },
      months: { type: 'string' },
      start: { type: 'string' },
      parquet: { type: 'string' },
    },
    strict: true,
  });
  if (values.db) {
    if (values.out || values.parquet)
      throw new UsageError('collectkit seed takes --out FILE.duckdb or --db …, not both (--parquet goes with --out).');
    const { seedDatabase } = await import('./seed/seed-database.js');
    await seedDatabase(values.db, {
      seed: whole('seed', values.seed, 42),
      accounts: whole('accounts', values.accounts, 6000),
      months: whole('months', values.months, 24),
      ...(values.start ? { start: values.start } : {}),
      progress: log,
    });
    return;
  }
  if (!values.out) throw new UsageError('collectkit seed needs --out FILE.duckdb (or --db chdb:DIR | postgres://…).');
  await seedDuckDb({
    out: values.out,
    seed: whole('seed', values.seed, 42),
    accounts: whole('accounts', values.accounts, 6000),
    months: whole('months', values.months, 24),
    ...(values.start ? { start: values.start } : {}),
    ...(values.parquet ? { parquet: values.parquet } : {}),
    progress: log,
  });
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'seed') {
      await seedCommand(rest);
      return 0;
    }
    if (command === 'serve') {
      const { serveCommand } = await import('./serve-command.js');
      await serveCommand(rest);
      return 0;
    }
    if (command === 'help' || command === '--help' || command === '-h' || command === undefined) {
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`collectkit: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`collectkit: ${(error as Error).message}`);
    return 1;
  }
}
