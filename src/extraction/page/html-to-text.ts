import type * as Linkedom from 'linkedom';

/**
 * HTML → plain text and the metadata the page declares (meta tags, JSON-LD).
 * The text, not the HTML, becomes the extraction input: every offset of an HTML extraction
 * points into `text` (the HTML has no stable character positions once scripts, tags and
 * entities are removed). Block elements become lines separated by blank lines.
 */
export interface HtmlPage {
  text: string;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'IFRAME', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEMPLATE', 'HEAD']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR', 'PRE', 'DL', 'DT', 'DD', 'TIME',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** linkedom costs ~0.5 s to load: only pages that are HTML pay for it. */
let linkedom: typeof Linkedom | null = null;

export function htmlToText(html: string): HtmlPage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  linkedom ??= require('linkedom') as typeof Linkedom;
  const { document } = linkedom.parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = readJsonLd(document.querySelectorAll('script[type="application/ld+json"]'));

  const title =
    ld.title ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? (document.querySelector('h1')?.textContent?.trim() || null) ?? (document.querySelector('title')?.textContent?.trim() || null);
  const dateRaw =
    ld.date ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="publish-date"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const publishedAt = dateRaw && /^\d{4}-\d{2}-\d{2}/.test(dateRaw) ? dateRaw.slice(0, 10) : null;
  const authorMeta = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const authors = ld.authors.length ? ld.authors : authorMeta && !/^https?:/.test(authorMeta) ? [authorMeta] : [];

  const root = (document.querySelector('article') ?? document.querySelector('[itemprop="articleBody"]') ?? document.querySelector('main') ?? document.body ?? document.documentElement) as unknown as DomNode;
  const parts: string[] = [];
  walk(root, parts);
  const text = parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title, publishedAt, authors };
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) walk(kids[i], out);
  if (block) out.push('\n\n');
}

interface LdInfo {
  title: string | null;
  date: string | null;
  authors: string[];
}

function readJsonLd(scripts: ArrayLike<{ textContent: string | null }>): LdInfo {
  const info: LdInfo = { title: null, date: null, authors: [] };
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // malformed JSON-LD is common; the meta tags still count
    }
    for (const item of flattenLd(data)) {
      const type = String(item['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      info.title ??= typeof item.headline === 'string' ? item.headline : null;
      info.date ??= typeof item.datePublished === 'string' ? item.datePublished : null;
      if (!info.authors.length) info.authors = ldNames(item.author);
    }
  }
  return info;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    return [obj, ...(obj['@graph'] ? flattenLd(obj['@graph']) : [])];
  }
  return [];
}

function ldNames(author: unknown): string[] {
  const list = Array.isArray(author) ? author : author ? [author] : [];
  return list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim().length > 0)
    .map((n) => n.trim());
}
