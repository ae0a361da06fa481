import type { DefinitionEntry, DefinitionPack, DefinitionCatalogue } from './types.js';

/** The pack (for `addDefinitions`) of one metric's definition entry in the three languages. */
export function definitionPack(
  metric: keyof DefinitionCatalogue,
  en: DefinitionEntry,
  zhCN: DefinitionEntry,
  zhTW: DefinitionEntry,
): DefinitionPack {
  return { en: { [metric]: en }, 'zh-CN': { [metric]: zhCN }, 'zh-TW': { [metric]: zhTW } };
}
