#!/usr/bin/env node
/* global process, console, fetch, setTimeout, AbortSignal */
// Fault test (on demand, not part of `npm test`): ingests N distinct articles in batches through
// the HTTP API while Neo4j is stopped with SIGTERM or SIGKILL at random moments and restarted;
// then checks that every acknowledged article is in the graph exactly once and that no event,
// report or entity is duplicated.
//
//   npm run build && node bench/faults.mjs [--runs 3] [--articles 500] [--batch 25] [--faults 3]
//
// It uses its own Neo4j home (FAULTS_NEO4J_HOME, default /tmp/eventline-faults; port
// FAULTS_NEO4J_PORT, default 7751), which it wipes: never point it at a database you care about.
// The service runs from dist/ (EVENTLINE_DIST) on 127.0.0.1. Exit 0 when every run passes.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { REPO_ROOT, start, status, stop } from '../scripts/neo4j-lib.mjs';
import { article } from './faults/articles.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    articles: { type: 'string', default: '500' },
    batch: { type: 'string', default: '25' },
    faults: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(Date.now() % 100000) },
  },
});
const RUNS = Number(opts.runs);
const ARTICLES = Number(opts.articles);
const BATCH = Number(opts.batch);
const FAULTS = Number(opts.faults);
const HOME = process.env.FAULTS_NEO4J_HOME ?? '/tmp/eventline-faults';
const BOLT_PORT = Number(process.env.FAULTS_NEO4J_PORT ?? 7751);
const HTTP_PORT = Number(process.env.FAULTS_HTTP_PORT ?? 3751);
const DIST = path.resolve(REPO_ROOT, process.env.EVENTLINE_DIST ?? 'dist');
const API_KEY = 'faults-api-key-0123456789';
const BASE = `http://127.0.0.1:${HTTP_PORT}`;
const NEO4J_MEMORY = { heapInitial: '256m', heapMax: '512m', pagecache: '128m' };

let seed = Number(opts.seed);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (m) => console.log(`[faults ${new Date().toISOString().slice(11, 19)}] ${m}`);

async function startNeo4j() {
  const info = await start({ homeDir: HOME, port: BOLT_PORT, ...NEO4J_MEMORY, log: () => {} });
  return info;
}

function startService(creds) {
  const child = spawn(process.execPath, [path.join(DIST, 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${BOLT_PORT}`,
      NEO4J_USER: creds.user,
      NEO4J_PASSWORD: creds.password,
      NEO4J_CONNECT_TIMEOUT_MS: '120000',
      API_KEY,
      PORT: String(HTTP_PORT),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (d) => process.stderr.write(`[service] ${d}`));
  return child;
}

async function http(method, url, body) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function waitForService(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    try {
      const r = await http('GET', '/health');
      if (r.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error('the service did not become healthy');
}

/** Kills Neo4j with `signal` and starts it again after a short random pause. */
async function fault(signal) {
  const s = await status({ homeDir: HOME });
  if (!s.running) return null;
  const t = Date.now();
  process.kill(s.pid, signal);
  for (let i = 0; i < 600 && (await status({ homeDir: HOME })).running; i++) await sleep(100);
  await sleep(random() * 3000);
  await startNeo4j();
  return Date.now() - t;
}

async function wipe(driver) {
  const session = driver.session();
  try {
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function checkGraph(driver, urls) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const one = async (q, p = {}) => (await session.run(q, p)).records[0].toObject();
  const n = (v) => (neo4j.isInt(v) ? v.toNumber() : v);
  try {
    const a = await one('MATCH (a:Article) WHERE a.url IN $urls RETURN count(a) AS total, count(DISTINCT a.url) AS distinct', { urls });
    const ev = await one(
      `MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
       WITH a, r.start AS start, r.evidence AS evidence, e.type AS type, count(DISTINCT e) AS events, count(r) AS reports
       RETURN sum(CASE WHEN events > 1 THEN events - 1 ELSE 0 END) AS duplicateEvents,
              sum(CASE WHEN reports > 1 THEN reports - 1 ELSE 0 END) AS duplicateReports`,
    );
    const ids = await one('MATCH (e:Event) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS duplicateEventIds');
    const ent = await one(
      `MATCH (x:Entity) WHERE NOT x.id CONTAINS '~'
       WITH x.type AS type, toLower(x.name) AS name, count(*) AS c WHERE c > 1
       RETURN coalesce(sum(c - 1), 0) AS duplicateEntities`,
    );
    const men = await one('MATCH (a:Article)-[m:MENTIONS]->(x:Entity) WITH a, x, count(m) AS c WHERE c > 1 RETURN count(*) AS duplicateMentions');
    const totals = await one('MATCH (e:Event) WITH count(e) AS events MATCH (x:Entity) RETURN events, count(x) AS entities');
    return {
      stored: n(a.distinct),
      duplicateArticles: n(a.total) - n(a.distinct),
      duplicateEvents: n(ev.duplicateEvents) + n(ids.duplicateEventIds),
      duplicateReports: n(ev.duplicateReports),
      duplicateEntities: n(ent.duplicateEntities),
      duplicateMentions: n(men.duplicateMentions),
      events: n(totals.events),
      entities: n(totals.entities),
    };
  } finally {
    await session.close();
  }
}

async function oneRun(run, creds) {
  const tag = `r${run}-${seed}`;
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i, tag));
  const batches = [];
  for (let i = 0; i < articles.length; i += BATCH) batches.push(articles.slice(i, i + BATCH));
  const service = startService(creds);
  let crashed = null;
  service.on('exit', (code, signal) => (crashed = `service exited (${code ?? signal})`));
  try {
    await waitForService(service);
    const t0 = Date.now();
    // Submit every batch (the service queues them; each item is written on its own).
    const jobIds = [];
    for (const b of batches) {
      const r = await http('POST', '/articles/batch', b);
      if (r.status !== 202) throw new Error(`batch refused: ${r.status} ${JSON.stringify(r.body)}`);
      jobIds.push(r.body.id);
    }
    // Faults at random moments while the jobs run.
    const faults = [];
    const chaos = (async () => {
      for (let f = 0; f < FAULTS; f++) {
        await sleep(2000 + random() * 12000);
        if (crashed) return;
        const signal = random() < 0.5 ? 'SIGTERM' : 'SIGKILL';
        const jobsLeft = (await Promise.all(jobIds.map((id) => http('GET', `/jobs/${id}`).catch(() => null)))).filter((j) => j?.body?.state !== 'done').length;
        if (jobsLeft === 0) return;
        const ms = await fault(signal);
        faults.push(`${signal} (${((ms ?? 0) / 1000).toFixed(0)} s down+restart)`);
        log(`run ${run}: Neo4j ${signal}, back after ${((ms ?? 0) / 1000).toFixed(1)} s`);
      }
    })();
    let jobs = [];
    for (;;) {
      if (crashed) throw new Error(crashed);
      jobs = [];
      for (const id of jobIds) jobs.push((await http('GET', `/jobs/${id}`)).body);
      if (jobs.every((j) => j.state === 'done')) break;
      await sleep(2000);
    }
    await chaos;
    if (crashed) throw new Error(crashed);
    const sum = (k) => jobs.reduce((s, j) => s + j[k], 0);
    const acknowledged = sum('done') + sum('skipped');
    const failedItems = jobs.flatMap((j) => j.errors.map((e) => e.reason));
    const driver = neo4j.driver(`bolt://127.0.0.1:${BOLT_PORT}`, neo4j.auth.basic(creds.user, creds.password));
    try {
      const g = await checkGraph(driver, articles.map((a) => a.url));
      const duplicates = g.duplicateArticles + g.duplicateEvents + g.duplicateReports + g.duplicateEntities + g.duplicateMentions;
      const result = {
        run,
        articles: ARTICLES,
        acknowledged,
        stored: g.stored,
        duplicates,
        retried: sum('retried'),
        failed: sum('failed'),
        faults,
        seconds: Math.round((Date.now() - t0) / 1000),
        detail: g,
      };
      if (failedItems.length) result.failures = [...new Set(failedItems)].slice(0, 5);
      return result;
    } finally {
      await driver.close();
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((r) => (service.exitCode !== null ? r() : service.once('exit', r)));
  }
}

async function main() {
  log(`Neo4j home ${HOME} on port ${BOLT_PORT}; ${RUNS} runs of ${ARTICLES} articles in batches of ${BATCH}, ${FAULTS} faults each; seed ${opts.seed}`);
  const info = await startNeo4j();
  const creds = { user: info.user, password: info.password };
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(creds.user, creds.password));
  await wipe(driver);
  await driver.close();
  let ok = true;
  try {
    for (let run = 1; run <= RUNS; run++) {
      const r = await oneRun(run, creds);
      const pass = r.acknowledged === r.stored && r.acknowledged === r.articles && r.duplicates === 0;
      ok &&= pass;
      console.log(`${pass ? 'PASS' : 'FAIL'} ${JSON.stringify(r)}`);
      console.log(`run ${run}: acknowledged=${r.acknowledged} stored=${r.stored} duplicates=${r.duplicates} retried=${r.retried} failed=${r.failed}`);
    }
  } finally {
    if (!process.env.FAULTS_KEEP_NEO4J) await stop({ homeDir: HOME });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
