import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ExportQueryDto } from './export-query.dto';
import { CONTENT_TYPES, type ExportFormat, ExportService } from './export.service';

@ApiTags('export')
@Controller('export')
export class ExportController {
  constructor(private readonly exporter: ExportService) {}

  @Get('events.csv')
  @ApiOperation({
    summary: 'Events as CSV (same filters as /events), streamed',
    description: 'Example: GET /export/events.csv?place=Ukraine&from=2025-01-01',
  })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'one row per event',
    content: {
      'text/csv': {
        example:
          'id,dateStart,dateEnd,granularity,type,cameo,status,participants,participantIds,place,placeId,lat,lon,quantity,unit,qualifier,reports,sources\r\nevt:1,2025-03-19,2025-03-19,day,PRISONER_EXCHANGE,0861,occurred,Russia (agent); Ukraine (recipient),place:russia;place:ukraine,Kyiv,place:kyiv,50.45,30.52,175,prisoners,exact,2,2\r\n',
      },
    },
  })
  csv(@Query() q: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.send(q, 'csv', reply);
  }

  @Get('events.ndjson')
  @ApiOperation({
    summary: 'Events as newline-delimited JSON (same filters as /events), streamed',
    description: 'Example: GET /export/events.ndjson?entity=Russia',
  })
  @ApiProduces('application/x-ndjson')
  @ApiResponse({
    status: 200,
    description: 'one JSON event summary per line',
    content: {
      'application/x-ndjson': {
        example: '{"id":"evt:1","type":"PRISONER_EXCHANGE","dateStart":"2025-03-19"}\n',
      },
    },
  })
  ndjson(@Query() q: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.send(q, 'ndjson', reply);
  }

  @Get('events.geojson')
  @ApiOperation({
    summary: 'Events as a GeoJSON FeatureCollection (same filters as /events), streamed',
    description: 'Example: GET /export/events.geojson?type=ATTACK',
  })
  @ApiProduces('application/geo+json')
  @ApiResponse({
    status: 200,
    description: 'Point at the place of each event; geometry null when it has none',
    content: {
      'application/geo+json': {
        example: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              id: 'evt:1',
              geometry: { type: 'Point', coordinates: [30.52, 50.45] },
              properties: { type: 'PRISONER_EXCHANGE', dateStart: '2025-03-19' },
            },
          ],
        },
      },
    },
  })
  geojson(@Query() q: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    return this.send(q, 'geojson', reply);
  }

  private async send(q: ExportQueryDto, format: ExportFormat, reply: FastifyReply): Promise<void> {
    const stream = await this.exporter.stream(q, q.sort === '-date', format);
    await reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', `attachment; filename="events.${format}"`)
      .send(stream);
  }
}
