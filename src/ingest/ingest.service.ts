import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { UnusablePageError } from '../extraction/errors';
import type { Extraction, PageInput } from '../extraction/types';
import { GraphService, type Tx } from '../graph/graph.service';
import { date } from '../graph/mappers';
import { articleId, contentHash, fingerprint } from './article-identity';
import type { ArticleInputDto } from './article-input.dto';
import { planEntities, type EntityPlan } from './entity-plan';
import { planEvents, type EventDraft } from './event-plan';
import { IdempotencyKeyReuseError, UnprocessableArticleError } from './ingest.errors';
import { EXTRACTOR, type ArticleMetaInput, type Extractor, type IngestResult } from './ingest.types';
import { IngestFaults } from './ingest-faults';
import { type Candidate, candidateWindow, type Decision, lockKeys, resolveEvents } from './resolve-events';
import { WritePool } from './write-pool';

const IDEMPOTENCY_KEYS_KEPT = 10_000;
const DATE_PROPS = ['dateStart', 'dateEnd', 'firstReported', 'lastReported'];

interface PreparedArticle {
  article: { id: string; url: string | null; title: string | null; source: string | null; publishedAt: string | null; authors: string[]; contentHash: string; body: string };
  entities: EntityPlan;
  drafts: EventDraft[];
}

function toDates(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const k of DATE_PROPS) if (typeof out[k] === 'string') out[k] = date(out[k] as string);
  return out;
}

/** An opening or closing tag of an element (`<p>`, `</div>`, `<a href=…>`). */
const HTML_ELEMENT = /<\/?[A-Za-z][^>]*>/;

/**
 * Articles into the graph: extract, then one write transaction of two statements per article (at
 * most INGEST_CONCURRENCY in flight per process). Inside it: skip if the article is in already (URL
 * id or content hash); otherwise lock the (event type, month) buckets (so concurrent writers of one
 * event wait for each other) and read candidate events, resolve in TypeScript, then MERGE it all.
 */
@Injectable()
export class IngestService {
  private readonly queue: WritePool;
  /** Idempotency-Key → request fingerprint and article id; in memory, per process (see README). */
  private readonly idempotency = new Map<string, { fingerprint: string; id: string }>();

  constructor(
    private readonly graph: GraphService,
    private readonly faults: IngestFaults,
    @Inject(EXTRACTOR) private readonly extractor: Extractor,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.queue = new WritePool(config.ingestConcurrency);
  }

  /** Articles waiting for or in the write queue. */
  get pending(): number {
    return this.queue.size;
  }

  async ingest(input: ArticleInputDto, options: { idempotencyKey?: string } = {}): Promise<IngestResult> {
    const key = options.idempotencyKey;
    const print = key ? fingerprint(input) : '';
    if (key) {
      const seen = this.idempotency.get(key);
      if (seen && seen.fingerprint !== print) throw new IdempotencyKeyReuseError();
      if (seen) return { ...(await this.describe(seen.id)), created: false, duplicateBy: 'idempotencyKey' };
    }
    const extraction = this.extract(input);
    const result = await this.ingestExtraction(extraction, input);
    if (key) this.remember(key, { fingerprint: print, id: result.id });
    return result;
  }

  /** Writes an extraction (from `extract`, or built by a test or a tool) as one article. */
  async ingestExtraction(extraction: Extraction, meta: ArticleMetaInput = {}): Promise<IngestResult> {
    const prepared = this.prepare(extraction, meta);
    return this.queue.run(() => this.graph.writeTx((tx) => this.write(tx, prepared)));
  }

  /** The article as the graph has it (for repeated requests). */
  async describe(id: string): Promise<IngestResult> {
    const [row] = await this.graph.read('read/ingest-article-events', { id });
    return storedArticle(id, row);
  }

  private extract(input: ArticleInputDto): Extraction {
    const page: PageInput = {
      ...(input.html !== undefined ? { html: input.html } : { text: input.text }),
      url: input.url ?? null,
      title: input.title ?? null,
      source: input.source ?? null,
      publishedAt: input.publishedAt ?? null,
    };
    // A page with no element at all ('0', '<!-- -->') is not HTML: the page reader has no document
    // element to walk, so it is refused here as unprocessable rather than failing inside extraction.
    if (input.html !== undefined && !HTML_ELEMENT.test(input.html)) {
      throw new UnprocessableArticleError('html', 'the html holds no element', 'not-html');
    }
    try {
      return this.extractor(page);
    } catch (err) {
      if (err instanceof UnusablePageError) throw new UnprocessableArticleError(input.html !== undefined ? 'html' : 'text', err.message, err.reason);
      throw err;
    }
  }

  private prepare(extraction: Extraction, meta: ArticleMetaInput): PreparedArticle {
    const body = extraction.article.body;
    if (!body || !body.trim()) throw new UnprocessableArticleError('text', 'no article text left after cleaning the page', 'empty');
    const hash = contentHash(body);
    const url = meta.url ?? extraction.article.url ?? null;
    const id = articleId(url, hash);
    const publishedAt = meta.publishedAt ?? extraction.article.publishedAt ?? null;
    const entities = planEntities(extraction, id);
    return {
      article: {
        id,
        url,
        title: meta.title ?? extraction.article.title ?? null,
        source: meta.source ?? extraction.article.source ?? null,
        publishedAt,
        authors: extraction.article.authors ?? [],
        contentHash: hash,
        body,
      },
      entities,
      drafts: planEvents(extraction, id, entities.idMap, publishedAt),
    };
  }

  /**
   * The transaction body: two statements. The first checks whether the article is in already
   * and, if not, locks its buckets and reads the candidate events; resolution is decided here in
   * TypeScript; the second writes article, entities, links, events and reports at once.
   * Replayable: the driver may run it again after a transient error.
   */
  private async write(tx: Tx, p: PreparedArticle): Promise<IngestResult> {
    const a = p.article;
    const probes = p.drafts.flatMap((d) => {
      const w = candidateWindow(d);
      // Only an event sharing a participant or the place can be the same event (see `overlap`).
      const entities = [...new Set([...d.participants.map((x) => x.entityId), ...(d.placeId ? [d.placeId] : [])])];
      return w && entities.length ? [{ type: d.type, floor: date(w.floor), from: date(w.from), to: date(w.to), entities }] : [];
    });
    const keys = lockKeys(p.drafts, a.id, a.contentHash);
    const [row] = await tx.run('write/ingest-lock-and-read', { keys, probes, id: a.id, contentHash: a.contentHash });
    const existing = row.existing as { id: string; matchedBy: 'id' | 'contentHash' } | null;
    if (existing) {
      const [stored] = await tx.run('read/ingest-article-events', { id: existing.id });
      return { ...storedArticle(existing.id, stored), duplicateBy: existing.matchedBy };
    }
    const decisions = resolveEvents(p.drafts, row.candidates as Candidate[], a.publishedAt);
    this.faults.reach('before-write');

    const { entities, placeIn, standsFor } = p.entities;
    await tx.run('write/ingest-write-article', {
      article: { ...a, publishedAt: a.publishedAt ? date(a.publishedAt) : null },
      entities,
      placeIn,
      standsFor,
      events: decisions.map(eventRow),
    });
    this.faults.reach('after-write');

    return {
      id: a.id,
      created: true,
      title: a.title,
      url: a.url,
      publishedAt: a.publishedAt,
      entities: entities.filter((e) => !e.stub).map((e) => ({ id: e.id, type: e.type, name: e.name })),
      events: decisions.map((d) => ({
        id: d.eventId,
        type: d.draft.type,
        dateStart: d.draft.dateStart,
        dateEnd: d.draft.dateEnd,
        granularity: d.draft.granularity,
        quantity: d.draft.report.quantity,
        unit: d.draft.report.unit,
        resolution: d.merged ? 'merged' : 'new',
        reportCount: d.reportCount,
      })),
    };
  }

  private remember(key: string, value: { fingerprint: string; id: string }): void {
    this.idempotency.set(key, value);
    if (this.idempotency.size > IDEMPOTENCY_KEYS_KEPT) {
      const oldest = this.idempotency.keys().next().value;
      if (oldest !== undefined) this.idempotency.delete(oldest);
    }
  }
}

function eventRow(d: Decision): Record<string, unknown> {
  return {
    id: d.eventId,
    props: toDates(d.props),
    isNew: !d.merged,
    involves: d.draft.participants,
    at: d.at,
    report: d.draft.report,
  };
}

/** An article already in the graph, as `read/ingest-article-events` returns it (nothing written). */
function storedArticle(id: string, row: Record<string, unknown> | undefined): IngestResult {
  return {
    id,
    created: false,
    title: (row?.title as string | null) ?? null,
    url: (row?.url as string | null) ?? null,
    publishedAt: (row?.publishedAt as string | null) ?? null,
    entities: (row?.entities ?? []) as IngestResult['entities'],
    events: (row?.events ?? []) as IngestResult['events'],
  };
}
