import { type CanActivate, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config';

interface KeyedRequest {
  headers: Record<string, string | string[] | undefined>;
}

interface HeaderReply {
  header(name: string, value: string): unknown;
}

/** Sent with every 401 (RFC 9110 §11.6.1): the two ways a client may present the key. */
export const WWW_AUTHENTICATE = 'Bearer realm="eventline", ApiKey realm="eventline", header="X-API-Key"';

/** The credentials a request carries: `X-API-Key: KEY` and/or `Authorization: Bearer KEY`; empty when none. */
export function presentedKeys(req: KeyedRequest): string[] {
  const keys: string[] = [];
  const header = req.headers['x-api-key'];
  const direct = Array.isArray(header) ? header[0] : header;
  if (direct) keys.push(direct);
  const auth = req.headers.authorization;
  const value = Array.isArray(auth) ? auth[0] : auth;
  // An Authorization header that is not `Bearer KEY` is a wrong credential, never ignored.
  if (value) keys.push(/^Bearer\s+(.+)$/i.exec(value.trim())?.[1].trim() ?? '');
  return keys;
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

function forbidden(reason: string): HttpException {
  return new HttpException({ statusCode: 403, error: 'Forbidden', message: reason, field: 'X-API-Key', reason }, 403);
}

/**
 * Guards writes (POST /articles, POST /articles/batch, POST /cypher).
 *
 * - 401 + `WWW-Authenticate`: the credentials are missing or wrong; sending the right key would
 *   succeed.
 * - 403: the server has no API_KEY configured, so writes are disabled for everyone: no key the
 *   client could send would be accepted (retrying with credentials cannot help, which is what 403
 *   means). The body says so; the operator fixes it by setting API_KEY. The 403 is answered only
 *   when there is nothing to guess, so it leaks nothing a key-guesser could use.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    return checkKey(context, this.config.apiKey);
  }
}

/** Guards reads: a no-op unless READS_NEED_KEY=true, then the same check as ApiKeyGuard. */
@Injectable()
export class ReadApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.config.readsNeedKey) return true;
    return checkKey(context, this.config.apiKey);
  }
}

/** Shared by the route guards and the global reads guard. */
export function checkKey(context: ExecutionContext, expected: string | null): boolean {
  const http = context.switchToHttp();
  const req = http.getRequest<KeyedRequest>();
  if (expected === null) throw forbidden('writes are disabled: the server has no API_KEY configured');
  // Both headers may be sent; then both must hold the key (a wrong credential is never ignored).
  const presented = presentedKeys(req);
  const problem =
    presented.length === 0
      ? 'an API key is required: send X-API-Key or Authorization: Bearer'
      : presented.every((key) => keyMatches(key, expected))
        ? null
        : 'the API key is not valid';
  if (problem === null) return true;
  const reply = http.getResponse<HeaderReply>();
  if (typeof reply?.header === 'function') reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
  throw unauthorized(problem);
}
