import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-outcome-gap>`: one module per built-in language (`./outcomes/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(OUTCOMES_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const OUTCOMES_MESSAGES: MessageLoaders = {
  en: () => import('./outcomes/en.js'),
  'zh-CN': () => import('./outcomes/zh-CN.js'),
  'zh-TW': () => import('./outcomes/zh-TW.js'),
};
