import type { CkExportDetail } from '../../export/types.js';
import type { CkFilterChangeDetail } from './filters.js';

/** Detail of `ck-error`: what failed and why, the same text the widget shows. */
export interface CkErrorDetail {
  message: string;
  kind: string;
  metric?: string;
  status?: number;
  /** The request's URL, credentials removed (REST and CSV adapters). */
  url?: string;
  /** What to check, in the widget's language (the same sentence the widget shows under the message). */
  hint?: string;
  field?: string;
  rowIndex?: number;
  /** True when the last good data is still shown (stale). */
  stale: boolean;
}

/** Detail of `ck-select`: the data point a user chose by pointer or keyboard. */
export interface CkSelectDetail {
  series: string;
  period: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/** The `ck-error` detail of a data failure: what the error carries (only the fields it has), `stale`, and the hint in the widget's language. */
export function errorDetail(
  error: {
    message: string;
    kind: string;
    metric?: string | undefined;
    status?: number | undefined;
    url?: string | undefined;
    field?: string | undefined;
    rowIndex?: number | undefined;
  },
  stale: boolean,
  hint: string,
): CkErrorDetail {
  return {
    message: error.message,
    kind: error.kind,
    stale,
    ...(error.metric ? { metric: error.metric } : {}),
    ...(error.status ? { status: error.status } : {}),
    ...(error.url ? { url: error.url } : {}),
    ...(hint ? { hint } : {}),
    ...(error.field ? { field: error.field } : {}),
    ...(error.rowIndex !== undefined ? { rowIndex: error.rowIndex } : {}),
  };
}

/** Dispatches a bubbling, composed `CustomEvent` named `type` from `target`. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  /** The kit's events, typed for `addEventListener` on any element (they bubble and cross shadow roots). */
  interface HTMLElementEventMap {
    /** A data point, cell or bar was chosen by pointer or keyboard. */
    'ck-select': CustomEvent<CkSelectDetail>;
    /** A widget could not show fresh data (or showed stale data): what failed, where, and what to check. */
    'ck-error': CustomEvent<CkErrorDetail>;
    /** A filter bar changed its filters. */
    'ck-filter-change': CustomEvent<CkFilterChangeDetail>;
    /** A widget is about to save an export; cancel it to handle the file yourself. */
    'ck-export': CustomEvent<CkExportDetail>;
  }
}
