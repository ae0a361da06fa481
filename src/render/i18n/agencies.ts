import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-agency-scorecard>`: one module per built-in language (`./agencies/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(AGENCIES_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const AGENCIES_MESSAGES: MessageLoaders = {
  en: () => import('./agencies/en.js'),
  'zh-CN': () => import('./agencies/zh-CN.js'),
  'zh-TW': () => import('./agencies/zh-TW.js'),
};
