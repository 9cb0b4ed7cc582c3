import commonWords from '../lexicon/data/common-words.json';
import firstNames from '../lexicon/data/first-names.json';
import { EXTRA_FIRST_NAMES } from '../lexicon/first-names';
import {
  NON_ENTITY_HEADS, ORG_HEADS, ORG_STARTS, PLACE_HEADS, PLACE_STARTS, SOFT_STOPS, STOP_WORDS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS,
} from '../lexicon/words';

const COMMON = new Set(commonWords as string[]);
const FIRST = new Set([...(firstNames as string[]), ...EXTRA_FIRST_NAMES.map((n) => n.toLowerCase())]);

/** An ordinary English word ("Relatives", "Images", "Initially"), folding plural and -ly/-ed forms. */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (COMMON.has(w) || STOP_WORDS.has(w)) return true;
  for (const [suf, rep] of [['ies', 'y'], ['es', ''], ['s', ''], ['ly', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ers', ''], ['ers', 'e']]) {
    if (w.endsWith(suf) && COMMON.has(w.slice(0, -suf.length) + rep)) return true;
  }
  return false;
}

export const isFirstName = (w: string): boolean => FIRST.has(w.toLowerCase());
export const isStop = (w: string): boolean => STOP_WORDS.has(w.toLowerCase());
export const isTitle = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase());
export const isOrgHead = (w: string): boolean => ORG_HEADS.has(w.toLowerCase());
export const isOrgStart = (w: string): boolean => ORG_STARTS.has(w.toLowerCase());
export const isPlaceHead = (w: string): boolean => PLACE_HEADS.has(w.toLowerCase());
export const isPlaceStart = (w: string): boolean => PLACE_STARTS.has(w.toLowerCase());
export const isNonEntityHead = (w: string): boolean => NON_ENTITY_HEADS.has(w.toLowerCase());
export const isTitleAbbreviation = (w: string): boolean => TITLE_ABBREVIATIONS.has(w.toLowerCase());
export const isSoftStop = (w: string): boolean => SOFT_STOPS.has(w.toLowerCase());
/** A title that can stand right before a name ("Minister", "Secretary"), not only qualify one ("Foreign"). */
export const isTitleHead = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase()) && !TITLE_MODIFIERS.has(w.toLowerCase());
