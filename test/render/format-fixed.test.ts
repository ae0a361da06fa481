import { describe, expect, it } from 'vitest';
import { formatFixed } from '../../src/render/format-fixed.js';

describe('formatFixed', () => {
  it('keeps the fraction digits and groups thousands', () => {
    expect(formatFixed('en', 5)).toBe('5.00');
    expect(formatFixed('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatFixed('zh-CN', 0.5)).toBe('0.50');
    expect(formatFixed('en', NaN)).toBe('–');
    expect(formatFixed('en', null)).toBe('–');
  });
});
