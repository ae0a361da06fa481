import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-strategy-test>` and `<ck-model-monitor>`: one module per built-in language (`./strategy/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(STRATEGY_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const STRATEGY_MESSAGES: MessageLoaders = {
  en: () => import('./strategy/en.js'),
  'zh-CN': () => import('./strategy/zh-CN.js'),
  'zh-TW': () => import('./strategy/zh-TW.js'),
};
