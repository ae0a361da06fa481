import { html, type TemplateResult } from 'lit';
import { t, type MessageKey } from '../../render/i18n/index.js';

/**
 * The toolbar's view toggle: one `aria-pressed` button per view (`.views` group labelled by `label`, styled
 * by `viewToggleStyles`); `pick` sets the view.
 */
export function viewToggle<V extends string>(
  locale: string,
  label: MessageKey,
  current: V,
  views: readonly (readonly [V, MessageKey])[],
  pick: (view: V) => void,
): TemplateResult {
  return html`<span class="views" role="group" aria-label=${t(locale, label)}>${views.map(
    ([view, key]) =>
      html`<button type="button" class="view" aria-pressed=${current === view ? 'true' : 'false'} @click=${() => pick(view)}>${t(locale, key)}</button>`,
  )}</span>`;
}
