import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { JobsService } from '../../src/ingest/jobs.service';
import { TEST_API_KEY, resetGraph, startTestApp } from '../support/test-app';
import { BoltProxy, article, contentCounts, rawQuery } from './support';

/**
 * The app talks to the test Neo4j through a TCP proxy; cutting the proxy is Neo4j going away
 * (every socket dropped, new connections refused) without stopping the shared server.
 */
describe('Neo4j unavailable', () => {
  let app: NestFastifyApplication;
  const proxy = BoltProxy.forTestUri();

  beforeAll(async () => {
    await proxy.restore();
    app = await startTestApp({ neo4j: { uri: proxy.uri } as never });
    await resetGraph(app).catch((err: unknown) => {
      // resetGraph refuses URIs other than NEO4J_TEST_URI; the proxy forwards to it, so wipe directly
      if (!String(err).includes('refusing')) throw err;
      return rawQuery(app, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
    });
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await app.close();
    await proxy.cut();
  });

  it('writes answer 503 with Retry-After within a few seconds, and nothing is half-written', async () => {
    await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(article(1)).expect(201);
    const before = await contentCounts(app);
    await proxy.cut();
    const started = Date.now();
    const res = await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(article(2)).expect(503);
    const elapsed = Date.now() - started;
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ statusCode: 503 });
    expect(elapsed).toBeLessThan(8000);

    const read = await request(app.getHttpServer()).get('/events').expect(503);
    expect(read.headers['retry-after']).toBeDefined();
    await request(app.getHttpServer()).get('/health').expect(503);

    await proxy.restore();
    expect(await contentCounts(app)).toEqual(before);
    const articles = await rawQuery(app, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(Number(articles[0].n)).toBe(1);
    // and it recovers without a restart
    await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(article(2)).expect(201);
    await request(app.getHttpServer()).get('/health').expect(200);
  });

  it('a batch job survives the outage: retries with backoff, reports `retried`, writes each article once', async () => {
    await proxy.cut();
    const submitted = await request(app.getHttpServer())
      .post('/articles/batch')
      .set('X-API-Key', TEST_API_KEY)
      .send([3, 4, 5].map((n) => article(n)))
      .expect(202);
    await new Promise((r) => setTimeout(r, 9000)); // longer than the driver's own 3 s retry window
    await proxy.restore();
    await app.get(JobsService).idle();
    const job = await request(app.getHttpServer()).get(`/jobs/${submitted.body.id as string}`).expect(200);
    expect(job.body).toMatchObject({ state: 'done', total: 3, done: 3, failed: 0 });
    expect(job.body.retried).toBeGreaterThan(0);
    const rows = await rawQuery(app, 'MATCH (a:Article) WHERE a.url STARTS WITH $p RETURN a.url AS url, count(*) AS n', { p: 'https://example.org/security/' });
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it('the process survives driver errors (no unhandled rejection ends it)', async () => {
    await proxy.cut();
    await Promise.all([1, 2, 3].map(() => request(app.getHttpServer()).get('/events').expect(503)));
    await proxy.restore();
    await request(app.getHttpServer()).get('/events').expect(200);
  });
});
