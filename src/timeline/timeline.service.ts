import { Injectable } from '@nestjs/common';
import { AppError, NotFoundAppError } from '../common/errors';
import { EventFinder } from '../query/event-finder';
import { type EventsFilterDto } from '../query/events-filter.dto';
import { type EntityTimelineQueryDto, MAX_INCLUDED_EVENTS, type TimelineDto } from './timeline-query.dto';

@Injectable()
export class TimelineService {
  constructor(private readonly finder: EventFinder) {}

  /** /entities/:id/timeline: 404 when the id (or name) names no entity, unlike the ?entity= filter. */
  async entityTimeline(id: string, q: EntityTimelineQueryDto): Promise<TimelineDto> {
    if (!(await this.finder.entityExists(id))) throw new NotFoundAppError('entity', id);
    return this.timeline({ ...q, entity: id }, q.interval, q.include === 'events');
  }

  async timeline(filter: EventsFilterDto, interval: string, includeEvents: boolean): Promise<TimelineDto> {
    const buckets = await this.finder.buckets(filter, interval, includeEvents);
    if (!includeEvents)
      return {
        interval,
        buckets: buckets.map(({ period, events, quantities }) => ({ period, events, quantities })),
      };
    const total = buckets.reduce((n, b) => n + b.eventIds.length, 0);
    if (total > MAX_INCLUDED_EVENTS) {
      throw new AppError('invalid request', 400, {
        errors: [
          {
            field: 'include',
            reason: `${total} events are more than ${MAX_INCLUDED_EVENTS} to include; narrow the filters`,
          },
        ],
      });
    }
    const summaries = await this.finder.summaries(buckets.flatMap((b) => b.eventIds));
    const byId = new Map(summaries.map((s) => [s.id, s]));
    return {
      interval,
      buckets: buckets.map(({ period, events, quantities, eventIds }) => ({
        period,
        events,
        quantities,
        items: eventIds
          .map((id) => byId.get(id))
          .filter((s) => s !== undefined)
          .sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id)),
      })),
    };
  }
}
