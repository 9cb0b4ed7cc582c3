#!/usr/bin/env node
/* global process, console, fetch, performance */
// Ingest benchmark: starts the built service in-process (dist/, `npm run build` first) against
// the Neo4j in NEO4J_URI / NEO4J_PASSWORD (or .env.local), generates distinct articles, and sends
//   1. SINGLE_N articles one at a time (latency of single POST /articles: p50, p95), then
//   2. N articles from CONCURRENCY parallel clients (end-to-end articles per second).
// Every run writes new articles (URLs and text carry a run id); nothing is deleted.
//
//   npm run build && node bench/ingest.mjs                 # 1,200 articles
//   N=2000 SINGLE_N=300 CONCURRENCY=8 node bench/ingest.mjs
//   TCP_NODELAY=1 node bench/ingest.mjs   # experiment: Nagle off on this process's sockets
//
// TCP_NODELAY: neo4j-driver 5 leaves Nagle's algorithm on, and writes Bolt messages in 1,400-byte
// chunks; a message longer than that (a long statement or a big UNWIND list) waits ~40 ms for the
// server's delayed ACK. TCP_NODELAY=1 patches net.Socket in this process only, to measure what a
// fix in src/graph would gain; the default measures the service as it is.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { generateCorpus } from './ingest-corpus.mjs';

if (process.env.TCP_NODELAY === '1') {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    this.setNoDelay(true);
    return connect.apply(this, args);
  };
}

const ROOT = join(import.meta.dirname, '..');
if (!existsSync(join(ROOT, 'dist', 'app.js'))) {
  console.error('bench/ingest: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
if (!process.env.NEO4J_URI && existsSync(join(ROOT, '.env.local'))) process.loadEnvFile(join(ROOT, '.env.local'));

const N = Number(process.env.N ?? 1000);
const SINGLE_N = Number(process.env.SINGLE_N ?? 200);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const API_KEY = `bench-${randomBytes(12).toString('hex')}`;

const { createApp } = await import(join(ROOT, 'dist', 'app.js'));
const { loadConfig } = await import(join(ROOT, 'dist', 'config', 'config.js'));
const config = loadConfig({ ...process.env, API_KEY, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', PORT: '0' });
const app = await createApp(config, { logger: false });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;

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
console.log(`bench/ingest: ${corpus.length} generated articles, Neo4j ${config.neo4j.uri}, run ${runId}, INGEST_CONCURRENCY ${config.ingestConcurrency}, TCP_NODELAY ${process.env.TCP_NODELAY === '1' ? 'on' : 'off'}`);

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
  latencies.sort((a, b) => a - b);
  console.log(
    `${latencies.length} articles from ${CONCURRENCY} clients: ${(latencies.length / seconds).toFixed(1)} articles/s end to end ` +
      `(${seconds.toFixed(1)} s; latency p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms; ` +
      `${events} events, ${merged} resolved into events already in the graph)`,
  );
} finally {
  await app.close();
}
