import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { randomUUID } from 'node:crypto';
import { SecurityModule } from './common/security.module';
import { type AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { GraphModule } from './graph/graph.module';
import { HealthModule } from './health/health.module';
import { IngestModule } from './ingest/ingest.module';
import { CypherConsoleModule } from './cypher-console/cypher-console.module';
import { EntitiesModule } from './entities/entities.module';
import { EventsModule } from './events/events.module';
import { ExportModule } from './export/export.module';
import { GraphViewModule } from './graph-view/graph-view.module';
import { TimelineModule } from './timeline/timeline.module';

/** Feature modules; each later feature (ingest, events, timeline, …) is listed here. */
export const FEATURE_MODULES = [HealthModule, IngestModule, EventsModule, TimelineModule, EntitiesModule, GraphViewModule, ExportModule, CypherConsoleModule];

export interface AppModuleOptions {
  /** Where the JSON logs go (default stdout). */
  logStream?: DestinationStream;
}

/** Log paths that must never carry a secret: credentials and cookies, in and out. */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'res.headers["set-cookie"]'];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              // createApp's onRequest hook has already normalised X-Request-Id (and echoes it).
              genReqId: (req) => (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID(),
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              autoLogging: { ignore: (req) => req.url === '/health' },
            },
            options.logStream ?? process.stdout,
          ],
        }),
        SecurityModule.forRoot(config),
        GraphModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
