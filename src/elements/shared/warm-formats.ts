import { intlLocaleOf, resolveLocale } from '../../render/i18n/index.js';
import { warmFormats } from '../../render/format.js';

let scheduled = false;

/**
 * Once per page, when the main thread is idle after the kit has loaded, creates the `Intl` formatters of
 * the page's language (`<html lang>`, else the browser's): data arrives later than that on a real page, so
 * the first widget draws without the one-time cost of the browser's first formatter. Outside a browser, nothing.
 */
export function warmFormatsWhenIdle(): void {
  if (scheduled || typeof document === 'undefined') return;
  scheduled = true;
  const run = () => {
    const tag = document.documentElement.lang || (typeof navigator !== 'undefined' ? navigator.language : '') || 'en';
    warmFormats(intlLocaleOf(tag, resolveLocale(tag)));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 0);
}

warmFormatsWhenIdle();
