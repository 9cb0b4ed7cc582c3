#!/usr/bin/env node
// `npm test`: installs dependencies if needed, starts a THROWAWAY Neo4j (unless
// NEO4J_TEST_URI is set), runs lint, unit and e2e tests, and always stops that
// Neo4j and deletes its temp home, even on failure or Ctrl-C.
//
//   npm test                          everything
//   npm test -- -t 'timeline'         extra args go to both jest runs (plus --passWithNoTests)
//   TEST_STEPS=unit npm test          only some steps (ids: lint, unit, e2e); no Neo4j without e2e
//   NEO4J_TEST_URI=bolt://... NEO4J_TEST_USER=neo4j NEO4J_TEST_PASSWORD=... npm test
//                                     use an existing (disposable!) database instead
//
// Exit code: the first failing step's. Plain Node.js, node: built-ins only.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, fetchNeo4j, freePort, pidAlive, start, stop } from './neo4j-lib.mjs';

// ---------------------------------------------------------------------------
// The steps, in order. Edit here.
//   jest: true  -> extra CLI args are appended, and results are counted
//   neo4j: true -> runs with NEO4J_TEST_URI / _USER / _PASSWORD / _DATABASE set
const STEPS = [
  { id: 'lint', title: 'Lint (eslint)', cmd: 'npx', args: ['eslint', '.'], when: hasEslintConfig },
  {
    id: 'unit',
    title: 'Unit tests (jest)',
    cmd: 'npx',
    args: ['jest', '--selectProjects', 'unit'],
    jest: true,
  },
  {
    id: 'e2e',
    title: 'e2e tests (jest, real Neo4j)',
    cmd: 'npx',
    args: ['jest', '--selectProjects', 'e2e', '--runInBand'],
    jest: true,
    neo4j: true,
  },
];
// Start the throwaway Neo4j in the background while the steps before the first
// neo4j step run (saves its ~10 s start time); false = start it first.
const START_NEO4J_EARLY = true;
// Memory for the throwaway instance (small: test data is small).
const TEST_NEO4J = { heapInitial: '512m', heapMax: '2g', pagecache: '512m' };
const TEMP_PREFIX = 'eventline-neo4j-test-';
// ---------------------------------------------------------------------------

const extraArgs = process.argv.slice(2);
const isWin = process.platform === 'win32';
const t0 = Date.now();

function hasEslintConfig() {
  const names = [
    'eslint.config.js',
    'eslint.config.mjs',
    'eslint.config.cjs',
    'eslint.config.ts',
    'eslint.config.mts',
    'eslint.config.cts',
    '.eslintrc',
    '.eslintrc.js',
    '.eslintrc.cjs',
    '.eslintrc.json',
    '.eslintrc.yml',
    '.eslintrc.yaml',
  ];
  return names.some((n) => fs.existsSync(path.join(REPO_ROOT, n)));
}

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
function header(title) {
  console.log(`\n${bold(`==== ${title} ${'='.repeat(Math.max(4, 70 - title.length))}`)}`);
}
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

// --- child processes ---------------------------------------------------------

let current = null; // the running step's child process

function runStep(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env, shell: isWin });
    current = child;
    child.on('error', (e) => {
      console.error(`test: cannot run ${cmd}: ${e.message}`);
      current = null;
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 1));
    });
  });
}

// --- dependencies ------------------------------------------------------------

async function ensureDependencies() {
  const marker = path.join(REPO_ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(REPO_ROOT, 'package-lock.json');
  const haveModules = fs.existsSync(path.join(REPO_ROOT, 'node_modules'));
  const stale =
    haveModules &&
    fs.existsSync(lock) &&
    (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs);
  if (haveModules && !stale) return 0;
  const args = fs.existsSync(lock)
    ? ['ci', '--no-audit', '--no-fund']
    : ['install', '--no-audit', '--no-fund'];
  header(`Dependencies (npm ${args[0]}${stale ? ': node_modules is older than package-lock.json' : ''})`);
  return runStep('npm', args, process.env);
}

// --- throwaway Neo4j -----------------------------------------------------------

const neo4j = {
  homeDir: null,
  startPromise: null,
  abort: new AbortController(),
  info: null,
  external: false,
};

/** Stop and delete throwaway instances left behind by killed runs (owner pid dead). */
async function reapStaleInstances() {
  let names = [];
  try {
    names = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(os.tmpdir(), name);
    let owner = null;
    try {
      owner = JSON.parse(fs.readFileSync(path.join(dir, 'owner.json'), 'utf8')).pid;
    } catch {
      /* half-created: owner unknown */
    }
    if (owner && pidAlive(owner)) continue;
    if (!owner && Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) continue; // maybe being created right now
    const r = await stop({ homeDir: dir, timeoutMs: 30_000, log: () => {} }).catch(() => ({}));
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(
      `Removed a throwaway Neo4j home left by an earlier run: ${dir}${r.wasRunning ? ` (stopped pid ${r.pid})` : ''}`,
    );
  }
}

async function prepareNeo4j() {
  if (process.env.NEO4J_TEST_URI) {
    neo4j.external = true;
    header('Neo4j (external)');
    console.log(
      `Using NEO4J_TEST_URI=${process.env.NEO4J_TEST_URI} as user ${process.env.NEO4J_TEST_USER ?? 'neo4j'}; not starting one.`,
    );
    return;
  }
  header('Neo4j (throwaway)');
  await reapStaleInstances();
  await fetchNeo4j({ log: (m) => console.log(m) });
  neo4j.homeDir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  fs.writeFileSync(
    path.join(neo4j.homeDir, 'owner.json'),
    `${JSON.stringify({ pid: process.pid, cwd: REPO_ROOT })}\n`,
  );
  neo4j.startPromise = (async () => {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      console.log(
        `Starting Neo4j on 127.0.0.1:${port}, home ${neo4j.homeDir}${START_NEO4J_EARLY ? ' (in the background)' : ''}...`,
      );
      try {
        return await start({
          homeDir: neo4j.homeDir,
          port,
          ...TEST_NEO4J,
          signal: neo4j.abort.signal,
          log: (m) => console.log(`[neo4j] ${m}`),
        });
      } catch (e) {
        if (e.code !== 'EPORTINUSE' || attempt >= 3) throw e; // lost a race for the free port: pick another
      }
    }
  })();
  neo4j.startPromise.catch(() => {}); // handled where awaited
}

/** Resolves the env for neo4j steps, or throws if the server did not come up. */
async function neo4jEnv() {
  if (neo4j.external) {
    return {
      NEO4J_TEST_URI: process.env.NEO4J_TEST_URI,
      NEO4J_TEST_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
      NEO4J_TEST_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
      NEO4J_TEST_DATABASE: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    };
  }
  if (!neo4j.info) {
    neo4j.info = await neo4j.startPromise;
    const i = neo4j.info;
    console.log(
      `${i.server ?? `Neo4j/${i.version}`} community ready at ${i.uri} (pid ${i.pid}, started in ${secs(i.startedInMs)})`,
    );
  }
  const i = neo4j.info;
  return {
    NEO4J_TEST_URI: i.uri,
    NEO4J_TEST_USER: i.user,
    NEO4J_TEST_PASSWORD: i.password,
    NEO4J_TEST_DATABASE: i.database,
  };
}

let cleanupPromise = null;
function cleanup() {
  cleanupPromise ??= (async () => {
    if (!neo4j.homeDir) return;
    neo4j.abort.abort();
    await neo4j.startPromise?.catch(() => {});
    header('Cleanup');
    const r = await stop({ homeDir: neo4j.homeDir, timeoutMs: 60_000, log: (m) => console.warn(m) }).catch(
      (e) => {
        console.error(`test: could not stop the throwaway Neo4j: ${e.message}`);
        return {};
      },
    );
    fs.rmSync(neo4j.homeDir, { recursive: true, force: true, maxRetries: 3 });
    console.log(
      `${r.wasRunning ? `Stopped throwaway Neo4j (pid ${r.pid}) in ${secs(r.stoppedInMs)}; ` : ''}deleted ${neo4j.homeDir}`,
    );
  })();
  return cleanupPromise;
}

// --- signals -------------------------------------------------------------------

let interrupted = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return; // second Ctrl-C: cleanup is already running
    interrupted = sig;
    console.error(`\ntest: ${sig} received; stopping...`);
    if (current) current.kill(sig);
    cleanup().finally(() => process.exit(128 + os.constants.signals[sig]));
  });
}

// --- jest results ----------------------------------------------------------------

const jestTotals = { passed: 0, failed: 0, skipped: 0, counted: 0 };
function countJest(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    jestTotals.passed += r.numPassedTests ?? 0;
    jestTotals.failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
    jestTotals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    jestTotals.counted++;
  } catch {
    /* jest did not get as far as writing results */
  }
  fs.rmSync(file, { force: true });
}

// --- main --------------------------------------------------------------------------

async function main() {
  const only = (process.env.TEST_STEPS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only.filter((id) => !STEPS.some((s) => s.id === id));
  if (unknown.length) {
    console.error(
      `test: unknown TEST_STEPS id(s): ${unknown.join(', ')} (known: ${STEPS.map((s) => s.id).join(', ')})`,
    );
    return 2;
  }
  const steps = STEPS.filter((s) => (!only.length || only.includes(s.id)) && (!s.when || s.when()));
  const results = [];

  const depCode = await ensureDependencies();
  if (depCode !== 0) {
    console.error(`test: installing dependencies failed (exit ${depCode})`);
    return depCode;
  }

  const needsNeo4j = steps.some((s) => s.neo4j);
  if (needsNeo4j) {
    try {
      await prepareNeo4j();
      if (!START_NEO4J_EARLY && neo4j.startPromise) await neo4jEnv();
    } catch (e) {
      console.error(`test: ${e.message}`);
      results.push({ title: 'Neo4j', code: 1, ms: 0 });
    }
  }

  for (const step of steps) {
    if (interrupted) break;
    if (step.neo4j && results.some((r) => r.title === 'Neo4j')) {
      results.push({ title: step.title, code: 1, ms: 0, note: 'skipped: no Neo4j' });
      continue;
    }
    header(step.title);
    const started = Date.now();
    let env = { ...process.env };
    if (step.neo4j) {
      try {
        env = { ...env, ...(await neo4jEnv()) };
      } catch (e) {
        console.error(`test: ${e.message}`);
        results.push({ title: step.title, code: 1, ms: Date.now() - started, note: 'Neo4j did not start' });
        continue;
      }
    }
    let args = [...step.args];
    let jsonFile = null;
    if (step.jest) {
      if (extraArgs.length) args.push('--passWithNoTests', ...extraArgs);
      jsonFile = path.join(os.tmpdir(), `eventline-jest-${process.pid}-${step.id}.json`);
      args.push('--json', `--outputFile=${jsonFile}`);
    }
    console.log(`$ ${[step.cmd, ...args].join(' ')}`);
    const code = await runStep(step.cmd, args, env);
    if (jsonFile) countJest(jsonFile);
    results.push({ title: step.title, code, ms: Date.now() - started });
  }

  await cleanup();

  header('Summary');
  for (const r of results) {
    console.log(
      `  ${r.code === 0 ? 'ok  ' : 'FAIL'}  ${r.title.padEnd(32)} ${secs(r.ms).padStart(7)}${r.code ? `  exit ${r.code}` : ''}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  console.log(`  total ${secs(Date.now() - t0)}`);
  if (jestTotals.counted) {
    // One plain closing line, as CI reads it.
    console.log(
      `tests: ${jestTotals.passed} passed, ${jestTotals.failed} failed${jestTotals.skipped ? `, ${jestTotals.skipped} skipped` : ''}`,
    );
  }
  return results.find((r) => r.code !== 0)?.code ?? 0;
}

main()
  .catch(async (e) => {
    console.error('test:', e);
    await cleanup().catch(() => {});
    return 1;
  })
  .then((code) => {
    if (!interrupted) process.exit(code);
  });
