import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { EntityTimelineQueryDto, TimelineDto, TimelineQueryDto } from './timeline-query.dto';
import { TimelineService } from './timeline.service';

const TIMELINE_EXAMPLE = {
  interval: 'month',
  buckets: [
    { period: '2025-01-01', events: 1, quantities: [{ unit: 'prisoners', sum: 25 }] },
    { period: '2025-03-01', events: 2, quantities: [{ unit: 'prisoners', sum: 350 }] },
  ],
};

@ApiTags('timeline')
@Controller()
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get('timeline')
  @ApiOperation({
    summary: 'Events per day, week, month or year, with quantity sums per unit',
    description:
      'Example: GET /timeline?entity=place:ukraine&type=PRISONER_EXCHANGE&interval=month (prisoners returned to Ukraine per month)',
  })
  @ApiOkResponse({ type: TimelineDto, example: TIMELINE_EXAMPLE })
  @ApiBadRequestResponse({
    example: {
      statusCode: 400,
      message: 'invalid request',
      errors: [
        { field: 'interval', reason: 'interval must be one of the following values: day, week, month, year' },
      ],
    },
  })
  get(@Query() q: TimelineQueryDto): Promise<TimelineDto> {
    return this.timeline.timeline(q, q.interval, q.include === 'events');
  }

  @Get('entities/:id/timeline')
  @ApiTags('entities')
  @ApiOperation({
    summary: "An entity's timeline (events it takes part in)",
    description: 'Example: GET /entities/person:volodymyr-zelensky/timeline?interval=month',
  })
  @ApiParam({
    name: 'id',
    example: 'person:volodymyr-zelensky',
    description: 'entity id, or a name or alias',
  })
  @ApiOkResponse({ type: TimelineDto, example: TIMELINE_EXAMPLE })
  @ApiNotFoundResponse({
    example: { statusCode: 404, message: 'entity "person:nobody" not found', id: 'person:nobody' },
  })
  entity(@Param('id') id: string, @Query() q: EntityTimelineQueryDto): Promise<TimelineDto> {
    return this.timeline.entityTimeline(id, q);
  }
}
