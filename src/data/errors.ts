/** Kinds of data failure a widget can show. */
export type DataErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'parse'
  | 'validation'
  | 'config'
  | 'aborted';

/**
 * A failure to get usable data, with a message fit to show to a page's reader and the details a
 * developer needs (`status`, `url`, `field`, `rowIndex`). `retryable` drives query retries:
 * network errors, timeouts and 5xx are retried; 4xx, bad data and configuration errors are not.
 */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly metric: string | undefined;
  readonly rowIndex: number | undefined;
  readonly field: string | undefined;

  constructor(
    kind: DataErrorKind,
    message: string,
    details: { status?: number; url?: string; metric?: string; rowIndex?: number; field?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DataError';
    this.kind = kind;
    this.status = details.status;
    this.url = details.url;
    this.metric = details.metric;
    this.rowIndex = details.rowIndex;
    this.field = details.field;
  }

  /** Whether trying again may succeed. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

/** Wraps anything thrown into a `DataError` (keeps `DataError`s as they are). */
export function toDataError(error: unknown, metric?: string): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new DataError('aborted', 'The request was cancelled.', { metric, cause: error });
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new DataError('timeout', 'The request timed out.', { metric, cause: error });
  }
  if (error instanceof TypeError) {
    return new DataError('network', `Network error: ${error.message}`, { metric, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DataError('validation', message, { metric, cause: error });
}
