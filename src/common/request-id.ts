import { randomUUID } from 'node:crypto';

/** A caller's X-Request-Id is kept when it is short and plain; anything else gets a fresh UUID (no log injection). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestIdFor(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

interface HookedRequest {
  headers: Record<string, string | string[] | undefined>;
}
interface HookedReply {
  header(name: string, value: string): unknown;
}
interface HookHost {
  addHook(name: 'onRequest', hook: (req: { raw: HookedRequest }, reply: HookedReply, done: () => void) => void): unknown;
}

/**
 * Every request gets one id, echoed as `X-Request-Id` on every response (errors included) and
 * logged by nestjs-pino as `req.id` (its genReqId reads the header this hook normalises). Must be
 * registered before Nest's middleware, i.e. right after the adapter is created.
 */
export function installRequestId(fastify: HookHost): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    const id = requestIdFor(req.raw.headers['x-request-id']);
    req.raw.headers['x-request-id'] = id;
    reply.header('X-Request-Id', id);
    done();
  });
}
