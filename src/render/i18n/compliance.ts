import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-compliance-monitor>`: one module per built-in language (`./compliance/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(COMPLIANCE_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const COMPLIANCE_MESSAGES: MessageLoaders = {
  en: () => import('./compliance/en.js'),
  'zh-CN': () => import('./compliance/zh-CN.js'),
  'zh-TW': () => import('./compliance/zh-TW.js'),
};
