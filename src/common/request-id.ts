import { randomUUID } from 'node:crypto';

/** A caller's X-Request-Id is kept when it is short and plain; anything else gets a fresh UUID (no log injection). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

interface HookedReply {
  header(name: string, value: string): unknown;
}
interface HookHost {
  addHook(name: 'onRequest', hook: (req: { id: string }, reply: HookedReply, done: () => void) => void): unknown;
}

/** Fastify server options: every request's id comes from requestIdFor (Fastify's own `req-1` counter is not unique across instances). */
export const REQUEST_ID_OPTIONS = {
  requestIdHeader: false as const,
  genReqId: (req: { headers: Record<string, string | string[] | undefined> }): string => requestIdFor(req.headers['x-request-id']),
};

/**
 * Echoes the request id as `X-Request-Id` on every response (errors included). The same id is
 * logged by nestjs-pino as `req.id` (pino-http takes the id Fastify assigned).
 */
export function installRequestId(fastify: HookHost): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('X-Request-Id', req.id);
    done();
  });
}
