import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IngestService } from '../../src/ingest/ingest.service';
import { resetGraph, startTestApp } from '../support/test-app';
import { city, exchange, extraction, graphCounts, person, query, RUSSIA, UKRAINE } from './ingest-support';

describe('cross-article resolution (real Neo4j)', () => {
  let app: NestFastifyApplication;
  let ingest: IngestService;

  beforeAll(async () => {
    app = await startTestApp();
    ingest = app.get(IngestService);
  });

  beforeEach(async () => {
    await resetGraph(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('two articles reporting the same exchange give one Event with two reports and both counts', async () => {
    const a = await ingest.ingestExtraction(
      extraction('Kremlin wire: 248 prisoners returned.', '2025-05-06', [RUSSIA, UKRAINE], [exchange('2025-05-06', 248, 'Russian Defence Ministry')]),
      { url: 'https://ru.example.org/a', source: 'RU Wire' },
    );
    const b = await ingest.ingestExtraction(
      extraction('Kyiv wire: 230 defenders home.', '2025-05-07', [UKRAINE, RUSSIA], [exchange('2025-05-06', 230, 'Coordination Headquarters')]),
      { url: 'https://ua.example.org/b', source: 'UA Wire' },
    );
    expect(a.events[0].resolution).toBe('new');
    expect(b.events[0]).toMatchObject({ id: a.events[0].id, resolution: 'merged', reportCount: 2 });

    const events = await query(
      app,
      `MATCH (e:Event) RETURN e.id AS id, e.quantityMin AS min, e.quantityMax AS max, e.reportCount AS reports,
              e.firstReported AS first, e.lastReported AS last, e.dateStart AS dateStart`,
    );
    expect(events).toEqual([{ id: a.events[0].id, min: 230, max: 248, reports: 2, first: '2025-05-06', last: '2025-05-07', dateStart: '2025-05-06' }]);
    const reports = await query(
      app,
      'MATCH (:Event)-[r:REPORTED_IN]->(a:Article) RETURN a.source AS source, r.quantity AS quantity, r.claimant AS claimant ORDER BY quantity',
    );
    expect(reports).toEqual([
      { source: 'UA Wire', quantity: 230, claimant: 'Coordination Headquarters' },
      { source: 'RU Wire', quantity: 248, claimant: 'Russian Defence Ministry' },
    ]);
  });

  it('keeps apart exchanges on other dates or with incompatible counts', async () => {
    await ingest.ingestExtraction(extraction('one', '2025-05-06', [RUSSIA, UKRAINE], [exchange('2025-05-06', 248, 'A')]));
    await ingest.ingestExtraction(extraction('two', '2025-06-20', [RUSSIA, UKRAINE], [exchange('2025-06-19', 250, 'B')]));
    await ingest.ingestExtraction(extraction('three', '2025-05-06', [RUSSIA, UKRAINE], [exchange('2025-05-06', 30, 'C')]));
    const [row] = await query(app, 'MATCH (e:Event) RETURN count(e) AS events');
    expect(row.events).toBe(3);
  });

  it('resolves entities across articles by id, but never merges two people by a bare surname', async () => {
    const smithA = person('Smith');
    const smithB = person('Smith');
    const zelensky = person('Volodymyr Zelensky');
    await ingest.ingestExtraction(extraction('Smith of the UN spoke; Volodymyr Zelensky too.', '2025-01-02', [smithA, zelensky], []));
    await ingest.ingestExtraction(extraction('Smith, a farmer, spoke; Zelensky too.', '2025-01-03', [smithB, zelensky], []));
    const rows = await query(app, 'MATCH (p:Person) RETURN p.name AS name, count { (:Article)-[:MENTIONS]->(p) } AS articles ORDER BY name, articles');
    expect(rows).toEqual([
      { name: 'Smith', articles: 1 },
      { name: 'Smith', articles: 1 },
      { name: 'Volodymyr Zelensky', articles: 2 },
    ]);
  });

  it('links places upward with coordinates, and events to their place', async () => {
    const kyiv = city('Kyiv', 'UA', 'Kyiv Oblast', 50.45, 30.52);
    const event = exchange('2025-05-06', 205, 'Ukraine', { place: 'Kyiv', placeId: kyiv.id });
    await ingest.ingestExtraction(extraction('In Kyiv, 205 returned.', '2025-05-06', [kyiv, UKRAINE, RUSSIA], [event]));
    const chain = await query(
      app,
      `MATCH (e:Event)-[:AT]->(k:Place {id: 'place:kyiv'})-[:IN]->(r:Place)-[:IN]->(c:Place)
       RETURN k.lat AS lat, k.lon AS lon, k.countryCode AS cc, r.name AS region, c.id AS country, e.place AS place`,
    );
    expect(chain).toEqual([{ lat: 50.45, lon: 30.52, cc: 'UA', region: 'Kyiv Oblast', country: 'place:ukraine', place: 'Kyiv' }]);
  });

  it('concurrent ingests of reports of one event stay one event', async () => {
    const counts = [240, 245, 248, 250, 230, 236];
    await Promise.all(
      counts.map((n, i) =>
        ingest.ingestExtraction(extraction(`report ${i}`, '2025-05-06', [RUSSIA, UKRAINE], [exchange('2025-05-06', n, `source ${i}`)]), {
          url: `https://example.org/${i}`,
        }),
      ),
    );
    const rows = await query(app, 'MATCH (e:Event) RETURN e.reportCount AS reports, e.quantityMin AS min, e.quantityMax AS max, count { (e)-[:REPORTED_IN]->() } AS rels');
    expect(rows).toEqual([{ reports: 6, min: 230, max: 250, rels: 6 }]);
  });

  it('re-ingesting an extraction changes nothing', async () => {
    const x = extraction('same text', '2025-05-06', [RUSSIA, UKRAINE, person('Dmytro Lubinets')], [exchange('2025-05-06', 248, 'A')]);
    await ingest.ingestExtraction(x);
    const before = await graphCounts(app);
    const again = await ingest.ingestExtraction(x);
    expect(again.created).toBe(false);
    expect(await graphCounts(app)).toEqual(before);
  });
});
