import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EventsFilterDto } from '../query/events-filter.dto';

/** The /events filters and sort; exports have no limit or cursor: they stream every match. */
export class ExportQueryDto extends EventsFilterDto {
  @ApiPropertyOptional({ enum: ['date', '-date'], default: 'date' })
  @IsOptional()
  @IsIn(['date', '-date'])
  sort: 'date' | '-date' = 'date';
}
