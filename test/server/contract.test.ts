/** The server's query schema and metrics are the contract's (docs/openapi.json), with limits added. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_METRICS } from '../../src/server/metrics.js';
import { QUERY_PARAMETERS, QUERY_SCHEMA } from '../../src/server/query.js';

const openapi = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<
    string,
    { get: { parameters: { name: string; in: string; schema: { type: string; enum?: string[] } }[] } }
  >;
};

describe('server ↔ docs/openapi.json', () => {
  it('serves exactly the contract metrics', () => {
    expect(
      Object.keys(openapi.paths)
        .map((p) => p.slice(1))
        .sort(),
    ).toEqual([...SERVER_METRICS].sort());
  });

  it('accepts exactly the contract parameters of every metric, as strings, with the same interval values', () => {
    for (const [path, op] of Object.entries(openapi.paths)) {
      const params = op.get.parameters.filter((p) => p.in === 'query');
      // `grace` belongs to the promise funnel; the other metrics ignore it, as they ignore filters they lack.
      const expected = QUERY_PARAMETERS.filter((name) => name !== 'grace' || path === '/promises');
      expect(params.map((p) => p.name).sort(), path).toEqual([...expected].sort());
      for (const p of params) {
        const mine = (QUERY_SCHEMA.properties as Record<string, { type: string; enum?: string[] }>)[p.name]!;
        expect(mine.type, `${path} ${p.name}`).toBe(p.schema.type);
        if (p.schema.enum) expect(mine.enum, `${path} ${p.name}`).toEqual(p.schema.enum);
      }
    }
    expect(QUERY_SCHEMA.additionalProperties).toBe(false);
  });
});
