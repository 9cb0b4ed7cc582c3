import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { checkKey } from './api-key.guard';

/** Paths that stay open even with READS_NEED_KEY=true: load balancers probe /health without a key. */
export const OPEN_PATHS = ['/health'];

export function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0];
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Global guard (APP_GUARD): with READS_NEED_KEY=true every route needs the API key, so read
 * controllers need no decorator of their own. Without it, a no-op: writes keep their route-level
 * ApiKeyGuard either way. With READS_NEED_KEY=true and no API_KEY, reads answer 403 (closed to
 * everyone) rather than silently open.
 */
@Injectable()
export class ReadsKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.config.readsNeedKey || context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<{ url?: string }>();
    if (OPEN_PATHS.includes(pathOf(req.url))) return true;
    return checkKey(context, this.config.apiKey);
  }
}
