import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { startTestApp, TEST_API_KEY } from '../support/test-app';
import { startSeededApp } from './seeded-app';

describe('POST /cypher', () => {
  let app: NestFastifyApplication;
  const post = (body: unknown, key: string | null = TEST_API_KEY) => {
    const r = request(app.getHttpServer()).post('/cypher');
    return key ? r.set('X-API-Key', key).send(body as object) : r.send(body as object);
  };

  beforeAll(async () => {
    app = await startSeededApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('401 without the key or with a wrong one', async () => {
    await post({ query: 'RETURN 1 AS one' }, null).expect(401);
    await post({ query: 'RETURN 1 AS one' }, 'wrong-key-wrong-key').expect(401);
  });

  it('answers a read query with X-API-Key or a bearer token, integer params included', async () => {
    const res = await post({
      query:
        'MATCH (e:Event)-[:INVOLVES]->(:Entity {id: $id}) RETURN e.id AS id, e.dateStart AS date ORDER BY date LIMIT $n',
      params: { id: 'person:vladimir-putin', n: 2 },
    }).expect(200);
    expect(res.body).toEqual({
      columns: ['id', 'date'],
      rows: [
        { id: 'evt:20-meeting', date: '2025-03-18' },
        { id: 'evt:25-ceasefire', date: '2025-04-19' },
      ],
      rowCount: 2,
      truncated: false,
    });
    await request(app.getHttpServer())
      .post('/cypher')
      .set('Authorization', `Bearer ${TEST_API_KEY}`)
      .send({ query: 'CALL db.labels()' })
      .expect(200);
    const comp = await post({ query: 'CALL dbms.components() YIELD name RETURN name' }).expect(200);
    expect(comp.body.rows).toEqual([{ name: 'Neo4j Kernel' }]);
  });

  it.each([
    ['CREATE (n:Hack) RETURN n', /query type is/],
    ["MERGE (n:Entity {id: 'x'}) RETURN n", /query type is/],
    ["MATCH (e:Event) SET e.type = 'X'", /query type is/],
    ['MATCH (e:Event) DETACH DELETE e', /query type is/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['MATCH (e:Event) CALL (e) { SET e.x = 1 } IN TRANSACTIONS OF 10 ROWS', /IN TRANSACTIONS/],
    ['CALL dbms.listConfig()', /dbms.listConfig is not allowed/],
    ['CALL dbms.security.listUsers()', /not allowed/],
    ['CALL db.createLabel("Hack")', /not allowed/],
  ])('refuses %s with 400 and a reason', async (query, reason) => {
    const res = await post({ query }).expect(400);
    expect(res.body.errors[0].field).toBe('query');
    expect(res.body.errors[0].reason).toMatch(reason);
  });

  it('left the graph unchanged', async () => {
    const res = await post({ query: 'MATCH (n:Hack) RETURN count(n) AS n' }).expect(200);
    expect(res.body.rows).toEqual([{ n: 0 }]);
  });

  it('syntax errors → 400 with the server message', async () => {
    const res = await post({ query: 'MATCH (n RETURN n' }).expect(400);
    expect(res.body.errors[0]).toMatchObject({
      field: 'query',
      reason: expect.stringMatching(/Invalid input/i),
    });
  });

  it('caps rows with truncated: true', async () => {
    const res = await post({ query: 'UNWIND range(1, 5000) AS i RETURN i' }).expect(200);
    expect(res.body.rowCount).toBe(1000);
    expect(res.body.truncated).toBe(true);
  });

  it('times out long queries', async () => {
    const slow = await startSeededAppWithTimeout();
    try {
      const res = await request(slow.getHttpServer())
        .post('/cypher')
        .set('X-API-Key', TEST_API_KEY)
        .send({ query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)' });
      expect(res.status).toBe(504);
    } finally {
      await slow.close();
    }
  });

  it('400 for a body that is not {query, params}', async () => {
    await post({ query: 'RETURN 1', extra: true }).expect(400);
    await post({ query: 'RETURN 1', params: 'x' }).expect(400);
    await post({}).expect(400);
  });
});

function startSeededAppWithTimeout(): Promise<NestFastifyApplication> {
  return startTestApp({ cypherConsole: { timeoutMs: 300, maxRows: 1000 } });
}
