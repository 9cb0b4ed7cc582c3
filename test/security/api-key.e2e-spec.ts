import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { TEST_API_KEY, resetGraph, startTestApp } from '../support/test-app';
import { article, contentCounts } from './support';

describe('API key (X-API-Key or Authorization: Bearer)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const writes: [string, string, unknown][] = [
    ['POST', '/articles', article(1)],
    ['POST', '/articles/batch', [article(2)]],
    ['POST', '/cypher', { query: 'RETURN 1 AS one' }],
  ];

  it.each(writes)('%s %s: 401 with WWW-Authenticate when the key is missing', async (_m, path, body) => {
    const res = await request(app.getHttpServer()).post(path).send(body as object).expect(401);
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
    expect(res.body).toMatchObject({ statusCode: 401, field: 'X-API-Key' });
  });

  it.each([
    ['a wrong X-API-Key', { 'X-API-Key': 'wrong-wrong-wrong-wrong' }],
    ['a wrong bearer token', { Authorization: 'Bearer wrong-wrong-wrong-wrong' }],
    ['the key as Basic credentials', { Authorization: `Basic ${TEST_API_KEY}` }],
    ['a key one character short', { 'X-API-Key': TEST_API_KEY.slice(0, -1) }],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
  ])('401 with %s, nothing written', async (_what, headers: Record<string, string>) => {
    const before = await contentCounts(app);
    const res = await request(app.getHttpServer()).post('/articles').set(headers).send(article(3)).expect(401);
    expect(res.headers['www-authenticate']).toBeDefined();
    expect(await contentCounts(app)).toEqual(before);
  });

  it('accepts the key as X-API-Key and as a bearer token', async () => {
    await request(app.getHttpServer()).post('/cypher').set('X-API-Key', TEST_API_KEY).send({ query: 'RETURN 1 AS one' }).expect(200);
    await request(app.getHttpServer()).post('/cypher').set('Authorization', `Bearer ${TEST_API_KEY}`).send({ query: 'RETURN 1 AS one' }).expect(200);
  });

  it('reads are open by default', async () => {
    await request(app.getHttpServer()).get('/events').expect(200);
    await request(app.getHttpServer()).get('/entities?q=kyiv').expect(200);
  });
});

describe('READS_NEED_KEY=true', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ readsNeedKey: true });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(['/events', '/timeline', '/entities?q=kyiv', '/graph?entity=place:kyiv', '/export/events.csv', '/events/event:none'])('GET %s: 401 without the key, past the guard with it', async (path) => {
    const res = await request(app.getHttpServer()).get(path).expect(401);
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
    const ok = await request(app.getHttpServer()).get(path).set('X-API-Key', TEST_API_KEY);
    expect([200, 404]).toContain(ok.status);
  });

  it('GET /jobs/:id needs the key too', async () => {
    await request(app.getHttpServer()).get('/jobs/3fa85f64-5717-4562-b3fc-2c963f66afa6').expect(401);
    await request(app.getHttpServer()).get('/jobs/3fa85f64-5717-4562-b3fc-2c963f66afa6').set('X-API-Key', TEST_API_KEY).expect(404);
  });

  it('/health stays open', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
  });
});

describe('no API_KEY configured', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp({ apiKey: null });
  });
  afterAll(async () => {
    await app.close();
  });

  it('writes answer 403 (disabled for everyone, no key could help), reads stay open', async () => {
    for (const headers of [{}, { 'X-API-Key': TEST_API_KEY }]) {
      const res = await request(app.getHttpServer()).post('/articles').set(headers).send(article(4)).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, reason: expect.stringMatching(/API_KEY/) });
      await request(app.getHttpServer()).post('/cypher').set(headers).send({ query: 'RETURN 1 AS one' }).expect(403);
    }
    await request(app.getHttpServer()).get('/events').expect(200);
  });
});
