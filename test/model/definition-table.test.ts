import { describe, expect, it } from 'vitest';
import { definitionPack } from '../../src/model/definitions/measure-table.js';

describe('definitionPack', () => {
  const text = `
    Outcomes
    结果
    結果

    Cure rate | cured ÷ entered | cured | entered
    回正率 | 回正 ÷ 入催 | 回正 | 入催
    回正率 | 回正 ÷ 入催 | 回正 | 入催

    KS | max |a − b| | a | b
    KS | max |甲 − 乙| | 甲 | 乙
    KS | max |甲 − 乙| | 甲 | 乙

    A note.
    注。
    註。
  `;

  it('reads the three languages side by side into a pack (a bare | stays in the text)', () => {
    const pack = definitionPack({ outcomes: { keys: ['cure-rate', 'ks'], text } });
    expect(pack.en.outcomes).toEqual({
      name: 'Outcomes',
      measures: [
        { key: 'cure-rate', name: 'Cure rate', formula: 'cured ÷ entered', numerator: 'cured', denominator: 'entered' },
        { key: 'ks', name: 'KS', formula: 'max |a − b|', numerator: 'a', denominator: 'b' },
      ],
      notes: ['A note.'],
    });
    expect(pack['zh-TW'].outcomes?.notes).toEqual(['註。']);
    expect(pack['zh-CN'].outcomes?.measures[0]?.name).toBe('回正率');
  });

  it('refuses a block without every language and a measure line without its four fields', () => {
    const one = (keys: string[], body: string) => () => definitionPack({ outcomes: { keys, text: body } });
    expect(one(['cure-rate'], 'Outcomes\n结果\n\nA | b | c | d\nA | b | c | d\nA | b | c | d')).toThrow(
      'definitionPack outcomes: a block needs 3 lines (en, zh-CN, zh-TW): Outcomes / 结果',
    );
    expect(one(['cure-rate'], 'O\nO\nO\n\nA | b | c\nA | b | c | d\nA | b | c | d')).toThrow(
      'definitionPack outcomes/cure-rate: needs name | formula | numerator | denominator: A | b | c',
    );
    expect(one(['a', 'b'], 'O\nO\nO\n\nA | b | c | d\nA | b | c | d\nA | b | c | d')).toThrow(
      'definitionPack outcomes: 1 blocks for the name and 2 measures',
    );
  });
});
