import { describe, expect, it } from 'vitest';
import { pseudonym, pseudonymCode, pseudonymCodes } from '../../src/render/redact.js';

describe('pseudonyms', () => {
  it('are stable, hex, and independent of the name', () => {
    const code = pseudonymCode('A0001');
    expect(code).toMatch(/^[0-9A-F]{6}$/);
    expect(pseudonymCode('A0001')).toBe(code);
    expect(pseudonymCode('A0002')).not.toBe(code);
    expect(pseudonymCode('A0001', 4)).toBe(code.slice(0, 4));
  });

  it('change with a salt', () => {
    expect(pseudonymCode('A0001', 6, 'bank-x')).not.toBe(pseudonymCode('A0001'));
  });

  it('read naturally in each language', () => {
    const code = pseudonymCode('A0001');
    expect(pseudonym('A0001', 'en')).toBe(`Agent ${code}`);
    expect(pseudonym('A0001', 'zh-CN')).toBe(`催收员 ${code}`);
    expect(pseudonym('A0001', 'zh-TW')).toBe(`催收員 ${code}`);
    expect(pseudonym('A0001', 'zh-Hans-SG')).toBe(`催收员 ${code}`);
    expect(pseudonym('A0001', 'fr')).toBe(`Agent ${code}`);
  });

  it('are unique within a set of 20,000 ids, lengthening only colliding codes', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `A${String(i).padStart(5, '0')}`);
    const codes = pseudonymCodes(ids);
    expect(codes.size).toBe(ids.length);
    expect(new Set(codes.values()).size).toBe(ids.length);
    const lengthened = [...codes.values()].filter((c) => c.length > 6);
    expect(lengthened.length).toBeLessThan(200);
    for (const id of ids.slice(0, 50)) {
      const c = codes.get(id)!;
      expect(pseudonymCode(id, c.length)).toBe(c);
    }
  });
});
