/** Base of extraction's own errors (extraction imports nothing of the project, so it has its own base). */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

/**
 * The page holds no article: a bot challenge, an error page, or no text at all.
 * @example throw new UnusablePageError('bot-challenge', 'page is a bot challenge ("Just a moment...")')
 */
export class UnusablePageError extends ExtractionError {
  override name = 'UnusablePageError';
  constructor(
    readonly reason: 'bot-challenge' | 'error-page' | 'empty' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}
