/**
 * The days-to-cure part of the cure view of `<ck-roll-rates>`: the bins as a table under the cure-rate lines,
 * with the denominator (accounts delinquent at a previous month-end) in a note; or, when the response carries
 * no days to cure, a note saying so.
 */
import { html, type TemplateResult } from 'lit';
import type { CureDaysResult } from '../../kpi/cure.js';
import { formatNumber } from '../../render/format.js';
import { t } from '../../render/i18n/index.js';
import { dataTable } from '../../render/table.js';
import { cureDaysTable } from '../../views/cure-model.js';

/** The bins table and its denominator note (or the note that the data carry none). */
export function renderCureDays(locale: string, intlLocale: string, days: CureDaysResult | null): TemplateResult {
  if (!days?.reported) return html`<p class="note">${t(locale, 'cureDaysMissing')}</p>`;
  return html`${dataTable(cureDaysTable(locale, intlLocale, days), 'cure-days')}<p class="note">${t(
    locale,
    'cureDaysNote',
    {
      delinquent: formatNumber(intlLocale, days.total.delinquent),
    },
  )}</p>`;
}
