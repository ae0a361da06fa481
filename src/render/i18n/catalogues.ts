/**
 * The message catalogues the page has now, one per language: the store `index.ts` translates from, and that
 * each pack's language module adds to when it loads. Typed loosely here (every text is checked against its
 * keys where it is written), so that a pack's module does not import the key union, which imports the packs.
 */
export const catalogues: Record<string, Record<string, string>> = {};

/** Adds one language's messages of a pack (its module calls this when it loads); keys already there are kept. */
export function addLanguageMessages(locale: string, messages: Readonly<Record<string, string>>): void {
  catalogues[locale] = { ...messages, ...catalogues[locale] };
}
