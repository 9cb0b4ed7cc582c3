import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { IngestFaults, type FaultPoint } from '../../src/ingest/ingest-faults';
import { IngestService } from '../../src/ingest/ingest.service';
import { resetGraph, startTestApp, TEST_API_KEY } from '../support/test-app';
import { exchange, extraction, graphCounts, RUSSIA, UKRAINE } from './ingest-support';

describe('a failure in the middle of an article (real Neo4j)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app);
    // Something already in the graph, so "as before" is not just "empty".
    await app.get(IngestService).ingestExtraction(extraction('earlier', '2025-05-01', [RUSSIA, UKRAINE], [exchange('2025-05-01', 100, 'X')]));
  });

  afterAll(async () => {
    app.get(IngestFaults).disarm();
    await app.close();
  });

  it.each<[FaultPoint]>([['before-write'], ['after-write']])(
    'a fault %s leaves the graph as it was',
    async (point) => {
      const before = await graphCounts(app);
      app.get(IngestFaults).arm(point);
      const x = extraction(`report with a fault ${point}`, '2025-05-02', [RUSSIA, UKRAINE], [exchange('2025-05-01', 110, 'Y')]);
      await expect(app.get(IngestService).ingestExtraction(x)).rejects.toThrow(`injected fault at ${point}`);
      expect(await graphCounts(app)).toEqual(before);
    },
  );

  it('over HTTP: 500, nothing written, and the same request then succeeds', async () => {
    const before = await graphCounts(app);
    app.get(IngestFaults).arm('after-write');
    const body = { text: 'Protesters marched through Tbilisi on Sunday evening, organisers said.', publishedAt: '2025-03-02' };
    await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(body).expect(500);
    expect(await graphCounts(app)).toEqual(before);
    await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(body).expect(201);
  });
});
