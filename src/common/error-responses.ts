import { ApiExtension } from '@nestjs/swagger';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { OPEN_PATHS } from './reads-guard';

/** What an operation does with Neo4j: decides its 503/504/409 answers (default `read`). */
export type GraphAccess = 'none' | 'read' | 'write';
const GRAPH_ACCESS = 'x-graph-access';

/**
 * Marks how an operation uses the graph, for the error answers in the OpenAPI description:
 * `none` (in memory: no 503/504), `write` (503, 409; writes have no timeout, so no 504).
 */
export const UsesGraph = (access: GraphAccess): MethodDecorator & ClassDecorator => ApiExtension(GRAPH_ACCESS, access);

/** The configuration facts the error answers depend on. */
export interface ErrorFacts {
  readsNeedKey: boolean;
  rateLimited: boolean;
}

const WHY: Record<number, string> = {
  400: 'a parameter, header or body field is invalid; `errors` names each field and reason',
  401: 'the API key is missing or wrong (with WWW-Authenticate)',
  403: 'the server has no API_KEY configured: closed to every client',
  404: 'nothing has this id',
  409: 'a concurrent write created the same node first; send the request again',
  413: 'the body is larger than BODY_LIMIT_BYTES (or a batch holds more than BATCH_LIMIT articles)',
  415: 'the Content-Type is not one this operation reads',
  429: 'over RATE_LIMIT_PER_MINUTE for this client (with Retry-After)',
  503: 'Neo4j is unavailable (with Retry-After)',
  504: 'the query took longer than NEO4J_QUERY_TIMEOUT_MS (CYPHER_TIMEOUT_MS for /cypher)',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** The statuses AllErrorsFilter, the guards, the pipes and Fastify answer for one operation. */
export function errorStatuses(path: string, method: string, op: OperationObject, facts: ErrorFacts): number[] {
  const access = ((op as unknown as Record<string, unknown>)[GRAPH_ACCESS] as GraphAccess | undefined) ?? 'read';
  const open = OPEN_PATHS.includes(path);
  const hasBody = Boolean(op.requestBody);
  const guarded = (op.security?.length ?? 0) > 0 || (facts.readsNeedKey && !open);
  const statuses = new Set<number>();
  if (hasBody || (op.parameters?.length ?? 0) > 0) statuses.add(400); // ValidationPipe, JSON parser
  if (guarded) [401, 403].forEach((s) => statuses.add(s)); // ApiKeyGuard / ReadsKeyGuard
  if (path.includes('{')) statuses.add(404);
  if (hasBody) [413, 415].forEach((s) => statuses.add(s)); // Fastify body limit and parsers
  if (facts.rateLimited && !open) statuses.add(429); // ClientThrottlerGuard
  if (access !== 'none' && !open) statuses.add(503);
  if (access === 'read' && !open) statuses.add(504); // read transactions have a timeout
  if (access === 'write') statuses.add(409);
  return [...statuses];
}

const errorRef = { $ref: '#/components/schemas/ErrorResponseDto' };

/**
 * Adds to every operation the error answers it can give, each with the ErrorResponseDto schema
 * (a response the controller already declared keeps its description and example). A batch over
 * BATCH_LIMIT is a 413, not a schema bound: maxItems would make schemathesis expect a 400.
 */
export function declareErrorResponses(document: OpenAPIObject, facts: ErrorFacts): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      // The controller's own error answers (422 on POST /articles) get the schema too, unless
      // they bring one of their own (the 503 of /health is a HealthDto).
      const own = Object.keys(op.responses)
        .map(Number)
        .filter((s) => s >= 400 && !(op.responses[String(s)] as ResponseObject).content?.['application/json']?.schema);
      for (const status of new Set([...errorStatuses(path, method, op, facts), ...own])) {
        const declared = op.responses[String(status)] as ResponseObject | undefined;
        const example = declared?.content?.['application/json']?.example as unknown;
        op.responses[String(status)] = {
          description: declared?.description || WHY[status],
          content: { 'application/json': { schema: errorRef, ...(example === undefined ? {} : { example }) } },
        };
      }
      delete (op as unknown as Record<string, unknown>)[GRAPH_ACCESS];
    }
  }
  return document;
}
