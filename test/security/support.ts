import net from 'node:net';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphService } from '../../src/graph/graph.service';

/**
 * A TCP proxy in front of the test Neo4j: `cut()` drops every connection and refuses new ones, so
 * the app sees the database go down without anyone stopping the (shared) server; `restore()`
 * brings it back.
 */
export class BoltProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  static forTestUri(): BoltProxy {
    const uri = new URL(process.env.NEO4J_TEST_URI ?? '');
    return new BoltProxy({ host: uri.hostname, port: Number(uri.port || 7687) });
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  async restore(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Collects everything the app logs (nestjs-pino writes JSON lines here). */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

/** Counts of the content nodes (bookkeeping left out), read straight from the driver. */
export async function contentCounts(app: NestFastifyApplication): Promise<{ nodes: number; relationships: number }> {
  const [row] = await app.get(GraphService).read('read/ingest-graph-counts');
  return { nodes: row.nodes as number, relationships: row.relationships as number };
}

export async function rawQuery(app: NestFastifyApplication, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = app.get(GraphService).driver.session();
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

export const ARTICLE_TEXT =
  'KYIV, May 6 (Example Wire) - Russia and Ukraine exchanged 205 prisoners of war each on Tuesday, ' +
  "the Ukrainian ombudsman said. President Volodymyr Zelensky thanked the United Arab Emirates for mediating the exchange.";

export function article(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { text: ARTICLE_TEXT.replace('205', String(100 + n)), url: `https://example.org/security/${n}`, publishedAt: '2025-05-06', ...extra };
}
