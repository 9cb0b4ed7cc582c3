import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Response shapes shared by /events, /timeline and /export (for the OpenAPI description). */
export class ParticipantDto {
  @ApiProperty({ example: 'place:ukraine' }) id!: string;
  @ApiProperty({ example: 'Ukraine' }) name!: string;
  @ApiProperty({ example: 'PLACE', enum: ['PERSON', 'ORGANIZATION', 'PLACE'] }) type!: string;
  @ApiProperty({ example: 'recipient', enum: ['agent', 'recipient', 'mediator', 'target', 'subject'] })
  role!: string;
}

export class PlaceDto {
  @ApiProperty({ example: 'place:kyiv' }) id!: string;
  @ApiProperty({ example: 'Kyiv' }) name!: string;
  @ApiPropertyOptional({ type: Number, example: 50.45, nullable: true }) lat!: number | null;
  @ApiPropertyOptional({ type: Number, example: 30.52, nullable: true }) lon!: number | null;
  @ApiPropertyOptional({ type: String, example: 'UA', nullable: true }) countryCode!: string | null;
  @ApiPropertyOptional({ type: String, example: 'city', nullable: true }) kind!: string | null;
}

export class EventSummaryDto {
  @ApiProperty({ example: 'evt:2025-03-19-exchange' }) id!: string;
  @ApiProperty({ example: 'PRISONER_EXCHANGE' }) type!: string;
  @ApiPropertyOptional({ type: String, example: '0861', nullable: true }) cameo!: string | null;
  @ApiProperty({ example: '2025-03-19', format: 'date' }) dateStart!: string;
  @ApiPropertyOptional({ type: String, example: '2025-03-19', format: 'date', nullable: true }) dateEnd!: string | null;
  @ApiPropertyOptional({ type: String, example: 'day', nullable: true }) granularity!: string | null;
  @ApiPropertyOptional({ type: String, example: 'explicit', nullable: true }) dateSource!: string | null;
  @ApiPropertyOptional({ type: Number, example: 175, nullable: true }) quantity!: number | null;
  @ApiPropertyOptional({ type: String, example: 'prisoners', nullable: true }) unit!: string | null;
  @ApiPropertyOptional({ type: String, example: 'exact', nullable: true }) qualifier!: string | null;
  @ApiPropertyOptional({ type: Number, example: 170, nullable: true }) quantityMin!: number | null;
  @ApiPropertyOptional({ type: Number, example: 175, nullable: true }) quantityMax!: number | null;
  @ApiPropertyOptional({ type: String, example: 'occurred', nullable: true }) status!: string | null;
  @ApiPropertyOptional({ type: String, example: '2025-03-19', nullable: true }) firstReported!: string | null;
  @ApiPropertyOptional({ type: String, example: '2025-03-20', nullable: true }) lastReported!: string | null;
  @ApiProperty({ type: [ParticipantDto] }) participants!: ParticipantDto[];
  @ApiPropertyOptional({ type: PlaceDto, nullable: true }) place!: PlaceDto | null;
  @ApiProperty({ example: 2, description: 'number of REPORTED_IN (articles reporting it)' })
  reportCount!: number;
  @ApiProperty({ example: 2, description: 'number of distinct sources (outlets) among the reports' })
  sourceCount!: number;
}

export class EventsPageDto {
  @ApiProperty({ type: [EventSummaryDto] }) items!: EventSummaryDto[];
  @ApiPropertyOptional({
    type: String,
    description: 'pass as ?cursor= for the next page; null on the last page',
    example: 'WyIyMDI1LTAzLTE5IiwiZXZ0OjEiLDBd',
    nullable: true,
  })
  nextCursor!: string | null;
  @ApiProperty({ example: 25 }) limit!: number;
}
