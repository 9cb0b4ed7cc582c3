import { AppError } from '../common/errors';

/** The extractor refused the page (bot challenge, error page, no text): 422 with its reason. */
export class UnprocessableArticleError extends AppError {
  override name = 'UnprocessableArticleError';
  constructor(field: string, reason: string, kind: string) {
    super(`the page holds no article: ${reason}`, 422, { error: 'Unprocessable Entity', field, reason, kind });
  }
}

/** An Idempotency-Key seen before with a different body: 422, nothing written. */
export class IdempotencyKeyReuseError extends AppError {
  override name = 'IdempotencyKeyReuseError';
  constructor() {
    const reason = 'this Idempotency-Key was already used with a different request body';
    super(reason, 422, { error: 'Unprocessable Entity', field: 'Idempotency-Key', reason });
  }
}

/** A request-level problem found by the ingest controller (content type, batch shape or size). */
export class IngestRequestError extends AppError {
  override name = 'IngestRequestError';
  constructor(status: 400 | 413 | 415, field: string, reason: string) {
    const error = status === 400 ? 'Bad Request' : status === 413 ? 'Payload Too Large' : 'Unsupported Media Type';
    super(reason, status, { error, field, reason, errors: [{ field, reason }] });
  }
}
