import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphService, type Row } from '../../src/graph/graph.service';
import { int } from '../../src/graph/mappers';
import { startSeededApp } from './seeded-app';

/** Every documented researcher query in cypher/examples runs against the seeded graph. */
describe('cypher/examples', () => {
  let app: NestFastifyApplication;
  let graph: GraphService;
  const run = (name: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
    graph.read(`examples/${name}`, params);

  beforeAll(async () => {
    app = await startSeededApp();
    graph = app.get(GraphService);
  });

  afterAll(async () => {
    await app.close();
  });

  it('every example has a comment header and is listed in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'cypher', 'examples', 'README.md'), 'utf8');
    const names = graph.cypher.list('examples');
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const file = readFileSync(join(__dirname, '..', '..', 'cypher', `${name}.cypher`), 'utf8');
      expect(file).toMatch(/^\/\/ .+\n\/\/ /);
      expect(readme).toContain(`${name.split('/')[1]}.cypher`);
    }
  });

  it('01 an entity timeline', async () => {
    const rows = await run('01-entity-timeline', { entityId: 'person:vladimir-putin' });
    expect(rows.map((r) => [r.date, r.type, r.role])).toEqual([
      ['2025-03-18', 'MEETING', 'agent'],
      ['2025-04-19', 'CEASEFIRE', 'agent'],
      ['2025-05-08', 'CEASEFIRE', 'agent'],
    ]);
  });

  it('02 prisoners exchanged per month with sums', async () => {
    const rows = await run('02-prisoners-exchanged-per-month', {
      recipientId: 'place:ukraine',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(rows).toEqual([
      { month: '2025-01-01', exchanges: 2, prisoners: 75 },
      { month: '2025-02-01', exchanges: 1, prisoners: 150 },
      { month: '2025-03-01', exchanges: 1, prisoners: 175 },
      { month: '2025-04-01', exchanges: 1, prisoners: 246 },
      { month: '2025-05-01', exchanges: 2, prisoners: 595 },
    ]);
  });

  it('03 events near a place (point.distance)', async () => {
    const rows = await run('03-events-near-place', { placeId: 'place:kharkiv', km: 100 });
    expect(rows.map((r) => [r.id, r.place])).toEqual([
      ['evt:12-attack', 'Kharkiv'],
      ['evt:14-attack', 'Kharkiv'],
      ['evt:15-attack', 'Kharkiv Oblast'],
      ['evt:17-attack', 'Belgorod'],
    ]);
    expect(rows[2].km).toBeGreaterThan(50);
    expect(rows[3].km).toBeLessThan(80);
  });

  it('04 who co-occurs with whom', async () => {
    const rows = await run('04-who-co-occurs-with-whom', { limit: int(3) });
    expect(rows).toEqual([
      { first: 'Russia', second: 'Ukraine', events: 21 },
      { first: 'Russia', second: 'United Arab Emirates', events: 5 },
      { first: 'Ukraine', second: 'United Arab Emirates', events: 5 },
    ]);
  });

  it('05 the shortest path between two people through events', async () => {
    const rows = await run('05-shortest-path-between-people', {
      from: 'person:donald-trump',
      to: 'person:dmytro-lubinets',
    });
    expect(rows).toEqual([
      {
        chain: [
          'Donald Trump',
          'MEETING 2025-02-28',
          'Volodymyr Zelensky',
          'PRISONER_EXCHANGE 2025-03-19',
          'Dmytro Lubinets',
        ],
        hops: 4,
      },
    ]);
  });

  it('06 events reported with conflicting counts', async () => {
    const rows = await run('06-conflicting-counts');
    expect(rows.map((r) => [r.id, r.low, r.high])).toEqual([
      ['evt:04-exchange', 172, 175],
      ['evt:06-exchange', 200, 205],
    ]);
    expect(rows[0].claims).toContainEqual({
      source: 'TASS',
      claimant: 'Russian Ministry of Defence',
      quantity: 172,
    });
  });

  it('07 the most-reported events', async () => {
    const rows = await run('07-most-reported-events', { limit: int(4) });
    expect(rows.map((r) => [r.id, r.reports, r.sources])).toEqual([
      ['evt:21-talks', 4, 4],
      ['evt:04-exchange', 3, 3],
      ['evt:05-exchange', 2, 2],
      ['evt:06-exchange', 2, 2],
    ]);
  });

  it('08 events per place within a country, through the IN hierarchy', async () => {
    const rows = await run('08-events-by-place-within-country', { countryId: 'place:ukraine' });
    expect(rows.map((r) => [r.place, r.events])).toEqual([
      ['Kharkiv', 2],
      ['Kyiv', 2],
      ['Odesa', 2],
      ['Kharkiv Oblast', 1],
    ]);
  });

  it('09 what one claimant said', async () => {
    const rows = await run('09-claims-by-claimant', { claimant: 'Russian Ministry of Defence' });
    expect(rows.map((r) => [r.id, r.claimed, r.eventQuantity, r.source])).toEqual([
      ['evt:04-exchange', 172, 175, 'TASS'],
      ['evt:06-exchange', 200, 205, 'TASS'],
    ]);
  });

  it('10 full-text search over names and aliases', async () => {
    const rows = await run('10-search-entities', { query: 'kharkiv*' });
    expect(rows.map((r) => r.id).sort()).toEqual(['place:kharkiv', 'place:kharkiv-oblast']);
  });

  it('11 event types per month', async () => {
    const rows = await run('11-event-types-per-month', { from: '2025-01-01', to: '2025-01-31' });
    expect(rows).toEqual([
      { month: '2025-01-01', type: 'ATTACK', events: 2 },
      { month: '2025-01-01', type: 'PRISONER_EXCHANGE', events: 2 },
      { month: '2025-01-01', type: 'PROTEST', events: 1 },
    ]);
  });

  it('12 linked events', async () => {
    const rows = await run('12-linked-events', { eventId: 'evt:04-exchange', days: int(30) });
    expect(rows.slice(0, 4).map((r) => [r.id, r.daysApart])).toEqual([
      ['evt:23-agreement', 6],
      ['evt:14-attack', 14],
      ['evt:15-attack', 25],
      ['evt:13-attack', 27],
    ]);
    expect(rows[0].shared).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });
});
