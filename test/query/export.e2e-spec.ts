import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { EVENTS } from '../fixtures/seed-data';
import { startSeededApp } from './seeded-app';

/** A small RFC 4180 reader: enough to prove the export parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('GET /export', () => {
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startSeededApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('events.csv: header, one escaped row per event, same filters as /events', async () => {
    const res = await http().get('/export/events.csv').query({ place: 'Ukraine' }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="events.csv"');
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([
      'id',
      'dateStart',
      'dateEnd',
      'granularity',
      'type',
      'cameo',
      'status',
      'participants',
      'participantIds',
      'place',
      'placeId',
      'lat',
      'lon',
      'quantity',
      'unit',
      'qualifier',
      'reports',
      'sources',
    ]);
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual([
      'evt:11-attack',
      '2025-01-10',
      '2025-01-10',
      'day',
      'ATTACK',
      '190',
      'occurred',
      'Russia (agent); Ukraine (target)',
      'place:russia;place:ukraine',
      'Kyiv',
      'place:kyiv',
      '50.45',
      '30.52',
      '3',
      'killed',
      'exact',
      '1',
      '1',
    ]);
  });

  it('events.csv streams every event across several internal pages', async () => {
    const res = await http().get('/export/events.csv').query({ sort: '-date' }).expect(200);
    const rows = parseCsv(res.text).slice(1);
    expect(rows.map((r) => r[0])).toEqual(
      [...EVENTS]
        .sort((a, b) => b.dateStart.localeCompare(a.dateStart) || b.id.localeCompare(a.id))
        .map((e) => e.id),
    );
    const multi = rows.find((r) => r[0] === 'evt:04-exchange');
    expect(multi?.[7]).toContain(';');
    expect(multi?.slice(-2)).toEqual(['3', '3']);
  });

  it('events.ndjson: one JSON object per line', async () => {
    const res = await http()
      .get('/export/events.ndjson')
      .query({ entity: 'Putin' })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.on('data', (c: Buffer) => (data += c.toString()));
        r.on('end', () => cb(null, data));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = (res.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id)).toEqual(['evt:20-meeting', 'evt:25-ceasefire', 'evt:24-ceasefire']);
  });

  it('events.geojson: a FeatureCollection with Points (lon, lat) and null geometry without a place', async () => {
    const res = await http()
      .get('/export/events.geojson')
      .query({ type: 'PRISONER_EXCHANGE' })
      .buffer(true)
      .parse((r, cb) => {
        let data = '';
        r.on('data', (c: Buffer) => (data += c.toString()));
        r.on('end', () => cb(null, data));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const fc = JSON.parse(res.body as string) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: number[] } | null }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(8);
    expect(fc.features[0]).toMatchObject({
      type: 'Feature',
      id: 'evt:01-exchange',
      geometry: { type: 'Point', coordinates: [54, 24] },
    });
    expect(fc.features.find((f) => f.id === 'evt:03-exchange')?.geometry).toBeNull();
  });

  it('400 for bad filters before anything is streamed', async () => {
    const res = await http().get('/export/events.csv').query({ from: 'yesterday' }).expect(400);
    expect(res.body.errors[0].field).toBe('from');
    await http().get('/export/events.csv').query({ limit: 5 }).expect(400);
  });
});
