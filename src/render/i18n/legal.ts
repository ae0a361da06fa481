import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-legal-pipeline>`: one module per built-in language (`./legal/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(LEGAL_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const LEGAL_MESSAGES: MessageLoaders = {
  en: () => import('./legal/en.js'),
  'zh-CN': () => import('./legal/zh-CN.js'),
  'zh-TW': () => import('./legal/zh-TW.js'),
};
