export interface RetryOptions {
  /** Only errors for which this is true are retried; others are rethrown at once. */
  retryIf: (err: unknown) => boolean;
  /** Called before each retry (attempt 1 = the first retry). */
  onRetry?: (err: unknown, attempt: number) => void;
  /** Give up once this much time has passed since the first attempt (default 5 minutes). */
  maxElapsedMs?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` until it succeeds, retrying the errors `retryIf` accepts with exponential backoff
 * and full jitter (250 ms doubling up to 5 s) for at most `maxElapsedMs`. Only for idempotent
 * work: a retry may repeat something that did take effect.
 * @example await retrying(() => ingest(a), { retryIf: (e) => e instanceof DatabaseUnavailableError })
 */
export async function retrying<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { retryIf, onRetry, maxElapsedMs = 300_000, initialDelayMs = 250, maxDelayMs = 5000, sleep = wait } = options;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!retryIf(err) || Date.now() - started >= maxElapsedMs) throw err;
      const cap = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(attempt - 1, 16));
      onRetry?.(err, attempt);
      await sleep(cap / 2 + Math.random() * (cap / 2));
    }
  }
}
