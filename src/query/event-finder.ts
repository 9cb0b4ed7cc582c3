import { Injectable } from '@nestjs/common';
import { GraphService, type Row, type Tx } from '../graph/graph.service';
import { date, int } from '../graph/mappers';
import { type Cursor } from './cursor';
import { type EventSummaryDto } from './event.responses';
import { type EventsFilterDto } from './events-filter.dto';
import { phraseQuery } from './lucene';

const FIRST_DAY = '0001-01-01';
/** Entity ids are `<type>:<slug>`: lower-case prefix, colon, no spaces. */
const ID_SHAPED = /^[a-z]+:\S+$/;
const LAST_DAY = '9999-12-31';

/** Filters turned into Cypher parameters; `null` lists mean "no such filter". */
interface ResolvedFilter {
  anchor: 'entity' | 'place' | 'all';
  params: Record<string, unknown>;
}

export interface Page {
  items: EventSummaryDto[];
  last: Cursor | null;
}

export interface Bucket {
  period: string;
  events: number;
  quantities: { unit: string; sum: number }[];
  eventIds: string[];
}

/**
 * The read side's one way of finding events: resolves `entity`/`place` (id first, then name or
 * alias through the full-text index), picks the index-backed query for the filters (anchored on
 * the entity, the place or the date range), pages by the (dateStart, id) keyset.
 * Shared by the events, timeline and export modules (it is a provider, not a module).
 */
@Injectable()
export class EventFinder {
  constructor(private readonly graph: GraphService) {}

  /** One page of event summaries, `limit` long at most, after `cursor`. */
  async page(filter: EventsFilterDto, limit: number, desc: boolean, cursor: Cursor | null): Promise<Page> {
    return this.graph.readTx(async (tx) => {
      const resolved = await this.resolve(tx, filter);
      if (!resolved) return { items: [], last: null };
      const keys = await tx.run(`read/events/page-${resolved.anchor}-${desc ? 'desc' : 'asc'}`, {
        ...resolved.params,
        cursorDate: cursor ? date(cursor.dateStart) : null,
        cursorId: cursor ? cursor.id : null,
        limit: int(limit),
      });
      const items = await this.summariesIn(
        tx,
        keys.map((k) => k.id as string),
      );
      const lastKey = keys.at(-1);
      return {
        items,
        last: lastKey ? { dateStart: lastKey.dateStart as string, id: lastKey.id as string, desc } : null,
      };
    });
  }

  /** Buckets of `interval` (day|week|month|year) with event counts and quantity sums per unit. */
  async buckets(filter: EventsFilterDto, interval: string, includeEvents: boolean): Promise<Bucket[]> {
    return this.graph.readTx(async (tx) => {
      const resolved = await this.resolve(tx, filter);
      if (!resolved) return [];
      const rows = await tx.run(`read/timeline/buckets-${resolved.anchor}`, {
        ...resolved.params,
        interval,
        includeEvents,
      });
      return rows.map((r) => ({
        period: r.period as string,
        events: r.events as number,
        quantities: (r.quantities as { unit: string; sum: number }[]).sort((a, b) =>
          a.unit.localeCompare(b.unit),
        ),
        eventIds: r.eventIds as string[],
      }));
    });
  }

  /** Summaries of the given events, in the given order. */
  async summaries(ids: string[]): Promise<EventSummaryDto[]> {
    return this.graph.readTx((tx) => this.summariesIn(tx, ids));
  }

  async summariesIn(tx: Tx, ids: string[]): Promise<EventSummaryDto[]> {
    if (ids.length === 0) return [];
    const rows = await tx.run('read/events/summaries', { ids });
    return rows.map(toSummary);
  }

  /** True when an id, name or alias names at least one entity. */
  async entityExists(ref: string): Promise<boolean> {
    return this.graph.readTx(async (tx) => (await this.resolveRef(tx, ref, null)).length > 0);
  }

  /** Entity ids for an id, name or alias (`label` narrows to Place etc.); [] when nothing matches. */
  async resolveRef(tx: Tx, ref: string, label: string | null): Promise<string[]> {
    const byId = await tx.run('read/entities/resolve-id', { ref, label });
    if (byId.length > 0) return byId.map((r) => r.id as string);
    const byName = await tx.run('read/entities/resolve-name', { ref, label, lucene: phraseQuery(ref) });
    return byName.map((r) => r.id as string);
  }

  /**
   * An id-shaped reference (`person:donald-trump`) goes to the query as it is: the anchored query
   * starts from the unique id (and the place query requires a Place), so an unknown id simply
   * matches nothing, and the round trip of a separate lookup is saved. Names and aliases are
   * looked up first.
   */
  private async refIds(tx: Tx, ref: string, label: string | null): Promise<string[]> {
    return ID_SHAPED.test(ref) ? [ref] : this.resolveRef(tx, ref, label);
  }

  /** Null when a reference resolves to nothing: the filter then matches no event. */
  private async resolve(tx: Tx, f: EventsFilterDto): Promise<ResolvedFilter | null> {
    const entityIds = f.entity ? await this.refIds(tx, f.entity, null) : null;
    const placeIds = f.place ? await this.refIds(tx, f.place, 'Place') : null;
    if ((entityIds && entityIds.length === 0) || (placeIds && placeIds.length === 0)) return null;
    return {
      anchor: entityIds ? 'entity' : placeIds ? 'place' : 'all',
      params: {
        entityIds,
        placeIds,
        from: date(f.from ?? FIRST_DAY),
        to: date(f.to ?? LAST_DAY),
        type: f.type ?? null,
        status: f.status ?? null,
        minQuantity: f.minQuantity ?? null,
      },
    };
  }
}

export function toSummary(row: Row): EventSummaryDto {
  const e = row.event as Record<string, unknown>;
  const n = (k: string) => (e[k] ?? null) as never;
  return {
    id: e.id as string,
    type: e.type as string,
    cameo: n('cameo'),
    dateStart: e.dateStart as string,
    dateEnd: n('dateEnd'),
    granularity: n('granularity'),
    dateSource: n('dateSource'),
    quantity: n('quantity'),
    unit: n('unit'),
    qualifier: n('qualifier'),
    quantityMin: n('quantityMin'),
    quantityMax: n('quantityMax'),
    status: n('status'),
    firstReported: n('firstReported'),
    lastReported: n('lastReported'),
    participants: row.participants as EventSummaryDto['participants'],
    place: (row.place ?? null) as EventSummaryDto['place'],
    reportCount: row.reports as number,
    sourceCount: row.sources as number,
  };
}
