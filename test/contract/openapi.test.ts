/** The OpenAPI document of the REST contract against what the msw handlers actually serve. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { METRICS } from '../../src/model/metrics.js';
import { ROW_SHAPES } from '../../src/data/validate.js';
import { mockServer } from '../../mocks/node.js';

const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mockServer.close());

function responseSchema(metric: string) {
  const ref = doc.paths[`/${metric}`].get.responses['200'].content['application/json'].schema.$ref as string;
  return ajv.getSchema(`openapi${ref}`)!;
}

describe('OpenAPI contract', () => {
  it('documents every metric, with the same fields the kit validates', () => {
    for (const metric of METRICS) {
      expect(doc.paths[`/${metric}`], metric).toBeDefined();
      const rowRef = doc.paths[`/${metric}`].get.responses['200'].content['application/json'].schema.$ref
        .split('/')
        .pop();
      const row = doc.components.schemas[doc.components.schemas[rowRef].properties.rows.items.$ref.split('/').pop()];
      expect(Object.keys(row.properties).sort(), metric).toEqual(Object.keys(ROW_SHAPES[metric]).sort());
    }
  });

  it.each(METRICS)('the mock backend serves %s as documented', async (metric) => {
    const res = await fetch(`http://localhost/api/collection/${metric}?from=2025-01&to=2025-06&interval=month`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const validate = responseSchema(metric);
    const ok = validate(body);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    expect(body.rows.length).toBeGreaterThan(0);
  });

  it('rejects what the document forbids (the check can fail)', () => {
    const validate = responseSchema('overdue');
    expect(
      validate({
        meta: { asOf: 'x', source: 's', currency: 'CNY', definitionVersion: '1' },
        rows: [{ period: '2025-01', bucket: 'M1', accounts: -1, balance: 1 }],
      }),
    ).toBe(false);
  });

  it('documents the 404 the mock gives for unknown metrics', async () => {
    const res = await fetch('http://localhost/api/collection/nope');
    expect(res.status).toBe(404);
    expect(doc.paths['/overdue'].get.responses['404']).toBeDefined();
    expect(ajv.getSchema('openapi#/components/schemas/Error')!(await res.json())).toBe(true);
  });
});
