import type { ArticleMeta, PageInput, Span } from '../types';
import { UnusablePageError } from '../errors';
import { htmlToText } from './html-to-text';
import { findDate } from './dates';
import { creditStart } from './credits';
import {
  bylineAuthors, endsSentence, isFooterMarker, isMenuLike, isMetaLine, isPromo, isProse, isTagList, isTicker,
  unusableReason, words,
} from './lines';

export interface CleanedPage {
  /** The text every offset points into: the page text, or the text of the HTML page. */
  input: string;
  article: ArticleMeta;
  /** Body paragraphs as spans of `input`, in reading order. */
  paragraphs: Span[];
  /** Spans inside paragraphs that carry no facts (dateline outlets such as "(Reuters)"). */
  ignored: Span[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds the article in a scraped page: body paragraphs (with offsets into the input), title,
 * authors and publication date. Caller metadata wins over what the page says.
 * For HTML the page is first converted to text, and that text is the input for all offsets.
 * @throws UnusablePageError for bot challenges, error pages and pages without a body.
 */
/** Longest page text extracted (characters, after HTML conversion): a news article is far shorter. */
export const MAX_PAGE_CHARS = 1_000_000;

export function cleanPage(page: PageInput): CleanedPage {
  if ((page.html?.length ?? 0) > 4 * MAX_PAGE_CHARS) throw new UnusablePageError('too-large', `HTML over ${4 * MAX_PAGE_CHARS} characters is not an article page`);
  let input = page.text ?? '';
  let htmlMeta: { title: string | null; publishedAt: string | null; authors: string[] } | null = null;
  if (page.html != null) {
    const h = htmlToText(page.html);
    input = h.text;
    htmlMeta = h;
  }
  if (input.length > MAX_PAGE_CHARS) throw new UnusablePageError('too-large', `page text over ${MAX_PAGE_CHARS} characters is not an article`);
  if (!input.trim()) throw new UnusablePageError('empty', 'page has no text');
  const reason = unusableReason(input);
  if (reason) {
    throw new UnusablePageError(reason, reason === 'bot-challenge' ? 'page is a bot challenge, not an article' : 'page is an error page, not an article');
  }

  const lines = splitLines(input);
  let datedAt: string | null = null;
  // Stored pages may open with " date YYYY-MM-DD" before the first line's text.
  if (lines.length) {
    const m = /^date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(lines[0].text);
    if (m) {
      datedAt = m[1];
      shift(lines[0], m[0].length);
    }
    stripLeadingDates(lines[0], (iso) => (datedAt ??= iso));
  }

  const authors: string[] = [];
  let bylineDate: string | null = null;
  let bylineIdx = -1;
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    const names = bylineAuthors(lines[i].text);
    if (names && !isProse(lines[i].text)) {
      if (bylineIdx < 0) bylineIdx = i;
      for (const n of names) if (!authors.includes(n)) authors.push(n);
      bylineDate ??= findDate(lines[i].text)?.iso ?? null;
    }
  }
  const firstProse = lines.findIndex((l) => isProse(l.text) && !isPromo(l.text) && creditStart(l.text) < 0);
  const headerEnd = bylineIdx >= 0 && (firstProse < 0 || bylineIdx < firstProse) ? bylineIdx : Math.max(firstProse, 0);

  // Title: the last heading-like line of the header.
  let title: string | null = null;
  for (let i = headerEnd - 1; i >= 0; i--) {
    const t = lines[i].text;
    // The line right above a byline is the headline even when every word is capitalised.
    if (!t) continue;
    if (isTitleLike(t, headerEnd === bylineIdx && lines.slice(i + 1, headerEnd).every((l) => !l.text))) {
      title = t;
      break;
    }
  }

  let metaDate: string | null = null;
  for (let i = 0; i < Math.min(lines.length, headerEnd + 4); i++) {
    if (isMetaLine(lines[i].text)) {
      metaDate ??= findDate(lines[i].text)?.iso ?? null;
    }
  }

  const paragraphs: Span[] = [];
  const ignored: Span[] = [];
  const seen = new Set<string>();
  let lastBody = -1;
  for (let i = lines.length - 1; i >= headerEnd; i--) {
    if (lines[i].text) {
      lastBody = i;
      break;
    }
  }
  for (let i = headerEnd; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (!t) continue;
    if (isFooterMarker(t)) {
      const names = bylineAuthors(t);
      if (names) for (const n of names) if (!authors.includes(n)) authors.push(n);
      // A marker above any body text ("Comments" beside the share buttons) is page chrome, not the footer.
      if (paragraphs.length === 0) continue;
      // "RELATED NEWS" and two headlines set inside the story, which goes on below: skip the box, not the rest
      if (storyResumes(lines, i + 1)) continue;
      break;
    }
    if (bylineAuthors(t) && !isProse(t)) continue;
    if (isPromo(t) || isTicker(t) || isTagList(t) || isMetaLine(t)) continue;
    let end = line.end;
    const credit = creditStart(t);
    const core = credit >= 0 ? t.slice(0, credit).trim() : t;
    if (credit >= 0) {
      if (words(core) < 6) continue; // "an illustrative photo/ Source: …": nothing but the credit
      end = line.start + credit;
      while (end > line.start && /\s/.test(input[end - 1])) end--;
    }
    if (i === lastBody) {
      if (words(core) < 3) continue;
    } else if ((isMenuLike(core) || (!endsSentence(core) && words(core) < 25)) && !listed(lines, i)) {
      continue; // menus, section headings, related-article cards
    }
    const key = input.slice(line.start, end).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) continue; // a repeated caption or a paragraph printed twice
    seen.add(key);
    paragraphs.push({ start: line.start, end });
    const dl = /^(.{0,40}?)(\([A-Z][A-Za-z]*\)|\/[A-Z][A-Za-z]*\/)\s*(\.|–|—|--|-|:)/.exec(input.slice(line.start, end));
    if (dl) ignored.push({ start: line.start + dl[1].length, end: line.start + dl[1].length + dl[2].length });
  }
  if (!paragraphs.length) throw new UnusablePageError('empty', 'page has no article body');

  const article: ArticleMeta = {
    title: page.title ?? htmlMeta?.title ?? title,
    publishedAt: page.publishedAt ?? htmlMeta?.publishedAt ?? datedAt ?? bylineDate ?? metaDate ?? null,
    authors: htmlMeta?.authors.length ? htmlMeta.authors : authors,
    url: page.url ?? null,
    source: page.source ?? null,
    body: paragraphs.map((p) => input.slice(p.start, p.end)).join('\n\n'),
    bodySpans: paragraphs,
  };
  return { input, article, paragraphs, ignored };
}

/** Lines with offsets; each trimmed and with wrapping tags like <p>…</p> removed. */
function splitLines(input: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of input.split('\n')) {
    const line: Line = { start, end: start + raw.length, text: raw };
    start += raw.length + 1;
    trim(line, input);
    const tags = /^(<[a-z][^>]*>)(.*?)(<\/[a-z]+>)?$/i.exec(line.text);
    if (tags) {
      line.start += tags[1].length;
      line.end = line.start + tags[2].length;
      line.text = tags[2];
      trim(line, input);
    }
    out.push(line);
  }
  return out;
}

function trim(line: Line, input: string): void {
  while (line.start < line.end && /\s/.test(input[line.start])) line.start++;
  while (line.end > line.start && /\s/.test(input[line.end - 1])) line.end--;
  line.text = input.slice(line.start, line.end);
}

function shift(line: Line, n: number): void {
  line.start += n;
  line.text = line.text.slice(n);
}

/** "02/19/2025 February 19, 2025 EU backs …": dates printed before the first heading. */
function stripLeadingDates(line: Line, found: (iso: string) => void): void {
  for (;;) {
    const d = findDate(line.text);
    if (!d || d.index !== 0) return;
    found(d.iso);
    const rest = line.text.slice(d.length);
    const lead = rest.length - rest.trimStart().length;
    shift(line, d.length + lead);
  }
}

function isTitleLike(t: string, aboveByline: boolean): boolean {
  if (!t || words(t) < 4 || words(t) > 30) return false;
  if (/[.]$/.test(t) || isPromo(t) || isTagList(t) || isMetaLine(t) || isTicker(t) || bylineAuthors(t)) return false;
  if (creditStart(t) >= 0) return false;
  if (aboveByline) return true;
  // Menus are runs of capitalised words with no verbs or numbers ("War Analysis Russia's War National …").
  const ws = t.split(/\s+/);
  const caps = ws.filter((w) => /^[A-Z]/.test(w)).length;
  return !(caps === ws.length && !/\d/.test(t) && ws.length >= 5);
}

/**
 * "The results of the action day:" and the items after it ("12 suspects arrested (5 in Poland, …)", "27 house searches"):
 * a line of four words or more ending in a colon, and the block of short lines right after it, are body text.
 */
function listed(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  const intro = (x: string) => /:\s*$/.test(x) && words(x) >= 4 && !isPromo(x);
  if (intro(t)) {
    let k = i + 1;
    while (k < lines.length && !lines[k].text) k++;
    return k < lines.length && !isFooterMarker(lines[k].text) && !intro(lines[k].text) && words(lines[k].text) <= 40;
  }
  let j = i;
  while (j > 0 && lines[j - 1].text) j--;
  if (i - j >= 12 || words(t) > 40) return false;
  let k = j - 1;
  while (k >= 0 && !lines[k].text) k--;
  return k >= 0 && j - k <= 2 && intro(lines[k].text);
}

/** A carousel's own labels: "list of 3 items", "list 2 of 3", "end of list". */
const LIST_WIDGET = /^(?:list(?:\s+\d+)?\s+of\s+\d+(?:\s+items?)?|end of list)$/i;

/**
 * After a related-links marker: a few headline lines, then at least two long prose paragraphs of the
 * story before any other marker.
 */
function storyResumes(lines: Line[], from: number): boolean {
  let headlines = 0;
  let prose = 0;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) continue;
    if (isFooterMarker(t) || isPromo(t) || isTagList(t)) return false;
    // "list of 3 items", "list 2 of 3", "end of list": a carousel's own labels, not headlines.
    if (LIST_WIDGET.test(t)) continue;
    if (isProse(t) && words(t) >= 20) {
      if (++prose >= 2) return true;
    } else if (prose > 0) {
      return false;
    } else if (++headlines > 5) {
      return false;
    }
  }
  return false;
}
