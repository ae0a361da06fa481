import type { LitElement, PropertyDeclarations } from 'lit';
import type { Interval } from '../../model/metrics.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LitConstructor = abstract new (...args: any[]) => LitElement;

/** The properties `FilterAttributes` adds (declared apart so that typings of the mixed classes stay simple). */
export declare abstract class FilterProperties {
  from: string | undefined;
  to: string | undefined;
  interval: Interval | undefined;
  product: string | undefined;
  region: string | undefined;
  team: string | undefined;
  agency: string | undefined;
  segment: string | undefined;
}

/**
 * The filter attributes a source, a dashboard and every widget share (`from`, `to`, `interval`,
 * `product`, `region`, `team`, `agency`, `segment`): one definition, mixed into each class. A source passes them to
 * the widgets it serves, a dashboard to the widgets inside it, and a widget's own override both.
 */
export function FilterAttributes<T extends LitConstructor>(
  superClass: T,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes whatever its base takes
): T & (abstract new (...args: any[]) => FilterProperties) {
  abstract class WithFilters extends superClass {
    static properties: PropertyDeclarations = {
      from: { type: String },
      to: { type: String },
      interval: { type: String },
      product: { type: String },
      region: { type: String },
      team: { type: String },
      agency: { type: String },
      segment: { type: String },
    };

    /** First period, inclusive (`YYYY-MM`, or `YYYY-MM-DD` for days and weeks). */
    declare from: string | undefined;
    /** Last period, inclusive. */
    declare to: string | undefined;
    /** Period granularity: `day`, `week`, `month`, `quarter`, `year`. */
    declare interval: Interval | undefined;
    /** Product filter. */
    declare product: string | undefined;
    /** Region filter. */
    declare region: string | undefined;
    /** Team filter. */
    declare team: string | undefined;
    /** Agency filter (outside collection agencies). */
    declare agency: string | undefined;
    /** Customer segment filter (`vulnerable`, `hardship`, `other`): overdue, roll-rates, complaints, outcomes only. */
    declare segment: string | undefined;
  }
  return WithFilters;
}
