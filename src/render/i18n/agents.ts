import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-agent-leaderboard>`: one module per built-in language (`./agents/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(AGENTS_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const AGENTS_MESSAGES: MessageLoaders = {
  en: () => import('./agents/en.js'),
  'zh-CN': () => import('./agents/zh-CN.js'),
  'zh-TW': () => import('./agents/zh-TW.js'),
};
