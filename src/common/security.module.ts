import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { type AppConfig } from '../config/config';
import { ClientThrottlerGuard } from './rate-limit';
import { ReadsKeyGuard } from './reads-guard';

/**
 * The global guards, in the order they run: the rate limit first (so key guessing is throttled
 * too), then the reads guard. Route guards (ApiKeyGuard on writes) run after these.
 */
@Module({})
export class SecurityModule {
  static forRoot(config: AppConfig): DynamicModule {
    const limited = config.rateLimitPerMinute > 0;
    const providers: Provider[] = [];
    if (limited) providers.push({ provide: APP_GUARD, useClass: ClientThrottlerGuard });
    providers.push({ provide: APP_GUARD, useClass: ReadsKeyGuard });
    return {
      module: SecurityModule,
      imports: limited ? [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }])] : [],
      providers,
    };
  }
}
