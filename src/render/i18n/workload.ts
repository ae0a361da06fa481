import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-workload>`: one module per built-in language (`./workload/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(WORKLOAD_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const WORKLOAD_MESSAGES: MessageLoaders = {
  en: () => import('./workload/en.js'),
  'zh-CN': () => import('./workload/zh-CN.js'),
  'zh-TW': () => import('./workload/zh-TW.js'),
};
