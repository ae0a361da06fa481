import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-complaint-trend>`: one module per built-in language (`./complaints/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(COMPLAINTS_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const COMPLAINTS_MESSAGES: MessageLoaders = {
  en: () => import('./complaints/en.js'),
  'zh-CN': () => import('./complaints/zh-CN.js'),
  'zh-TW': () => import('./complaints/zh-TW.js'),
};
