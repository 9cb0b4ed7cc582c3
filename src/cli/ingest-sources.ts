import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One article to ingest from disk: where it came from, and its raw fields (validated later). */
export interface SourceItem {
  label: string;
  value: unknown;
}

const TEXT = new Set(['.txt']);
const HTML = new Set(['.html', '.htm']);
const JSON_FILE = new Set(['.json']);
const NDJSON_FILE = new Set(['.ndjson', '.jsonl']);

/** Files under a folder (recursively, sorted) that the ingest command reads. */
export function listArticleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      if (name.startsWith('.')) return [];
      const full = join(path, name);
      if (statSync(full).isDirectory()) return listArticleFiles(full);
      const ext = extname(name).toLowerCase();
      return TEXT.has(ext) || HTML.has(ext) || JSON_FILE.has(ext) || NDJSON_FILE.has(ext) ? [full] : [];
    });
}

/**
 * The articles of one file: a .txt is `{text}`, an .html `{html}`, a .json one object (or an
 * array) of `{text|html, url, title, source, publishedAt}`, an .ndjson one object per line.
 * `published` fills `publishedAt` where the file gives none; without it, the extraction reads
 * the page's own date (bylines). A line or file that is not JSON becomes an item that fails alone.
 */
export function readArticles(file: string, published: string | null): SourceItem[] {
  const ext = extname(file).toLowerCase();
  const content = readFileSync(file, 'utf8');
  const withDate = (value: unknown): unknown => {
    if (!published || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const v = value as Record<string, unknown>;
    return v.publishedAt === undefined ? { ...v, publishedAt: published } : v;
  };
  if (TEXT.has(ext)) return [{ label: file, value: withDate({ text: content }) }];
  if (HTML.has(ext)) return [{ label: file, value: withDate({ html: content }) }];
  if (JSON_FILE.has(ext)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (err) {
      return [{ label: file, value: new Error(`not valid JSON: ${(err as Error).message}`) }];
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.map((value: unknown, i) => ({ label: list.length > 1 ? `${file}[${i}]` : file, value: withDate(value) }));
  }
  return content.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    const label = `${file}:${i + 1}`;
    try {
      return [{ label, value: withDate(JSON.parse(line)) }];
    } catch (err) {
      return [{ label, value: new Error(`not valid JSON: ${(err as Error).message}`) }];
    }
  });
}
