import type { BatchItem } from './jobs.service';

export const NDJSON = 'application/x-ndjson';

/**
 * NDJSON body → batch items, one per non-blank line. A line that is not JSON becomes an item
 * that fails alone (its index is its position among the non-blank lines), not a 400 for all.
 */
export function parseNdjson(body: string): BatchItem[] {
  const items: BatchItem[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      items.push({ value: JSON.parse(line) as unknown });
    } catch (err) {
      items.push({ parseError: `line ${i + 1} is not valid JSON: ${(err as Error).message}` });
    }
  }
  return items;
}

interface ContentTypeParsing {
  addContentTypeParser(
    type: string,
    options: { parseAs: 'string' },
    parser: (req: unknown, body: string | Buffer, done: (err: Error | null, body?: unknown) => void) => void,
  ): void;
}

/**
 * Lets Fastify accept `application/x-ndjson` bodies as a string (the body limit still applies;
 * the controller splits the lines). Called from createApp.
 */
export function registerNdjsonParser(fastify: ContentTypeParsing): void {
  fastify.addContentTypeParser(NDJSON, { parseAs: 'string' }, (_req, body, done) => done(null, body.toString()));
}
