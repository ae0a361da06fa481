/** Errors the HTTP layer turns into `application/problem+json` answers (their messages are safe to show). */

/** A request the server refuses: bad parameter (400), missing credentials (401), outside the caller's scope (403), unknown metric (404). */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    message: string,
    /** The query parameter at fault, when there is one. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}
