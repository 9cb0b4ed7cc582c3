import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { resetGraph, startTestApp, TEST_API_KEY } from '../support/test-app';
import { graphCounts, query } from './ingest-support';

const ARTICLE = {
  text:
    'KYIV, May 6, 2025 — Russia and Ukraine exchanged 205 prisoners of war each on Tuesday, the Ukrainian ' +
    'Coordination Headquarters said. President Volodymyr Zelensky thanked the United Arab Emirates for mediating the swap.',
  url: 'https://news.example.org/2025/05/06/exchange?utm_source=feed',
  title: 'Russia and Ukraine swap 205 prisoners each',
  source: 'Example Wire',
  publishedAt: '2025-05-06',
};

const BOT_CHALLENGE =
  '<html><head><title>Just a moment...</title></head><body><h1>Just a moment...</h1>' +
  '<p>Checking if the site connection is secure. Enable JavaScript and cookies to continue.</p></body></html>';

describe('POST /articles (real Neo4j)', () => {
  let app: NestFastifyApplication;
  const post = (body: unknown) => request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send(body as object);

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('writes an article and answers 201 with its id and what was extracted', async () => {
    const res = await post(ARTICLE).expect(201);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^article:[0-9a-f]{24}$/), created: true, title: ARTICLE.title, publishedAt: '2025-05-06' });
    expect(Array.isArray(res.body.entities)).toBe(true);
    expect(Array.isArray(res.body.events)).toBe(true);
    const rows = await query(app, 'MATCH (a:Article {id: $id}) RETURN a.publishedAt AS publishedAt, a.source AS source, a.contentHash AS hash', { id: res.body.id });
    expect(rows).toEqual([{ publishedAt: '2025-05-06', source: 'Example Wire', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('the same article again answers 200 with the same id and changes no count', async () => {
    const body = { ...ARTICLE, text: `${ARTICLE.text} More exchanges are planned.`, url: 'https://news.example.org/2025/05/06/exchange-two' };
    const first = await post(body).expect(201);
    const before = await graphCounts(app);
    const again = await post({ ...body, url: 'https://NEWS.example.org/2025/05/06/exchange-two/?utm_medium=social#top' }).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false, duplicateBy: 'id' });
    expect(await graphCounts(app)).toEqual(before);
  });

  it('the same text under another URL, or none, is the same article by its content hash', async () => {
    const first = await post({ text: `${ARTICLE.text} Talks continue.`, url: 'https://one.example.org/story' }).expect(201);
    const before = await graphCounts(app);
    const again = await post({ text: `${ARTICLE.text}   Talks continue.`, url: 'https://two.example.org/copy' }).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false, duplicateBy: 'contentHash' });
    const bare = await post({ text: `${ARTICLE.text} Talks continue.` }).expect(200);
    expect(bare.body).toMatchObject({ id: first.body.id, created: false, duplicateBy: 'contentHash' });
    expect(again.body).toMatchObject({ id: first.body.id, created: false, duplicateBy: 'contentHash' });
    expect(await graphCounts(app)).toEqual(before);
  });

  it('honours Idempotency-Key, and refuses it reused with another body', async () => {
    const body = { text: 'Protesters gathered in Tbilisi on Sunday, police said.', publishedAt: '2025-03-02' };
    const first = await post(body).set('Idempotency-Key', 'key-1').expect(201);
    const again = await post(body).set('Idempotency-Key', 'key-1').expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false, duplicateBy: 'idempotencyKey' });
    const other = await post({ ...body, text: 'Something else happened in Tbilisi.' }).set('Idempotency-Key', 'key-1').expect(422);
    expect(other.body).toMatchObject({ field: 'Idempotency-Key' });
  });

  it('accepts the key as Authorization: Bearer', async () => {
    await request(app.getHttpServer())
      .post('/articles')
      .set('Authorization', `Bearer ${TEST_API_KEY}`)
      .send({ text: 'A meeting took place in Geneva on Monday, officials said.', publishedAt: '2025-01-13' })
      .expect(201);
  });

  it.each([
    ['no key', {}],
    ['a wrong key', { 'X-API-Key': 'wrong-key-wrong-key-wrong' }],
    ['a wrong bearer', { Authorization: 'Bearer nope' }],
  ])('answers 401 with %s and writes nothing', async (_what, headers: Record<string, string>) => {
    const before = await graphCounts(app);
    const res = await request(app.getHttpServer()).post('/articles').set(headers).send({ text: 'Unauthorised text about Kyiv.' }).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, reason: expect.any(String) });
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
    expect(await graphCounts(app)).toEqual(before);
  });

  it.each([
    ['missing text', { title: 'no text' }, 'text'],
    ['empty text', { text: '' }, 'text'],
    ['malformed date', { text: 'Some text.', publishedAt: '06/05/2025' }, 'publishedAt'],
    ['impossible date', { text: 'Some text.', publishedAt: '2025-02-30' }, 'publishedAt'],
    ['unknown field', { text: 'Some text.', author: 'me' }, 'author'],
    ['text and html', { text: 'Some text.', html: '<p>Some text.</p>' }, 'html'],
    ['bad url', { text: 'Some text.', url: 'ftp://x' }, 'url'],
  ])('answers 400 for %s, naming the field, and writes nothing', async (_what, body, field) => {
    const before = await graphCounts(app);
    const res = await post(body).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason: expect.any(String) })]));
    expect(await graphCounts(app)).toEqual(before);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).set('Content-Type', 'text/plain').send('just text').expect(415);
    expect(res.body).toMatchObject({ field: 'Content-Type' });
  });

  it('answers 422 with the reason for a bot challenge page', async () => {
    const before = await graphCounts(app);
    const res = await post({ html: BOT_CHALLENGE }).expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, field: 'html', kind: 'bot-challenge', reason: expect.any(String) });
    expect(await graphCounts(app)).toEqual(before);
  });
});

describe('POST /articles limits and configuration', () => {
  it('answers 413 past the body size limit', async () => {
    const app = await startTestApp({ bodyLimit: 2048 });
    try {
      const res = await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send({ text: 'x'.repeat(4096) }).expect(413);
      expect(res.body.statusCode).toBe(413);
    } finally {
      await app.close();
    }
  });

  it('answers 403 to every write when no API_KEY is configured (no key could help), writing nothing', async () => {
    const app = await startTestApp({ apiKey: null });
    try {
      const res = await request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).send({ text: 'Some text.' }).expect(403);
      expect(res.body.reason).toMatch(/no API_KEY configured/);
    } finally {
      await app.close();
    }
  });
});
