import { type CanActivate, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';

interface KeyedRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** The key a request carries: `X-API-Key: KEY` or `Authorization: Bearer KEY`; null when none. */
export function presentedKey(req: KeyedRequest): string | null {
  const header = req.headers['x-api-key'];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct) return direct;
  const auth = req.headers.authorization;
  const value = Array.isArray(auth) ? auth[0] : auth;
  const m = value ? /^Bearer\s+(.+)$/i.exec(value.trim()) : null;
  return m ? m[1].trim() : null;
}

/**
 * Compares in constant time. Both sides are hashed first so `timingSafeEqual` always sees 32
 * bytes: neither the length nor the content of the configured key leaks through timing.
 */
export function keyMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function unauthorized(reason: string): HttpException {
  return new HttpException({ statusCode: 401, error: 'Unauthorized', message: reason, field: 'X-API-Key', reason }, 401);
}

/**
 * Guards writes (POST /articles, POST /cypher, …). 401 when the key is missing or wrong.
 * When the server has no API_KEY configured, writes are disabled and answer 401 as well: no key
 * the client could send would be accepted, and a 401 tells the operator to configure one (the
 * body says so); it never leaks whether a key is configured to a caller who guessed.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    return checkKey(context.switchToHttp().getRequest<KeyedRequest>(), this.config.apiKey);
  }
}

/** Guards reads: a no-op unless READS_NEED_KEY=true, then the same check as ApiKeyGuard. */
@Injectable()
export class ReadApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.config.readsNeedKey) return true;
    return checkKey(context.switchToHttp().getRequest<KeyedRequest>(), this.config.apiKey);
  }
}

function checkKey(req: KeyedRequest, expected: string | null): boolean {
  const presented = presentedKey(req);
  if (expected === null) throw unauthorized('writes are disabled: the server has no API_KEY configured');
  if (presented === null) throw unauthorized('an API key is required: send X-API-Key or Authorization: Bearer');
  if (!keyMatches(presented, expected)) throw unauthorized('the API key is not valid');
  return true;
}
