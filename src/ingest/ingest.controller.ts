import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyGuard, ReadApiKeyGuard } from '../common/api-key.guard';
import { UsesGraph } from '../common/error-responses';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ArticleInputDto } from './article-input.dto';
import { ContentTypes } from './content-type.guard';
import { IngestRequestError } from './ingest.errors';
import { IngestService } from './ingest.service';
import type { IngestResult } from './ingest.types';
import { JobDto } from './job.dto';
import { type BatchItem, type Job, JobsService } from './jobs.service';
import { NDJSON, parseNdjson } from './ndjson';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('ingest')
@Controller()
export class IngestController {
  constructor(
    private readonly ingest: IngestService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('articles')
  @UseGuards(ApiKeyGuard, ContentTypes('application/json'))
  @ApiSecurity('api-key')
  @UsesGraph('write')
  @ApiOperation({ summary: 'Extract an article and write it to the graph (201 new, 200 already in)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' } })
  @ApiResponse({ status: 201, description: 'written: article id, entities, events with their graph ids' })
  @ApiResponse({ status: 200, description: 'already in the graph: same id, nothing written' })
  @ApiResponse({ status: 422, description: 'the page holds no article (bot challenge, error page)' })
  async create(
    @Body() body: ArticleInputDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IngestResult> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new IngestRequestError(400, 'Idempotency-Key', 'must be 1 to 200 visible ASCII characters');
    }
    const result = await this.ingest.ingest(body, { idempotencyKey });
    void reply.status(result.created ? 201 : 200);
    return result;
  }

  @Post('articles/batch')
  @UseGuards(ApiKeyGuard, ContentTypes('application/json', NDJSON))
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'Queue a batch (JSON array or NDJSON) of articles; 202 with a job id' })
  @UsesGraph('none')
  @ApiBody({
    required: true,
    description:
      'A JSON array of articles (NDJSON: one per line). Each item is validated on its own in the job, with the rules of POST /articles: ' +
      'an invalid item does not refuse the batch, it fails alone (job.failed, job.errors). So the items are any JSON values here. ' +
      'More than BATCH_LIMIT items: 413.',
    schema: {
      type: 'array',
      minItems: 1,
      items: { description: 'an article, as the body of POST /articles', example: { text: 'Ukraine and Russia exchanged 175 prisoners on Wednesday.' } },
    },
  })
  @ApiResponse({ status: 202, description: 'the job: poll GET /jobs/:id', type: JobDto })
  async batch(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Job> {
    const ndjson = (contentType ?? '').split(';')[0].trim().toLowerCase() === NDJSON;
    const items = this.items(body, ndjson);
    if (items.length === 0) throw new IngestRequestError(400, 'body', 'the batch holds no articles');
    if (items.length > this.config.batchLimit) {
      throw new IngestRequestError(413, 'body', `a batch holds at most ${this.config.batchLimit} articles, got ${items.length}`);
    }
    const job = this.jobs.submit(items);
    void reply.status(202).header('Location', `/jobs/${job.id}`);
    return job;
  }

  @Get('jobs/:id')
  @UseGuards(ReadApiKeyGuard)
  @UsesGraph('none')
  @ApiOperation({ summary: 'Progress of a batch job' })
  @ApiParam({
    name: 'id',
    description: 'the job id (a UUID v4)',
    schema: { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$' },
  })
  @ApiResponse({ status: 200, type: JobDto })
  job(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Job {
    return this.jobs.get(id);
  }

  /** NDJSON text by its media type only: a JSON string body (`"AAA"`) is not a batch. */
  private items(body: unknown, ndjson: boolean): BatchItem[] {
    if (ndjson && typeof body === 'string') return parseNdjson(body);
    if (Array.isArray(body)) return body.map((value: unknown) => ({ value }));
    throw new IngestRequestError(400, 'body', 'expected a JSON array of articles, or NDJSON (one article per line)');
  }
}
