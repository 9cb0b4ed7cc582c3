import type { Mention } from './arguments';
import type { Sentence } from '../types';
import { cities, countryByName, curatedPlace } from '../gazetteer';
import { lookupKnown } from '../entities/lexicon-index';

/** "KYIV", "WASHINGTON", "DOHA/DUBAI": an upper-case dateline word that the gazetteer knows as a place ("NATO" is an organisation). */
const placeName = (upper: string): boolean =>
  upper.split(/[/\s]+/).some((w) => {
    if (lookupKnown(w).some((k) => k.type !== 'PLACE')) return false;
    const name = w.charAt(0) + w.slice(1).toLowerCase();
    return Boolean(curatedPlace(name) ?? countryByName(name)) || cities(name).length > 0;
  });

/**
 * A dateline opening the story: "VILNIUS — …", "KYIV, June 15 (Reuters) - …", "BELGOROD, August 12.
 * /TASS/. …". An upper-case city, then a dash, or a comma with a date, agency or country.
 */
export const DATELINE = /^\s*([A-ZÀ-Ž][A-ZÀ-Ž'’.-]+(?:[\s/]+[A-ZÀ-Ž][A-ZÀ-Ž'’.-]+){0,2})(?:\s*[—–-]{1,2}\s|,\s+[^.—–\n]{0,40}?(?:\s[—–-]{1,2}\s|\/[A-Z]+\/|\([A-Za-z ]+\)\s*[—–-]))/;

/** "INDONESIA", "SOUTH KOREA": a digest's section heading, an upper-case place on a line of its own. */
const PLACE_HEADING = /^[ \t]*([A-ZÀ-Ž][A-ZÀ-Ž'’.-]+(?:[ \t]+[A-ZÀ-Ž][A-ZÀ-Ž'’.-]+){0,2})[ \t]*$/m;

/**
 * Which story each sentence belongs to on a page of several ("MINSK, Belarus — …" after "KYIV, Ukraine — …"
 * in a news digest, or a section headed "INDONESIA"): 0 before the first dateline, then one more at each sentence
 * that opens with one. A page with a single dateline is all one story.
 */
export function storySegments(input: string, sentences: Sentence[]): number[] {
  let segment = 0;
  const out = sentences.map((s, i) => {
    // (a heading cut from the body stands in the page between two sentences)
    const m = DATELINE.exec(input.slice(s.start, Math.min(s.end, s.start + 120))) ?? PLACE_HEADING.exec(s.text) ?? (i > 0 ? PLACE_HEADING.exec(input.slice(sentences[i - 1].end, s.start)) : null);
    // "NATO — which Moscow accuses …" is an aside; a dateline names a place.
    if (m && placeName(m[1])) segment++;
    return segment;
  });
  return segment > 1 ? out : out.map(() => 0);
}

/** The city of the dateline, as the place mention at that spot; null when the story has none. */
export function datelinePlace(input: string, sentences: Sentence[], mentions: Mention[]): Mention | null {
  for (const s of sentences.slice(0, 12)) {
    const m = DATELINE.exec(input.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!m) continue;
    const start = s.start + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    const hit = mentions.find((x) => x.start >= start && x.end <= end && x.entity.type === 'PLACE' && x.entity.geo?.kind !== 'country');
    return hit ?? null;
  }
  return null;
}
