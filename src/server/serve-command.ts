/** `collectkit serve`: opens the database read-only and starts the HTTP server. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';
import { DB_FORMS, openEngine } from './engine/open.js';
import { createApp } from './http/app.js';
import { headerScope, tokenScope, type ScopeHook } from './scope.js';

/** A started server: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `collectkit serve` with command-line arguments; resolves once it listens. With `handleSignals`
 * (default) SIGTERM and SIGINT close the server and the database, then exit.
 */
export async function serveCommand(args: string[], { handleSignals = true } = {}): Promise<RunningServer> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/api/collection' },
      'scope-header': { type: 'string' },
      tokens: { type: 'string' },
      'redact-agents': { type: 'boolean', default: false },
      'redact-key-file': { type: 'string' },
      'statement-timeout': { type: 'string', default: '10000' },
      'cache-entries': { type: 'string', default: '500' },
      currency: { type: 'string', default: 'CNY' },
      'log-level': { type: 'string', default: 'info' },
    },
  });
  const db = values.db;
  if (!db) throw new UsageError(`collectkit serve needs --db ${DB_FORMS}.`);
  for (const n of ['port', 'statement-timeout', 'cache-entries'] as const)
    if (!/^\d+$/.test(values[n])) throw new UsageError(`--${n} must be a whole number.`);
  if (values['scope-header'] && values.tokens) throw new UsageError('Give --scope-header or --tokens, not both.');
  let scope: ScopeHook | undefined;
  const varyOn: string[] = [];
  if (values['scope-header']) {
    scope = headerScope(values['scope-header']);
    varyOn.push(values['scope-header']);
  } else if (values.tokens) {
    scope = tokenScope(JSON.parse(readFileSync(values.tokens, 'utf8')) as Record<string, string>);
    varyOn.push('Authorization');
  }
  let redactKey: string | undefined;
  if (values['redact-agents']) {
    redactKey = values['redact-key-file']
      ? readFileSync(values['redact-key-file'], 'utf8').trim()
      : process.env.COLLECTKIT_REDACT_KEY;
    if (!redactKey || redactKey.length < 16)
      throw new UsageError(
        '--redact-agents needs a key of at least 16 characters in COLLECTKIT_REDACT_KEY or --redact-key-file.',
      );
  }
  const engine = await openEngine(db);
  const app = await createApp({
    engine,
    base: values.base,
    ...(scope ? { scope, varyOn } : {}),
    ...(redactKey ? { redactKey } : {}),
    statementTimeoutMs: Number(values['statement-timeout']),
    cacheEntries: Number(values['cache-entries']),
    currency: values.currency,
    logger: { level: values['log-level'] },
  });
  const address = await app.listen({ port: Number(values.port), host: values.host });
  const stop = async () => {
    await app.close();
    engine.close();
    // chdb may still be computing a statement stopped at its time limit: exiting under it crashes the process.
    await engine.drain?.();
  };
  if (handleSignals) {
    process.once('SIGTERM', () => void stop().then(() => process.exit(0)));
    process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  }
  // The database's address without a password.
  app.log.info(
    { url: `${address}${values.base}`, db: db.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@'), engine: engine.name },
    'collectkit serve listening',
  );
  return { url: `${address}${values.base}`, close: stop };
}
