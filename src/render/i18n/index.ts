import type { BaseMessageKey, MessageKey, Messages } from './en.js';
import { at } from '../../model/at.js';
import { addLanguageMessages, catalogues as store } from './catalogues.js';

export { addLanguageMessages } from './catalogues.js';

export type { MessageKey, Messages } from './en.js';

/** Locales with a built-in catalogue. */
export type KitLocale = 'en' | 'zh-CN' | 'zh-TW';

// Each built-in language's base catalogue arrives with that language (src/locales, ensureLocale): a page in
// Chinese does not fetch the English texts, nor an English page the Chinese.
const catalogues = store as Record<string, Partial<Messages>>;
const baseLoaded = new Set<string>();

/** A widget's messages in the three built-in languages, each keyed like its English block. */
export interface MessagePack<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
  'zh-TW': Record<K, string>;
}

/**
 * Adds a small widget pack's messages in all three languages at once (the net-flow tile's title); larger
 * packs load one language at a time ({@link addMessagePack}). Keys a language already has from
 * {@link registerMessages} are kept.
 */
export function addMessages<K extends string>(pack: MessagePack<K>): void {
  for (const [locale, messages] of Object.entries(pack) as [string, Record<K, string>][])
    addLanguageMessages(locale, messages);
}

/** A widget's messages as one module per built-in language, each adding itself when it loads. */
export type MessageLoaders = Record<KitLocale, () => Promise<unknown>>;

// Per language, the pack modules registered and not loaded yet (ensureLocale loads them).
const pendingPacks: Record<string, Set<() => Promise<unknown>>> = {};
const loadedPacks = new Set<() => Promise<unknown>>();
// Per language, the batch of pack modules being fetched (every caller waits for it).
const inFlight: Record<string, Promise<void> | undefined> = {};

/**
 * Registers a widget's message pack: the modules that show the widget call this at load, and each
 * language's module is fetched the first time something renders in that language ({@link packsReady}).
 * Calling it again is harmless.
 */
export function addMessagePack(loaders: MessageLoaders): void {
  for (const [locale, load] of Object.entries(loaders)) {
    if (!loadedPacks.has(load)) (pendingPacks[locale] ??= new Set()).add(load);
  }
}

/**
 * What a widget awaits before rendering in `locale`: the message packs registered for that language and
 * not loaded yet; nothing when there are none. Never rejects: a pack that cannot be fetched stays pending,
 * so the next render tries again (meanwhile its keys fall back to English, or show as keys).
 */
export function packsReady(locale: string): Promise<void> | undefined {
  const pending = pendingPacks[locale];
  if (!pending?.size) return inFlight[locale];
  const loads = [...pending];
  pending.clear();
  const batch = Promise.all(
    loads.map((load) =>
      load().then(
        () => void loadedPacks.add(load),
        () => void pending.add(load),
      ),
    ),
  );
  // A widget asking while an earlier batch loads waits for that one too, never rendering before its texts.
  const all = Promise.all([inFlight[locale], batch]).then(() => undefined);
  inFlight[locale] = all;
  void all.then(() => {
    if (inFlight[locale] === all) inFlight[locale] = undefined;
  });
  return all;
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
