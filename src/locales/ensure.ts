import { loadOnce } from '../model/load-once.js';
import { hasBaseMessages, packsReady } from '../render/i18n/index.js';

const loaders: Record<string, () => Promise<unknown>> = {
  en: () => import('./en.js'),
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
};
const ready = loadOnce(loaders, hasBaseMessages);

/**
 * Loads a built-in language's messages and definitions the first time something renders in it, and that
 * language's module of every widget message pack registered since (`addMessagePack`), so a page in Chinese
 * never fetches the English texts nor an English page the Chinese. Returns nothing when
 * `locale`'s texts are here, else a promise that settles once they are; it never rejects:
 * when the language's chunk cannot be fetched, the widget renders (texts missing show as their keys) and its
 * next render tries again.
 */
export function ensureLocale(locale: string): Promise<void> | undefined {
  // A language a page registered (`registerMessages('ja', …)`) falls back to English for what it lacks.
  const lang = loaders[locale] ? locale : 'en';
  const base = ready(lang);
  const packs = packsReady(lang);
  return base && packs ? Promise.all([base, packs]).then(() => undefined) : (base ?? packs);
}
