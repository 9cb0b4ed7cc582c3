import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { EventsPageDto } from '../query/event.responses';
import { EventDetailDto } from './event-detail.responses';
import { EventDetailQueryDto, EventsQueryDto } from './events-query.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOperation({
    summary: 'Dated events, filtered, keyset-paginated',
    description:
      'Example: GET /events?entity=place:ukraine&type=PRISONER_EXCHANGE&from=2025-01-01&to=2025-06-30&limit=10',
  })
  @ApiOkResponse({ type: EventsPageDto })
  @ApiBadRequestResponse({
    description: 'a parameter is invalid; `errors` names the field',
    example: {
      statusCode: 400,
      message: 'invalid request',
      errors: [{ field: 'sort', reason: 'sort must be one of the following values: date, -date' }],
    },
  })
  list(@Query() q: EventsQueryDto): Promise<EventsPageDto> {
    return this.events.list(q);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One event with every report and its linked events',
    description: 'Example: GET /events/evt:exchange-2025-03-19',
  })
  @ApiParam({ name: 'id', example: 'evt:exchange-2025-03-19' })
  @ApiOkResponse({ type: EventDetailDto })
  @ApiNotFoundResponse({
    example: { statusCode: 404, message: 'event "evt:nope" not found', id: 'evt:nope' },
  })
  detail(@Param('id') id: string, @Query() q: EventDetailQueryDto): Promise<EventDetailDto> {
    return this.events.detail(id, q);
  }
}
