import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-vintage-curves>` and `<ck-recovery-curves>`: one module per built-in language (`./curves/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(CURVES_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const CURVES_MESSAGES: MessageLoaders = {
  en: () => import('./curves/en.js'),
  'zh-CN': () => import('./curves/zh-CN.js'),
  'zh-TW': () => import('./curves/zh-TW.js'),
};
