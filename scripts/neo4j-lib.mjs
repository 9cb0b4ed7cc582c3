// Fetch and run a real Neo4j Community 5.26 server without Docker.
//
// Plain Node.js ESM, node: built-ins only, so it works before `npm install`.
// Used by scripts/neo4j.mjs (the CLI behind `npm run neo4j:*`) and by
// scripts/test.mjs (the `npm test` runner, which starts throwaway instances).
//
// Layout (all git-ignored):
//   .neo4j/lib/           Neo4j jars + runtime dependencies, shared by every instance
//   .neo4j/cds/           JVM class-data-sharing archive (cuts start time ~40%)
//   .neo4j/home/          default instance: conf/ data/ logs/ run/ (survives restarts)
//
// The server is started the way Neo4j's own launcher (bin/neo4j console) does:
//   java <jvm flags> -cp '.neo4j/lib/*' org.neo4j.server.CommunityEntryPoint
//        --home-dir=HOME --config-dir=HOME/conf --console-mode
// with a generated HOME/conf/neo4j.conf. The initial password is set before
// the first start by writing data/dbms/auth.ini exactly as Neo4j's own
//   java -cp '.neo4j/lib/*' org.neo4j.cli.AdminTool dbms set-initial-password PW
// does (NEO4J_SET_PASSWORD=admin-tool runs that tool instead).

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const POM_FILE = path.join(REPO_ROOT, 'scripts', 'neo4j', 'pom.xml');
/** Newest 5.26 patch on Maven Central when this was written; override with env NEO4J_VERSION. */
export const DEFAULT_NEO4J_VERSION = '5.26.30';
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_USER = 'neo4j';
export const DEFAULT_DATABASE = 'neo4j';
export const DEFAULT_START_TIMEOUT_MS = 120_000;
export const DEFAULT_STOP_TIMEOUT_MS = 60_000;
export const MIN_JAVA = 17;

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
const LIB_MARKER = '.neo4j-version';

// JVM flags: the defaults of Neo4j 5.26's conf/neo4j.conf (server.jvm.additional)
// plus what its Bootloader adds (-Dfile.encoding, -Xms/-Xmx). -XX:+AlwaysPreTouch
// is left out on purpose: it pre-faults the whole heap and only slows a dev start.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

// ---------------------------------------------------------------------------
// small helpers

export class Neo4jError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code; // e.g. 'EPORTINUSE'
  }
}

const defaultLog = (msg) => console.log(msg);

function envInt(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number.parseInt(v, 10);
  if (!Number.isInteger(n) || n <= 0) throw new Neo4jError(`${name} must be a positive integer, got "${v}"`);
  return n;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rel(p) {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function writeFileAtomic(file, content, mode) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, content, mode ? { mode } : undefined);
  fs.renameSync(tmp, file);
}

function tail(file, lines = 40, fromByte = 0) {
  try {
    const stat = fs.statSync(file);
    const start = Math.max(fromByte, stat.size - 64 * 1024);
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(stat.size - start);
      fs.readSync(fd, buf, 0, buf.length, start);
      return buf
        .toString('utf8')
        .split('\n')
        .slice(-lines - 1)
        .join('\n')
        .trimEnd();
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

export function resolveLibDir(libDir) {
  return path.resolve(libDir ?? process.env.NEO4J_LIB_DIR ?? path.join(REPO_ROOT, '.neo4j', 'lib'));
}

export function resolveHomeDir(homeDir) {
  return path.resolve(homeDir ?? process.env.NEO4J_HOME_DIR ?? path.join(REPO_ROOT, '.neo4j', 'home'));
}

export function defaultHomeDir() {
  return path.join(REPO_ROOT, '.neo4j', 'home');
}

function homePaths(homeDir) {
  return {
    home: homeDir,
    conf: path.join(homeDir, 'conf'),
    confFile: path.join(homeDir, 'conf', 'neo4j.conf'),
    data: path.join(homeDir, 'data'),
    systemDb: path.join(homeDir, 'data', 'databases', 'system'),
    logs: path.join(homeDir, 'logs'),
    consoleLog: path.join(homeDir, 'logs', 'console.log'),
    run: path.join(homeDir, 'run'),
    pidFile: path.join(homeDir, 'run', 'neo4j.pid'),
    stateFile: path.join(homeDir, 'run', 'instance.json'),
    credentialsFile: path.join(homeDir, 'credentials.json'),
  };
}

// ---------------------------------------------------------------------------
// prerequisites

export function javaCommand() {
  const jh = process.env.JAVA_HOME;
  if (jh) {
    const candidate = path.join(jh, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Returns { cmd, major, versionLine }; throws a one-line Neo4jError if java is missing or < 17. */
export function checkJava() {
  const cmd = javaCommand();
  const r = spawnSync(cmd, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Neo4jError(
      `Java ${MIN_JAVA}+ is required to run Neo4j but \`${cmd} -version\` failed (${r.error?.code ?? `exit ${r.status}`}); install a JDK 17 or 21 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  const out = `${r.stderr}\n${r.stdout}`;
  const m = out.match(/version "(\d+)(?:\.(\d+))?[^"]*"/);
  const versionLine =
    out
      .split('\n')
      .find((l) => /version/.test(l))
      ?.trim() ?? '';
  if (!m)
    throw new Neo4jError(
      `Could not parse the Java version from \`${cmd} -version\`: ${versionLine || out.trim()}`,
    );
  let major = Number(m[1]);
  if (major === 1 && m[2]) major = Number(m[2]); // "1.8.0_x" style
  if (major < MIN_JAVA) {
    throw new Neo4jError(
      `Neo4j 5 needs Java ${MIN_JAVA}+ but found Java ${major} (${versionLine}); install JDK 17 or 21 or set JAVA_HOME.`,
    );
  }
  return { cmd, major, versionLine };
}

function checkMaven() {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.error || r.status !== 0) {
    throw new Neo4jError(
      `Maven (\`mvn\`) is required to download Neo4j from Maven Central but \`mvn -v\` failed (${r.error?.code ?? `exit ${r.status}`}); install it (e.g. apt-get install maven).`,
    );
  }
}

// ---------------------------------------------------------------------------
// fetch

export function libInfo(libDir) {
  const dir = resolveLibDir(libDir);
  const version = readText(path.join(dir, LIB_MARKER))?.trim() || null;
  return { libDir: dir, version, present: Boolean(version) };
}

/** True when pid is a live (non-zombie) process. */
export function pidAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  // A zombie answers kill(0) but is gone for our purposes.
  const stat = readText(`/proc/${pid}/stat`);
  if (stat) {
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  }
  return true;
}

/**
 * Download org.neo4j:neo4j:<version> and all runtime dependencies into libDir (once).
 * Atomic: resolves into a sibling temp folder and renames it into place.
 */
export async function fetchNeo4j({ libDir, version, log = defaultLog, force = false } = {}) {
  const dir = resolveLibDir(libDir);
  const want = version ?? process.env.NEO4J_VERSION ?? DEFAULT_NEO4J_VERSION;
  const have = libInfo(dir);
  if (have.present && have.version === want && !force) {
    return { libDir: dir, version: want, fetched: false };
  }
  checkJava();
  checkMaven();
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  // Remove temp folders left by interrupted fetches.
  for (const name of fs.readdirSync(parent)) {
    const m = name.match(
      new RegExp(`^${path.basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-`),
    );
    if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  log(
    `Fetching Neo4j ${want} + runtime dependencies from Maven Central into ${rel(dir)} (one time, ~125 MB)...`,
  );
  const t0 = Date.now();
  const args = [
    '-q',
    '-B',
    '-f',
    POM_FILE,
    'dependency:copy-dependencies',
    `-Dneo4j.version=${want}`,
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ];
  const r = await run('mvn', args, { capture: true, shell: process.platform === 'win32' });
  if (r.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const out = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Neo4jError(`mvn could not fetch org.neo4j:neo4j:${want} (exit ${r.code}):\n${out}`);
  }
  const jars = fs.readdirSync(tmp).filter((f) => f.endsWith('.jar'));
  if (!jars.includes(`neo4j-${want}.jar`)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Neo4jError(`mvn finished but neo4j-${want}.jar is not in the result; check ${rel(POM_FILE)}`);
  }
  fs.writeFileSync(path.join(tmp, LIB_MARKER), `${want}\n`);
  if (fs.existsSync(dir)) {
    // Different version (or --force): move the old folder aside first.
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    fs.renameSync(dir, old);
    fs.rmSync(old, { recursive: true, force: true });
  }
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // Another process finished the same fetch first: keep theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!libInfo(dir).present) throw e;
  }
  log(`Fetched ${jars.length} jars in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  return { libDir: dir, version: want, fetched: true };
}

// ---------------------------------------------------------------------------
// process helpers

/** Run a command; resolves { code, stdout, stderr } (stdout/stderr only with capture). */
export function run(cmd, args, { capture = false, env, cwd, shell = false } = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cmd, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env,
      cwd,
      shell,
    });
    if (capture) {
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
    }
    child.on('error', (e) => resolve({ code: 127, stdout, stderr: `${stderr}${e.message}` }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 1), stdout, stderr }),
    );
  });
}

function processCommandLine(pid) {
  const proc = readText(`/proc/${pid}/cmdline`);
  if (proc !== null) return proc.split('\0').join(' ');
  const r = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** True when pid is alive and is the Neo4j server of this home dir (guards against pid reuse). */
function isOurNeo4j(pid, homeDir) {
  if (!pidAlive(pid)) return false;
  const cmdline = processCommandLine(pid);
  if (!cmdline) return true; // cannot tell: trust the pid file
  return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${homeDir}`);
}

function readPid(pidFile) {
  const n = Number.parseInt(readText(pidFile) ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// network helpers

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(true));
    srv.listen(port, host, () => srv.close(() => resolve(false)));
  });
}

const BOLT_MAGIC = Buffer.from([0x60, 0x60, 0xb0, 0x17]);

/**
 * One Bolt handshake: resolves the agreed version "major.minor" or null (no answer / refused).
 * Proposes 5.0-5.8, 4.4, 4.3 and 3.0.
 */
export function boltHandshake({ host = '127.0.0.1', port, timeoutMs = 2000 } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    const done = (v) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    sock.on('error', () => done(null));
    sock.on('close', () => done(null));
    sock.on('connect', () => {
      sock.write(
        Buffer.concat([
          BOLT_MAGIC,
          Buffer.from([0, 8, 8, 5]), // 5.8 down to 5.0
          Buffer.from([0, 1, 4, 4]), // 4.4 down to 4.3
          Buffer.from([0, 0, 0, 3]),
          Buffer.from([0, 0, 0, 0]),
        ]),
      );
    });
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4) {
        const v = buf.readUInt32BE(0);
        done(v === 0 ? null : `${buf[3]}.${buf[2]}`);
      }
    });
  });
}

/**
 * Wait until Bolt answers a handshake on host:port. Fails early if `pid` dies.
 * Resolves the negotiated Bolt version; rejects with Neo4jError on timeout.
 */
export async function waitForBolt({
  host = '127.0.0.1',
  port,
  timeoutMs = DEFAULT_START_TIMEOUT_MS,
  pid,
  signal,
} = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await boltHandshake({ host, port, timeoutMs: 2000 });
    if (v) return v;
    if (signal?.aborted) throw new Neo4jError('start aborted');
    if (pid && !pidAlive(pid))
      throw new Neo4jError(`Neo4j (pid ${pid}) exited before Bolt answered on ${host}:${port}`);
    if (Date.now() > deadline)
      throw new Neo4jError(`Bolt did not answer on ${host}:${port} within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(200);
  }
}

// --- a minimal Bolt 5.0 client: HELLO with basic auth, to prove the password works
// and to read the server agent ("Neo4j/5.26.30"). PackStream subset.

function packString(s) {
  const b = Buffer.from(s, 'utf8');
  if (b.length < 16) return Buffer.concat([Buffer.from([0x80 | b.length]), b]);
  if (b.length < 256) return Buffer.concat([Buffer.from([0xd0, b.length]), b]);
  const h = Buffer.alloc(3);
  h[0] = 0xd1;
  h.writeUInt16BE(b.length, 1);
  return Buffer.concat([h, b]);
}

function packStringMap(obj) {
  const entries = Object.entries(obj);
  return Buffer.concat([
    Buffer.from([0xa0 | entries.length]),
    ...entries.flatMap(([k, v]) => [packString(k), packString(v)]),
  ]);
}

function chunk(message) {
  const h = Buffer.alloc(2);
  h.writeUInt16BE(message.length);
  return Buffer.concat([h, message, Buffer.from([0, 0])]);
}

function unpack(buf, pos = 0) {
  const m = buf[pos++];
  const str = (n) => [buf.toString('utf8', pos, pos + n), pos + n];
  const list = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      let v;
      [v, pos] = unpack(buf, pos);
      out.push(v);
    }
    return [out, pos];
  };
  const map = (n) => {
    const out = {};
    for (let i = 0; i < n; i++) {
      let k;
      let v;
      [k, pos] = unpack(buf, pos);
      [v, pos] = unpack(buf, pos);
      out[k] = v;
    }
    return [out, pos];
  };
  if (m < 0x80) return [m, pos];
  if (m >= 0xf0) return [m - 0x100, pos];
  const hi = m & 0xf0;
  const lo = m & 0x0f;
  if (hi === 0x80) return str(lo);
  if (hi === 0x90) return list(lo);
  if (hi === 0xa0) return map(lo);
  if (hi === 0xb0) {
    const tag = buf[pos++];
    const [fields, p] = list(lo);
    return [{ tag, fields }, p];
  }
  switch (m) {
    case 0xc0:
      return [null, pos];
    case 0xc1:
      return [buf.readDoubleBE(pos), pos + 8];
    case 0xc2:
      return [false, pos];
    case 0xc3:
      return [true, pos];
    case 0xc8:
      return [buf.readInt8(pos), pos + 1];
    case 0xc9:
      return [buf.readInt16BE(pos), pos + 2];
    case 0xca:
      return [buf.readInt32BE(pos), pos + 4];
    case 0xcb:
      return [Number(buf.readBigInt64BE(pos)), pos + 8];
    case 0xcc:
      return [buf.subarray(pos + 1, pos + 1 + buf[pos]), pos + 1 + buf[pos]];
    case 0xd0:
      pos += 1;
      return str(buf[pos - 1]);
    case 0xd1:
      pos += 2;
      return str(buf.readUInt16BE(pos - 2));
    case 0xd2:
      pos += 4;
      return str(buf.readUInt32BE(pos - 4));
    case 0xd4:
      pos += 1;
      return list(buf[pos - 1]);
    case 0xd5:
      pos += 2;
      return list(buf.readUInt16BE(pos - 2));
    case 0xd8:
      pos += 1;
      return map(buf[pos - 1]);
    case 0xd9:
      pos += 2;
      return map(buf.readUInt16BE(pos - 2));
    default:
      throw new Error(`unsupported PackStream marker 0x${m.toString(16)}`);
  }
}

/**
 * Connect with Bolt 5.0, authenticate (HELLO, basic scheme) and disconnect.
 * Resolves { server: 'Neo4j/5.26.30', connectionId }; rejects with the server's
 * failure (e.g. Neo.ClientError.Security.Unauthorized) otherwise.
 */
export function boltHello({ host = '127.0.0.1', port, user, password, timeoutMs = 10_000 }) {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    let handshaken = false;
    let settled = false;
    const finish = (err, val) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!err) sock.write(chunk(Buffer.from([0xb0, 0x02]))); // GOODBYE
      sock.end();
      sock.destroy();
      if (err) reject(err);
      else resolve(val);
    };
    const timer = setTimeout(
      () => finish(new Neo4jError(`Bolt HELLO to ${host}:${port} timed out`)),
      timeoutMs,
    );
    sock.on('error', (e) =>
      finish(new Neo4jError(`Bolt connection to ${host}:${port} failed: ${e.message}`)),
    );
    sock.on('close', () => finish(new Neo4jError(`Bolt connection to ${host}:${port} closed unexpectedly`)));
    sock.on('connect', () => {
      sock.write(Buffer.concat([BOLT_MAGIC, Buffer.from([0, 0, 0, 5]), Buffer.alloc(12)]));
    });
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (!handshaken) {
        if (buf.length < 4) return;
        if (buf.readUInt32BE(0) !== 5)
          return finish(
            new Neo4jError(`server refused Bolt 5.0 (answered 0x${buf.readUInt32BE(0).toString(16)})`),
          );
        handshaken = true;
        buf = buf.subarray(4);
        const hello = Buffer.concat([
          Buffer.from([0xb1, 0x01]),
          packStringMap({
            user_agent: 'eventline-neo4j-scripts/1',
            scheme: 'basic',
            principal: user,
            credentials: password,
          }),
        ]);
        sock.write(chunk(hello));
      }
      // De-chunk one message.
      const parts = [];
      let p = 0;
      for (;;) {
        if (buf.length < p + 2) return;
        const n = buf.readUInt16BE(p);
        p += 2;
        if (n === 0) break;
        if (buf.length < p + n) return;
        parts.push(buf.subarray(p, p + n));
        p += n;
      }
      try {
        const [msg] = unpack(Buffer.concat(parts));
        const meta = msg.fields?.[0] ?? {};
        if (msg.tag === 0x70) finish(null, { server: meta.server, connectionId: meta.connection_id });
        else finish(new Neo4jError(`${meta.code ?? 'Bolt failure'}: ${meta.message ?? JSON.stringify(msg)}`));
      } catch (e) {
        finish(e);
      }
    });
  });
}

// ---------------------------------------------------------------------------
// configuration

function memorySettings(opts) {
  return {
    heapInitial: opts.heapInitial ?? process.env.NEO4J_HEAP_INITIAL ?? '1g',
    heapMax: opts.heapMax ?? process.env.NEO4J_HEAP_MAX ?? '2g',
    pagecache: opts.pagecache ?? process.env.NEO4J_PAGECACHE ?? '1g',
  };
}

function renderConfig({ port, mem, extraConfig }) {
  const settings = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${port}`,
    'server.bolt.advertised_address': `127.0.0.1:${port}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'server.memory.heap.initial_size': mem.heapInitial,
    'server.memory.heap.max_size': mem.heapMax,
    'server.memory.pagecache.size': mem.pagecache,
    'dbms.security.auth_enabled': 'true',
    'dbms.usage_report.enabled': 'false',
    'initial.dbms.default_database': DEFAULT_DATABASE,
    'server.directories.data': 'data',
    'server.directories.logs': 'logs',
    'server.directories.run': 'run',
    'server.directories.import': 'import',
    'server.directories.plugins': 'plugins',
    'db.tx_log.rotation.retention_policy': '1 days',
    // Do not preallocate 256 MB of transaction log per database (512 MB per home).
    'db.tx_log.preallocate': 'false',
    // Bolt waits 5 s (twice) for Netty's quiet period on shutdown by default;
    // 0 makes `stop` take ~0.5 s instead of ~11 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
    ...extraConfig,
  };
  return [
    '# Generated by scripts/neo4j-lib.mjs on every start. Do not edit: pass extra',
    '# settings through start({ extraConfig }) instead.',
    ...Object.entries(settings).map(([k, v]) => `${k}=${v}`),
    '',
  ].join('\n');
}

function jvmArgs({ libDir, mem, cds, extra = [] }) {
  const fromEnv = (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  return [
    `-Xms${mem.heapInitial}`,
    `-Xmx${mem.heapMax}`,
    ...JVM_FLAGS,
    ...cds,
    ...extra,
    ...fromEnv,
    '-cp',
    path.join(libDir, '*'),
  ];
}

// Class-data sharing (CDS): the first start of a given lib+java records the loaded
// classes into an archive at exit (-XX:ArchiveClassesAtExit, dumped during stop);
// later starts map it (-XX:SharedArchiveFile). Disable with NEO4J_CDS=0. The archive
// is validated by the JVM (jar sizes/mtimes); a stale one is ignored, not fatal.
function cdsPlan(libDir, java, { readOnly = false } = {}) {
  if (process.env.NEO4J_CDS === '0' || java.major < 13) return { args: [], archive: null, creating: null };
  const version = libInfo(libDir).version ?? 'unknown';
  const dir = path.join(path.dirname(libDir), 'cds');
  const javaId = crypto
    .createHash('sha1')
    .update(`${java.cmd}|${java.versionLine}|${libDir}`)
    .digest('hex')
    .slice(0, 10);
  const archive = path.join(dir, `neo4j-${version}-java${java.major}-${javaId}.jsa`);
  const quiet = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
  try {
    const libStamp = fs.statSync(path.join(libDir, LIB_MARKER)).mtimeMs;
    const st = fs.statSync(archive);
    if (st.size > 0 && st.mtimeMs >= libStamp)
      return { args: [`-XX:SharedArchiveFile=${archive}`, ...quiet], archive, creating: null };
  } catch {
    /* no archive yet */
  }
  // Recording costs ~10 s once (slower start, archive dumped during stop): skip it
  // where it cannot pay off, i.e. CI in a fresh clone (CI=true), unless NEO4J_CDS=1.
  const ci = process.env.CI && process.env.CI !== 'false' && process.env.NEO4J_CDS !== '1';
  if (readOnly || ci) return { args: [], archive: null, creating: null };
  fs.mkdirSync(dir, { recursive: true });
  const creating = `${archive}.tmp-${process.pid}-${Date.now()}`;
  return { args: [`-XX:ArchiveClassesAtExit=${creating}`, ...quiet], archive, creating };
}

function finishCds(state) {
  const { cdsCreating, cdsArchive } = state ?? {};
  if (!cdsCreating) return;
  try {
    if (fs.statSync(cdsCreating).size > 0) fs.renameSync(cdsCreating, cdsArchive);
  } catch {
    /* not dumped (killed?): fine, next start tries again */
  }
  fs.rmSync(cdsCreating, { force: true });
}

/**
 * Set the initial password of user neo4j before the first start: what
 * `neo4j-admin dbms set-initial-password PW` does, i.e. write data/dbms/auth.ini,
 * which the server imports into the system database on its first start.
 * Default: write the file directly (same format as the tool: salted SHA-256,
 * 1024 iterations; saves a ~2-3 s JVM start). NEO4J_SET_PASSWORD=admin-tool runs
 * Neo4j's own tool (org.neo4j.cli.AdminTool) instead. Either way start() then
 * logs in over Bolt, so a wrong file would fail loudly.
 */
async function setInitialPassword({ homeDir, libDir, java, password }) {
  const p = homePaths(homeDir);
  if (process.env.NEO4J_SET_PASSWORD === 'admin-tool') {
    const cds = cdsPlan(libDir, java, { readOnly: true });
    const r = await run(
      java.cmd,
      [
        ...cds.args,
        '-cp',
        path.join(libDir, '*'),
        '-Dfile.encoding=UTF-8',
        ADMIN_TOOL,
        'dbms',
        'set-initial-password',
        password,
      ],
      {
        capture: true,
        env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: p.conf },
      },
    );
    if (r.code !== 0)
      throw new Neo4jError(
        `neo4j-admin dbms set-initial-password failed (exit ${r.code}): ${`${r.stdout}${r.stderr}`.trim()}`,
      );
    return;
  }
  const salt = crypto.randomBytes(32);
  let hash = crypto.createHash('sha256').update(salt).update(password, 'utf8').digest();
  for (let i = 1; i < 1024; i++) hash = crypto.createHash('sha256').update(hash).digest();
  const dir = path.join(p.data, 'dbms');
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic(
    path.join(dir, 'auth.ini'),
    `${DEFAULT_USER}:SHA-256,${hash.toString('hex')},${salt.toString('hex')},1024:\n`,
    0o600,
  );
}

// ---------------------------------------------------------------------------
// .env.local

export function writeEnvFile(file, info) {
  const values = {
    NEO4J_URI: info.uri,
    NEO4J_USER: info.user,
    NEO4J_PASSWORD: info.password,
    NEO4J_DATABASE: info.database ?? DEFAULT_DATABASE,
  };
  const lines = (readText(file) ?? '').split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
  const seen = new Set();
  const out = lines.map((l) => {
    const m = l.match(/^\s*(?:export\s+)?([A-Z0-9_]+)\s*=/);
    if (m && m[1] in values) {
      seen.add(m[1]);
      return `${m[1]}=${values[m[1]]}`;
    }
    return l;
  });
  if (!lines.length)
    out.push('# Written by `npm run neo4j:start` (scripts/neo4j.mjs). Local only: git-ignored.');
  for (const [k, v] of Object.entries(values)) if (!seen.has(k)) out.push(`${k}=${v}`);
  writeFileAtomic(file, `${out.join('\n')}\n`, 0o600);
}

// ---------------------------------------------------------------------------
// status / start / stop

/** { running, pid, port, uri, user, password, homeDir, version, boltAnswering } */
export async function status({ homeDir } = {}) {
  const home = resolveHomeDir(homeDir);
  const p = homePaths(home);
  const state = readJson(p.stateFile) ?? {};
  const creds = readJson(p.credentialsFile) ?? {};
  const pid = readPid(p.pidFile);
  const running = pid !== null && isOurNeo4j(pid, home);
  const port = state.port ?? null;
  const boltVersion = running && port ? await boltHandshake({ port, timeoutMs: 1500 }) : null;
  return {
    running,
    pid: running ? pid : null,
    stalePid: pid !== null && !running ? pid : null,
    port,
    uri: port ? `bolt://127.0.0.1:${port}` : null,
    user: creds.user ?? DEFAULT_USER,
    password: creds.password ?? null,
    database: DEFAULT_DATABASE,
    homeDir: home,
    version: state.version ?? null,
    boltAnswering: Boolean(boltVersion),
    boltVersion,
  };
}

function handle(info) {
  return { ...info, stop: (opts = {}) => stop({ ...opts, homeDir: info.homeDir }) };
}

/**
 * Start Neo4j for homeDir (created if missing) on 127.0.0.1:port, detached.
 * options: homeDir, port, libDir, password (first start only), heapInitial, heapMax,
 * pagecache, extraConfig {key: value}, jvmArgs [extra JVM flags; env NEO4J_JAVA_OPTS too],
 * timeoutMs, envFile (write NEO4J_* there), log (msg => void), fetch (default true),
 * signal (AbortSignal: abort a start in progress; a server already spawned is stopped again).
 * Concurrent calls for one home dir are serialised; the later ones find it running.
 * Resolves { uri, user, password, database, pid, port, homeDir, version, server,
 * startedInMs, alreadyRunning, stop() }.
 */
export async function start(options = {}) {
  const homeDir = resolveHomeDir(options.homeDir);
  fs.mkdirSync(homePaths(homeDir).run, { recursive: true });
  return withStartLock(homeDir, options.log ?? defaultLog, () => startLocked({ ...options, homeDir }));
}

/** Serialise concurrent start() calls on one home dir (run/start.lock holds the owner's pid). */
async function withStartLock(homeDir, log, fn) {
  const lock = path.join(homePaths(homeDir).run, 'start.lock');
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const owner = readPid(lock);
    let age = 0;
    try {
      age = Date.now() - fs.statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if ((owner && !pidAlive(owner)) || (!owner && age > 5000)) {
      fs.rmSync(lock, { force: true }); // left by a killed start
      continue;
    }
    if (Date.now() > deadline) throw new Neo4jError(`another start (pid ${owner}) still holds ${lock}`);
    if (!told) log(`Waiting for another start of this Neo4j (pid ${owner}) to finish...`);
    told = true;
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

async function startLocked(options) {
  const log = options.log ?? defaultLog;
  const homeDir = options.homeDir;
  const port = options.port ?? envInt('NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT);
  const timeoutMs =
    options.timeoutMs ?? envInt('NEO4J_START_TIMEOUT', DEFAULT_START_TIMEOUT_MS / 1000) * 1000;
  const p = homePaths(homeDir);
  const t0 = Date.now();

  // Already running?
  const st = await status({ homeDir });
  if (st.running) {
    if (!st.boltAnswering) {
      log(`Neo4j (pid ${st.pid}) is running but Bolt is not answering yet; waiting...`);
      await waitForBolt({ port: st.port, timeoutMs, pid: st.pid });
    }
    if (st.port !== port)
      log(`Note: it runs on port ${st.port}, not the requested ${port}; stop it first to change the port.`);
    const info = { ...st, running: true, startedInMs: 0, alreadyRunning: true, server: null };
    if (options.envFile && info.password) writeEnvFile(options.envFile, info);
    return handle(info);
  }
  if (st.stalePid) fs.rmSync(p.pidFile, { force: true });

  const lib =
    options.fetch === false ? libInfo(options.libDir) : await fetchNeo4j({ libDir: options.libDir, log });
  if (options.fetch === false && !lib.present)
    throw new Neo4jError(
      `Neo4j jars are missing in ${rel(lib.libDir)}; run \`node scripts/neo4j.mjs fetch\``,
    );
  const libDir = lib.libDir;
  const version = libInfo(libDir).version;
  const java = checkJava();

  if (await portInUse(port)) {
    throw new Neo4jError(
      `Port 127.0.0.1:${port} is already in use by another process; choose another with NEO4J_BOLT_PORT.`,
      'EPORTINUSE',
    );
  }

  for (const d of [p.conf, p.data, p.logs, p.run]) fs.mkdirSync(d, { recursive: true });
  const mem = memorySettings(options);
  writeFileAtomic(p.confFile, renderConfig({ port, mem, extraConfig: options.extraConfig ?? {} }));

  // Credentials: set the initial password before the very first start.
  let creds = readJson(p.credentialsFile);
  const firstStart = !fs.existsSync(p.systemDb);
  if (firstStart) {
    const password =
      options.password ?? process.env.NEO4J_INITIAL_PASSWORD ?? crypto.randomBytes(18).toString('base64url');
    if (password.length < 8) throw new Neo4jError('The Neo4j password must be at least 8 characters long.');
    await setInitialPassword({ homeDir, libDir, java, password });
    creds = { user: DEFAULT_USER, password };
    writeFileAtomic(p.credentialsFile, `${JSON.stringify(creds, null, 2)}\n`, 0o600);
  } else if (!creds) {
    creds = { user: DEFAULT_USER, password: options.password ?? process.env.NEO4J_PASSWORD ?? null };
    if (!creds.password)
      log(
        `Warning: ${rel(p.credentialsFile)} is missing; the password of this existing database is unknown.`,
      );
  }

  if (options.signal?.aborted) throw new Neo4jError('start aborted');

  // Launch detached, output into logs/console.log.
  const cds = cdsPlan(libDir, java);
  const consoleStart = fs.existsSync(p.consoleLog) ? fs.statSync(p.consoleLog).size : 0;
  const out = fs.openSync(p.consoleLog, 'a');
  fs.writeSync(
    out,
    `\n===== ${new Date().toISOString()} starting Neo4j ${version} on 127.0.0.1:${port} =====\n`,
  );
  const args = [
    ...jvmArgs({ libDir, mem, cds: cds.args, extra: options.jvmArgs }),
    ENTRY_POINT,
    `--home-dir=${homeDir}`,
    `--config-dir=${p.conf}`,
    '--console-mode',
  ];
  const child = spawn(java.cmd, args, {
    cwd: homeDir,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: p.conf },
  });
  fs.closeSync(out);
  const spawnError = new Promise((_, reject) =>
    child.once('error', (e) => reject(new Neo4jError(`could not run ${java.cmd}: ${e.message}`))),
  );
  spawnError.catch(() => {}); // only awaited while starting
  child.unref();
  const pid = child.pid;
  if (!pid) await spawnError;
  writeFileAtomic(p.pidFile, `${pid}\n`);
  const state = {
    pid,
    port,
    uri: `bolt://127.0.0.1:${port}`,
    version,
    startedAt: new Date().toISOString(),
    cdsArchive: cds.archive,
    cdsCreating: cds.creating,
  };
  writeFileAtomic(p.stateFile, `${JSON.stringify(state, null, 2)}\n`);

  let server = null;
  try {
    await Promise.race([waitForBolt({ port, timeoutMs, pid, signal: options.signal }), spawnError]);
    if (creds.password) {
      const hello = await boltHello({ port, user: creds.user, password: creds.password });
      server = hello.server;
    }
  } catch (e) {
    const logTail = tail(p.consoleLog, 40, consoleStart);
    if (pidAlive(pid)) await stop({ homeDir, log: () => {}, timeoutMs: 15_000, discardCds: true });
    fs.rmSync(p.pidFile, { force: true });
    throw new Neo4jError(
      `Neo4j failed to start: ${e.message}\n--- last lines of ${p.consoleLog} ---\n${logTail}`,
    );
  }
  const info = {
    running: true,
    alreadyRunning: false,
    uri: state.uri,
    user: creds.user,
    password: creds.password,
    database: DEFAULT_DATABASE,
    pid,
    port,
    homeDir,
    version,
    server,
    firstStart,
    startedInMs: Date.now() - t0,
  };
  if (options.envFile && info.password) writeEnvFile(options.envFile, info);
  return handle(info);
}

/**
 * Stop the Neo4j of homeDir: SIGTERM, wait up to timeoutMs, then SIGKILL.
 * discardCds: do not keep a class-data archive recorded by this run (failed starts).
 * Resolves { wasRunning, pid, forced, stoppedInMs }.
 */
export async function stop({
  homeDir,
  timeoutMs = DEFAULT_STOP_TIMEOUT_MS,
  log = defaultLog,
  discardCds = false,
} = {}) {
  const home = resolveHomeDir(homeDir);
  const p = homePaths(home);
  const pid = readPid(p.pidFile);
  const state = readJson(p.stateFile);
  const t0 = Date.now();
  if (pid === null || !isOurNeo4j(pid, home)) {
    fs.rmSync(p.pidFile, { force: true });
    return { wasRunning: false, pid, forced: false, stoppedInMs: 0 };
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  let forced = false;
  while (pidAlive(pid)) {
    if (Date.now() - t0 > timeoutMs) {
      log(
        `Warning: Neo4j (pid ${pid}) did not stop within ${Math.round(timeoutMs / 1000)} s; sending SIGKILL.`,
      );
      forced = true;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      const killDeadline = Date.now() + 10_000;
      while (pidAlive(pid) && Date.now() < killDeadline) await sleep(100);
      break;
    }
    await sleep(100);
  }
  fs.rmSync(p.pidFile, { force: true });
  if ((forced || discardCds) && state?.cdsCreating) fs.rmSync(state.cdsCreating, { force: true });
  else finishCds(state);
  if (state)
    writeFileAtomic(
      p.stateFile,
      `${JSON.stringify({ ...state, pid: null, cdsCreating: null, stoppedAt: new Date().toISOString() }, null, 2)}\n`,
    );
  return { wasRunning: true, pid, forced, stoppedInMs: Date.now() - t0 };
}
