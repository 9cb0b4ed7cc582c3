import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphService } from '../../src/graph/graph.service';
import { seedGraph } from '../fixtures/seed';
import { resetGraph, startTestApp } from '../support/test-app';

/** A test app on an emptied test database seeded with test/fixtures. */
export async function startSeededApp(): Promise<NestFastifyApplication> {
  const app = await startTestApp();
  await resetGraph(app);
  await seedGraph(app.get(GraphService));
  return app;
}
