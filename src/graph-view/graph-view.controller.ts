import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GraphElementsDto, GraphQueryDto } from './graph-view.dto';
import { GraphViewService } from './graph-view.service';

@ApiTags('graph')
@Controller('graph')
export class GraphViewController {
  constructor(private readonly view: GraphViewService) {}

  @Get()
  @ApiOperation({
    summary: 'The neighbourhood of an event or entity as Cytoscape.js elements',
    description: 'Example: GET /graph?event=evt:exchange-2025-03-19&depth=2&limit=100',
  })
  @ApiOkResponse({
    type: GraphElementsDto,
    example: {
      nodes: [
        {
          data: {
            id: 'evt:exchange-2025-03-19',
            label: 'PRISONER_EXCHANGE 2025-03-19',
            type: 'event',
            eventType: 'PRISONER_EXCHANGE',
            date: '2025-03-19',
          },
        },
        { data: { id: 'place:ukraine', label: 'Ukraine', type: 'place', lat: 49, lon: 32 } },
      ],
      edges: [
        {
          data: {
            id: 'evt:exchange-2025-03-19|INVOLVES|place:ukraine',
            source: 'evt:exchange-2025-03-19',
            target: 'place:ukraine',
            type: 'INVOLVES',
            label: 'recipient',
          },
        },
      ],
    },
  })
  @ApiNotFoundResponse({
    example: { statusCode: 404, message: 'event "evt:nope" not found', id: 'evt:nope' },
  })
  get(@Query() q: GraphQueryDto): Promise<GraphElementsDto> {
    return this.view.elements(q);
  }
}
