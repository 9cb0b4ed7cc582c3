import { Injectable } from '@nestjs/common';
import { type CypherName } from '../graph/cypher-loader';
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
    const rows = await this.query(
      filter,
      (anchor) => [`read/events/page-${anchor}-${desc ? 'desc' : 'asc'}`, 'read/events/summary-of-e'],
      {
        cursorDate: cursor ? date(cursor.dateStart) : null,
        cursorId: cursor ? cursor.id : null,
        limit: int(limit),
      },
    );
    const sign = desc ? -1 : 1;
    const items = rows.map(toSummary).sort((a, b) => sign * (a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id)));
    const last = items.at(-1);
    return { items, last: last ? { dateStart: last.dateStart, id: last.id, desc } : null };
  }

  /** Buckets of `interval` (day|week|month|year) with event counts and quantity sums per unit. */
  async buckets(filter: EventsFilterDto, interval: string, includeEvents: boolean): Promise<Bucket[]> {
    const rows = await this.query(filter, (anchor) => `read/timeline/buckets-${anchor}`, { interval, includeEvents });
    return rows.map((r) => ({
      period: r.period as string,
      events: r.events as number,
      quantities: (r.quantities as { unit: string; sum: number }[]).sort((a, b) => a.unit.localeCompare(b.unit)),
      eventIds: r.eventIds as string[],
    }));
  }

  /** Summaries of the given events, in the given order (unknown ids are left out). */
  async summaries(ids: string[]): Promise<EventSummaryDto[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await this.graph.readOne(SUMMARIES_BY_IDS, { ids }));
  }

  async summariesIn(tx: Tx, ids: string[]): Promise<EventSummaryDto[]> {
    if (ids.length === 0) return [];
    return inOrder(ids, await tx.run(SUMMARIES_BY_IDS, { ids }));
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
   * Runs the statement `name(anchor)` for the filters. An id-shaped reference
   * (`person:donald-trump`) goes to the query as it is: the anchored query starts from the unique
   * id (and the place query requires a Place), so an unknown id simply matches nothing, and the
   * statement runs alone, in one round trip. Names and aliases are looked up first, in the same
   * read transaction. A reference that resolves to nothing matches no event.
   */
  private async query(f: EventsFilterDto, name: (anchor: ResolvedFilter['anchor']) => CypherName, extra: Record<string, unknown>): Promise<Row[]> {
    const ref = (r: string | undefined) => (r === undefined ? null : ID_SHAPED.test(r) ? [r] : undefined);
    const entityIds = ref(f.entity);
    const placeIds = ref(f.place);
    if (entityIds !== undefined && placeIds !== undefined) {
      const resolved = resolvedFilter(f, entityIds, placeIds);
      return this.graph.readOne(name(resolved.anchor), { ...resolved.params, ...extra });
    }
    return this.graph.readTx(async (tx) => {
      const entities = entityIds !== undefined ? entityIds : await this.resolveRef(tx, f.entity!, null);
      const places = placeIds !== undefined ? placeIds : await this.resolveRef(tx, f.place!, 'Place');
      if ((entities && entities.length === 0) || (places && places.length === 0)) return [];
      const resolved = resolvedFilter(f, entities, places);
      return tx.run(name(resolved.anchor), { ...resolved.params, ...extra });
    });
  }
}

const SUMMARIES_BY_IDS = ['read/events/by-ids', 'read/events/summary-of-e'];

/** The filters as Cypher parameters, and the index-backed query to anchor on. */
function resolvedFilter(f: EventsFilterDto, entityIds: string[] | null, placeIds: string[] | null): ResolvedFilter {
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

/** Summary rows in the order of `ids`. */
function inOrder(ids: string[], rows: Row[]): EventSummaryDto[] {
  const byId = new Map(rows.map((r) => [(r.event as { id: string }).id, toSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
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
