/**
 * The state views every widget shares: no source, loading, error (message, what to check, retry),
 * empty (with the reason) and the stale banner. Pure templates; the widget passes its language.
 */
import { html, type TemplateResult } from 'lit';
import type { DataErrorHint } from '../../data/errors.js';
import { formatDateTime } from '../../render/format.js';
import { t, type MessageKey } from '../../render/i18n/index.js';

/** Catalogue key of the sentence shown for each error hint. */
const HINT_KEYS: Record<DataErrorHint, MessageKey> = {
  'not-found': 'hintNotFound',
  auth: 'hintAuth',
  query: 'hintQuery',
  server: 'hintServer',
  network: 'hintNetwork',
  timeout: 'hintTimeout',
  parse: 'hintParse',
  contract: 'hintContract',
  config: 'hintConfig',
};

/** What the reader can check (a `DataError`'s `hint`), as a sentence in `locale`; empty when there is nothing to say. */
export function hintText(locale: string, code: DataErrorHint | null | undefined): string {
  return code ? t(locale, HINT_KEYS[code]) : '';
}

/** "No data source": the widget found no `<ck-source>`. */
export function noSourceView(locale: string): TemplateResult {
  return html`<div part="state" class="state error" role="alert">${t(locale, 'noSource')}</div>`;
}

/** The spinner and "Loading…". */
export function loadingView(locale: string): TemplateResult {
  return html`<div part="state" class="state" role="status" aria-live="polite"><div class="spinner" aria-hidden="true"></div>${t(locale, 'loading')}</div>`;
}

/** Whether `root` shows the loading state (`loadingView`). */
export function showsLoading(root: ParentNode): boolean {
  return root.querySelector('[part="state"] > .spinner') !== null;
}

/**
 * The error state: "Could not load the data.", the message, what to check (`hint`) and a retry button.
 * Also for data that arrived but could not be drawn (the widget's own validation).
 */
export function errorView(locale: string, message: string, hint: string, retry: () => void): TemplateResult {
  return html`<div part="state" class="state error" role="alert">
    <strong>${t(locale, 'error')}</strong><span>${message}</span>
    ${hint ? html`<span class="hint">${hint}</span>` : null}
    <button type="button" @click=${retry}>${t(locale, 'retry')}</button>
  </div>`;
}

/** "No data between {from} and {to}." (or "No data for this selection." without a range). */
export function emptyView(locale: string, from?: string, to?: string): TemplateResult {
  return html`<div part="state" class="state" role="status">${from && to ? t(locale, 'emptyReason', { from, to }) : t(locale, 'empty')}</div>`;
}

/** The banner above kept data after a failed refresh: as of when, what failed, retry. */
export function staleBanner(
  locale: string,
  intlLocale: string,
  asOf: string | number,
  message: string,
  retry: () => void,
): TemplateResult {
  return html`<div class="stale" role="status">
    ${t(locale, 'stale', { asOf: formatDateTime(intlLocale, asOf) })} ${message}
    <button type="button" @click=${retry}>${t(locale, 'retry')}</button>
  </div>`;
}
