import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsIsoDate, NotBefore } from './validators';

export const EVENT_STATUSES = ['occurred', 'planned', 'proposed', 'refused', 'ongoing'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Upper-cases an ASCII type name only: 'ſ' must not become 'S' and pass where the schema refuses it. */
const upper = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^[A-Za-z_]*$/.test(value) ? value.toUpperCase() : value;
/** Trims a reference that already passed its raw length check (the schema's maxLength is on the raw value). */
const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.length <= MAX_REF_CHARS ? value.trim() : value;

export const MAX_REF_CHARS = 200;
/** YYYY-MM-DD, as the schema says it (with format: date, so generated values are real days). */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The filters shared by /events, /timeline and /export: the same names, the same meaning.
 * Dates filter on Event.dateStart (inclusive); `place` includes places IN the place.
 */
export class EventsFilterDto {
  @ApiPropertyOptional({
    description: 'Event type (taxonomy in cypher/README.md), case-insensitive',
    example: 'PRISONER_EXCHANGE',
    pattern: '^[A-Za-z_]{2,40}$',
  })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z_]{2,40}$/, { message: 'type must be an event type such as PRISONER_EXCHANGE' })
  type?: string;

  @ApiPropertyOptional({
    description: 'A participant: entity id, or a name or alias (case-insensitive)',
    example: 'place:ukraine',
    maxLength: MAX_REF_CHARS,
    pattern: '\\S',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_REF_CHARS)
  @Matches(/\S/, { message: 'entity must not be blank' })
  entity?: string;

  @ApiPropertyOptional({
    description: 'Where: place id or name/alias; includes places IN it (Kyiv under Ukraine)',
    example: 'Ukraine',
    maxLength: MAX_REF_CHARS,
    pattern: '\\S',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_REF_CHARS)
  @Matches(/\S/, { message: 'place must not be blank' })
  place?: string;

  @ApiPropertyOptional({
    description: 'Earliest dateStart, inclusive (YYYY-MM-DD)',
    example: '2025-01-01',
    format: 'date',
    pattern: DATE_PATTERN,
  })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Latest dateStart, inclusive (YYYY-MM-DD); not before `from`',
    example: '2025-06-30',
    format: 'date',
    pattern: DATE_PATTERN,
  })
  @IsOptional()
  @IsIsoDate()
  @NotBefore('from')
  to?: string;

  @ApiPropertyOptional({ type: 'number', description: 'Smallest Event.quantity', example: 100, minimum: 0 })
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
