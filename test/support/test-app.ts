import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { GraphService } from '../../src/graph/graph.service';

export const TEST_API_KEY = 'test-api-key-0123456789abcdef';

/** Config for e2e tests: the throwaway Neo4j from NEO4J_TEST_*, never the developer's own. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: e2e tests need a real Neo4j (run `npm test`)');
  const base = loadConfig({
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    API_KEY: TEST_API_KEY,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  return { ...base, ...overrides, neo4j: { ...base.neo4j, ...(overrides.neo4j ?? {}) } };
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<NestFastifyApplication> {
  const app = await createApp(testConfig(overrides), { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/**
 * Empties the test database. Refuses unless the app is connected to NEO4J_TEST_URI, so a test can
 * never wipe a database that is not a test one.
 */
export async function resetGraph(app: NestFastifyApplication): Promise<void> {
  const graph = app.get(GraphService);
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri || graph.uri !== uri) throw new Error(`refusing to wipe ${graph.uri}: it is not NEO4J_TEST_URI`);
  const session = graph.driver.session();
  try {
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
