import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { channelEffectiveness } from '../../kpi/channels.js';
import type { ChannelEffect, ChannelEffectiveness, Ratio } from '../../kpi/types.js';
import { hbarBox, hbarChart, hbarModel, type HBarSpec } from '../../charts/hbar-chart.js';
import { formatPeriod } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import type { PointFocus } from '../../render/keyboard.js';
import { movePanelBars, panelBarAt } from '../shared/panel-keys.js';
import { PointFocusState } from '../shared/point-focus.js';
import type { TableSpec } from '../../render/table.js';
import { tooltip } from '../../render/tooltip.js';
import { CHANNEL_LABELS, codeLabel } from '../../render/vocab.js';
import { emit, type CkSelectDetail } from '../shared/events.js';
import { CkWidget } from '../shared/widget-base.js';
import { LaggingWidth } from '../shared/lagging-width.js';
import { widgetStyles } from '../shared/widget.styles.js';
import { barPanelStyles } from '../shared/panel.styles.js';
import { channelMixStyles } from './channel-mix.styles.js';
import { channelsSummary, channelsTable, formatMeasure, LABELS, MEASURE_ALIASES, MEASURES, measureParts, type ChannelMeasure } from './channel-text.js';
import { at } from '../../model/at.js';

export type { ChannelMeasure };

/** Detail of `ck-select` from the channel mix: `series` is the channel, `measure` the panel. */
export interface CkChannelSelectDetail extends CkSelectDetail {
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
 * @cssproperty --ck-background - Widget background.
 * @cssproperty --ck-foreground - Text colour.
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
      const periods = rows.map((r) => r.period).sort();
      const span: [string, string] | null = periods.length ? [at(periods, 0), at(periods, periods.length - 1)] : null;
      return { result: channelEffectiveness(rows), periods: span };
    },
  );
  readonly #points = new PointFocusState({
    update: () => this.requestUpdate(),
    announce: (text) => this.announce(text),
    describe: (f) => this.#describe(f),
    select: (f) => this.#select(f),
    lengths: () => {
      const n = this.#channels().length;
      return this.#measures.map(() => n);
    },
    hit: (_x, _y, e) => panelBarAt(e, (m) => {
      const measure = this.#measures[m];
      return measure ? this.#spec(measure, m) : null;
    }),
    move: movePanelBars,
  });
  /** Width the panels are drawn at (one frame behind `width`). */
  readonly #drawn = new LaggingWidth(this, () => this.width);

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
    if (derived?.result !== this.#result) this.#points.focus = null;
    this.#result = derived?.result ?? null;
    this.#periods = derived?.periods ?? null;
    if (changed.has('measure')) this.#points.focus = null;
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

  /** Panel width: three side by side when each gets 260 px, else stacked. */
  #panelWidth(): number {
    const n = this.#measures.length;
    const gap = 12;
    const columns = this.#drawn.value >= n * 260 + (n - 1) * gap ? n : 1;
    return Math.floor((this.#drawn.value - (columns - 1) * gap) / columns);
  }

  #spec(measure: ChannelMeasure, index: number): HBarSpec {
    const focus = this.#points.focus;
    return {
      width: this.#panelWidth(),
      items: this.#channels().map((c) => ({ key: c.channel, label: this.#label(c.channel), value: c[measure].rate ?? NaN })),
      formatValue: (v) => this.#format(measure, v),
      maxLabelWidth: 100,
      focus: focus && focus.series === index ? focus.index : null,
    };
  }

  #describe(focus: PointFocus): string {
    const measure = at(this.#measures, focus.series);
    const c = at(this.#channels(), focus.index);
    const p = this.#parts(c, measure);
    return t(this.locale, 'channelsAnnouncement', {
      channel: this.#label(c.channel),
      measure: t(this.locale, LABELS[measure]),
      value: this.#format(measure, p.ratio.rate),
      numerator: p.numerator,
      denominator: p.denominator,
    });
  }

  #select(focus: PointFocus): void {
    const measure = this.#measures[focus.series];
    const c = this.#channels()[focus.index];
    if (!measure || !c) return;
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

  #tooltip(measure: ChannelMeasure, series: number, spec: HBarSpec) {
    const focus = this.#points.focus;
    if (!focus || focus.series !== series) return null;
    const c = this.#channels()[focus.index];
    if (!c) return null;
    const p = this.#parts(c, measure);
    const box = hbarBox(spec, hbarModel(spec), focus.index);
    return tooltip({
      title: `${this.#label(c.channel)} · ${t(this.locale, LABELS[measure])}`,
      lines: [
        [t(this.locale, 'value'), this.#format(measure, p.ratio.rate)],
        [t(this.locale, 'numerator'), p.numerator],
        [t(this.locale, 'denominator'), p.denominator],
      ],
      x: Math.min(box.x + box.width, spec.width - 40),
      y: box.y + box.height + 24,
      width: spec.width,
    });
  }

  protected override render() {
    const measures = this.#measures;
    const width = this.#panelWidth();
    const columns = width * measures.length + 12 * (measures.length - 1) <= this.#drawn.value ? measures.length : 1;
    const panels = () =>
      html`<div class=${`panels cols-${columns}`}>${measures.map((m, i) => {
        const spec = this.#spec(m, i);
        return html`<div class="panel"><h3 aria-hidden="true">${t(this.locale, LABELS[m])}</h3><div class="plot" data-m=${i}>${hbarChart(spec)}${this.#tooltip(m, i, spec)}</div></div>`;
      })}</div>`;
    return this.renderBody(
      this.#title(),
      () => html`${this.#drawn.value > 0
          ? this.renderFrame(panels(), this.#summary(), this.#points.handlers)
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
