import { DEFAULT_BUCKETS, type BucketDef } from './buckets.js';
import type {
  BaseDefinitionCatalogue,
  DefinitionCatalogue,
  DefinitionEntry,
  DefinitionPack,
  MeasureDefinition,
  MetricDefinition,
} from './definitions/types.js';
import { METRICS, type MetricName } from './metrics.js';

/**
 * The KPI definitions catalogue: for every metric of the contract, what each rate means (formula,
 * numerator, denominator), the bucket edges where buckets matter, and the catalogue version, in
 * English, simplified and traditional Chinese. Widgets show it under their chart and exports carry
 * its version, so a reader knows exactly how each number was computed (DESIGN.md, "KPI definitions").
 *
 * Bucket edges are the kit's defaults; a deployment may configure others (then its own catalogue
 * should be registered with {@link registerDefinitions} under a new version).
 */

/** Version of the built-in definitions catalogue; exported files carry it as `definitionVersion`. */
export const DEFINITIONS_VERSION = '2026.1';

/** Languages with a built-in definitions catalogue. */
export const DEFINITION_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

export type * from './definitions/types.js';

// Each built-in language's catalogue arrives with that language (src/locales, ensureLocale).
const catalogues: Record<string, { version: string; entries: Partial<DefinitionCatalogue> }> = {};

/**
 * Adds a built-in language's base definitions when its module loads (`src/locales/<locale>.ts`); entries the
 * language already has (a company's own, or a widget's pack) are kept.
 */
export function addBaseDefinitions(locale: string, entries: BaseDefinitionCatalogue): void {
  const cat = (catalogues[locale] ??= { version: DEFINITIONS_VERSION, entries: {} });
  cat.entries = { ...entries, ...cat.entries };
  for (const e of Object.values(entries)) builtIn.add(e);
}

const builtIn = new WeakSet<DefinitionEntry>();
const extra: Record<string, Partial<Record<MetricName, DefinitionEntry[]>>> = {};

/**
 * Adds a pack's measures and notes to metrics the built-in catalogues define (e.g. days to cure and the net flow
 * to loss of `roll-rates`), at the load of the widgets that show them, whichever loads first, the language or the
 * pack. A measure already there (by key) is not repeated; an entry a company registered with
 * {@link registerDefinitions} is kept as it is.
 */
export function addMeasures(pack: DefinitionPack): void {
  for (const [locale, entries] of Object.entries(pack)) {
    const mine = (extra[locale] ??= {});
    for (const [metric, e] of Object.entries(entries) as [MetricName, DefinitionEntry][]) {
      const list = (mine[metric] ??= []);
      if (!list.includes(e)) list.push(e);
    }
  }
}

/**
 * Adds the built-in definitions of a widget's metrics (e.g. `promises`) to the three built-in catalogues.
 * The modules that read those metrics call it at load, so a page fetches a widget's definitions with that
 * widget. Entries a catalogue already has (a company's own, from {@link registerDefinitions}) are kept.
 */
export function addDefinitions(pack: DefinitionPack): void {
  for (const [locale, entries] of Object.entries(pack)) {
    const cat = (catalogues[locale] ??= { version: DEFINITIONS_VERSION, entries: {} });
    cat.entries = { ...entries, ...cat.entries };
    for (const e of Object.values(entries)) builtIn.add(e);
  }
}

const BUCKET_METRICS: ReadonlySet<MetricName> = new Set(['overdue', 'roll-rates']);

/**
 * Adds or replaces the definitions of a language (or a company's own definitions under a new
 * `version`); metrics missing from `entries` fall back to the English built-ins.
 */
export function registerDefinitions(
  locale: string,
  version: string,
  entries: Partial<
    Record<MetricName, { name: string; measures: readonly MeasureDefinition[]; notes?: readonly string[] }>
  >,
): void {
  // A built-in Chinese catalogue not loaded yet starts empty: its own entries join when it loads.
  const base = (DEFINITION_LOCALES as readonly string[]).includes(locale) ? {} : catalogues.en?.entries;
  const merged = { ...(catalogues[locale]?.entries ?? base) };
  for (const metric of METRICS) {
    const e = entries[metric];
    if (e) merged[metric] = { name: e.name, measures: e.measures.map((m) => ({ ...m })), notes: [...(e.notes ?? [])] };
  }
  catalogues[locale] = { version, entries: merged };
}

/**
 * The definition of `metric` in catalogue locale `locale` (`en`, `zh-CN`, `zh-TW` or a registered
 * one; unknown locales fall back to English).
 * @example metricDefinition('overdue', 'zh-CN').measures[0].formula // '期末所选逾期阶段的账户数（或余额）÷ …'
 */
export function metricDefinition(metric: MetricName, locale = 'en'): MetricDefinition {
  const own = catalogues[locale]?.entries[metric];
  const english = catalogues.en?.entries[metric];
  const entry = own ?? english;
  if (!entry)
    throw new Error(`collectkit: the definitions of "${metric}" are not loaded (load a widget that reads it).`);
  const more = builtIn.has(entry) ? (extra[own ? locale : 'en']?.[metric] ?? []) : [];
  const measures = [...entry.measures, ...more.flatMap((e) => e.measures)].filter(
    (m, i, all) => all.findIndex((x) => x.key === m.key) === i,
  );
  const def: MetricDefinition = {
    metric,
    version: (own ? catalogues[locale]?.version : catalogues.en?.version) ?? DEFINITIONS_VERSION,
    locale: own ? locale : 'en',
    name: entry.name,
    measures: measures.map((m) => ({ ...m })),
    notes: [...new Set([...entry.notes, ...more.flatMap((e) => e.notes)])],
  };
  if (BUCKET_METRICS.has(metric)) def.buckets = DEFAULT_BUCKETS;
  return def;
}

/** Bucket edges as one line of text: "M0 0, M1 1–30, …, M7+ 181+ days past due" / "M0 0天，M1 1–30天 …". */
export function bucketEdgesText(buckets: readonly BucketDef[], locale = 'en'): string {
  const zh = locale.startsWith('zh');
  const parts = buckets.map((b) => {
    const days =
      b.maxDays === null ? `${b.minDays}+` : b.maxDays === b.minDays ? `${b.minDays}` : `${b.minDays}–${b.maxDays}`;
    return zh ? `${b.code} ${days}天` : `${b.code} ${days}`;
  });
  if (zh) return `${locale === 'zh-TW' ? '逾期天數' : '逾期天数'}：${parts.join('，')}`;
  return `${parts.join(', ')} days past due`;
}

/** A definition as plain text lines (name, each measure's formula, bucket edges, notes), e.g. for CSV headers and SVG footnotes. */
export function definitionLines(def: MetricDefinition): string[] {
  const zh = def.locale.startsWith('zh');
  const sep = zh ? '：' : ': ';
  const lines = def.measures.map((m) => `${m.name}${sep}${m.formula}`);
  if (def.buckets) lines.push(bucketEdgesText(def.buckets, def.locale));
  return lines;
}

const extraLines = new Map<MetricName, (def: MetricDefinition) => string[]>();

/**
 * Adds text lines to a metric's definition in exports (e.g. the contact rules of `compliance`, registered by
 * the modules that show them, so that pages without them do not load their text).
 */
export function registerDefinitionLines(metric: MetricName, lines: (def: MetricDefinition) => string[]): void {
  extraLines.set(metric, lines);
}

/** The lines registered for a definition's metric (see {@link registerDefinitionLines}); empty when none. */
export function extraDefinitionLines(def: MetricDefinition): string[] {
  return extraLines.get(def.metric)?.(def) ?? [];
}
