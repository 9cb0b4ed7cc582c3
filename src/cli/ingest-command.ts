import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { loadConfig, type AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { GraphModule } from '../graph/graph.module';
import { GraphService } from '../graph/graph.service';
import { SchemaService } from '../graph/schema.service';
import { isCalendarDate, validateArticleInput } from '../ingest/article-input.dto';
import { IngestModule } from '../ingest/ingest.module';
import { IngestService } from '../ingest/ingest.service';
import { listArticleFiles, readArticles, type SourceItem } from './ingest-sources';
import { ProgressBar } from './progress';

import { UsageError } from './usage-error';

export const INGEST_USAGE = 'usage: eventline ingest PATH [--published YYYY-MM-DD] [--concurrency N]   (PATH: a file, a folder of .txt/.html/.json files, or an .ndjson file)';

/** Config, database, ingest: what the command needs, without HTTP. */
@Module({})
class IngestCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: IngestCliModule, imports: [ConfigModule.forRoot(config), GraphModule, IngestModule] };
  }
}

interface Options {
  path: string;
  published: string | null;
  concurrency: number;
}

function parse(args: string[]): Options | string {
  let path: string | null = null;
  let published: string | null = null;
  let concurrency = 4;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--published') published = args[++i] ?? '';
    else if (a === '--concurrency') concurrency = Number(args[++i]);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (path === null) path = a;
    else return 'give one PATH';
  }
  if (path === null) return 'PATH is required';
  if (published !== null && !isCalendarDate(published)) return '--published must be a date YYYY-MM-DD';
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) return '--concurrency must be 1..32';
  return { path, published, concurrency };
}

/**
 * `eventline ingest PATH`: every article through the same IngestService as POST /articles, with
 * a progress bar. Each article is its own transaction, so the command can be stopped at any
 * point (Ctrl-C finishes the articles in flight) and run again: what is in is skipped.
 */
export async function ingestCommand(args: string[]): Promise<void> {
  const options = parse(args);
  if (typeof options === 'string') throw new UsageError(`${options}\n${INGEST_USAGE}`);
  if (!existsSync(options.path)) throw new Error(`no such file or folder: ${options.path}`);
  const items: SourceItem[] = listArticleFiles(options.path).flatMap((f) => readArticles(f, options.published));
  // Like `npm start`: settings from .env.local (written by scripts/neo4j.mjs) unless already set.
  if (existsSync('.env.local') && !process.env.NEO4J_URI) process.loadEnvFile('.env.local');
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(IngestCliModule.forRoot(config), { logger: ['error', 'warn'] });
  let stopping = false;
  const onSigint = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nstopping after the articles in flight (Ctrl-C again to quit now); run again to continue\n');
  };
  process.on('SIGINT', onSigint);
  try {
    await app.get(SchemaService).migrate();
    const graph = app.get(GraphService);
    const ingest = app.get(IngestService);
    const [before] = await graph.read('read/ingest-graph-counts');
    const tally = { added: 0, skipped: 0, failed: 0 };
    const errors: string[] = [];
    const bar = new ProgressBar(items.length);
    let next = 0;
    let finished = 0;
    const note = (): string => `new ${tally.added}  skipped ${tally.skipped}  failed ${tally.failed}`;
    const worker = async (): Promise<void> => {
      while (!stopping && next < items.length) {
        const item = items[next++];
        try {
          if (item.value instanceof Error) throw item.value;
          const { input, errors: invalid } = validateArticleInput(item.value);
          if (!input) throw new Error(invalid.map((e) => `${e.field}: ${e.reason}`).join('; '));
          const result = await ingest.ingest(input);
          if (result.created) tally.added++;
          else tally.skipped++;
        } catch (err) {
          tally.failed++;
          errors.push(`${item.label}: ${err instanceof Error ? err.message : String(err)}`);
        }
        bar.update(++finished, note());
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, items.length)) }, worker));
    bar.finish(finished, note());
    const [after] = await graph.read('read/ingest-graph-counts');
    for (const e of errors.slice(0, 50)) process.stderr.write(`failed: ${e}\n`);
    if (errors.length > 50) process.stderr.write(`… and ${errors.length - 50} more failures\n`);
    const delta = (k: string): string => `${String(before[k])} → ${String(after[k])} (+${(after[k] as number) - (before[k] as number)})`;
    process.stdout.write(
      `ingested ${finished}/${items.length}${stopping ? ' (stopped)' : ''}: ${tally.added} new, ${tally.skipped} already in, ${tally.failed} failed; ` +
        `${bar.rate(finished).toFixed(1)} articles/s\n` +
        `graph: nodes ${delta('nodes')}, relationships ${delta('relationships')}\n`,
    );
    if (stopping) throw new Error('stopped before the end; run the same command again to continue');
    if (tally.failed > 0) throw new Error(`${tally.failed} of ${items.length} articles failed (listed above)`);
  } finally {
    process.off('SIGINT', onSigint);
    await app.close();
  }
}
