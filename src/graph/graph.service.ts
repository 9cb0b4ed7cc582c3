import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, Neo4jError, type RecordShape } from 'neo4j-driver';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CypherLoader, type CypherName } from './cypher-loader';
import { toPlain } from './mappers';
import { DatabaseUnavailableError } from '../common/errors';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction as the rest of the code sees it: named Cypher in, plain rows out. */
export interface Tx {
  run(name: CypherName, params?: Params): Promise<Row[]>;
}

/** Attempts of a one-statement read (`readOne`) on a transient error, as the driver does for transactions. */
const READ_ONE_ATTEMPTS = 3;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(err.code) ||
      err.code === 'Neo.ClientError.Security.AuthorizationExpired' ||
      // retriable transient errors left after the driver's own retries (database restarting, leader switch)
      (err.retriable && err.code.startsWith('Neo.TransientError.')))
  );
}

/**
 * The only owner of the neo4j driver: created once, connectivity verified with retries at boot,
 * closed on shutdown. Reads go through read transactions (routable to followers on a cluster),
 * writes through write transactions (retried by the driver on transient errors).
 */
@Injectable()
export class GraphService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(GraphService.name);
  readonly driver: Driver;
  readonly cypher = new CypherLoader();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { uri, user, password } = config.neo4j;
    this.driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: 5000,
      // Short on purpose: while Neo4j is down a request answers 503 + Retry-After within a few
      // seconds instead of hanging; batch jobs retry longer themselves (see JobsService).
      maxTransactionRetryTime: 3000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: (level, message) => this.logger.error(`[driver ${level}] ${message}`) },
    });
  }

  /** The URI this service talks to (tests check it before wiping anything). */
  get uri(): string {
    return this.config.neo4j.uri;
  }

  async onModuleInit(): Promise<void> {
    await this.waitForDatabase(this.config.neo4j.connectTimeoutMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }

  /** Retries `verifyConnectivity()` until it answers or the time is up. */
  async waitForDatabase(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let attempt = 0;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.config.neo4j.database });
        return;
      } catch (err) {
        attempt++;
        if (Date.now() >= deadline) {
          throw new Error(`Neo4j at ${this.config.neo4j.uri} did not answer within ${timeoutMs} ms: ${(err as Error).message}`);
        }
        this.logger.warn(`Neo4j not reachable yet (attempt ${attempt}): ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 3000)));
      }
    }
  }

  /** Runs named Cypher in a read transaction with the configured timeout. */
  async read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.readTx((tx) => tx.run(name, params), timeoutMs);
  }

  /** Runs named Cypher in a write transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  /**
   * One read statement as an auto-commit query: one round trip (RUN and PULL together), where a
   * transaction function costs a second one for the COMMIT. For reads that are a single statement
   * (the hot /events and /timeline paths). Retried on transient errors like a transaction.
   */
  async readOne(name: CypherName, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const text = this.cypher.get(name);
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.READ });
      try {
        return rows(await session.run(text, params, { timeout: timeoutMs ?? this.config.neo4j.queryTimeoutMs }));
      } catch (err) {
        if (!(err instanceof Neo4jError && err.retriable) || attempt >= READ_ONE_ATTEMPTS) throw this.translate(err);
        await new Promise((r) => setTimeout(r, 100 * attempt));
      } finally {
        await session.close();
      }
    }
  }

  async readTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('READ', work, timeoutMs ?? this.config.neo4j.queryTimeoutMs);
  }

  async writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('WRITE', work, timeoutMs);
  }

  /** Raw Cypher text (not a file name), for the researcher console only. */
  async readRaw(query: string, params: Params, timeoutMs: number, maxRows: number): Promise<{ rows: Row[]; truncated: boolean; keys: string[] }> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        async (tx) => {
          const rows: Row[] = [];
          let keys: string[] = [];
          let truncated = false;
          const result = tx.run(query, params);
          keys = (await result.keys()) as string[];
          for await (const record of result) {
            if (rows.length >= maxRows) {
              truncated = true;
              break;
            }
            rows.push(toPlain(record.toObject()) as Row);
          }
          return { rows, truncated, keys };
        },
        { timeout: timeoutMs },
      );
    } catch (err) {
      throw this.translate(err);
    } finally {
      await session.close();
    }
  }

  /** EXPLAIN a query and report whether the planner says it only reads. */
  async explainType(query: string, params: Params): Promise<string> {
    const session = this.driver.session({ database: this.config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      const summary = (await session.run(`EXPLAIN ${query}`, params)).summary;
      return summary.queryType;
    } catch (err) {
      throw this.translate(err);
    } finally {
      await session.close();
    }
  }

  /** The server's name and version, or an error when the database cannot be reached. */
  async serverVersion(): Promise<string> {
    const rows = await this.read('read/server-version', {}, 3000);
    const row = rows[0] as { name: string; versions: string[]; edition: string } | undefined;
    return row ? `${row.versions[0]}` : 'unknown';
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({
      database: this.config.neo4j.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const wrap = (tx: ManagedTransaction): Tx => ({
      run: async (name, params = {}) => rows(await tx.run(this.cypher.get(name), params)),
    });
    const config = timeoutMs ? { timeout: timeoutMs } : undefined;
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)), config)
        : await session.executeWrite((tx) => work(wrap(tx)), config);
    } catch (err) {
      throw this.translate(err);
    } finally {
      await session.close();
    }
  }

  private translate(err: unknown): unknown {
    if (isUnavailable(err)) return new DatabaseUnavailableError((err as Error).message.split('\n')[0]);
    return err;
  }
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}
