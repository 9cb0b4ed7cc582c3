/** Base of the service's own errors: each carries the HTTP status it maps to. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    message: string,
    readonly status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFoundAppError extends AppError {
  override name = 'NotFoundAppError';
  constructor(what: string, id: string) {
    super(`${what} "${id}" not found`, 404, { id });
  }
}

/** The database cannot be reached right now: 503, with a hint for when to retry. */
export class DatabaseUnavailableError extends AppError {
  override name = 'DatabaseUnavailableError';
  constructor(
    reason: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(`database unavailable: ${reason}`, 503);
  }
}
