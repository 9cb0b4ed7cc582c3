import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;

export class EntitySearchQueryDto {
  @ApiProperty({
    description: 'words of a name or alias; the last word also matches as a prefix',
    example: 'zelen',
    maxLength: 200,
    pattern: '\\S',
  })
  // Trimmed only within the raw length limit, so the schema's maxLength means what it says.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && value.length <= 200 ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({ enum: ENTITY_TYPES, description: 'case-insensitive' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^[a-z]+$/i.test(value) ? value.toUpperCase() : value))
  @IsIn(ENTITY_TYPES)
  type?: (typeof ENTITY_TYPES)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

export class EntityDto {
  @ApiProperty({ example: 'person:volodymyr-zelensky' }) id!: string;
  @ApiProperty({ example: 'Volodymyr Zelensky' }) name!: string;
  @ApiProperty({ enum: ENTITY_TYPES, example: 'PERSON' }) type!: string;
  @ApiProperty({ example: ['Zelensky', 'Zelenskyy'] }) aliases!: string[];
  @ApiPropertyOptional({ type: Number, example: null, nullable: true }) lat!: number | null;
  @ApiPropertyOptional({ type: Number, example: null, nullable: true }) lon!: number | null;
  @ApiPropertyOptional({ type: String, example: 'UA', nullable: true }) countryCode!: string | null;
  @ApiPropertyOptional({ type: String, example: null, nullable: true, description: 'places: country, region, city, other' })
  kind!: string | null;
}

export class EntityHitDto extends EntityDto {
  @ApiProperty({ example: 3.2, description: 'full-text relevance' }) score!: number;
}

export class EntitySearchDto {
  @ApiProperty({ type: [EntityHitDto] }) items!: EntityHitDto[];
}

export class TypeCountDto {
  @ApiProperty({ example: 'PRISONER_EXCHANGE' }) type!: string;
  @ApiProperty({ example: 4 }) events!: number;
}

export class CoOccurringDto {
  @ApiProperty({ example: 'place:russia' }) id!: string;
  @ApiProperty({ example: 'Russia' }) name!: string;
  @ApiProperty({ example: 'PLACE' }) type!: string;
  @ApiProperty({ example: 5, description: 'events both take part in' }) events!: number;
}

export class PlaceRefDto {
  @ApiProperty({ example: 'place:ukraine' }) id!: string;
  @ApiProperty({ example: 'Ukraine' }) name!: string;
}

export class EntityDetailDto extends EntityDto {
  @ApiProperty({ example: 7 }) events!: number;
  @ApiProperty({ type: [TypeCountDto] }) eventsByType!: TypeCountDto[];
  @ApiPropertyOptional({ type: String, example: '2025-01-10', nullable: true }) firstSeen!: string | null;
  @ApiPropertyOptional({ type: String, example: '2025-06-02', nullable: true }) lastSeen!: string | null;
  @ApiProperty({ type: [CoOccurringDto] }) coOccurring!: CoOccurringDto[];
  @ApiProperty({ type: [PlaceRefDto], description: 'places this place is IN' }) within!: PlaceRefDto[];
}
