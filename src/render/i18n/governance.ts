import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-qa-scorecard>` and the leaderboard's QA column: one module per built-in language (`./governance/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(GOVERNANCE_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const GOVERNANCE_MESSAGES: MessageLoaders = {
  en: () => import('./governance/en.js'),
  'zh-CN': () => import('./governance/zh-CN.js'),
  'zh-TW': () => import('./governance/zh-TW.js'),
};
