import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app';
import { TEST_API_KEY, resetGraph, startTestApp, testConfig } from '../support/test-app';
import { LogCapture, article } from './support';

describe('rate limit (RATE_LIMIT_PER_MINUTE)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ rateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 429 with Retry-After once a client is over the limit; /health is exempt', async () => {
    const server = app.getHttpServer();
    for (let i = 0; i < 3; i++) await request(server).get('/events').expect(200);
    const res = await request(server).get('/events').expect(429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.body).toMatchObject({ statusCode: 429 });
    // writes count against the same budget, before the key is even checked
    await request(server).post('/articles').set('X-API-Key', TEST_API_KEY).send(article(1)).expect(429);
    for (let i = 0; i < 5; i++) await request(server).get('/health').expect(200);
  });
});

describe('limits on size and counts', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ bodyLimit: 64 * 1024, batchLimit: 3 });
    await resetGraph(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('413 for a body over BODY_LIMIT_BYTES, on single and batch writes', async () => {
    const big = { ...article(1), text: 'Kyiv. '.repeat(20_000) };
    const one = await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(big).expect(413);
    expect(one.body).toMatchObject({ statusCode: 413 });
    await request(app.getHttpServer()).post('/articles/batch').set('X-API-Key', TEST_API_KEY).send([big]).expect(413);
  });

  it('413 for a batch over BATCH_LIMIT, nothing queued', async () => {
    const res = await request(app.getHttpServer())
      .post('/articles/batch')
      .set('X-API-Key', TEST_API_KEY)
      .send([1, 2, 3, 4].map((n) => article(n)))
      .expect(413);
    expect(res.body.reason).toMatch(/at most 3/);
  });

  it.each([
    '/events?limit=100000',
    '/events?limit=-1',
    '/entities?q=kyiv&limit=101',
    '/graph?entity=place:kyiv&limit=5000',
    '/graph?entity=place:kyiv&depth=9',
    '/events?limit=1e9',
  ])('400 for a limit beyond its cap: %s', async (path) => {
    const res = await request(app.getHttpServer()).get(path).expect(400);
    expect(res.body.errors?.[0]).toMatchObject({ field: expect.any(String), reason: expect.any(String) });
  });
});

describe('query timeouts', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ cypherConsole: { timeoutMs: 200, maxRows: 10 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('a researcher query that runs too long answers 504, not 500', async () => {
    const started = Date.now();
    const res = await request(app.getHttpServer())
      .post('/cypher')
      .set('X-API-Key', TEST_API_KEY)
      .send({ query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n' })
      .expect(504);
    expect(res.body).toMatchObject({ statusCode: 504 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('request ids and logs', () => {
  it('echoes X-Request-Id, invents one when absent or unsafe, and never logs the API key', async () => {
    const logs = new LogCapture();
    const app = await createApp(testConfig({ logLevel: 'info' }), { logStream: logs });
    await app.getHttpAdapter().getInstance().ready();
    try {
      const server = app.getHttpServer();
      const mine = await request(server).get('/events').set('X-Request-Id', 'abc-123').expect(200);
      expect(mine.headers['x-request-id']).toBe('abc-123');
      const fresh = await request(server).get('/events').expect(200);
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const unsafe = await request(server).get('/events').set('X-Request-Id', 'a b {"x":1}').expect(200);
      expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const long = await request(server).get('/events').set('X-Request-Id', 'x'.repeat(101)).expect(200);
      expect(long.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const err = await request(server).get('/events?limit=100000').set('X-Request-Id', 'err-1').expect(400);
      expect(err.headers['x-request-id']).toBe('err-1');

      await request(server).post('/cypher').set('X-API-Key', TEST_API_KEY).send({ query: 'RETURN 1 AS one' }).expect(200);
      await request(server).post('/cypher').set('Authorization', `Bearer ${TEST_API_KEY}`).send({ query: 'RETURN 1 AS one' }).expect(200);
      await request(server).post('/cypher').set('X-API-Key', `${TEST_API_KEY}-wrong`).send({ query: 'RETURN 1 AS one' }).expect(401);

      const lines = logs.lines.map((l) => JSON.parse(l) as { req?: { id?: string }; msg?: string });
      expect(lines.some((l) => l.req?.id === 'abc-123')).toBe(true);
      expect(lines.length).toBeGreaterThan(4);
      expect(logs.text).not.toContain(TEST_API_KEY);
      expect(logs.text).not.toContain('test-api-key');
    } finally {
      await app.close();
    }
  });
});
