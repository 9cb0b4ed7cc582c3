import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { startTestApp } from '../support/test-app';

describe('OpenAPI', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('describes every query endpoint with its parameters, responses and an example', async () => {
    const res = await request(app.getHttpServer()).get('/docs-json').expect(200);
    const paths = res.body.paths as Record<
      string,
      Record<
        string,
        { parameters?: { name: string }[]; responses: Record<string, unknown>; description?: string }
      >
    >;
    const ops: [string, string][] = [
      ['/events', 'get'],
      ['/events/{id}', 'get'],
      ['/timeline', 'get'],
      ['/entities', 'get'],
      ['/entities/{id}', 'get'],
      ['/entities/{id}/timeline', 'get'],
      ['/graph', 'get'],
      ['/export/events.csv', 'get'],
      ['/export/events.ndjson', 'get'],
      ['/export/events.geojson', 'get'],
      ['/cypher', 'post'],
    ];
    for (const [path, method] of ops) {
      const op = paths[path]?.[method];
      expect({ path, defined: Boolean(op) }).toEqual({ path, defined: true });
      expect(op.responses['200']).toBeDefined();
      expect(op.description).toMatch(/Example/);
    }
    expect(paths['/events'].get.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'type',
        'entity',
        'place',
        'from',
        'to',
        'minQuantity',
        'status',
        'sort',
        'limit',
        'cursor',
      ]),
    );
    const schemas = res.body.components.schemas as Record<
      string,
      { properties: Record<string, { example?: unknown }> }
    >;
    expect(schemas.EventSummaryDto.properties.dateStart.example).toBe('2025-03-19');
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'EventsPageDto',
        'EventDetailDto',
        'TimelineDto',
        'EntityDetailDto',
        'GraphElementsDto',
        'CypherRequestDto',
        'CypherResultDto',
      ]),
    );
  });
});
