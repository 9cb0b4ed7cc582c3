import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EventSummaryDto } from '../query/event.responses';

export class ReportArticleDto {
  @ApiProperty({ example: 'article:kyiv-independent-2025-03-19' }) id!: string;
  @ApiPropertyOptional({ type: String, example: 'Ukraine brings home 175 POWs', nullable: true }) title!: string | null;
  @ApiPropertyOptional({ type: String, example: 'https://example.org/news/pows', nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, example: 'Kyiv Independent', nullable: true }) source!: string | null;
  @ApiPropertyOptional({ type: String, example: '2025-03-19', format: 'date', nullable: true }) publishedAt!: string | null;
}

export class ReportDto {
  @ApiProperty({ type: ReportArticleDto }) article!: ReportArticleDto;
  @ApiPropertyOptional({
    type: String,
    example: 'Ukraine brought home 175 prisoners of war, Zelensky said.',
    nullable: true,
  })
  evidence!: string | null;
  @ApiPropertyOptional({ type: Number, example: 175, nullable: true }) quantity!: number | null;
  @ApiPropertyOptional({ type: String, example: 'prisoners', nullable: true }) unit!: string | null;
  @ApiPropertyOptional({ type: String, example: 'exact', nullable: true }) qualifier!: string | null;
  @ApiPropertyOptional({ type: String, example: 'Volodymyr Zelensky', nullable: true }) claimant!: string | null;
  @ApiPropertyOptional({ type: Number, example: 0.9, nullable: true }) confidence!: number | null;
  @ApiPropertyOptional({ type: Number, example: 12, nullable: true }) start!: number | null;
  @ApiPropertyOptional({ type: Number, example: 71, nullable: true }) end!: number | null;
}

export class LinkedEventDto {
  @ApiProperty({ example: 'evt:2025-03-25-talks' }) id!: string;
  @ApiProperty({ example: 'MEETING' }) type!: string;
  @ApiProperty({ example: '2025-03-25', format: 'date' }) dateStart!: string;
  @ApiProperty({ example: 5, description: '2 per shared participant + 1 same place + 1 same type' })
  score!: number;
  @ApiProperty({ example: 6 }) daysApart!: number;
  @ApiProperty({ example: ['Russia', 'Ukraine'] }) sharedParticipants!: string[];
  @ApiProperty({ example: ['Kyiv'] }) sharedPlaces!: string[];
  @ApiProperty({ example: 'shares participants Russia, Ukraine; same place Kyiv; 6 days apart' })
  reason!: string;
}

export class EventDetailDto extends EventSummaryDto {
  @ApiProperty({ type: [ReportDto] }) reports!: ReportDto[];
  @ApiProperty({ type: [LinkedEventDto] }) linked!: LinkedEventDto[];
}
