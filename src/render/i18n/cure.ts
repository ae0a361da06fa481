import type { MessageLoaders } from './index.js';

/**
 * Messages of the cure view of `<ck-roll-rates>`: one module per built-in language (`./cure/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(CURE_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const CURE_MESSAGES: MessageLoaders = {
  en: () => import('./cure/en.js'),
  'zh-CN': () => import('./cure/zh-CN.js'),
  'zh-TW': () => import('./cure/zh-TW.js'),
};
