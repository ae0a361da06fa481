import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { channelEffectiveness } from '../../kpi/channels.js';
import type { ChannelEffect, ChannelEffectiveness, Ratio } from '../../kpi/types.js';
import { formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { TableSpec } from '../../render/table.js';
import { CHANNEL_LABELS, codeLabel } from '../../render/vocab.js';
import { BarPanels, type BarPanel } from '../shared/bar-panels.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { barPanelStyles } from '../shared/panel.styles.js';
import { channelMixStyles } from './channel-mix.styles.js';
import { channelsSummary, channelsTable, formatMeasure, LABELS, MEASURE_ALIASES, MEASURES, measureParts, type ChannelMeasure } from './channel-text.js';
import { periodSpan } from '../../views/period-span.js';

export type { ChannelMeasure };

/** Detail of `ck-select` from the channel mix: `series` is the channel, `measure` the panel. */
export interface CkChannelSelectDetail extends CkSelectDetail {
  measure: ChannelMeasure;
}

/** One measure's panel: a bar per channel. */
interface MeasurePanel extends BarPanel<ChannelEffect> {
  measure: ChannelMeasure;
}

/**
 * Collection channels (催收渠道) compared side by side from the `channels` metric: contact rate
 * (contacts ÷ attempts), collected per attempt and collected per unit cost (collected ÷ cost), one
 * horizontal bar panel each, for phone, SMS, IVR, app, field visit, letter, agency and legal.
 *
 * @summary Channel effectiveness: contact rate, yield and collected per unit cost (渠道效能).
 * @tag ck-channel-mix
 *
 * @attr {string} source - Id of the `<ck-source>` to read from; default: the nearest ancestor source.
 * @attr {string} measure - Panels to show: `all` (default) or one or more of `contact-rate`, `yield`, `per-cost`, comma separated.
 * @attr {string} from - First period, inclusive (`YYYY-MM`).
 * @attr {string} to - Last period, inclusive (`YYYY-MM`).
 *
 * @event {CustomEvent<CkErrorDetail>} ck-error - A fetch or validation failed; `detail.message` is what the widget shows.
 * @event {CustomEvent<CkChannelSelectDetail>} ck-select - A bar was chosen by click or Enter (`series` is the channel, `measure` the panel).
 *
 * @csspart frame - The focusable area holding the panels.
 * @csspart axis - Channel labels.
 * @csspart mark - The bars.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table view.
 * @csspart state - Loading, empty and error messages.
 *
 * @cssproperty --ck-series-1 - Colour of the first channel (up to --ck-series-8).
 */
export class CkChannelMix extends CkWidget<'channels'> {
  static override styles = [widgetStyles, barPanelStyles, channelMixStyles];

  static override properties: PropertyDeclarations = {
    measure: { type: String },
  };

  /** Panels to show: `all` (default) or one or more of `contact-rate`, `yield`, `per-cost`, comma separated. */
  declare measure: string;

  protected readonly metric = 'channels' as const;

  #result: ChannelEffectiveness | null = null;
  #periods: [string, string] | null = null;
  readonly #derived = this.derive(
    () => [this.data.data],
    () => {
      const rows = this.data.data?.rows;
      if (!rows) return null;
      return { result: channelEffectiveness(rows), periods: periodSpan(rows) };
    },
  );
  /** One panel per measure shown, a bar per channel. */
  readonly #bars = new BarPanels<MeasurePanel>({
    host: this,
    ...this.accessors,
    minWidth: 260,
    labelWidth: 100,
    items: (p) => p.bars.map((c) => ({ key: c.channel, label: this.#label(c.channel), value: c[p.measure].rate ?? NaN })),
    formatValue: (p) => (v) => this.#format(p.measure, v),
    describe: (c, p) => this.#describe(c, p.measure),
    select: (c, p) => this.#select(c, p.measure),
    tooltip: (c, p) => this.#tooltip(c, p.measure),
  });

  constructor() {
    super();
    this.measure = 'all';
  }

  get #measures(): ChannelMeasure[] {
    const list = (this.measure ?? '')
      .split(',')
      .map((m) => MEASURE_ALIASES[m.trim().toLowerCase()] ?? (MEASURES as readonly string[]).find((x) => x === m.trim()))
      .filter((m): m is ChannelMeasure => !!m);
    return list.length ? [...new Set(list)] : [...MEASURES];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#derived.update();
    if (derived?.result !== this.#result || changed.has('measure')) {
      this.#result = derived?.result ?? null;
      const channels = this.#channels();
      this.#bars.setPanels(this.#measures.map((measure) => ({ title: LABELS[measure], bars: channels, measure })));
    }
    this.#periods = derived?.periods ?? null;
  }

  #channels(): ChannelEffect[] {
    return this.#result?.channels ?? [];
  }

  #label(channel: string): string {
    return codeLabel(CHANNEL_LABELS, channel, this.locale);
  }

  #currency(): string {
    return this.data.data?.meta.currency ?? 'CNY';
  }

  #format(measure: ChannelMeasure, v: number | null): string {
    return formatMeasure(this.intlLocale, measure, v, this.#currency());
  }

  #parts(c: ChannelEffect, measure: ChannelMeasure): { ratio: Ratio; numerator: string; denominator: string } {
    return measureParts(this.intlLocale, c, measure, this.#currency());
  }

  #describe(c: ChannelEffect, measure: ChannelMeasure): string {
    const p = this.#parts(c, measure);
    return t(this.locale, 'channelsAnnouncement', {
      channel: this.#label(c.channel),
      measure: t(this.locale, LABELS[measure]),
      value: this.#format(measure, p.ratio.rate),
      numerator: p.numerator,
      denominator: p.denominator,
    });
  }

  #select(c: ChannelEffect, measure: ChannelMeasure): void {
    const r = c[measure];
    emit<CkChannelSelectDetail>(this, 'ck-select', {
      series: c.channel,
      measure,
      period: this.#periods ? `${this.#periods[0]}/${this.#periods[1]}` : '',
      value: r.rate,
      numerator: r.numerator,
      denominator: r.denominator,
    });
  }

  #title(): string {
    return t(this.locale, 'channelsTitle');
  }

  #summary(): string {
    const channels = this.#channels();
    return channels.length ? channelsSummary(this.locale, this.intlLocale, channels, this.#periods, (c) => this.#label(c), this.#currency()) : '';
  }

  #table(): TableSpec {
    const total = this.#result?.total;
    const p = this.#periods;
    const caption = `${this.#title()}${p ? ` · ${formatPeriod(this.intlLocale, p[0])} – ${formatPeriod(this.intlLocale, p[1])}` : ''}`;
    const rows = [...this.#channels().map((c) => ({ label: this.#label(c.channel), effect: c })), ...(total ? [{ label: t(this.locale, 'channelsTotal'), effect: total }] : [])];
    return channelsTable(this.locale, this.intlLocale, caption, rows, this.#currency());
  }

  #tooltip(c: ChannelEffect, measure: ChannelMeasure): { title: string; lines: [string, string][] } {
    const p = this.#parts(c, measure);
    return {
      title: `${this.#label(c.channel)} · ${t(this.locale, LABELS[measure])}`,
      lines: [
        [t(this.locale, 'value'), this.#format(measure, p.ratio.rate)],
        [t(this.locale, 'numerator'), p.numerator],
        [t(this.locale, 'denominator'), p.denominator],
      ],
    };
  }

  protected override render() {
    return this.renderBody(
      this.#title(),
      () => html`${this.#bars.ready
          ? this.renderFrame(this.#bars.view(), this.#summary(), this.#bars.handlers)
          : null}
        ${this.renderTable(() => this.#table())}`,
      { empty: !this.#channels().length },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-channel-mix': CkChannelMix;
  }
}
