import type { Extraction, PageInput } from '../extraction/types';

/** The extraction as ingest uses it; a token so that tests and tools can substitute their own. */
export type Extractor = (page: PageInput) => Extraction;
export const EXTRACTOR = Symbol('EXTRACTOR');

export interface IngestedEvent {
  /** The graph id of the Event (an existing one when the article reports a known event). */
  id: string;
  type: string;
  dateStart: string | null;
  dateEnd: string | null;
  granularity: string | null;
  quantity: number | null;
  unit: string | null;
  /** `new`: first report of this event; `merged`: another report of an event already in the graph. */
  resolution?: 'new' | 'merged';
  reportCount: number | null;
}

export interface IngestResult {
  id: string;
  /** false when the article was already in the graph: nothing was written. */
  created: boolean;
  /** Why an article counts as already in: same URL (id), same content hash, or a repeated Idempotency-Key. */
  duplicateBy?: 'id' | 'contentHash' | 'idempotencyKey';
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  entities: { id: string; type: string; name: string }[];
  events: IngestedEvent[];
}

/** Metadata the caller gives beside the extraction (it wins over what the page says). */
export interface ArticleMetaInput {
  url?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}
