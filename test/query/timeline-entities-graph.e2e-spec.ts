import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { EVENTS } from '../fixtures/seed-data';
import { startSeededApp } from './seeded-app';

describe('timeline, entities and graph', () => {
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startSeededApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('GET /timeline: prisoners returned to Ukraine per month, with sums', async () => {
    const res = await http()
      .get('/timeline')
      .query({ entity: 'Ukraine', type: 'PRISONER_EXCHANGE', interval: 'month' })
      .expect(200);
    expect(res.body).toEqual({
      interval: 'month',
      buckets: [
        { period: '2025-01-01', events: 2, quantities: [{ unit: 'prisoners', sum: 75 }] },
        { period: '2025-02-01', events: 1, quantities: [{ unit: 'prisoners', sum: 150 }] },
        { period: '2025-03-01', events: 1, quantities: [{ unit: 'prisoners', sum: 175 }] },
        { period: '2025-04-01', events: 1, quantities: [{ unit: 'prisoners', sum: 246 }] },
        { period: '2025-05-01', events: 2, quantities: [{ unit: 'prisoners', sum: 595 }] },
        { period: '2025-06-01', events: 1, quantities: [{ unit: 'prisoners', sum: 1000 }] },
      ],
    });
  });

  it('GET /timeline: several units per bucket, status filter, year and week buckets', async () => {
    const year = await http()
      .get('/timeline')
      .query({ entity: 'place:ukraine', status: 'occurred', interval: 'year' })
      .expect(200);
    const involving = EVENTS.filter(
      (e) => e.status === 'occurred' && e.participants.some((p) => p.id === 'place:ukraine'),
    );
    const sum = (unit: string) =>
      involving.filter((e) => e.unit === unit).reduce((n, e) => n + (e.quantity ?? 0), 0);
    expect(year.body.buckets).toEqual([
      {
        period: '2025-01-01',
        events: involving.length,
        quantities: [
          { unit: 'aircraft', sum: sum('aircraft') },
          { unit: 'bodies', sum: 1969 },
          { unit: 'killed', sum: sum('killed') },
          { unit: 'prisoners', sum: 1241 },
        ],
      },
    ]);
    const week = await http().get('/timeline').query({ place: 'Kharkiv', interval: 'week' }).expect(200);
    // 2025-01-25 is a Saturday (week of Monday 01-20); 2025-03-05 a Wednesday (week of 03-03).
    expect(week.body.buckets.map((b: { period: string }) => b.period)).toEqual(['2025-01-20', '2025-03-03']);
  });

  it('GET /timeline?include=events lists the events behind each bucket', async () => {
    const res = await http()
      .get('/timeline')
      .query({ type: 'BODY_REPATRIATION', include: 'events', interval: 'month' })
      .expect(200);
    expect(
      res.body.buckets.map((b: { period: string; items: { id: string; quantity: number }[] }) => [
        b.period,
        b.items.map((i) => [i.id, i.quantity]),
      ]),
    ).toEqual([
      ['2025-02-01', [['evt:09-bodies', 757]]],
      ['2025-06-01', [['evt:10-bodies', 1212]]],
    ]);
  });

  it('GET /timeline: 400 for a bad interval and for from after to', async () => {
    const a = await http().get('/timeline').query({ interval: 'hour' }).expect(400);
    expect(a.body.errors[0].field).toBe('interval');
    const b = await http().get('/timeline').query({ from: '2025-05-01', to: '2025-04-01' }).expect(400);
    expect(b.body.errors[0]).toEqual({ field: 'to', reason: 'to must not be before from' });
  });

  it('GET /entities/:id/timeline', async () => {
    const res = await http()
      .get('/entities/person:vladimir-putin/timeline')
      .query({ interval: 'month' })
      .expect(200);
    expect(res.body.buckets).toEqual([
      { period: '2025-03-01', events: 1, quantities: [] },
      { period: '2025-04-01', events: 1, quantities: [] },
      { period: '2025-05-01', events: 1, quantities: [] },
    ]);
    const missing = await http().get('/entities/person:nobody/timeline').expect(404);
    expect(missing.body.message).toBe('entity "person:nobody" not found');
  });

  it('GET /entities?q= searches names and aliases, escapes Lucene syntax, filters by type', async () => {
    const zel = await http().get('/entities').query({ q: 'zelen' }).expect(200);
    expect(zel.body.items[0]).toMatchObject({
      id: 'person:volodymyr-zelensky',
      type: 'PERSON',
      aliases: expect.arrayContaining(['Zelenskyy']),
    });
    const red = await http().get('/entities').query({ q: 'red cross' }).expect(200);
    expect(red.body.items.map((e: { id: string }) => e.id)).toEqual(['org:icrc']);
    const kiev = await http().get('/entities').query({ q: 'Kiev', type: 'place' }).expect(200);
    expect(kiev.body.items[0]).toMatchObject({ id: 'place:kyiv', lat: 50.45, lon: 30.52 });
    for (const q of ['U.S.', 'a && b || !c', '(Kyiv', 'name:"x"', '*', 'Kharkiv~', '\\', 'AND']) {
      await http().get('/entities').query({ q }).expect(200);
    }
    const us = await http().get('/entities').query({ q: 'U.S.' }).expect(200);
    expect(us.body.items.map((e: { id: string }) => e.id)).toContain('place:united-states');
    await http().get('/entities').query({ q: 'x', type: 'ALIEN' }).expect(400);
    await http().get('/entities').expect(400);
  });

  it('GET /entities/:id: aliases, type, coordinates, counts by type, first and last seen, co-occurring', async () => {
    const res = await http().get('/entities/person:volodymyr-zelensky').expect(200);
    expect(res.body).toEqual({
      id: 'person:volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      type: 'PERSON',
      aliases: ['Zelensky', 'Zelenskyy', 'Volodymyr Zelenskyy'],
      lat: null,
      lon: null,
      countryCode: null,
      kind: null,
      events: 3,
      eventsByType: [
        { type: 'PRISONER_EXCHANGE', events: 2 },
        { type: 'MEETING', events: 1 },
      ],
      firstSeen: '2025-02-28',
      lastSeen: '2025-05-06',
      coOccurring: [
        { id: 'place:russia', name: 'Russia', type: 'PLACE', events: 2 },
        { id: 'place:ukraine', name: 'Ukraine', type: 'PLACE', events: 2 },
        { id: 'person:dmytro-lubinets', name: 'Dmytro Lubinets', type: 'PERSON', events: 1 },
        { id: 'person:donald-trump', name: 'Donald Trump', type: 'PERSON', events: 1 },
        { id: 'person:tatyana-moskalkova', name: 'Tatyana Moskalkova', type: 'PERSON', events: 1 },
        { id: 'place:united-arab-emirates', name: 'United Arab Emirates', type: 'PLACE', events: 1 },
      ],
      within: [],
    });
    const kharkiv = await http().get('/entities/place:kharkiv').expect(200);
    expect(kharkiv.body).toMatchObject({
      kind: 'city',
      lat: 49.99,
      events: 2,
      within: [{ id: 'place:kharkiv-oblast', name: 'Kharkiv Oblast' }],
    });
    const missing = await http().get('/entities/person:nobody').expect(404);
    expect(missing.body.message).toBe('entity "person:nobody" not found');
  });

  it('GET /graph?event= gives Cytoscape elements; depth 2 reaches linked events', async () => {
    const one = await http().get('/graph').query({ event: 'evt:19-meeting' }).expect(200);
    expect(one.body.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([
      'evt:19-meeting',
      'person:donald-trump',
      'person:volodymyr-zelensky',
      'place:washington',
    ]);
    expect(one.body.nodes).toContainEqual({
      data: {
        id: 'evt:19-meeting',
        label: 'MEETING 2025-02-28',
        type: 'event',
        eventType: 'MEETING',
        date: '2025-02-28',
      },
    });
    expect(one.body.nodes).toContainEqual({
      data: { id: 'place:washington', label: 'Washington', type: 'place', lat: 38.9, lon: -77.04 },
    });
    expect(one.body.edges).toContainEqual({
      data: {
        id: 'evt:19-meeting|INVOLVES|person:donald-trump',
        source: 'evt:19-meeting',
        target: 'person:donald-trump',
        type: 'INVOLVES',
        label: 'agent',
      },
    });
    expect(one.body.edges).toHaveLength(3);
    const two = await http().get('/graph').query({ event: 'evt:19-meeting', depth: 2 }).expect(200);
    const ids = two.body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['evt:20-meeting', 'evt:04-exchange', 'evt:06-exchange']));
    const edgeEnds = new Set(ids);
    for (const e of two.body.edges as { data: { source: string; target: string } }[]) {
      expect(edgeEnds.has(e.data.source) && edgeEnds.has(e.data.target)).toBe(true);
    }
  });

  it('GET /graph?entity= with a limit; 400 and 404 as expected', async () => {
    const res = await http().get('/graph').query({ entity: 'person:vladimir-putin', limit: 2 }).expect(200);
    expect(res.body.edges).toHaveLength(2);
    await http().get('/graph').query({ entity: 'x', depth: 3 }).expect(400);
    await http().get('/graph').expect(400);
    await http().get('/graph').query({ event: 'place:ukraine' }).expect(404);
    await http().get('/graph').query({ entity: 'person:nobody' }).expect(404);
  });
});
