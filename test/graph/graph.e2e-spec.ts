import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { GraphService } from '../../src/graph/graph.service';
import { SchemaService } from '../../src/graph/schema.service';
import { resetGraph, startTestApp } from '../support/test-app';

describe('graph module against a real Neo4j', () => {
  let app: NestFastifyApplication;
  let graph: GraphService;

  beforeAll(async () => {
    app = await startTestApp();
    graph = app.get(GraphService);
    await resetGraph(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('reports the server version', async () => {
    const version = await graph.serverVersion();
    console.log(`Neo4j server version: ${version}`);
    expect(version).toMatch(/^5\.\d+/);
  });

  it('writes a node and reads it back through the graph module', async () => {
    await graph.writeTx((tx) => tx.run('write/test-probe', { id: 'probe-1', value: 42 }));
    const rows = await graph.read('read/test-probe', { id: 'probe-1' });
    expect(rows).toEqual([{ id: 'probe-1', value: 42 }]);
  });

  it('runs the migrations again without error or duplicates', async () => {
    const schema = app.get(SchemaService);
    await schema.migrate();
    await schema.migrate();
    const session = graph.driver.session();
    try {
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
      const names = constraints.records.map((r) => r.get('name') as string);
      expect(names).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'event_id']));
      expect(new Set(names).size).toBe(names.length);
      const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type IN ['RANGE','FULLTEXT'] RETURN name");
      expect(indexes.records.map((r) => r.get('name') as string)).toEqual(
        expect.arrayContaining(['event_date_start', 'event_type', 'entity_names']),
      );
    } finally {
      await session.close();
    }
  });

  it('GET /health answers 200 with the Neo4j version', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', neo4j: { status: 'up', version: expect.stringMatching(/^5\./) } });
  });
});
