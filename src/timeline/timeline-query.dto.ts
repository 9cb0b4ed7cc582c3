import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EventSummaryDto } from '../query/event.responses';
import { EventsFilterDto } from '../query/events-filter.dto';

export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
/** Most events `include=events` returns in one timeline: beyond it, narrow the filters. */
export const MAX_INCLUDED_EVENTS = 1000;

/** GET /timeline: the shared filters plus the bucket size. */
export class TimelineQueryDto extends EventsFilterDto {
  @ApiPropertyOptional({
    enum: INTERVALS,
    default: 'month',
    description: 'bucket size; weeks start on Monday',
  })
  @IsOptional()
  @IsIn(INTERVALS)
  interval: (typeof INTERVALS)[number] = 'month';

  @ApiPropertyOptional({
    enum: ['events'],
    description: `events: list the events behind each bucket (at most ${MAX_INCLUDED_EVENTS})`,
  })
  @IsOptional()
  @IsIn(['events'])
  include?: 'events';
}

/** GET /entities/:id/timeline: the same, the entity given by the path. */
export class EntityTimelineQueryDto extends OmitType(TimelineQueryDto, ['entity'] as const) {}

export class QuantitySumDto {
  @ApiProperty({ example: 'prisoners' }) unit!: string;
  @ApiProperty({ example: 350 }) sum!: number;
}

export class TimelineBucketDto {
  @ApiProperty({ example: '2025-03-01', format: 'date', description: 'first day of the bucket' })
  period!: string;
  @ApiProperty({ example: 2, description: 'number of events' }) events!: number;
  @ApiProperty({ type: [QuantitySumDto], description: 'sum of Event.quantity per unit' })
  quantities!: QuantitySumDto[];
  @ApiPropertyOptional({ type: [EventSummaryDto], description: 'only with include=events' })
  items?: EventSummaryDto[];
}

export class TimelineDto {
  @ApiProperty({ enum: INTERVALS, example: 'month' }) interval!: string;
  @ApiProperty({ type: [TimelineBucketDto] }) buckets!: TimelineBucketDto[];
}
