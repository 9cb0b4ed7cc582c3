import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { GraphService } from '../graph/graph.service';
import { int } from '../graph/mappers';
import { type CypherRequestDto, type CypherResultDto } from './cypher-console.dto';
import { isReadOnlyPlan, refusal } from './statement-check';

function refused(reason: string): AppError {
  return new AppError('query refused', 400, { errors: [{ field: 'query', reason }] });
}

/** JSON has no integers; researchers write `LIMIT $n`, so whole numbers go to Neo4j as integers. */
function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  return value;
}

/** Client errors from the server (syntax, unknown function, write in a read session) → 400 with its message. */
function asClientError(err: unknown): unknown {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('Neo.ClientError.')) return err;
  if (code.includes('TransactionTimedOut') || code.startsWith('Neo.ClientError.Security.')) return err;
  const message = (err as Error).message;
  return new AppError('query failed', 400, { errors: [{ field: 'query', reason: message }], code });
}

/**
 * Researcher Cypher: refused outright when it loads files, batches writes, switches database or
 * calls a procedure outside the allowlist; then EXPLAINed, and run only when the planner says
 * the query only reads (queryType 'r'), in a READ session, with a timeout and a row cap.
 */
@Injectable()
export class CypherConsoleService {
  constructor(
    private readonly graph: GraphService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(req: CypherRequestDto): Promise<CypherResultDto> {
    const why = refusal(req.query);
    if (why) throw refused(why);
    const params = (toParams(req.params ?? {}) ?? {}) as Record<string, unknown>;
    const { timeoutMs, maxRows } = this.config.cypherConsole;
    try {
      const type = await this.graph.explainType(req.query, params);
      if (!isReadOnlyPlan(req.query, type))
        throw refused(`only read-only queries may run here; the plan's query type is '${type}'`);
      const result = await this.graph.readRaw(req.query, params, timeoutMs, maxRows);
      return {
        columns: result.keys,
        rows: result.rows,
        rowCount: result.rows.length,
        truncated: result.truncated,
      };
    } catch (err) {
      throw asClientError(err);
    }
  }
}
