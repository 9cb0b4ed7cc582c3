import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EventsFilterDto } from '../query/events-filter.dto';

export const EVENT_SORTS = ['date', '-date'] as const;
export const MAX_LIMIT = 200;

/** GET /events: the shared filters plus sort, a bounded limit and the keyset cursor. */
export class EventsQueryDto extends EventsFilterDto {
  @ApiPropertyOptional({
    enum: EVENT_SORTS,
    default: 'date',
    description: 'date = oldest first, -date = newest first',
  })
  @IsOptional()
  @IsIn(EVENT_SORTS)
  sort: (typeof EVENT_SORTS)[number] = 'date';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit: number = 25;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

export class EventDetailQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    default: 30,
    description: 'linked events within this many days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  windowDays: number = 30;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, default: 10, description: 'most linked events returned' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  linkedLimit: number = 10;
}
