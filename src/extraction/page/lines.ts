/**
 * Line classifiers for scraped pages: what is navigation, promo, a byline, a tag list, a credit.
 * Each takes one line of text (already trimmed) and answers from its shape only, so they hold
 * for any outlet, not just the ones we have seen.
 */
import { findDate, isDateLine } from './dates';

const TERMINAL = /[.!?…]["'”’)\]]*$|[.!?]["'”’]?\s*\)$/;

export function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence. */
export function endsSentence(line: string): boolean {
  // A news brief may close on its source after the full stop: "… bridging equipment. (Ukrinform)".
  // "…, Amnesty International's Secretary General Agnès Callamard said:": a long sentence opening a quote ends too.
  const t = line.trim().replace(SOURCE_TAG, '');
  return TERMINAL.test(t) || (/\b(?:said|says|added|told\s+[\w\s]{1,30}|stated|wrote|declared|warned|continued|explained):$/.test(t) && words(t) >= 12);
}

const SOURCE_TAG = /(?<=[.!?"”’])\s*\((?:[A-Z][\w&'’./-]*)(?:[ /-][A-Z][\w&'’./-]*){0,3}\)$/;

/** Prose: a sentence-like line of some length (not a heading, not a menu). */
export function isProse(line: string): boolean {
  return endsSentence(line) && words(line) >= 8;
}

const PROMO =
  /\b(subscribe|subscription|newsletters?|be among the first|become a (member|patron)|advertisement|privacy policy|terms of (use|service)|all rights reserved|this audio is created|listen to (this|the) article|indicates required|enter (your|correct) email|confirmation email|read more|share (this|on)|follow us|download (our|the) app|skip to content|edit post|min read)\b/i;
/** Words of a widget that news also uses ("will donate 18 jets", "ready to support the agreement", "volunteers signed up"). */
const PROMO_SOFT = /\b(sign(ed|ing)? up|pre-?order|support (us|our|the|independent)|donate|cookies?)\b/i;
/** The widget's own voice: an imperative opening the line, or the reader addressed. */
const PROMO_VOICE = /^\W*(sign up|pre-?order|support|donate|help|make|we use cookies|accept|this (site|website))\b|\b(you|your|uses cookies|monthly gift|one-time gift)\b/i;
/** The outlet speaking of itself ("our reporting", lower-case "us", not "the US"), in no quote and no reported speech. */
const OUTLET_VOICE = /\b(?:[Oo]ur|[Ww]e|us)\b/;
const REPORTED = /\b(?:said|says|told)\b|["“”]/;

/** Promo, forms and widgets ("Subscribe", "Support The Moscow Times!", "* indicates required"). */
export function isPromo(line: string): boolean {
  if (words(line) > 30) return false;
  if (PROMO.test(line)) return true;
  return PROMO_SOFT.test(line) && (PROMO_VOICE.test(line) || (OUTLET_VOICE.test(line) && !REPORTED.test(line)) || !isProse(line));
}

/** Stock tickers and similar widgets ("AVN 65.45 Increased By ▲ 0.50 (0.77%)"). */
export function isTicker(line: string): boolean {
  return /[▲▼]|\b(increased|decreased) by\b/i.test(line) && words(line) <= 12;
}

/** Tag lists: "News Feed, Ukraine, Kyiv, United States, War, …" (many short comma items, no sentence end). */
export function isTagList(line: string): boolean {
  if (endsSentence(line)) return false;
  const items = line.split(/\s*[,|•·]\s*/).filter(Boolean);
  if (items.length < 4) return false;
  return items.every((i) => words(i) <= 4);
}

/** Footer and sidebar openers: everything after them is not the article. */
export function isFooterMarker(line: string): boolean {
  return /^(most (popular|read|viewed)|author:|editors'? picks|related( articles| stories| news| content)?|more (news|stories|from)|you (may|might) also like|recommended( for you)?|comments?|tags?:|topics:|latest news|read next|trending now|share this article)\b/i.test(
    line.trim(),
  );
}

const NAME_WORD = "[A-Z][\\p{L}'’-]+";
const BYLINE = new RegExp(`^(?:by|By|BY)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'u');
const AUTHOR_LABEL = new RegExp(`^(?:Author|Written by|Words by)s?:?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'u');

/**
 * The authors named by a byline, or null when the line is not one.
 * @example bylineAuthors('by Tim Zadorozhnyy March 6, 2025 5:36 PM') // ['Tim Zadorozhnyy']
 */
export function bylineAuthors(line: string): string[] | null {
  const t = line.trim();
  const m = BYLINE.exec(t) ?? AUTHOR_LABEL.exec(t);
  if (!m) return null;
  if (words(t) > 16) return null;
  const names = m[1]
    .split(/\s+(?:and)\s+/)
    .map((n) => n.replace(/\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/, ''))
    .map((n) => n.trim())
    .filter((n) => n.split(/\s+/).length >= 2);
  return names.length ? names : null;
}

/** Metadata lines: dates, "Reuters Published February 4, 2023 Updated …", clock times, and editors' notes about the page itself. */
export function isMetaLine(line: string): boolean {
  if (isDateLine(line)) return true;
  // "Correction: An earlier version of this article misstated …" tells of the page, not of the news.
  if (/^(?:correction|clarification|editor['’]?s['’]? note)\s*:\s*(?:an?|the|this)\s+(?:earlier|previous|original)?\s*(?:version|article|story|report)\b/i.test(line.trim())) return true;
  return findDate(line) !== null && /\b(published|updated|posted)\b/i.test(line) && words(line) <= 14;
}

/** Short menu items: a few words that do not end like a sentence. */
export function isMenuLike(line: string): boolean {
  return !endsSentence(line) && words(line) < 4;
}

/** A bot challenge or an error page instead of an article. */
export function unusableReason(text: string): 'bot-challenge' | 'error-page' | null {
  const t = text.trim();
  if (t.length > 3000) return null;
  if (/just a moment\.*|checking (if the site connection is secure|your browser)|attention required|enable javascript and cookies|verify you are (a )?human|are you a robot|captcha/i.test(t)) {
    return 'bot-challenge';
  }
  if (/\baccess denied\b|\b(403|404|500|502|503)\b.{0,20}\b(forbidden|not found|error|unavailable)\b|\bpage not found\b/i.test(t) && words(t) < 200) {
    return 'error-page';
  }
  return null;
}
