import type { MessageLoaders } from './index.js';

/**
 * Messages of `<ck-channel-mix>`: one module per built-in language (`./channels/<locale>.ts`), registered by the modules that
 * show them with `addMessagePack(CHANNELS_MESSAGES)`. A page fetches a language's module the first time one of its
 * widgets renders in that language (`ensureLocale`), so a page in Chinese never fetches the English texts.
 */
export const CHANNELS_MESSAGES: MessageLoaders = {
  en: () => import('./channels/en.js'),
  'zh-CN': () => import('./channels/zh-CN.js'),
  'zh-TW': () => import('./channels/zh-TW.js'),
};
