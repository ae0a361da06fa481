import { describe, expect, it } from 'vitest';
import { ciSkipMessage, inCI, skipForEnvironment } from './skip.js';

describe('skipForEnvironment', () => {
  it('reads CI as set for any value but "", "0" and "false"', () => {
    expect([undefined, '', '0', 'false', 'FALSE'].map((CI) => inCI({ CI }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['true', '1', 'yes'].map((CI) => inCI({ CI }))).toEqual([true, true, true]);
  });

  it('fails (never skips) when CI is set', () => {
    let skipped = false;
    const ctx = { skip: () => void (skipped = true) };
    expect(() => skipForEnvironment(ctx, 'no unzip', { CI: 'true' })).toThrow(ciSkipMessage('no unzip'));
    expect(skipped).toBe(false);
  });

  it('skips with the reason outside CI', () => {
    const notes: (string | undefined)[] = [];
    const ctx = {
      skip: (note?: string) => {
        notes.push(note);
        throw new Error('vitest skip');
      },
    };
    expect(() => skipForEnvironment(ctx, 'no unzip', {})).toThrow('vitest skip');
    expect(notes).toEqual(['no unzip']);
  });
});
