import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DatabaseUnavailableError, NotFoundAppError } from '../common/errors';
import { retrying } from '../common/retry';
import { validateArticleInput } from './article-input.dto';
import { IngestService } from './ingest.service';

export type JobState = 'queued' | 'running' | 'done';

export interface Job {
  id: string;
  state: JobState;
  total: number;
  /** Articles written. */
  done: number;
  /** Articles already in the graph (same URL, same content). */
  skipped: number;
  /** Items refused or failed; each has an entry in `errors`. */
  failed: number;
  /** Write attempts repeated because the database was unavailable (each retry counts once). */
  retried: number;
  errors: { index: number; reason: string }[];
  createdAt: string;
  finishedAt: string | null;
}

/** A batch item: a parsed object, or the reason its line could not be parsed. */
export type BatchItem = { value: unknown } | { parseError: string };

const JOBS_KEPT = 1000;
const ERRORS_KEPT = 1000;

/**
 * Batch jobs, in memory: a job and its progress live in this process only (lost on restart; the
 * batch can simply be sent again, since ingest is idempotent). Jobs run one after another in the
 * background; each item is validated and ingested alone, so a bad item fails alone. An item
 * whose write meets an unavailable database is retried with backoff (`retried` counts them).
 */
@Injectable()
export class JobsService {
  private readonly logger = new Logger(JobsService.name);
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly ingest: IngestService) {}

  submit(items: BatchItem[]): Job {
    const job: Job = {
      id: randomUUID(),
      state: 'queued',
      total: items.length,
      done: 0,
      skipped: 0,
      failed: 0,
      retried: 0,
      errors: [],
      createdAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.chain = this.chain.then(() => this.run(job, items));
    return { ...job };
  }

  get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundAppError('job', id);
    return { ...job, errors: [...job.errors] };
  }

  /** Resolves when every submitted job has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.chain;
  }

  private async run(job: Job, items: BatchItem[]): Promise<void> {
    job.state = 'running';
    for (let index = 0; index < items.length; index++) {
      try {
        const item = items[index];
        if ('parseError' in item) throw new ItemError(item.parseError);
        const { input, errors } = validateArticleInput(item.value);
        if (!input) throw new ItemError(errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
        // At-least-once: a write that failed because Neo4j was down or restarting is tried again
        // with backoff (ingest is idempotent, so a write that did commit is found and skipped).
        const result = await retrying(() => this.ingest.ingest(input), {
          retryIf: (err) => err instanceof DatabaseUnavailableError,
          onRetry: () => job.retried++,
        });
        if (result.created) job.done++;
        else job.skipped++;
      } catch (err) {
        job.failed++;
        const reason = err instanceof Error ? err.message : String(err);
        if (!(err instanceof ItemError)) this.logger.warn(`job ${job.id} item ${index}: ${reason}`);
        if (job.errors.length < ERRORS_KEPT) job.errors.push({ index, reason });
      }
    }
    job.state = 'done';
    job.finishedAt = new Date().toISOString();
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= JOBS_KEPT) break;
      if (job.state === 'done') this.jobs.delete(id);
    }
  }
}

class ItemError extends Error {
  override name = 'ItemError';
}
