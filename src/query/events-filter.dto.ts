import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsIsoDate, NotBefore } from './validators';

export const EVENT_STATUSES = ['occurred', 'planned', 'proposed', 'refused', 'ongoing'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const upper = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * The filters shared by /events, /timeline and /export: the same names, the same meaning.
 * Dates filter on Event.dateStart (inclusive); `place` includes places IN the place.
 */
export class EventsFilterDto {
  @ApiPropertyOptional({
    description: 'Event type (taxonomy in cypher/README.md), case-insensitive',
    example: 'PRISONER_EXCHANGE',
  })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z_]{2,40}$/, { message: 'type must be an event type such as PRISONER_EXCHANGE' })
  type?: string;

  @ApiPropertyOptional({
    description: 'A participant: entity id, or a name or alias (case-insensitive)',
    example: 'place:ukraine',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'entity must not be blank' })
  entity?: string;

  @ApiPropertyOptional({
    description: 'Where: place id or name/alias; includes places IN it (Kyiv under Ukraine)',
    example: 'Ukraine',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'place must not be blank' })
  place?: string;

  @ApiPropertyOptional({ description: 'Earliest dateStart, inclusive (YYYY-MM-DD)', example: '2025-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Latest dateStart, inclusive (YYYY-MM-DD); not before `from`',
    example: '2025-06-30',
  })
  @IsOptional()
  @IsIsoDate()
  @NotBefore('from')
  to?: string;

  @ApiPropertyOptional({ description: 'Smallest Event.quantity', example: 100, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  minQuantity?: number;

  @ApiPropertyOptional({ enum: EVENT_STATUSES, example: 'occurred' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;
}
