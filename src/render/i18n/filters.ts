import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-filter-bar>`: one module per built-in language (`./filters/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(FILTERS_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const FILTERS_MESSAGES: MessageLoaders = {
  en: () => import('./filters/en.js'),
  'zh-CN': () => import('./filters/zh-CN.js'),
  'zh-TW': () => import('./filters/zh-TW.js'),
};
