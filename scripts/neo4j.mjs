#!/usr/bin/env node
// Local Neo4j Community server without Docker (needs Java 17+ and Maven).
//
//   node scripts/neo4j.mjs fetch     download Neo4j + dependencies into .neo4j/lib (once)
//   node scripts/neo4j.mjs start     start (first start: random password -> .env.local)
//   node scripts/neo4j.mjs stop      stop (SIGTERM, SIGKILL after 60 s)
//   node scripts/neo4j.mjs restart
//   node scripts/neo4j.mjs status    exit 0 when running, 3 when stopped
//   node scripts/neo4j.mjs logs [N]  last N lines (default 50) of the server output
//
// Environment: NEO4J_BOLT_PORT (7687), NEO4J_HOME_DIR (.neo4j/home), NEO4J_LIB_DIR
// (.neo4j/lib), NEO4J_VERSION (5.26.30), NEO4J_HEAP_INITIAL (1g), NEO4J_HEAP_MAX (2g),
// NEO4J_PAGECACHE (1g), NEO4J_START_TIMEOUT (seconds, 120), NEO4J_CDS=0 (no class-data
// sharing), NEO4J_JAVA_OPTS (extra JVM flags), NEO4J_INITIAL_PASSWORD (first start only;
// default random), NEO4J_SET_PASSWORD=admin-tool (set it with Neo4j's own tool),
// NEO4J_ENV_FILE (where to write the NEO4J_* lines; default .env.local, and only for
// the default home dir, so a second instance never rewrites it).

import fs from 'node:fs';
import path from 'node:path';
import {
  Neo4jError,
  REPO_ROOT,
  defaultHomeDir,
  fetchNeo4j,
  resolveHomeDir,
  start,
  status,
  stop,
} from './neo4j-lib.mjs';

const USAGE = 'usage: node scripts/neo4j.mjs fetch|start|stop|restart|status|logs [N]';

function envFileFor(homeDir) {
  if (process.env.NEO4J_ENV_FILE) return path.resolve(process.env.NEO4J_ENV_FILE);
  return homeDir === defaultHomeDir() ? path.join(REPO_ROOT, '.env.local') : null;
}

function rel(p) {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}

async function cmdStart() {
  const homeDir = resolveHomeDir();
  const envFile = envFileFor(homeDir);
  const info = await start({ homeDir, envFile, log: (m) => console.log(m) });
  if (info.alreadyRunning) {
    console.log(`Neo4j is already running (pid ${info.pid}) at ${info.uri}, home ${rel(info.homeDir)}.`);
  } else {
    const what = info.server ?? `Neo4j ${info.version}`;
    console.log(
      `${what} started (pid ${info.pid}) at ${info.uri} in ${(info.startedInMs / 1000).toFixed(1)} s` +
        `${info.firstStart ? ' (new database, password generated)' : ''}; home ${rel(info.homeDir)}.`,
    );
  }
  if (envFile)
    console.log(
      `Credentials: user ${info.user}, in ${rel(envFile)} (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).`,
    );
  else
    console.log(
      `Credentials: user ${info.user}, password in ${rel(path.join(info.homeDir, 'credentials.json'))}.`,
    );
  return 0;
}

async function cmdStop() {
  const homeDir = resolveHomeDir();
  const r = await stop({ homeDir, log: (m) => console.warn(m) });
  if (!r.wasRunning) console.log(`Neo4j is not running (home ${rel(homeDir)}).`);
  else
    console.log(
      `Neo4j (pid ${r.pid}) stopped${r.forced ? ' by SIGKILL' : ''} in ${(r.stoppedInMs / 1000).toFixed(1)} s.`,
    );
  return 0;
}

async function cmdStatus() {
  const s = await status();
  if (s.running) {
    const bolt = s.boltAnswering ? `bolt ${s.boltVersion} answering` : 'bolt not answering yet (starting?)';
    console.log(
      `running  pid ${s.pid}  ${s.uri}  Neo4j ${s.version ?? '?'}  ${bolt}  home ${rel(s.homeDir)}`,
    );
    return 0;
  }
  console.log(`stopped  ${s.uri ? `(last ${s.uri})  ` : ''}home ${rel(s.homeDir)}`);
  return 3;
}

function cmdLogs(n) {
  const file = path.join(resolveHomeDir(), 'logs', 'console.log');
  if (!fs.existsSync(file)) {
    console.log(`No log yet (${rel(file)}).`);
    return 0;
  }
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  console.log(lines.slice(-(Number(n) > 0 ? Number(n) : 50)).join('\n'));
  return 0;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'fetch': {
      const r = await fetchNeo4j();
      if (!r.fetched) console.log(`Neo4j ${r.version} is already in ${rel(r.libDir)}.`);
      return 0;
    }
    case 'start':
      return cmdStart();
    case 'stop':
      return cmdStop();
    case 'restart':
      await cmdStop();
      return cmdStart();
    case 'status':
      return cmdStatus();
    case 'logs':
      return cmdLogs(rest[0]);
    case '-h':
    case '--help':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Neo4jError ? `neo4j: ${e.message}` : e);
    process.exit(1);
  },
);
