import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../src/model/load-once.js';

describe('loadOnce', () => {
  it('shares one load per key, and answers nothing once it is loaded or when it has no loader', async () => {
    const done = new Set<string>();
    let calls = 0;
    const ready = loadOnce({ a: () => Promise.resolve(++calls).then(() => done.add('a')) }, (k) => done.has(k));
    const first = ready('a');
    expect(ready('a')).toBe(first);
    await first;
    expect(calls).toBe(1);
    expect(ready('a')).toBeUndefined();
    expect(ready('b')).toBeUndefined();
  });

  it('never rejects, and tries again after a failed load', async () => {
    let calls = 0;
    const ready = loadOnce(
      { a: () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()) },
      () => false,
    );
    await expect(ready('a')).resolves.toBeUndefined();
    const again = ready('a');
    expect(again).toBeInstanceOf(Promise);
    await again;
    expect(calls).toBe(2);
  });
});
