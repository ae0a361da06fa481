import type { LitElement } from 'lit';
import { ensureLocale } from '../../locales/ensure.js';
import { resolveLocale } from '../../render/i18n/index.js';
import { inheritedLang } from './lang.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes whatever its base takes
type LitConstructor = abstract new (...args: any[]) => LitElement;

/**
 * What an element's `scheduleUpdate` awaits before it renders: its language's texts, when they are not
 * loaded yet (see `ensureLocale`); nothing otherwise, so the usual update stays synchronous.
 */
export function localeReady(el: Element): Promise<void> | undefined {
  return ensureLocale(resolveLocale(inheritedLang(el)));
}

/** Mixes in a `scheduleUpdate` that waits for the element's language the first time it renders in it. */
export function LocaleReady<T extends LitConstructor>(superClass: T): T {
  abstract class WithLocale extends superClass {
    protected override scheduleUpdate(): void | Promise<unknown> {
      const wait = localeReady(this);
      return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    }
  }
  return WithLocale;
}
