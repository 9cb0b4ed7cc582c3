/** Deepest JSON nesting accepted in a request body; real payloads here nest 3 levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, found in one pass without parsing (brackets inside strings
 * are skipped). Used before JSON.parse so a body like `[[[[…` 100 000 deep is refused at once
 * instead of overflowing the stack in the validation pipe (class-transformer recurses).
 */
export function jsonDepthExceeds(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

class JsonBodyError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
    readonly code = 'Bad Request',
  ) {
    super(message);
  }
}

type ParserDone = (err: Error | null, body?: unknown) => void;
type BodyParser = (req: unknown, body: string | Buffer, done: ParserDone) => void;

interface JsonParsing {
  addContentTypeParser(type: string, options: { parseAs: 'string' }, parser: BodyParser): void;
  removeContentTypeParser(type: string): void;
  getDefaultJsonParser(onProtoPoisoning: 'error', onConstructorPoisoning: 'error'): BodyParser;
}

/**
 * Replaces the JSON parser with Fastify's own (which refuses `__proto__`/`constructor` keys, and
 * empty or malformed bodies, with 400) behind a depth check: bodies nested deeper than
 * MAX_JSON_DEPTH are refused with 400 before parsing. The body limit still applies. createApp
 * passes `bodyParser: false` to Nest so Nest does not register its parser over this one.
 */
export function registerSafeJsonParser(fastify: JsonParsing): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonDepthExceeds(body.toString())) return done(new JsonBodyError(`the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`));
    parse(req, body, done);
  });
}
