import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { JobsService } from '../../src/ingest/jobs.service';
import { resetGraph, startTestApp, TEST_API_KEY } from '../support/test-app';
import { graphCounts } from './ingest-support';

const good = (i: number) => ({ text: `Officials met in Vienna on Monday to discuss grain shipments, round ${i}.`, publishedAt: '2025-02-03', url: `https://example.org/batch/${i}` });

describe('POST /articles/batch and GET /jobs/:id (real Neo4j)', () => {
  let app: NestFastifyApplication;
  const batch = () => request(app.getHttpServer()).post('/articles/batch').set('X-API-Key', TEST_API_KEY);

  beforeAll(async () => {
    app = await startTestApp({ batchLimit: 5 });
    await resetGraph(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('NDJSON: a bad line and a bad item fail alone, the rest go in', async () => {
    const ndjson = [JSON.stringify(good(1)), '{not json', JSON.stringify({ text: 'x', publishedAt: 'yesterday' }), '', JSON.stringify(good(2))].join('\n');
    const res = await batch().set('Content-Type', 'application/x-ndjson').send(ndjson).expect(202);
    expect(res.headers.location).toBe(`/jobs/${res.body.id}`);
    expect(res.body).toMatchObject({ state: 'queued', total: 4 });
    await app.get(JobsService).idle();
    const job = await request(app.getHttpServer()).get(`/jobs/${res.body.id}`).expect(200);
    expect(job.body).toMatchObject({ id: res.body.id, state: 'done', total: 4, done: 2, skipped: 0, failed: 2 });
    expect(job.body.errors).toEqual([
      { index: 1, reason: expect.stringMatching(/line 2 is not valid JSON/) },
      { index: 2, reason: expect.stringMatching(/publishedAt/) },
    ]);
  });

  it('JSON array: articles already in are skipped', async () => {
    const res = await batch().send([good(1), good(3)]).expect(202);
    await app.get(JobsService).idle();
    const job = await request(app.getHttpServer()).get(`/jobs/${res.body.id}`).expect(200);
    expect(job.body).toMatchObject({ state: 'done', total: 2, done: 1, skipped: 1, failed: 0, errors: [] });
  });

  it('refuses more items than the batch limit with 413, writing nothing', async () => {
    const before = await graphCounts(app);
    const res = await batch().send([1, 2, 3, 4, 5, 6].map((i) => good(100 + i))).expect(413);
    expect(res.body).toMatchObject({ field: 'body', reason: expect.stringMatching(/at most 5/) });
    expect(await graphCounts(app)).toEqual(before);
  });

  it('refuses a body that is neither a JSON array nor NDJSON', async () => {
    await batch().send({ text: 'one object' }).expect(400);
    await batch().set('Content-Type', 'text/plain').send('hello').expect(415);
    await batch().send([]).expect(400);
  });

  it('needs the API key', async () => {
    await request(app.getHttpServer()).post('/articles/batch').send([good(9)]).expect(401);
  });

  it('GET /jobs/:id answers 404 for an unknown job and 400 for a malformed id', async () => {
    await request(app.getHttpServer()).get('/jobs/6f1c1f53-7f0e-4d4e-9b59-0d1a0b6b2a11').expect(404);
    await request(app.getHttpServer()).get('/jobs/nope').expect(400);
  });
});
