/** Fastify's view of a route as the onRoute hook reports it. */
interface RouteInfo {
  method: string | string[];
  url: string;
}

interface NotAllowedReply {
  code(status: number): NotAllowedReply;
  header(name: string, value: string): NotAllowedReply;
  send(body: unknown): unknown;
}

interface RouteHost {
  addHook(name: 'onRoute', hook: (route: RouteInfo) => void): unknown;
  addHook(
    name: 'onRequest',
    hook: (req: { is404?: boolean; url: string; method: string }, reply: NotAllowedReply, done: () => void) => void,
  ): unknown;
}

/** `/events/:id` → a RegExp for the concrete paths it serves (a parameter is one segment). */
function pathPattern(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * RFC 9110 §15.5.6: a request whose path names a resource but whose method it does not support
 * is answered 405 with `Allow`, not 404. Routes are collected as Fastify registers them (so
 * install before Nest adds its routes); only requests no route matched (Fastify's 404 path) are
 * looked at.
 */
export function installMethodNotAllowed(fastify: RouteHost): void {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
    routes.push({ pattern: pathPattern(route.url), methods });
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    if (!req.is404) return done();
    const path = req.url.split('?')[0];
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))].sort();
    if (allowed.length === 0) return done();
    const message = `${req.method} is not supported here; allowed: ${allowed.join(', ')}`;
    reply.code(405).header('Allow', allowed.join(', ')).send({ statusCode: 405, error: 'Method Not Allowed', message });
  });
}

