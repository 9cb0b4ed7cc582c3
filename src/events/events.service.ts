import { Injectable } from '@nestjs/common';
import { NotFoundAppError } from '../common/errors';
import { GraphService } from '../graph/graph.service';
import { int } from '../graph/mappers';
import { decodeCursor, encodeCursor } from '../query/cursor';
import { type EventsPageDto } from '../query/event.responses';
import { EventFinder } from '../query/event-finder';
import { type EventDetailDto, type LinkedEventDto, type ReportDto } from './event-detail.responses';
import { type EventDetailQueryDto, type EventsQueryDto } from './events-query.dto';

@Injectable()
export class EventsService {
  constructor(
    private readonly finder: EventFinder,
    private readonly graph: GraphService,
  ) {}

  async list(q: EventsQueryDto): Promise<EventsPageDto> {
    const desc = q.sort === '-date';
    const cursor = q.cursor ? decodeCursor(q.cursor, desc) : null;
    // One row more than asked tells whether another page exists without a count query.
    const page = await this.finder.page(q, q.limit + 1, desc, cursor);
    const more = page.items.length > q.limit;
    const items = more ? page.items.slice(0, q.limit) : page.items;
    const last = items.at(-1);
    return {
      items,
      nextCursor: more && last ? encodeCursor({ dateStart: last.dateStart, id: last.id, desc }) : null,
      limit: q.limit,
    };
  }

  async detail(id: string, q: EventDetailQueryDto): Promise<EventDetailDto> {
    return this.graph.readTx(async (tx) => {
      const [summary] = await this.finder.summariesIn(tx, [id]);
      if (!summary) throw new NotFoundAppError('event', id);
      const reports = await tx.run('read/events/reports', { id });
      const linked =
        q.linkedLimit > 0
          ? await tx.run('read/events/linked', {
              id,
              windowDays: int(q.windowDays),
              limit: int(q.linkedLimit),
            })
          : [];
      return {
        ...summary,
        reports: reports.map((r) =>
          toReport(r.article as Record<string, unknown>, r.report as Record<string, unknown>),
        ),
        linked: linked.map((r) => toLinked(r)),
      };
    });
  }
}

function toReport(a: Record<string, unknown>, r: Record<string, unknown>): ReportDto {
  const v = <T>(x: unknown) => (x ?? null) as T;
  return {
    article: {
      id: a.id as string,
      title: v(a.title),
      url: v(a.url),
      source: v(a.source),
      publishedAt: v(a.publishedAt),
    },
    evidence: v(r.evidence),
    quantity: v(r.quantity),
    unit: v(r.unit),
    qualifier: v(r.qualifier),
    claimant: v(r.claimant),
    confidence: v(r.confidence),
    start: v(r.start),
    end: v(r.end),
  };
}

/** The reason a user reads: what the two events share and how far apart they are. */
export function linkReason(shared: string[], places: string[], sameType: boolean, daysApart: number): string {
  const parts: string[] = [];
  if (shared.length) parts.push(`shares participant${shared.length > 1 ? 's' : ''} ${shared.join(', ')}`);
  if (places.length) parts.push(`same place ${places.join(', ')}`);
  if (sameType) parts.push('same type');
  parts.push(daysApart === 0 ? 'same day' : `${daysApart} day${daysApart > 1 ? 's' : ''} apart`);
  return parts.join('; ');
}

function toLinked(r: Record<string, unknown>): LinkedEventDto {
  const shared = [...(r.sharedParticipants as string[])].sort();
  const places = [...(r.sharedPlaces as string[])].sort();
  return {
    id: r.id as string,
    type: r.type as string,
    dateStart: r.dateStart as string,
    score: r.score as number,
    daysApart: r.daysApart as number,
    sharedParticipants: shared,
    sharedPlaces: places,
    reason: linkReason(shared, places, r.sameType as boolean, r.daysApart as number),
  };
}
