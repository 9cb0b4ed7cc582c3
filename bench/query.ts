/**
 * Query benchmark: a synthetic graph of 1,000,000 events over 100,000 entities (loaded through
 * cypher/write/bulk-*.cypher in batches of 10k), then the latency of
 *   GET /events?entity=&from=&to=   and   GET /timeline?entity=&interval=month
 * at concurrency 8 over HTTP (median of several runs; p50/p95), and the PROFILE of both queries.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/benchbuild --noEmit false && ln -s $PWD/cypher $PWD/node_modules /tmp/benchbuild/
 *   BENCH_NEO4J_URI=bolt://127.0.0.1:7740 BENCH_NEO4J_PASSWORD=… node /tmp/benchbuild/bench/query.js [load|run|all]
 *
 * The service runs as its own process; each run also prints the CPU time per request of the
 * service and (with BENCH_NEO4J_PID) of Neo4j, a figure that holds on a noisy machine.
 *
 * Env: BENCH_EVENTS (1000000), BENCH_ENTITIES (100000), BENCH_RUNS (5), BENCH_REQUESTS (400 per run),
 * BENCH_RESUME_AT (events already loaded by an interrupted load).
 * Needs a Neo4j of its own: the load wipes nothing but fills the database it is given.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { type CypherName } from '../src/graph/cypher-loader';
import { GraphService } from '../src/graph/graph.service';
import { date, int } from '../src/graph/mappers';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BATCH = 10_000;
const TYPES = [
  'PRISONER_EXCHANGE',
  'PROTEST',
  'MEETING',
  'SPEECH',
  'ATTACK',
  'SANCTIONS',
  'AGREEMENT',
  'DETENTION',
  'AID_PROVISION',
  'CEASEFIRE',
];
const ROLES = ['agent', 'recipient', 'mediator', 'target', 'subject'];
const DAY0 = Date.UTC(2015, 0, 1);
const DAYS = 3650;

/** mulberry32: a small deterministic PRNG so every load builds the same graph. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = Math.floor(ENTITIES * 0.2);
const countries = 200;
const entityId = (i: number) =>
  i < places ? `place:p${i}` : i < places + ENTITIES * 0.5 ? `person:n${i}` : `org:o${i}`;
const isoDay = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);
/** Skewed choice of a participant: a few entities are in many events, most in a few. */
const pick = (r: () => number) => Math.floor(ENTITIES * r() ** 2);

async function load(graph: GraphService): Promise<void> {
  const r = rng(42);
  const t0 = Date.now();
  // BENCH_RESUME_AT=N: entities and the first N events are already loaded (the generator still
  // draws them, so the rest of the graph is the same as in one uninterrupted load).
  const resumeAt = Number(process.env.BENCH_RESUME_AT ?? 0);
  for (let start = 0; start < ENTITIES && resumeAt === 0; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(ENTITIES, start + BATCH); i++) {
      const type = i < places ? 'PLACE' : i < places + ENTITIES * 0.5 ? 'PERSON' : 'ORGANIZATION';
      rows.push({
        id: entityId(i),
        name: `Entity ${i}`,
        type,
        aliases: [`E${i}`],
        lat: type === 'PLACE' ? -60 + r() * 130 : null,
        lon: type === 'PLACE' ? -180 + r() * 360 : null,
        countryCode: null,
        kind: type === 'PLACE' ? (i < countries ? 'country' : 'city') : null,
      });
    }
    await graph.write('write/bulk-entities', { rows });
  }
  const inRows = [];
  for (let i = countries; i < places; i++) inRows.push({ from: entityId(i), to: entityId(i % countries) });
  for (let s = 0; s < inRows.length && resumeAt === 0; s += BATCH)
    await graph.write('write/bulk-place-in', { rows: inRows.slice(s, s + BATCH) });
  console.log(`entities: ${ENTITIES} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (let start = 0; start < EVENTS; start += BATCH) {
    const t = Date.now();
    const rows = [];
    for (let i = start; i < Math.min(EVENTS, start + BATCH); i++) {
      const day = Math.floor(r() * DAYS);
      const n = 2 + Math.floor(r() * 2);
      const participants = new Map<string, string>();
      while (participants.size < n)
        participants.set(entityId(pick(r)), ROLES[Math.floor(r() * ROLES.length)]);
      const q = r() < 0.5 ? Math.floor(r() * 500) : null;
      rows.push({
        id: `evt:b${i}`,
        type: TYPES[Math.floor(r() * TYPES.length)],
        cameo: null,
        dateStart: isoDay(day),
        dateEnd: isoDay(day),
        granularity: 'day',
        dateSource: 'explicit',
        quantity: q,
        unit: q === null ? null : 'people',
        qualifier: q === null ? null : 'exact',
        quantityMin: q,
        quantityMax: q,
        status: 'occurred',
        placeId: entityId(Math.floor(r() * places)),
        reportCount: 1,
        firstReported: isoDay(day),
        lastReported: isoDay(day),
        participants: [...participants].map(([id, role]) => ({ id, role })),
      });
    }
    if (start < resumeAt) continue;
    await graph.write('write/bulk-events', { rows });
    if ((start / BATCH) % 10 === 0)
      console.log(`events: ${start + rows.length} (${Date.now() - t} ms for this batch)`);
  }
  console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CONCURRENCY workers each fetching in a loop until `total` requests are done. */
/** CPU seconds (user + system) a process has used so far, from /proc; null where unknown. */
function cpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** Pids whose CPU time per request is reported: the service, and Neo4j when BENCH_NEO4J_PID is set. */
const cpuPids: { service: number | null; neo4j: number | null } = {
  service: null,
  neo4j: process.env.BENCH_NEO4J_PID ? Number(process.env.BENCH_NEO4J_PID) : null,
};

interface Measured {
  p50: number;
  p95: number;
  /** CPU ms per request of the service and of Neo4j (null where the pid is unknown). */
  cpu: { service: number | null; neo4j: number | null };
}

async function measure(base: string, paths: string[], warmUp = false): Promise<Measured> {
  let next = 0;
  const times: number[] = [];
  const before = { service: cpuSeconds(cpuPids.service), neo4j: cpuSeconds(cpuPids.neo4j) };
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const t = performance.now();
        const res = await fetch(base + path);
        await res.arrayBuffer();
        if (res.status !== 200 && !warmUp) throw new Error(`${path}: ${res.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null ? null : ((b - a) * 1000) / paths.length);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu: {
      service: perRequest(before.service, cpuSeconds(cpuPids.service)),
      neo4j: perRequest(before.neo4j, cpuSeconds(cpuPids.neo4j)),
    },
  };
}

const cpuText = (c: Measured['cpu']) =>
  `CPU/request service ${c.service === null ? 'n/a' : `${c.service.toFixed(2)} ms`}, Neo4j ${c.neo4j === null ? 'n/a' : `${c.neo4j.toFixed(2)} ms`}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function profile(graph: GraphService, name: CypherName, params: Record<string, unknown>): Promise<string> {
  const session = graph.driver.session({ defaultAccessMode: 'READ' });
  try {
    const res = await session.run(`PROFILE ${graph.cypher.get(name)}`, params);
    const lines: string[] = [];
    const walk = (
      p: {
        operatorType: string;
        identifiers: string[];
        arguments: Record<string, unknown>;
        dbHits: number;
        rows: number;
        children: unknown[];
      },
      depth: number,
    ) => {
      const details = String(p.arguments.Details ?? '').slice(0, 110);
      lines.push(`${'  '.repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}  ${details}`);
      for (const c of p.children) walk(c as typeof p, depth + 1);
    };
    walk(res.summary.profile as never, 0);
    return lines.join('\n');
  } finally {
    await session.close();
  }
}

/** Starts the built service (this build's src/main.js) as its own process on a free port. */
async function startService(): Promise<{ base: string; stop: () => Promise<void>; pid: number }> {
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as AddressInfo;
      srv.close(() => resolve(p));
    });
    srv.on('error', reject);
  });
  const child = spawn(process.execPath, [join(__dirname, '..', 'src', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7740',
      NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD ?? '',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (const t = Date.now(); ; ) {
    if (child.exitCode !== null) throw new Error(`bench/query: the service exited (${child.exitCode}) while starting`);
    if (Date.now() - t > 60_000) throw new Error('bench/query: the service did not answer /health within 60 s');
    if (await fetch(`${base}/health`).then((res) => res.ok, () => false)) break;
    await new Promise((res) => setTimeout(res, 200));
  }
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function run(graph: GraphService): Promise<void> {
  // The service runs in its own process, as in production: a client in the same event loop
  // would add its own work to every latency.
  const service = await startService();
  cpuPids.service = service.pid;
  const base = service.base;
  try {
    await measureAll(graph, base);
  } finally {
    await service.stop();
  }
}

async function measureAll(graph: GraphService, base: string): Promise<void> {
  const r = rng(7);
  // Entities that have events, chosen like the generator does (popular ones more often).
  const sample = Array.from({ length: REQUESTS }, () => entityId(pick(r)));
  const window = () => {
    const d = Math.floor(r() * (DAYS - 365));
    return `from=${isoDay(d)}&to=${isoDay(d + 365)}`;
  };
  const eventsPaths = sample.map((e) => `/events?entity=${encodeURIComponent(e)}&${window()}`);
  const timelinePaths = sample.map((e) => `/timeline?entity=${encodeURIComponent(e)}&interval=month`);
  await measure(base, eventsPaths.slice(0, 200), true); // warm-up: plans cached, pages in memory
  await measure(base, timelinePaths.slice(0, 200), true);
  const results: Record<string, { p50: number[]; p95: number[] }> = {
    events: { p50: [], p95: [] },
    timeline: { p50: [], p95: [] },
  };
  for (let i = 0; i < RUNS; i++) {
    for (const [key, paths] of [
      ['events', eventsPaths],
      ['timeline', timelinePaths],
    ] as const) {
      const m = await measure(base, paths);
      results[key].p50.push(m.p50);
      results[key].p95.push(m.p95);
      console.log(`run ${i + 1} ${key}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms; ${cpuText(m.cpu)}`);
    }
  }
  const counts = await graph.read('examples/11-event-types-per-month', {
    from: '1900-01-01',
    to: '2100-01-01',
  });
  const total = counts.reduce((n, c) => n + (c.events as number), 0);
  const hot = entityId(pick(rng(1)));
  const params = {
    entityIds: [hot],
    placeIds: null,
    from: date('2020-01-01'),
    to: date('2020-12-31'),
    type: null,
    status: null,
    minQuantity: null,
    cursorDate: null,
    cursorId: null,
    limit: int(26),
  };
  const plans = [
    `== read/events/page-entity-asc + summary-of-e (entity ${hot}, 2020) ==`,
    await profile(graph, ['read/events/page-entity-asc', 'read/events/summary-of-e'], params),
    `== read/timeline/buckets-entity (entity ${hot}, month) ==`,
    await profile(graph, 'read/timeline/buckets-entity', {
      ...params,
      from: date('0001-01-01'),
      to: date('9999-12-31'),
      interval: 'month',
      includeEvents: false,
    }),
  ].join('\n');
  const summary = [
    `graph: ${total} events, ${ENTITIES} entities; concurrency ${CONCURRENCY}, ${REQUESTS} requests per run, median of ${RUNS} runs`,
    `GET /events?entity=&from=&to=        p50 ${median(results.events.p50).toFixed(1)} ms   p95 ${median(results.events.p95).toFixed(1)} ms   (target p95 <= 20 ms)`,
    `GET /timeline?entity=&interval=month p50 ${median(results.timeline.p50).toFixed(1)} ms   p95 ${median(results.timeline.p95).toFixed(1)} ms   (target p95 <= 50 ms)`,
  ].join('\n');
  console.log(`\n${summary}\n\n${plans}`);
  const out = join(__dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'query-bench.txt'), `${summary}\n\n${plans}\n`);
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'all';
  const config = loadConfig({
    NEO4J_URI: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7740',
    NEO4J_PASSWORD: process.env.BENCH_NEO4J_PASSWORD ?? '',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const app = await createApp(config, { logger: false });
  const graph = app.get(GraphService);
  try {
    if (mode === 'load' || mode === 'all') await load(graph);
    if (mode === 'run' || mode === 'all') await run(graph);
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
