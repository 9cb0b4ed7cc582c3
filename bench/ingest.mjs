#!/usr/bin/env node
/* global process, console, fetch, performance */
// Ingest benchmark, end to end: starts the built service (dist/main.js, `npm run build` first) as
// its own process on a free port, against the Neo4j in NEO4J_URI / NEO4J_PASSWORD (or .env.local),
// generates distinct articles, and sends from this process
//   1. SINGLE_N articles one at a time (latency of single POST /articles: p50, p95), then
//   2. N articles from CONCURRENCY parallel clients (end-to-end articles per second),
// and reports the CPU time the service and Neo4j spent per article in step 2 (from /proc, so the
// figure holds on a noisy machine; Neo4j's only when its pid is known from .neo4j/home/run).
// Every run writes new articles (URLs and text carry a run id); nothing is deleted.
//
//   npm run build && node bench/ingest.mjs                 # 1,200 articles
//   N=2000 SINGLE_N=300 CONCURRENCY=8 INGEST_CONCURRENCY=8 node bench/ingest.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateCorpus } from './ingest-corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
if (!existsSync(join(ROOT, 'dist', 'main.js'))) {
  console.error('bench/ingest: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
if (!process.env.NEO4J_URI && existsSync(join(ROOT, '.env.local'))) process.loadEnvFile(join(ROOT, '.env.local'));

const N = Number(process.env.N ?? 1000);
const SINGLE_N = Math.max(1, Number(process.env.SINGLE_N ?? 200));
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const API_KEY = `bench-${randomBytes(12).toString('hex')}`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

/** CPU seconds (user + system) a process has used so far, from /proc; null where unknown. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

function neo4jPid() {
  const file = join(ROOT, '.neo4j', 'home', 'run', 'neo4j.pid');
  if (process.env.NEO4J_URI && process.env.NEO4J_URI !== readEnvLocalUri()) return null;
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
}

function readEnvLocalUri() {
  const file = join(ROOT, '.env.local');
  if (!existsSync(file)) return null;
  return /^NEO4J_URI=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
}

const port = await freePort();
const service = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
  env: { ...process.env, API_KEY, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const serviceExit = new Promise((resolve) => service.on('exit', resolve));
for (let t = Date.now(); ; ) {
  if (service.exitCode !== null) throw new Error(`bench/ingest: the service exited (${service.exitCode}) while starting`);
  if (Date.now() - t > 60_000) throw new Error('bench/ingest: the service did not answer /health within 60 s');
  const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 200));
}

async function post(article) {
  const t = performance.now();
  const res = await fetch(`${base}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
    body: JSON.stringify(article),
  });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`POST /articles answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { ms: performance.now() - t, events: body.events.length, merged: body.events.filter((e) => e.resolution === 'merged').length };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const corpus = generateCorpus(SINGLE_N + N + 20, { seed: 7, runId });
console.log(
  `bench/ingest: ${corpus.length} generated articles, Neo4j ${process.env.NEO4J_URI}, run ${runId}, ` +
    `service pid ${service.pid} (INGEST_CONCURRENCY ${process.env.INGEST_CONCURRENCY ?? 'default'})`,
);

try {
  // Warm-up: query plans compiled, connections opened.
  for (const a of corpus.splice(0, 20)) await post(a);

  const single = [];
  let t0 = performance.now();
  for (const a of corpus.splice(0, SINGLE_N)) single.push((await post(a)).ms);
  const singleSeconds = (performance.now() - t0) / 1000;
  single.sort((a, b) => a - b);
  console.log(
    `single POST /articles (one at a time, n=${single.length}): p50 ${pct(single, 50).toFixed(1)} ms, p95 ${pct(single, 95).toFixed(1)} ms, ` +
      `max ${single[single.length - 1].toFixed(1)} ms; ${(single.length / singleSeconds).toFixed(1)} articles/s`,
  );

  const queue = corpus.splice(0, N);
  const dbPid = neo4jPid();
  const cpu0 = { service: cpuSeconds(service.pid), neo4j: dbPid ? cpuSeconds(dbPid) : null, bench: process.cpuUsage() };
  const latencies = [];
  let events = 0;
  let merged = 0;
  t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let a = queue.shift(); a; a = queue.shift()) {
        const r = await post(a);
        latencies.push(r.ms);
        events += r.events;
        merged += r.merged;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const perArticle = (a, b) => (a === null || b === null ? 'n/a' : `${(((b - a) * 1000) / latencies.length).toFixed(1)} ms`);
  const benchCpu = process.cpuUsage(cpu0.bench);
  const cpu =
    `CPU per article: service ${perArticle(cpu0.service, cpuSeconds(service.pid))}, ` +
    `Neo4j ${perArticle(cpu0.neo4j, dbPid ? cpuSeconds(dbPid) : null)}, ` +
    `bench client ${perArticle(0, (benchCpu.user + benchCpu.system) / 1e6)}`;
  latencies.sort((a, b) => a - b);
  console.log(
    `${latencies.length} articles from ${CONCURRENCY} clients: ${(latencies.length / seconds).toFixed(1)} articles/s end to end ` +
      `(${seconds.toFixed(1)} s; latency p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms; ` +
      `${events} events, ${merged} resolved into events already in the graph)`,
  );
  console.log(cpu);
} finally {
  service.kill('SIGTERM');
  await serviceExit;
}
