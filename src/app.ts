import 'reflect-metadata';
import { BadRequestException, type INestApplication, ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { type AppConfig } from './config/config';
import { AllErrorsFilter } from './graph/graph-error.filter';
import { SchemaService } from './graph/schema.service';
import { registerSafeJsonParser } from './common/json-depth';
import { installMethodNotAllowed } from './common/method-not-allowed';
import { installRequestId, REQUEST_ID_OPTIONS } from './common/request-id';
import { registerNdjsonParser } from './ingest/ndjson';
import { setupOpenApi } from './openapi';

/** Flattens class-validator errors into `[{field, reason}]` so every 400 names the field. */
export function validationErrors(errors: ValidationError[], parent = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...validationErrors(e.children ?? [], field)];
  });
}

export interface CreateAppOptions {
  /** false: no Nest logger at all (tests). */
  logger?: boolean;
  /** Where the JSON logs go (default stdout); tests read them to prove no secret is logged. */
  logStream?: AppModuleOptions['logStream'];
  /** Skip the schema migration at start (tests that point the app at a database that is down). */
  skipMigrations?: boolean;
}

/**
 * Builds the Nest application on Fastify, with the global validation pipe, the error filter,
 * OpenAPI at /docs, and the schema migrated. Used by main.ts and by the e2e tests alike.
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimit, trustProxy: false, ...REQUEST_ID_OPTIONS });
  installRequestId(adapter.getInstance());
  installMethodNotAllowed(adapter.getInstance());
  registerSafeJsonParser(adapter.getInstance());
  registerNdjsonParser(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, { logStream: options.logStream }), adapter, {
    bufferLogs: true,
    bodyParser: false, // registerSafeJsonParser owns application/json
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) =>
        new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid request', errors: validationErrors(errors) }),
    }),
  );
  app.useGlobalFilters(new AllErrorsFilter());
  app.enableShutdownHooks();
  setupOpenApi(app as unknown as INestApplication, {
    readsNeedKey: config.readsNeedKey,
    rateLimited: config.rateLimitPerMinute > 0,
  });
  await app.init();
  if (!options.skipMigrations) await app.get(SchemaService).migrate();
  return app;
}
