/**
 * Failures that mean the database is not there right now (closed, restarting, unreachable) rather than a
 * fault of the query: the HTTP layer answers them 503 with Retry-After, and the next request after the
 * database is back succeeds without restarting the server.
 */

/** Socket and PostgreSQL (SQLSTATE class 08, 57P01–57P03) codes of a database that went away. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/** Messages of engines without codes: DuckDB after its connection closed, pools that lost their server. */
const UNAVAILABLE_MESSAGE =
  /connection (was )?(disconnected|closed|terminated|lost)|database (is|was|has been) closed|socket hang up|Connection refused/i;

/** True when `error` says the database is unavailable rather than the statement wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return UNAVAILABLE_MESSAGE.test(error.message);
}
