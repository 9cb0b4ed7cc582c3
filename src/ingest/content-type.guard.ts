import { type CanActivate, type ExecutionContext, mixin, type Type } from '@nestjs/common';
import { IngestRequestError } from './ingest.errors';

/**
 * A guard that answers 415 unless the request's Content-Type is one of `types`. It runs before
 * the validation pipe, so a text/plain body is refused as a media type, not as a bad field.
 */
export function ContentTypes(...types: string[]): Type<CanActivate> {
  class ContentTypeGuard implements CanActivate {
    canActivate(context: ExecutionContext): boolean {
      const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!types.includes(type)) {
        throw new IngestRequestError(415, 'Content-Type', `Content-Type must be ${types.join(' or ')}, got ${type ? `"${type}"` : 'none'}`);
      }
      return true;
    }
  }
  return mixin(ContentTypeGuard);
}
