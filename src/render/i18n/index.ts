import { en, type MessageKey, type Messages } from './en.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';
import { at } from '../../model/at.js';

export type { MessageKey, Messages } from './en.js';

/** Locales with a built-in catalogue. */
export type KitLocale = 'en' | 'zh-CN' | 'zh-TW';

const catalogues: Record<string, Messages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };

/**
 * Adds or replaces a language catalogue, e.g. `registerMessages('ja', ja)`.
 * Adding a language is one file exporting a `Messages` object and this call.
 */
export function registerMessages(locale: string, messages: Messages): void {
  catalogues[locale] = messages;
}

/**
 * Picks the catalogue locale for a BCP 47 tag: exact match, then Chinese script/region
 * (`zh-Hant`, `zh-HK`, `zh-TW` → zh-TW; other `zh` → zh-CN), then the language, then `en`.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim();
  if (!tag) return 'en';
  if (catalogues[tag]) return tag;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  const base = at(lower.split('-'), 0);
  return catalogues[base] ? base : 'en';
}

/** Translates `key` for `locale` (falling back to English, then the key), replacing `{name}` placeholders with `params`. */
export function t(locale: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text: string | undefined = (catalogues[locale] ?? en)[key] ?? en[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The tag to format numbers and dates with (`Intl`) for a page language `tag` whose messages come from
 * catalogue `locale`: the page's own tag when it is that language (`zh-Hans-CN` keeps its script and
 * region), else the catalogue's (a page in Japanese reads English messages and English numbers).
 */
export function intlLocaleOf(tag: string, locale: string): string {
  return tag.toLowerCase().startsWith(locale.toLowerCase().slice(0, 2)) ? tag : locale;
}
