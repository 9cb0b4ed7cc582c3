import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { EntityDetailDto, EntitySearchDto, EntitySearchQueryDto } from './entities.dto';
import { EntitiesService } from './entities.service';

@ApiTags('entities')
@Controller('entities')
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  @Get()
  @ApiOperation({
    summary: 'Full-text search over entity names and aliases',
    description: 'Example: GET /entities?q=zelen&type=PERSON',
  })
  @ApiOkResponse({ type: EntitySearchDto })
  search(@Query() q: EntitySearchQueryDto): Promise<EntitySearchDto> {
    return this.entities.search(q);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One entity: aliases, coordinates, events by type, first and last seen, co-occurring entities',
    description: 'Example: GET /entities/place:ukraine',
  })
  @ApiParam({ name: 'id', example: 'place:ukraine' })
  @ApiOkResponse({ type: EntityDetailDto })
  @ApiNotFoundResponse({
    example: { statusCode: 404, message: 'entity "person:nobody" not found', id: 'person:nobody' },
  })
  detail(@Param('id') id: string): Promise<EntityDetailDto> {
    return this.entities.detail(id);
  }
}
