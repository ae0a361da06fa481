import { describe, expect, it } from 'vitest';
import { memoByRef } from '../../src/views/memo.js';

describe('memoByRef', () => {
  it('computes once per object and again for another object', () => {
    let calls = 0;
    const sum = memoByRef((xs: readonly number[]) => {
      calls++;
      return { total: xs.reduce((a, b) => a + b, 0) };
    });
    const a = [1, 2, 3];
    const first = sum(a);
    expect(first).toEqual({ total: 6 });
    expect(sum(a)).toBe(first);
    expect(calls).toBe(1);
    expect(sum([1, 2, 3])).toEqual({ total: 6 });
    expect(calls).toBe(2);
  });

  it('keeps nothing when the function throws', () => {
    let calls = 0;
    const fail = memoByRef((_: object) => {
      calls++;
      throw new Error('bad rows');
    });
    const rows = {};
    expect(() => fail(rows)).toThrow('bad rows');
    expect(() => fail(rows)).toThrow('bad rows');
    expect(calls).toBe(2);
  });
});
