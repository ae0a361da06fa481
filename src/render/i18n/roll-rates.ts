import type { MessageLoaders } from './index.js';

/**
 * Messages of the matrix, trend and forecast views of `<ck-roll-rates>`: one module per built-in language (`./roll-rates/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(ROLL_RATES_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const ROLL_RATES_MESSAGES: MessageLoaders = {
  en: () => import('./roll-rates/en.js'),
  'zh-CN': () => import('./roll-rates/zh-CN.js'),
  'zh-TW': () => import('./roll-rates/zh-TW.js'),
};
