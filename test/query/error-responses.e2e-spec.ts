import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { startTestApp } from '../support/test-app';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>; requestBody?: unknown; parameters?: unknown[] };

describe('OpenAPI error responses and 405', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function operations(): Promise<[string, string, Operation][]> {
    const res = await request(app.getHttpServer()).get('/docs-json').expect(200);
    const paths = res.body.paths as Record<string, Record<string, Operation>>;
    return Object.entries(paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]): [string, string, Operation] => [path, method, op]));
  }

  it('every operation declares its error answers with the ErrorResponseDto schema', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(10);
    for (const [path, method, op] of ops) {
      const statuses = Object.keys(op.responses);
      const expected = [
        ...(op.requestBody || op.parameters?.length ? ['400'] : []),
        ...(method === 'post' ? ['401', '403', '413', '415'] : []),
        ...(path.includes('{') ? ['404'] : []),
        ...(path === '/health' || path.startsWith('/jobs') || path === '/articles/batch' ? [] : ['503']),
      ];
      expect({ path, method, statuses }).toEqual({ path, method, statuses: expect.arrayContaining(expected) });
      for (const status of statuses.filter((s) => Number(s) >= 400 && path !== '/health')) {
        expect({ path, method, status, ref: op.responses[status].content?.['application/json']?.schema?.$ref }).toEqual({
          path,
          method,
          status,
          ref: '#/components/schemas/ErrorResponseDto',
        });
      }
    }
  });

  it('declares 429 only when the rate limit is on, and 401/403 on reads only with READS_NEED_KEY', async () => {
    const ops = await operations();
    const events = ops.find(([p, m]) => p === '/events' && m === 'get')?.[2];
    expect(Object.keys(events?.responses ?? {})).not.toEqual(expect.arrayContaining(['429']));
    expect(Object.keys(events?.responses ?? {})).not.toContain('401');
    const limited = await startTestApp({ rateLimitPerMinute: 100, readsNeedKey: true });
    try {
      const res = await request(limited.getHttpServer()).get('/docs-json').expect(200);
      expect(Object.keys(res.body.paths['/events'].get.responses)).toEqual(expect.arrayContaining(['401', '403', '429']));
      expect(Object.keys(res.body.paths['/health'].get.responses)).toEqual(['200', '503']);
    } finally {
      await limited.close();
    }
  });

  it('error bodies have the declared shape: statusCode, error, message', async () => {
    const res = await request(app.getHttpServer()).get('/events/evt:does-not-exist').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it.each([
    ['TRACE', '/events'],
    ['DELETE', '/events/evt:1'],
    ['PUT', '/health'],
    ['GET', '/cypher'],
  ])('405 with Allow for %s %s (a known path)', async (method, path) => {
    const res = await request(app.getHttpServer())[method.toLowerCase() as 'get'](path).expect(405);
    expect(res.headers.allow).toMatch(/GET|POST/);
    expect(res.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
  });

  it('404 (not 405) for a path no route serves', async () => {
    await request(app.getHttpServer()).delete('/no-such-path').expect(404);
  });
});
