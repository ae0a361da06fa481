/**
 * The footnote under every chart: the data's `asOf` and source, and the metric's definition from the
 * catalogue (formula, numerator, denominator, bucket edges, notes, version) in a disclosure; and the
 * same as plain text lines for image exports.
 */
import { html, type TemplateResult } from 'lit';
import { bucketEdgesText, definitionLines, metricDefinition } from '../../model/definitions.js';
import type { MetricName } from '../../model/metrics.js';
import type { ResponseMeta } from '../../model/response.js';
import { formatDateTime } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';

/** The footnote of `metric` for data described by `meta`, in `locale` (dates in `intlLocale`). */
export function footnoteView(
  metric: MetricName,
  meta: ResponseMeta,
  locale: string,
  intlLocale: string,
): TemplateResult {
  const def = metricDefinition(metric, locale);
  return html`<footer role="none">
    ${t(locale, 'asOf', { asOf: formatDateTime(intlLocale, meta.asOf) })}${meta.source ? html` · ${t(locale, 'source', { source: meta.source })}` : null}
    <details class="definition">
      <summary>${t(locale, 'definition')}: ${def.name} · ${t(locale, 'definitionVersion', { version: def.version })}${
        meta.definitionVersion && meta.definitionVersion !== def.version
          ? html` (${t(locale, 'definitionDataVersion', { version: meta.definitionVersion })})`
          : null
      }</summary>
      <dl>${def.measures.map(
        (m) =>
          html`<dt>${m.name}</dt><dd>${m.formula}</dd><dd>${t(locale, 'numerator')}: ${m.numerator}</dd><dd>${t(locale, 'denominator')}: ${m.denominator}</dd>`,
      )}</dl>
      ${def.buckets ? html`<p>${bucketEdgesText(def.buckets, def.locale)}</p>` : null}
      ${def.notes.map((n) => html`<p>${n}</p>`)}
    </details>
  </footer>`;
}

/** The footnote as plain text lines (image exports): as of · source, then the definition. */
export function footnoteText(
  metric: MetricName,
  meta: ResponseMeta | undefined,
  locale: string,
  intlLocale: string,
): string[] {
  const def = metricDefinition(metric, locale);
  const lines: string[] = [];
  if (meta)
    lines.push(
      `${t(locale, 'asOf', { asOf: formatDateTime(intlLocale, meta.asOf) })}${meta.source ? ` · ${t(locale, 'source', { source: meta.source })}` : ''}`,
    );
  lines.push(
    `${t(locale, 'definition')} (${t(locale, 'definitionVersion', { version: def.version })}): ${definitionLines(def).join(' · ')}`,
  );
  return lines;
}
