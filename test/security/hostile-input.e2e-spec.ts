import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { TEST_API_KEY, resetGraph, startTestApp } from '../support/test-app';
import { ARTICLE_TEXT, contentCounts, rawQuery } from './support';

describe('hostile input', () => {
  let app: NestFastifyApplication;
  const post = (body: unknown, type = 'application/json') =>
    request(app.getHttpServer()).post('/articles').set('X-API-Key', TEST_API_KEY).set('Content-Type', type).send(body as string);

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('HTML with scripts, handlers and javascript: URLs: no script text is stored', async () => {
    const html =
      `<html><head><script>window.PWNED_HEAD = 1</script><style>body{}</style></head><body>` +
      `<article><h1>Exchange</h1><p onclick="PWNED_ONCLICK()">${ARTICLE_TEXT}</p>` +
      `<script type="text/javascript">alert("PWNED_BODY")</script><noscript>PWNED_NOSCRIPT</noscript>` +
      `<p>Officials in Kyiv confirmed the numbers. <a href="javascript:PWNED_HREF()">more</a></p>` +
      `<img src=x onerror="PWNED_IMG()"><svg><script>PWNED_SVG()</script></svg></article></body></html>`;
    const res = await post({ html, url: 'https://example.org/hostile/script', publishedAt: '2025-05-06' });
    expect([200, 201, 422]).toContain(res.status);
    const rows = await rawQuery(
      app,
      `MATCH (a:Article) OPTIONAL MATCH (e:Event)-[r:REPORTED_IN]->(a) OPTIONAL MATCH (a)-[:MENTIONS]->(x:Entity)
       RETURN collect(a.body) + collect(a.title) + collect(r.evidence) + collect(x.name) AS texts`,
    );
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/PWNED|<script|alert\(|javascript:|onerror|onclick/i);
  });

  it('NUL bytes and control characters: a clear answer, never a 500', async () => {
    const res = await post({ text: `${ARTICLE_TEXT}\u0000\u0001\u001b[31m`, url: 'https://example.org/hostile/nul', title: 'a\u0000b' });
    expect(res.status).toBeLessThan(500);
    const src = await request(app.getHttpServer()).get('/entities').query({ q: 'Kyiv\u0000' });
    expect(src.status).toBeLessThan(500);
  });

  it('invalid UTF-8 in a JSON body: a clear answer, never a 500', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"Kyiv '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(' exchanged 5 prisoners."}')]);
    const res = await post(bytes as unknown as string);
    expect(res.status).toBeLessThan(500);
  });

  it('malformed JSON and the wrong content type: 400 and 415', async () => {
    await post('{"text": "unterminated').expect(400);
    await post('text=Kyiv', 'application/x-www-form-urlencoded').expect(415);
    await post('Kyiv', 'text/plain').expect(415);
  });

  it('deeply nested JSON: 400, not a stack overflow', async () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const res = await post(`{"text": "Kyiv", "extra": ${deep}}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const arr = await post(`{"text": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(arr.status).toBe(400);
    const batch = await request(app.getHttpServer())
      .post('/articles/batch')
      .set('X-API-Key', TEST_API_KEY)
      .set('Content-Type', 'application/json')
      .send(`[${deep}]`);
    expect(batch.status).toBeLessThan(500);
  });

  it('a 5 MB single-line text: 413 at the default body limit, fast', async () => {
    const started = Date.now();
    const res = await post({ text: 'Kyiv exchanged 5 prisoners '.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a text over the article cap: 400 naming the field, before any extraction', async () => {
    const res = await post({ text: 'Kyiv exchanged 5 prisoners '.repeat(8_000) }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'text' });
  });

  const INJECTIONS = [`' OR 1=1 //`, `}) MATCH (n) DETACH DELETE n //`, `"}) RETURN 1 UNION MATCH (n) DETACH DELETE n //`, `\\' OR '1'='1`, `$param`, `*:*`, `a~ OR b^9`];
  const FILTERS: Array<(v: string) => [string, Record<string, string>]> = [
    (v: string) => ['/events', { type: v }],
    (v: string) => ['/events', { entity: v }],
    (v: string) => ['/events', { place: v }],
    (v: string) => ['/events', { cursor: v }],
    (v: string) => ['/events', { status: v }],
    (v: string) => ['/events', { from: v }],
    (v: string) => ['/events', { sort: v }],
    (v: string) => ['/timeline', { entity: v }],
    (v: string) => ['/timeline', { interval: v }],
    (v: string) => ['/entities', { q: v }],
    (v: string) => ['/entities', { type: v }],
    (v: string) => [`/entities/${encodeURIComponent(v)}`, {}],
    (v: string) => [`/events/${encodeURIComponent(v)}`, {}],
    (v: string) => ['/graph', { entity: v }],
    (v: string) => ['/graph', { event: v }],
    (v: string) => ['/export/events.csv', { entity: v }],
  ] as const;

  it('Cypher-looking strings in every filter: 2xx or 4xx, never a 500, and the graph is untouched', async () => {
    await post({ text: ARTICLE_TEXT, url: 'https://example.org/hostile/base', publishedAt: '2025-05-06' });
    const before = await contentCounts(app);
    expect(before.nodes).toBeGreaterThan(0);
    for (const inj of INJECTIONS) {
      for (const f of FILTERS) {
        const [path, query] = f(inj);
        const res = await request(app.getHttpServer()).get(path).query(query);
        if (res.status >= 500) throw new Error(`${path} ${JSON.stringify(query)} → ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(await contentCounts(app)).toEqual(before);
  });

  it('unicode look-alikes in names do not match or merge with the real name', async () => {
    // Cyrillic "К", "у", "і" and "е" in place of Latin letters
    const fake = 'Кyіv';
    const res = await request(app.getHttpServer()).get('/entities').query({ q: fake }).expect(200);
    const names = JSON.stringify(res.body);
    expect(names).not.toMatch(/"Kyiv"/);
    const lookalike = await post({ text: ARTICLE_TEXT.replace(/Kyiv|KYIV/g, 'Кyіv'), url: 'https://example.org/hostile/lookalike', publishedAt: '2025-05-06' });
    expect(lookalike.status).toBeLessThan(500);
    const ids = await rawQuery(app, `MATCH (x:Entity) WHERE x.name IN ['Kyiv', $fake] RETURN x.id AS id, x.name AS name`, { fake });
    expect(ids.filter((row) => row.name === fake && row.id === 'place:kyiv')).toEqual([]);
    // fullwidth and zero-width characters in a query: still a clear answer
    for (const q of ['Ｋｙｉｖ', 'Ky\u200biv', '\u202eviyK', 'K\u0301yiv']) {
      const r = await request(app.getHttpServer()).get('/entities').query({ q });
      expect(r.status).toBeLessThan(500);
    }
  });
});
