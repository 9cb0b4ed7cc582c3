import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { EVENTS } from '../fixtures/seed-data';
import { startSeededApp } from './seeded-app';

interface Item {
  id: string;
  dateStart: string;
  type: string;
  quantity: number | null;
  participants: { id: string; role: string }[];
  place: { id: string; lat: number; lon: number } | null;
  reportCount: number;
  sourceCount: number;
}

describe('GET /events', () => {
  let app: NestFastifyApplication;
  const get = (query: Record<string, string | number>) =>
    request(app.getHttpServer()).get('/events').query(query);

  beforeAll(async () => {
    app = await startSeededApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function all(query: Record<string, string | number>): Promise<Item[]> {
    const seen: Item[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res = await get(cursor ? { ...query, cursor } : query).expect(200);
      seen.push(...(res.body.items as Item[]));
      cursor = res.body.nextCursor as string | null;
      if (!cursor) break;
    }
    return seen;
  }

  const byDate = [...EVENTS].sort(
    (a, b) => a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id),
  );

  it('lists events oldest first with participants, place, quantity and reports', async () => {
    const res = await get({ limit: 3 }).expect(200);
    expect(res.body.limit).toBe(3);
    expect(res.body.items.map((e: Item) => e.id)).toEqual(byDate.slice(0, 3).map((e) => e.id));
    const first = res.body.items[0] as Item;
    expect(first).toMatchObject({
      id: 'evt:01-exchange',
      type: 'PRISONER_EXCHANGE',
      cameo: '0861',
      dateStart: '2025-01-05',
      granularity: 'day',
      status: 'occurred',
      quantity: 25,
      unit: 'prisoners',
      reportCount: 1,
      sourceCount: 1,
      place: {
        id: 'place:united-arab-emirates',
        name: 'United Arab Emirates',
        lat: 24,
        lon: 54,
        countryCode: 'AE',
      },
    });
    expect(first.participants).toEqual(
      expect.arrayContaining([
        { id: 'place:russia', name: 'Russia', type: 'PLACE', role: 'agent' },
        { id: 'place:ukraine', name: 'Ukraine', type: 'PLACE', role: 'recipient' },
      ]),
    );
  });

  it.each([['date'], ['-date']])(
    'pages through every event with sort=%s: no gaps, no repeats',
    async (sort) => {
      const items = await all({ sort, limit: 7 });
      const expected = sort === 'date' ? byDate : [...byDate].reverse();
      expect(items.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    },
  );

  it('pages with a filter and limit 1 across events on the same day (tie broken by id)', async () => {
    const items = await all({ from: '2025-04-19', to: '2025-04-19', limit: 1 });
    expect(items.map((e) => e.id)).toEqual(['evt:05-exchange', 'evt:25-ceasefire']);
  });

  it('filters by type, status, dates and minQuantity', async () => {
    const items = await all({
      type: 'prisoner_exchange',
      status: 'occurred',
      from: '2025-02-01',
      to: '2025-05-31',
      minQuantity: 200,
      limit: 200,
    });
    expect(items.map((e) => e.id)).toEqual(['evt:05-exchange', 'evt:06-exchange', 'evt:07-exchange']);
  });

  it('filters by entity id, name or alias alike', async () => {
    const expected = EVENTS.filter((e) => e.participants.some((p) => p.id === 'person:volodymyr-zelensky'))
      .map((e) => e.id)
      .sort();
    for (const entity of ['person:volodymyr-zelensky', 'Volodymyr Zelensky', 'zelenskyy']) {
      const items = await all({ entity, limit: 200 });
      expect(items.map((e) => e.id).sort()).toEqual(expected);
    }
    expect(expected).toEqual(['evt:04-exchange', 'evt:06-exchange', 'evt:19-meeting']);
  });

  it('place includes places IN the place, at any depth (Kharkiv under Kharkiv Oblast under Ukraine)', async () => {
    const items = await all({ place: 'Ukraine', limit: 200 });
    expect(items.map((e) => e.id)).toEqual([
      'evt:11-attack',
      'evt:28-protest',
      'evt:12-attack',
      'evt:13-attack',
      'evt:14-attack',
      'evt:15-attack',
      'evt:16-attack',
    ]);
    const kharkiv = await all({ place: 'Kharkov', limit: 200 });
    expect(kharkiv.map((e) => e.id)).toEqual(['evt:12-attack', 'evt:14-attack']);
  });

  it('combines entity and place', async () => {
    const items = await all({ entity: 'place:ukraine', place: 'place:russia', limit: 200 });
    expect(items.map((e) => e.id)).toEqual(['evt:17-attack', 'evt:18-attack']);
  });

  it('answers an empty page for an entity nobody knows', async () => {
    const res = await get({ entity: 'nobody at all' }).expect(200);
    expect(res.body).toEqual({ items: [], nextCursor: null, limit: 25 });
  });

  it.each([
    [{ sort: 'quantity' }, 'sort'],
    [{ limit: 201 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ from: '2025-06-01', to: '2025-01-01' }, 'to'],
    [{ from: '2025-02-30' }, 'from'],
    [{ status: 'maybe' }, 'status'],
    [{ minQuantity: 'lots' }, 'minQuantity'],
    [{ type: 'drop table' }, 'type'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ unknown: 'x' }, 'unknown'],
  ])('400 for %p naming the field %s', async (query, field) => {
    const res = await get(query as Record<string, string | number>).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('400 for a cursor issued for the other sort order', async () => {
    const first = await get({ limit: 2 }).expect(200);
    const res = await get({ limit: 2, sort: '-date', cursor: first.body.nextCursor as string }).expect(400);
    expect(res.body.errors[0]).toEqual({
      field: 'cursor',
      reason: 'cursor was issued for the other sort order',
    });
  });
});

describe('GET /events/:id', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startSeededApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('returns every report with its own count and claimant, side by side', async () => {
    const res = await request(app.getHttpServer()).get('/events/evt:04-exchange').expect(200);
    expect(res.body).toMatchObject({
      id: 'evt:04-exchange',
      quantity: 175,
      quantityMin: 172,
      quantityMax: 175,
      reportCount: 3,
      sourceCount: 3,
    });
    expect(res.body.participants).toHaveLength(6);
    expect(res.body.participants).toContainEqual({
      id: 'person:dmytro-lubinets',
      name: 'Dmytro Lubinets',
      type: 'PERSON',
      role: 'subject',
    });
    const reports = res.body.reports as {
      article: { source: string; url: string; title: string; publishedAt: string };
      quantity: number;
      claimant: string;
      evidence: string;
    }[];
    expect(reports.map((r) => [r.article.source, r.quantity, r.claimant])).toEqual([
      ['Kyiv Independent', 175, 'Volodymyr Zelensky'],
      ['TASS', 172, 'Russian Ministry of Defence'],
      ['Reuters', 175, 'Coordination Headquarters'],
    ]);
    expect(reports[0].article).toMatchObject({
      url: expect.stringMatching(/^https:\/\//),
      publishedAt: '2025-03-19',
    });
    expect(reports[0].evidence).toContain('Volodymyr Zelensky said');
  });

  it('ranks linked events by shared participants, place, type and closeness, with the reason', async () => {
    const res = await request(app.getHttpServer()).get('/events/evt:04-exchange').expect(200);
    const linked = res.body.linked as { id: string; score: number; daysApart: number; reason: string }[];
    // Within 30 days, sharing Russia and Ukraine: the agreement (6 days), the attacks (14, 25, 27 days).
    expect(linked.slice(0, 4).map((l) => [l.id, l.score, l.daysApart])).toEqual([
      ['evt:23-agreement', 4, 6],
      ['evt:14-attack', 4, 14],
      ['evt:15-attack', 4, 25],
      ['evt:13-attack', 4, 27],
    ]);
    expect(linked[0].reason).toBe('shares participants Russia, Ukraine; 6 days apart');
    expect(linked.map((l) => l.id)).not.toContain('evt:05-exchange'); // 31 days: outside the window
  });

  it('links by place and type too', async () => {
    const res = await request(app.getHttpServer())
      .get('/events/evt:22-talks')
      .query({ windowDays: 20 })
      .expect(200);
    expect(res.body.linked[0]).toEqual({
      id: 'evt:21-talks',
      type: 'MEETING',
      dateStart: '2025-05-16',
      score: 8,
      daysApart: 17,
      sharedParticipants: ['Russia', 'Turkey', 'Ukraine'],
      sharedPlaces: ['Istanbul'],
      reason: 'shares participants Russia, Turkey, Ukraine; same place Istanbul; same type; 17 days apart',
    });
  });

  it('404 with a clear message for an unknown id', async () => {
    const res = await request(app.getHttpServer()).get('/events/evt:nope').expect(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'event "evt:nope" not found', id: 'evt:nope' });
  });
});
