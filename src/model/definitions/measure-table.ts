/**
 * Definition packs written as tables with the three languages side by side: per metric its measure keys once,
 * then for the metric's name, each measure and each note three lines — English, simplified Chinese,
 * traditional Chinese — in a block of its own. A measure's line reads `name | formula | numerator |
 * denominator` (a bare `|`, as in `|x|`, stays in the text); lines are trimmed, and the packs write them
 * unindented, since template text ships as it is. Translators see every language of a text at
 * once, and a language that lost a line fails at load in the tests instead of mislabelling a measure.
 */
import type { DefinitionEntry, DefinitionPack, MeasureDefinition } from './types.js';

/** The catalogue languages, in the order of each block's lines. */
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;

/** One metric's table: measure keys in display order and the text (name block, measure blocks, note blocks). */
export interface DefinitionTable {
  keys: readonly string[];
  /** Blocks of three lines separated by blank lines: the name, then one per key, then one per note. */
  text: string;
}

/** Blocks of `text`: groups of non-empty trimmed lines separated by blank lines, each of exactly three lines. */
function blocksOf(metric: string, text: string): string[][] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length);
  for (const b of blocks)
    if (b.length !== LANGS.length)
      throw new Error(
        `definitionPack ${metric}: a block needs ${LANGS.length} lines (en, zh-CN, zh-TW): ${b.join(' / ').slice(0, 80)}`,
      );
  return blocks;
}

/** One measure from its key and its `name | formula | numerator | denominator` line. */
function measureOf(metric: string, key: string, line: string): MeasureDefinition {
  const [name, formula, numerator, denominator, ...rest] = line.split(' | ');
  if (
    name === undefined ||
    formula === undefined ||
    numerator === undefined ||
    denominator === undefined ||
    rest.length
  )
    throw new Error(
      `definitionPack ${metric}/${key}: needs name | formula | numerator | denominator: ${line.slice(0, 80)}`,
    );
  return { key, name, formula, numerator, denominator };
}

/**
 * A definition pack for `addDefinitions` from one table per metric. Throws when a block lacks a language or
 * the measure blocks do not match the keys.
 * @example definitionPack({ outcomes: { keys: ['cure-rate'], text: `Outcomes\n结果\n結果\n\nCure rate | c ÷ e | c | e\n回正率 | … \n回正率 | …` } })
 */
export function definitionPack(tables: Readonly<Record<string, DefinitionTable>>): DefinitionPack {
  const pack: Record<string, Record<string, DefinitionEntry>> = { en: {}, 'zh-CN': {}, 'zh-TW': {} };
  for (const [metric, table] of Object.entries(tables)) {
    const [names, ...rest] = blocksOf(metric, table.text);
    if (!names || rest.length < table.keys.length)
      throw new Error(`definitionPack ${metric}: ${rest.length} blocks for the name and ${table.keys.length} measures`);
    const measures = rest.slice(0, table.keys.length);
    const notes = rest.slice(table.keys.length);
    LANGS.forEach((lang, i) => {
      const entries = pack[lang] ?? {};
      entries[metric] = {
        name: names[i] ?? '',
        measures: measures.map((b, k) => measureOf(metric, table.keys[k] ?? '', b[i] ?? '')),
        notes: notes.map((b) => b[i] ?? ''),
      };
    });
  }
  return pack as DefinitionPack;
}
