import { seriesDash } from '../render/palette.js';
import { t } from '../render/i18n/index.js';
import type { SvgLegendEntry, SvgTheme } from '../export/svg.js';
import type { PointSeries } from '../views/point-series.js';

/**
 * Legend entries of cohort curves drawn by `emphasiseLatest`, in the theme's resolved colours: one entry
 * "Earlier cohorts (n)" for the receded ones, each emphasised cohort in its palette colour, the average in
 * the text colour. As the widget's legend, so a chart and its export read the same.
 */
export function curveLegend(series: readonly PointSeries[], locale: string, theme: SvgTheme): SvgLegendEntry[] {
  const context = series.filter((s) => s.tone === 'context').length;
  const entries: SvgLegendEntry[] = context
    ? [{ label: t(locale, 'earlierCohorts', { n: context }), color: theme.muted, dash: '' }]
    : [];
  series.forEach((s, i) => {
    if (s.tone === 'context') return;
    if (s.tone === 'reference') {
      entries.push({ label: s.label, color: theme.foreground, dash: '' });
      return;
    }
    const k = s.colorIndex ?? i;
    entries.push({
      label: s.label,
      color: theme.series[k % theme.series.length] ?? theme.foreground,
      dash: seriesDash(k),
    });
  });
  return entries;
}
