import { ensureLocale } from '../../locales/ensure.js';
import { resolveLocale } from '../../render/i18n/index.js';
import { inheritedLang } from './lang.js';

/**
 * What an element's `scheduleUpdate` awaits before it renders: its language's texts, when they are not
 * loaded yet (see `ensureLocale`); nothing otherwise, so the usual update stays synchronous.
 */
export function localeReady(el: Element): Promise<void> | undefined {
  return ensureLocale(resolveLocale(inheritedLang(el)));
}
