/** Kinds of data failure a widget can show. */
export type DataErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'validation' | 'config' | 'aborted';

/** What a reader can do about a failure, as a code the widgets turn into a sentence in their language. */
export type DataErrorHint =
  'not-found' | 'auth' | 'query' | 'server' | 'network' | 'timeout' | 'parse' | 'contract' | 'config';

/**
 * A failure to get usable data, with a message fit to show to a page's reader and the details a
 * developer needs (`status`, `url`, `field`, `rowIndex`). `retryable` drives query retries:
 * network errors, timeouts, 429 and 5xx are retried (after `retryAfter` when the server sent Retry-After);
 * other 4xx, bad data and configuration errors are not.
 */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly metric: string | undefined;
  readonly rowIndex: number | undefined;
  readonly field: string | undefined;
  /** Milliseconds the server asked to wait before trying again (its Retry-After), if it said. */
  readonly retryAfter: number | undefined;

  constructor(
    kind: DataErrorKind,
    message: string,
    details: {
      status?: number;
      url?: string;
      metric?: string;
      rowIndex?: number;
      field?: string;
      cause?: unknown;
      retryAfter?: number;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DataError';
    this.kind = kind;
    this.status = details.status;
    this.url = details.url;
    this.metric = details.metric;
    this.rowIndex = details.rowIndex;
    this.field = details.field;
    this.retryAfter = details.retryAfter;
  }

  /** What to check: the endpoint (404), access (401/403), the query (other 4xx), the server (5xx), the network, the timeout, JSON, the contract or the configuration. Null for a cancelled request. */
  get hint(): DataErrorHint | null {
    switch (this.kind) {
      case 'http': {
        const s = this.status ?? 0;
        return s === 404 || s === 405 ? 'not-found' : s === 401 || s === 403 ? 'auth' : s >= 500 ? 'server' : 'query';
      }
      case 'validation':
        return 'contract';
      case 'aborted':
        return null;
      default:
        return this.kind;
    }
  }

  /** The same error with the URL of the request that brought the bad data (kept when it has one). */
  withUrl(url: string): DataError {
    if (this.url) return this;
    return new DataError(this.kind, this.message, {
      url,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.metric !== undefined ? { metric: this.metric } : {}),
      ...(this.rowIndex !== undefined ? { rowIndex: this.rowIndex } : {}),
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.cause !== undefined ? { cause: this.cause } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    });
  }

  /** Whether trying again may succeed. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && ((this.status ?? 0) >= 500 || this.status === 429))
    );
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
