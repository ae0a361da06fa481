import type { BaseMessageKey, MessageKey, Messages } from './en.js';
import { at } from '../../model/at.js';

export type { MessageKey, Messages } from './en.js';

/** Locales with a built-in catalogue. */
export type KitLocale = 'en' | 'zh-CN' | 'zh-TW';

// Each built-in language's base catalogue arrives with that language (src/locales, ensureLocale): a page in
// Chinese does not fetch the English texts, nor an English page the Chinese.
const catalogues: Record<string, Partial<Messages>> = {};
const baseLoaded = new Set<string>();

/** A widget's messages in the three built-in languages, each keyed like its English block. */
export interface MessagePack<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
  'zh-TW': Record<K, string>;
}

/**
 * Adds a widget's messages to the built-in catalogues. The modules that use a pack call this at load, so
 * a page fetches a widget's texts with the widget (the autoloader's chunk), not in every widget's chunk.
 * Calling it again is harmless; keys a language already has from {@link registerMessages} are kept.
 */
export function addMessages<K extends string>(pack: MessagePack<K>): void {
  for (const [locale, messages] of Object.entries(pack) as [string, Record<K, string>][])
    catalogues[locale] = { ...messages, ...catalogues[locale] };
}

/**
 * Adds a built-in language's base catalogue (the messages every widget uses) when its module loads
 * (`src/locales/<locale>.ts`). Keys the language already has (a page's {@link registerMessages}) are kept.
 */
export function addBaseMessages(locale: string, messages: Record<BaseMessageKey, string>): void {
  catalogues[locale] = { ...messages, ...catalogues[locale] };
  baseLoaded.add(locale);
}

/** Whether a built-in language's base catalogue (`en`, `zh-CN`, `zh-TW`) has loaded. */
export function hasBaseMessages(locale: string): boolean {
  return baseLoaded.has(locale);
}

/** The messages `locale` has now (base catalogue and the packs loaded so far); for checks and tests. */
export function loadedMessages(locale: string): Readonly<Partial<Messages>> {
  return { ...catalogues[locale] };
}

/**
 * Adds or replaces a language catalogue, e.g. `registerMessages('ja', ja)`.
 * Adding a language is one file exporting a `Messages` object and this call.
 */
export function registerMessages(locale: string, messages: Partial<Messages>): void {
  catalogues[locale] = { ...catalogues[locale], ...messages };
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
  const text: string | undefined = catalogues[locale]?.[key] ?? catalogues.en?.[key];
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
