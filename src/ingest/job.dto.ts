import { ApiProperty } from '@nestjs/swagger';

export class JobErrorDto {
  @ApiProperty({ type: 'integer', example: 3, description: 'position of the item in the batch' }) index!: number;
  @ApiProperty({ example: 'text: text or html is required' }) reason!: string;
}

/** A batch job as POST /articles/batch and GET /jobs/:id answer it (the Job of JobsService). */
export class JobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done'] }) state!: string;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'articles written' }) done!: number;
  @ApiProperty({ type: 'integer', description: 'articles already in the graph' }) skipped!: number;
  @ApiProperty({ type: 'integer', description: 'items refused or failed; each has an entry in errors' }) failed!: number;
  @ApiProperty({ type: 'integer', description: 'write attempts repeated while the database was unavailable' }) retried!: number;
  @ApiProperty({ type: [JobErrorDto] }) errors!: JobErrorDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}
