import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { OPEN_PATHS, pathOf } from './reads-guard';

/**
 * Per-client rate limit (RATE_LIMIT_PER_MINUTE, shared by all routes; one fixed window of 60 s per client IP, in this
 * process's memory). Over the limit: 429 with `Retry-After` (seconds until the window frees) and
 * X-RateLimit-* headers. /health is exempt so probes never starve. Registered only when the
 * limit is above 0.
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  /** One budget per client across all routes (the default key is per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return Promise.resolve(true);
    const req = context.switchToHttp().getRequest<{ url?: string }>();
    return Promise.resolve(OPEN_PATHS.includes(pathOf(req.url)));
  }
}
