import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class GraphQueryDto {
  @ApiPropertyOptional({
    description: 'start from this event (give event or entity)',
    example: 'evt:exchange-2025-03-19',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  event?: string;

  @ApiPropertyOptional({
    description: 'start from this entity (give event or entity)',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entity?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 2, default: 1, description: 'hops over INVOLVES and AT' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2)
  depth: number = 1;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: 200,
    description: 'most paths walked (bounds nodes and edges)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 200;
}

export class NodeDataDto {
  @ApiProperty({ example: 'place:ukraine' }) id!: string;
  @ApiProperty({ example: 'Ukraine' }) label!: string;
  @ApiProperty({ example: 'place', enum: ['event', 'person', 'organization', 'place'] }) type!: string;
  @ApiPropertyOptional({ example: 'PRISONER_EXCHANGE', description: 'events: the event type' })
  eventType?: string;
  @ApiPropertyOptional({ example: '2025-03-19' }) date?: string;
  @ApiPropertyOptional({ example: 50.45 }) lat?: number;
  @ApiPropertyOptional({ example: 30.52 }) lon?: number;
}

export class NodeElementDto {
  @ApiProperty({ type: NodeDataDto }) data!: NodeDataDto;
}

export class EdgeDataDto {
  @ApiProperty({ example: 'evt:exchange-2025-03-19|INVOLVES|place:ukraine' }) id!: string;
  @ApiProperty({ example: 'evt:exchange-2025-03-19' }) source!: string;
  @ApiProperty({ example: 'place:ukraine' }) target!: string;
  @ApiProperty({ example: 'recipient', description: 'the role for INVOLVES, else the relationship type' })
  label!: string;
  @ApiProperty({ example: 'INVOLVES', enum: ['INVOLVES', 'AT'] }) type!: string;
}

export class EdgeElementDto {
  @ApiProperty({ type: EdgeDataDto }) data!: EdgeDataDto;
}

/** Cytoscape.js elements: `cy.add([...nodes, ...edges])`. */
export class GraphElementsDto {
  @ApiProperty({ type: [NodeElementDto] }) nodes!: NodeElementDto[];
  @ApiProperty({ type: [EdgeElementDto] }) edges!: EdgeElementDto[];
}
