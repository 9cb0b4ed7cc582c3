import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CypherRequestDto {
  @ApiProperty({
    description: 'one read-only Cypher statement; values as $parameters',
    minLength: 1,
    maxLength: 20000,
    example:
      'MATCH (e:Event)-[:INVOLVES]->(x:Entity {id: $id}) RETURN e.id AS id, e.dateStart AS date ORDER BY date LIMIT 10',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  query!: string;

  @ApiPropertyOptional({
    description: 'parameters; whole numbers are sent as integers',
    example: { id: 'place:ukraine' },
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsObject()
  params?: Record<string, unknown>;
}

export class CypherResultDto {
  @ApiProperty({ example: ['id', 'date'] }) columns!: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'one object per row, keyed by column; values as Neo4j returns them (nodes and relationships as their properties)',
    example: [{ id: 'evt:exchange-2025-01-08', date: '2025-01-08' }],
  })
  rows!: Record<
    string,
    unknown
  >[];
  @ApiProperty({ type: 'integer', example: 1 }) rowCount!: number;
  @ApiProperty({ example: false, description: 'true when the row cap cut the result' }) truncated!: boolean;
}
