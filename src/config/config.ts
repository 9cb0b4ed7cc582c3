/**
 * The only reader of process.env. Every setting is validated once at start-up; a bad or missing
 * value stops the service with one line naming the variable (see `ConfigError`).
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

export interface AppConfig {
  port: number;
  host: string;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string;
    /** How long start-up keeps retrying `verifyConnectivity()` before giving up. */
    connectTimeoutMs: number;
    /** Timeout of every read transaction. */
    queryTimeoutMs: number;
  };
  /** Required for writes and POST /cypher; null disables writes (every write answers 401). */
  apiKey: string | null;
  /** When true, read endpoints also need the API key. */
  readsNeedKey: boolean;
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Largest number of articles in one batch. */
  batchLimit: number;
  /** Ingest write transactions in flight per process (1 serialises them). */
  ingestConcurrency: number;
  /** Requests per client per minute (0 = unlimited). */
  rateLimitPerMinute: number;
  /** POST /cypher: timeout of one researcher query, and the most rows it returns. */
  cypherConsole: { timeoutMs: number; maxRows: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback?: string): string {
  const v = env[name];
  if (v === undefined || v === '') {
    if (fallback !== undefined) return fallback;
    throw new ConfigError(name, 'is required but not set');
  }
  return v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function neo4jUri(env: Env): string {
  const uri = str(env, 'NEO4J_URI');
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new ConfigError('NEO4J_URI', `is not a URI: "${uri}"`);
  }
  if (!NEO4J_SCHEMES.includes(parsed.protocol)) {
    throw new ConfigError('NEO4J_URI', `must start with bolt:// or neo4j:// (or +s/+ssc), got "${parsed.protocol}//"`);
  }
  if (!parsed.hostname) throw new ConfigError('NEO4J_URI', 'has no host');
  return uri;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const apiKey = env.API_KEY ? env.API_KEY : null;
  if (apiKey !== null && apiKey.length < 16) throw new ConfigError('API_KEY', 'must be at least 16 characters');
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: str(env, 'HOST', '127.0.0.1'),
    neo4j: {
      uri: neo4jUri(env),
      user: str(env, 'NEO4J_USER', 'neo4j'),
      password: str(env, 'NEO4J_PASSWORD'),
      database: str(env, 'NEO4J_DATABASE', 'neo4j'),
      connectTimeoutMs: int(env, 'NEO4J_CONNECT_TIMEOUT_MS', 30000, 0, 600000),
      queryTimeoutMs: int(env, 'NEO4J_QUERY_TIMEOUT_MS', 10000, 100, 600000),
    },
    apiKey,
    readsNeedKey: bool(env, 'READS_NEED_KEY', false),
    bodyLimit: int(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    batchLimit: int(env, 'BATCH_LIMIT', 1000, 1, 100000),
    ingestConcurrency: int(env, 'INGEST_CONCURRENCY', 4, 1, 64),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1000000),
    cypherConsole: {
      timeoutMs: int(env, 'CYPHER_TIMEOUT_MS', 5000, 100, 600000),
      maxRows: int(env, 'CYPHER_MAX_ROWS', 1000, 1, 100000),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  };
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
