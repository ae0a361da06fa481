import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-overdue-trend>`: one module per built-in language (`./overdue-trend/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(OVERDUE_TREND_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const OVERDUE_TREND_MESSAGES: MessageLoaders = {
  en: () => import('./overdue-trend/en.js'),
  'zh-CN': () => import('./overdue-trend/zh-CN.js'),
  'zh-TW': () => import('./overdue-trend/zh-TW.js'),
};
