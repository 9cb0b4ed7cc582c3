import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors';
import { EventFinder } from '../query/event-finder';
import { type EventsFilterDto } from '../query/events-filter.dto';
import { MAX_INCLUDED_EVENTS, type TimelineDto } from './timeline-query.dto';

@Injectable()
export class TimelineService {
  constructor(private readonly finder: EventFinder) {}

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
