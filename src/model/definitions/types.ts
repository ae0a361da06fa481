import type { BucketDef } from '../buckets.js';
import type { MetricName } from '../metrics.js';

/** One rate of a metric: its name and how it is computed. */
export interface MeasureDefinition {
  /** Stable key, e.g. `contact-rate`. */
  key: string;
  /** Name in the catalogue's language, e.g. "Contact rate (接通率)". */
  name: string;
  /** The formula in words, e.g. "connects ÷ dials". */
  formula: string;
  /** What is counted above the line. */
  numerator: string;
  /** What is counted below the line. */
  denominator: string;
}

/** Definition of one metric in one language. */
export interface MetricDefinition {
  metric: MetricName;
  /** Catalogue version, e.g. `2026.1`. */
  version: string;
  /** Language of the texts (`en`, `zh-CN`, `zh-TW`). */
  locale: string;
  /** Name of the metric, e.g. "Overdue rate" / "逾期率". */
  name: string;
  /** The rates of the metric; the first is the headline rate. */
  measures: readonly MeasureDefinition[];
  /** Bucket edges by days past due, for bucket-based metrics (`overdue`, `roll-rates`). */
  buckets?: readonly BucketDef[];
  /** Further rules: suppression of small denominators, projections, deadlines. */
  notes: readonly string[];
}

/** One metric's entry in a catalogue: its name in that language, its rates and its notes. */
export interface DefinitionEntry {
  name: string;
  measures: readonly MeasureDefinition[];
  notes: readonly string[];
}

/** A definitions catalogue of one language: an entry per metric of the contract. */
export type DefinitionCatalogue = Record<MetricName, DefinitionEntry>;

/** Metrics whose definitions come in a widget's pack (registered with `addDefinitions` by the widgets that read them). */
export type PackMetric =
  | 'promises'
  | 'contact-hours'
  | 'quality'
  | 'experiments'
  | 'scores'
  | 'outcomes'
  | 'workload'
  | 'agencies'
  | 'legal'
  | 'roll-rates'
  | 'vintage'
  | 'recovery'
  | 'agents'
  | 'complaints'
  | 'channels'
  | 'compliance';

/** The entries every page loads: the metrics of the first widgets; the others arrive in packs. */
export type BaseDefinitionCatalogue = Omit<DefinitionCatalogue, PackMetric>;

/** One pack of definitions in the three built-in languages, for `addDefinitions`. */
export type DefinitionPack = Record<'en' | 'zh-CN' | 'zh-TW', Partial<DefinitionCatalogue>>;
