import { createHash } from 'node:crypto';

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The URL an article is known by: lower-case host, no fragment, no tracking parameters, no
 * trailing slash. Two links to the same story with different `utm_` tags are one article.
 * @example normalizeUrl('https://Example.com/a/?utm_source=x#top') // 'https://example.com/a'
 */
export function normalizeUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.hostname = u.hostname.toLowerCase();
  let text = u.toString();
  if (text.endsWith('/') && u.pathname !== '/') text = text.slice(0, -1);
  return text;
}

/** sha256 of the clean body with whitespace collapsed: re-scrapes of the same text hash alike. */
export function contentHash(body: string): string {
  return sha256(body.replace(/\s+/g, ' ').trim());
}

/**
 * Stable article id: from the URL when there is one, else from the content hash. The same
 * article always maps to the same node, so MERGE on `Article.id` is idempotent.
 */
export function articleId(url: string | null, hash: string): string {
  return `article:${(url ? sha256(normalizeUrl(url)) : hash).slice(0, 24)}`;
}

/** Stable event id for an event first reported by an article: replaying the article gives the same id. */
export function eventId(article: string, localEventId: string): string {
  return `event:${sha256(`${article}|${localEventId}`).slice(0, 24)}`;
}

/** Short stable suffix for ids that must not leave their article (bare surnames). */
export function articleScope(article: string): string {
  return sha256(article).slice(0, 10);
}

/** Fingerprint of a request body, to refuse an Idempotency-Key reused with different content. */
export function fingerprint(value: unknown): string {
  return sha256(JSON.stringify(value));
}
