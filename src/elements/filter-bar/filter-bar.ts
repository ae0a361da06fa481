import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import type { Interval, Query } from '../../model/metrics.js';
import { resolveLocale, t, type MessageKey } from '../../render/i18n/index.js';
import { emit } from '../shared/events.js';
import { mergeFilters, type CkFilterChangeDetail } from '../shared/filters.js';
import { inheritedLang, watchLang } from '../shared/lang.js';
import { LocaleReady } from '../shared/locale-ready.js';
import { at } from '../../model/at.js';
import { addMessagePack } from '../../render/i18n/index.js';
import { FILTERS_MESSAGES } from '../../render/i18n/filters.js';

addMessagePack(FILTERS_MESSAGES);

/** Parses `"a,b:Label B"` into options; a value without a label shows as itself. */
function options(list: string | undefined): { value: string; label: string }[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      return i < 0 ? { value: s, label: s } : { value: s.slice(0, i), label: s.slice(i + 1) };
    });
}

/**
 * Filter bar for a dashboard: period range, interval, product, region and team. Each change fires
 * `ck-filter-change` with the complete filters; a `<ck-dashboard>` around it applies them to every widget.
 *
 * @summary Filter bar: period, interval, product, region, team (筛选栏).
 * @tag ck-filter-bar
 *
 * @attr {string} from - Selected first month (`YYYY-MM`).
 * @attr {string} to - Selected last month (`YYYY-MM`).
 * @attr {string} interval - Selected interval.
 * @attr {string} intervals - Intervals offered, comma separated (default `month,quarter`).
 * @attr {string} product - Selected product.
 * @attr {string} products - Products offered: `value` or `value:Label`, comma separated.
 * @attr {string} region - Selected region.
 * @attr {string} regions - Regions offered, as `products`.
 * @attr {string} team - Selected team.
 * @attr {string} teams - Teams offered, as `products`.
 * @attr {string} segment - Selected customer segment (overdue, roll-rates, complaints, outcomes only).
 * @attr {string} segments - Customer segments offered, as `products` (e.g. `vulnerable:Vulnerable,hardship:Hardship`).
 *
 * @event {CustomEvent<CkFilterChangeDetail>} ck-filter-change - The user changed a filter; `detail.filters` holds them all.
 *
 * @csspart form - The row of controls.
 * @cssproperty --ck-background - Background.
 */
export class CkFilterBar extends LocaleReady(LitElement) {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--ck-font-family, system-ui, sans-serif);
      font-size: var(--ck-font-size, 14px);
      color: var(--ck-foreground, #1f2328);
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: end;
      padding: 8px 12px;
      background: var(--ck-background, #ffffff);
      border: 1px solid var(--ck-border-color, #d1d9e0);
      border-radius: var(--ck-radius, 8px);
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font-size: 0.85em;
      color: var(--ck-muted, #59636e);
    }
    input,
    select {
      font: inherit;
      font-size: 1rem;
      color: var(--ck-foreground, #1f2328);
      background: var(--ck-background, #ffffff);
      border: 1px solid var(--ck-border-color, #8c959f);
      border-radius: 4px;
      padding: 3px 6px;
    }
  `;

  static override properties: PropertyDeclarations = {
    from: { type: String },
    to: { type: String },
    interval: { type: String },
    intervals: { type: String },
    product: { type: String },
    products: { type: String },
    region: { type: String },
    regions: { type: String },
    team: { type: String },
    teams: { type: String },
    segment: { type: String },
    segments: { type: String },
  };

  /** Selected first month (`YYYY-MM`). */
  declare from: string | undefined;
  /** Selected last month (`YYYY-MM`). */
  declare to: string | undefined;
  /** Selected interval. */
  declare interval: Interval | undefined;
  /** Intervals offered, comma separated (default `month,quarter`). */
  declare intervals: string;
  /** Selected product. */
  declare product: string | undefined;
  /** Products offered: `value` or `value:Label`, comma separated. */
  declare products: string | undefined;
  /** Selected region. */
  declare region: string | undefined;
  /** Regions offered, as `products`. */
  declare regions: string | undefined;
  /** Selected team. */
  declare team: string | undefined;
  /** Teams offered, as `products`. */
  declare teams: string | undefined;
  /** Selected customer segment. */
  declare segment: string | undefined;
  /** Customer segments offered, as `products`. */
  declare segments: string | undefined;

  #stopLang: (() => void) | null = null;

  constructor() {
    super();
    this.intervals = 'month,quarter';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Placed in a dashboard's filter slot unless the page chose otherwise.
    if (!this.hasAttribute('slot')) this.slot = 'filters';
    this.#stopLang = watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
  }

  /** The filters currently chosen. */
  get filters(): Query {
    return mergeFilters(this);
  }

  #change(name: keyof Query, value: string): void {
    (this as unknown as Record<string, string | undefined>)[name] = value || undefined;
    emit<CkFilterChangeDetail>(this, 'ck-filter-change', { filters: this.filters });
  }

  #select(
    name: 'interval' | 'product' | 'region' | 'team' | 'segment',
    list: { value: string; label: string }[],
    locale: string,
  ) {
    if (!list.length) return null;
    const current = (this as unknown as Record<string, string | undefined>)[name] ?? '';
    const key = `filter${at(name, 0).toUpperCase()}${name.slice(1)}` as 'filterInterval';
    return html`<label>${t(locale, key)}<select @change=${(e: Event) => this.#change(name, (e.target as HTMLSelectElement).value)}>
        ${name === 'interval' ? null : html`<option value="" ?selected=${!current}>${t(locale, 'filterAll')}</option>`}
        ${list.map((o) => html`<option value=${o.value} ?selected=${o.value === current}>${name === 'interval' && o.value === o.label ? t(locale, `interval_${o.value}` as MessageKey) : o.label}</option>`)}
      </select></label>`;
  }

  protected override render() {
    const locale = resolveLocale(inheritedLang(this));
    return html`<form part="form" role="search" aria-label=${t(locale, 'filterBar')} @submit=${(e: Event) => e.preventDefault()}>
      <label>${t(locale, 'filterFrom')}<input type="month" .value=${this.from ?? ''} @change=${(e: Event) => this.#change('from', (e.target as HTMLInputElement).value)} /></label>
      <label>${t(locale, 'filterTo')}<input type="month" .value=${this.to ?? ''} @change=${(e: Event) => this.#change('to', (e.target as HTMLInputElement).value)} /></label>
      ${this.#select('interval', options(this.intervals), locale)} ${this.#select('product', options(this.products), locale)}
      ${this.#select('region', options(this.regions), locale)} ${this.#select('team', options(this.teams), locale)}
      ${this.#select('segment', options(this.segments), locale)}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-filter-bar': CkFilterBar;
  }
}
