import { describe, expect, it } from 'vitest';
import { formatFixed } from '../../src/render/format-fixed.js';

describe('formatFixed', () => {
  it('keeps the fraction digits and groups thousands', () => {
    expect(formatFixed('en', 5)).toBe('5.00');
    expect(formatFixed('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatFixed('zh-CN', 0.5)).toBe('0.50');
    expect(formatFixed('en', NaN)).toBe('–');
    expect(formatFixed('en', null)).toBe('–');
    expect(formatFixed('en', 3.456, 2, 'CNY')).toBe('CN¥3.46');
    expect(formatFixed('zh-CN', 3.456, 2, 'CNY')).toBe('¥3.46');
  });
});
