import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/data/validate.js';

const meta = { asOf: '2025-12-31T16:00:00Z', source: 's', currency: 'CNY', definitionVersion: '1' };
const ok = { period: '2025-11', bucket: 'M1', accounts: 1, balance: 10.5 };

describe('validateResponse', () => {
  it('accepts a good response and keeps exposure rows', () => {
    const res = validateResponse('complaints', {
      meta,
      rows: [
        { period: '2025-11', category: 'c', channel: 'phone', received: 3, closed: 2, closedOnTime: 2, upheld: 0 },
      ],
      exposure: [{ period: '2025-11', accounts: 1000 }],
    });
    expect(res.exposure).toEqual([{ period: '2025-11', accounts: 1000 }]);
  });

  it.each([
    [null, 'Bad overdue response: expected an object with meta and rows.'],
    [{ rows: [] }, 'Bad overdue response: "meta" is missing.'],
    [
      { meta: { ...meta, asOf: 'yesterday' }, rows: [] },
      'Bad overdue response: meta.asOf is "yesterday", expected an ISO date-time.',
    ],
    [{ meta, rows: {} }, 'Bad overdue response: "rows" is {}, expected an array.'],
    [{ meta, rows: [ok, 3] }, 'Bad overdue response: row 1 is 3, expected an object.'],
    [
      { meta, rows: [{ ...ok, accounts: -1 }] },
      'Bad overdue response: row 0 field "accounts" is -1, expected a number ≥ 0.',
    ],
    [
      { meta, rows: [{ ...ok, accounts: 1.5 }] },
      'Bad overdue response: row 0 field "accounts" is 1.5, expected a whole number.',
    ],
    [
      { meta, rows: [{ ...ok, balance: null }] },
      'Bad overdue response: row 0 field "balance" is null, expected a finite number.',
    ],
    [
      { meta, rows: [{ period: '2025-11', accounts: 1, balance: 1 }] },
      'Bad overdue response: row 0 field "bucket" is missing, expected text.',
    ],
  ])('rejects %j', (body, message) => {
    expect(() => validateResponse('overdue', body)).toThrow(message);
  });

  it('rejects unknown buckets when the bucket list is given', () => {
    expect(() => validateResponse('overdue', { meta, rows: [{ ...ok, bucket: 'M9' }] }, ['M0', 'M1'])).toThrow(
      'Bad overdue response: row 0 field "bucket" is "M9", not a known bucket (M0, M1).',
    );
  });
});
