import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'from', description: 'the parameter, body field or header at fault' }) field!: string;
  @ApiProperty({ example: 'from must be a date written YYYY-MM-DD' }) reason!: string;
}

/**
 * The body of every error answer (AllErrorsFilter shapes them all alike). Some errors add
 * context of their own beside these (`id` on a 404, `field`/`reason` on a 401), so the schema
 * leaves other properties open.
 */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request', description: 'the status text' }) error!: string;
  @ApiProperty({ example: 'invalid request' }) message!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'one entry per field and reason (400, 413, 415)' })
  errors?: FieldErrorDto[];
}
