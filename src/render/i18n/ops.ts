import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-ptp-funnel>` and `<ck-contact-heatmap>`: one module per built-in language (`./ops/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(OPS_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const OPS_MESSAGES: MessageLoaders = {
  en: () => import('./ops/en.js'),
  'zh-CN': () => import('./ops/zh-CN.js'),
  'zh-TW': () => import('./ops/zh-TW.js'),
};
