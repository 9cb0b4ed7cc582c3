import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
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
export const FEATURE_MODULES = [HealthModule, EventsModule, TimelineModule, EntitiesModule, GraphViewModule, ExportModule, CypherConsoleModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID(),
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        GraphModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
