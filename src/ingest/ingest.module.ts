import { Module } from '@nestjs/common';
import { extract } from '../extraction/extract';
import { ApiKeyGuard, ReadApiKeyGuard } from '../common/api-key.guard';
import { IngestController } from './ingest.controller';
import { IngestFaults } from './ingest-faults';
import { IngestService } from './ingest.service';
import { EXTRACTOR } from './ingest.types';
import { JobsService } from './jobs.service';

/** POST /articles, POST /articles/batch, GET /jobs/:id; IngestService is also used by the CLI. */
@Module({
  controllers: [IngestController],
  providers: [IngestService, JobsService, IngestFaults, ApiKeyGuard, ReadApiKeyGuard, { provide: EXTRACTOR, useValue: extract }],
  exports: [IngestService],
})
export class IngestModule {}
