/**
 * The HTTP layer: Fastify answering `GET {base}/{metric}` of docs/openapi.json from SQL. Query strings are
 * validated by a JSON schema (the contract's parameters with length and value limits); the scope is ANDed
 * into every query; answers carry an ETag (asOf + query) and are kept in a bounded cache. Errors are
 * `application/problem+json` without SQL, stack or path (those go to the log).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ResultCache, etagMatches, resultEtag } from '../cache.js';
import type { Engine } from '../engine/engine.js';
import { StatementTimeoutError } from '../engine/engine.js';
import { RequestError } from '../errors.js';
import { DEFAULT_SETTINGS, runMetric, SERVER_METRICS, type MetricSettings } from '../metrics.js';
import { parseQuery, QUERY_PARAMETERS, QUERY_SCHEMA } from '../query.js';
import { pseudonymizer, redactAgents } from '../redact.js';
import { boundFilters, type ScopeHook } from '../scope.js';
import { problem, sendProblem } from './problem.js';
import { isDatabaseUnavailable } from './unavailable.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  engine: Engine;
  /** Path prefix of the metric endpoints (default `/api/collection`). */
  base?: string;
  /** Deployment hook: request → scope (default: everyone sees everything). */
  scope?: ScopeHook;
  /** Header names the scope depends on, for `Vary` (e.g. the scope header, `Authorization`). */
  varyOn?: string[];
  /** Key of the agent pseudonyms; set to redact agent ids and names. */
  redactKey?: string | Buffer;
  /** Statement time limit in ms (default 10,000); past it the answer is 503 with Retry-After. */
  statementTimeoutMs?: number;
  /** Seconds in Retry-After of a 503 (default 5). */
  retryAfterSeconds?: number;
  /** Result cache bounds (default 500 entries, 64 MB; 0 entries disables it). */
  cacheEntries?: number;
  cacheBytes?: number;
  /** ISO 4217 currency of the amounts (default CNY). */
  currency?: string;
  /** Buckets and rule settings bound into the SQL. */
  settings?: MetricSettings;
  /**
   * Milliseconds a client connection may stay silent before it is closed (default the larger of 30 s and
   * the statement limit + 5 s): a client that stalls mid-request does not hold a socket for ever.
   */
  clientTimeoutMs?: number;
  /** Fastify logger option (default false; the CLI logs JSON at `info`). */
  logger?: boolean | Record<string, unknown>;
}

const METRICS: readonly string[] = SERVER_METRICS;

/** The parameter a Fastify validation error is about. */
function validationParameter(error: FastifyError): string | undefined {
  const v = error.validation?.[0];
  if (!v) return undefined;
  const extra = (v.params as { additionalProperty?: string }).additionalProperty;
  if (extra) return extra;
  const name = v.instancePath.replace(/^\//, '').split('/')[0];
  return name || undefined;
}

/**
 * Builds the Fastify app (not listening; call `listen`, or `inject` in tests).
 * @example const app = await createApp({ engine: await openDuckDb('portfolio.duckdb') }); await app.listen({ port: 8787 });
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { default: Fastify } = await import('fastify');
  const base = (options.base ?? '/api/collection').replace(/\/+$/, '');
  if (base && !/^(\/[A-Za-z0-9._~-]+)+$/.test(base))
    throw new Error(`--base must be a path like /api/collection, got "${options.base}".`);
  const timeoutMs = options.statementTimeoutMs ?? 10_000;
  const cache = new ResultCache(options.cacheEntries ?? 500, options.cacheBytes ?? 64 * 1024 * 1024);
  const pseudonym = options.redactKey ? pseudonymizer(options.redactKey) : null;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const asOf = await options.engine.asOf();
  const vary = ['Accept-Encoding', ...(options.varyOn ?? [])].join(', ');
  const meta = JSON.stringify({
    asOf,
    source: `collectkit-server (${options.engine.name})`,
    currency: options.currency ?? 'CNY',
    definitionVersion: '2026.1',
  });

  const app = Fastify({
    logger: options.logger ?? false,
    connectionTimeout: options.clientTimeoutMs ?? Math.max(30_000, timeoutMs + 5_000),
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });

  app.setNotFoundHandler((request, reply) => {
    sendProblem(reply, problem(404, 'No such endpoint.'));
    request.log.info({ url: request.url.slice(0, 200) }, 'not found');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const parameter = validationParameter(error);
      let detail = parameter ? `Query parameter ${parameter} is not valid.` : 'The query string is not valid.';
      try {
        parseQuery(request.query as Record<string, unknown>);
      } catch (e) {
        if (e instanceof RequestError) detail = e.message;
      }
      return sendProblem(reply, problem(400, detail, parameter));
    }
    if (error instanceof RequestError) return sendProblem(reply, problem(error.status, error.message, error.parameter));
    if (error instanceof StatementTimeoutError) {
      request.log.warn({ err: error }, 'statement timeout');
      reply.header('Retry-After', String(options.retryAfterSeconds ?? 5));
      return sendProblem(reply, problem(503, 'The query took too long; try again shortly or narrow it.'));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      reply.header('Retry-After', String(options.retryAfterSeconds ?? 5));
      return sendProblem(reply, problem(503, 'The database is not reachable right now; try again shortly.'));
    }
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status < 500) {
      request.log.info({ err: error }, 'bad request');
      return sendProblem(reply, problem(status, `The request could not be read (${error.code ?? 'bad request'}).`));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(500, `The server could not answer; see its log for request ${request.id}.`));
  });

  app.get(
    `${base}/:metric`,
    { schema: { querystring: QUERY_SCHEMA } },
    async (request: FastifyRequest<{ Params: { metric: string } }>, reply: FastifyReply) => {
      const metric = request.params.metric;
      if (!METRICS.includes(metric))
        throw new RequestError(404, `Unknown metric "${metric.slice(0, 40)}"; known: ${METRICS.join(', ')}.`);
      const query = parseQuery(request.query as Record<string, unknown>);
      const scope = options.scope ? await options.scope({ headers: request.headers }) : {};
      const filters = boundFilters(metric, query, scope);
      const key = JSON.stringify([
        metric,
        QUERY_PARAMETERS.map((p) =>
          p === 'from' || p === 'to' || p === 'grace'
            ? (query[p] ?? null)
            : p === 'interval'
              ? (query.interval ?? 'month')
              : null,
        ),
        filters,
        pseudonym !== null,
      ]);
      // A warm cache answers without hashing: the entry holds its ETag.
      let hit = cache.get(key);
      const etag = hit?.etag ?? resultEtag(asOf, key);
      reply.header('ETag', etag).header('Cache-Control', 'private, no-cache').header('Vary', vary);
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      if (!hit) {
        const result = await runMetric(options.engine, metric, query, filters, timeoutMs, settings);
        // Agent ids and names of agents and quality rows are pseudonymised alike (the same agent, the same pseudonym).
        const rows =
          pseudonym && (metric === 'agents' || metric === 'quality')
            ? redactAgents(result.rows as { agentId: string; name: string }[], pseudonym)
            : result.rows;
        const body = `{"meta":${meta},"rows":${JSON.stringify(rows)}${result.exposure ? `,"exposure":${JSON.stringify(result.exposure)}` : ''}}`;
        hit = { body, etag, bytes: Buffer.from(body, 'utf8') };
        cache.set(key, hit);
      }
      return reply.type('application/json; charset=utf-8').send(hit.bytes ?? hit.body);
    },
  );

  // The index (metric names and asOf) is behind the same scope hook: no answer without credentials.
  app.get(`${base}`, async (request) => {
    if (options.scope) await options.scope({ headers: request.headers });
    return { metrics: METRICS, asOf };
  });
  return app;
}
