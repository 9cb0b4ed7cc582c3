import type { Token } from './tokens';
import { lookupKnown } from './lexicon-index';
import { cities, countryByName } from '../gazetteer';
import {
  isCommonWord, isFirstName, isNonEntityHead, isOrgHead, isOrgStart, isPlaceHead, isSoftStop, isStop, isTitle, isTitleAbbreviation, isTitleHead,
} from './word-class';
import { OFFICE_TITLES, ORG_CUE_ADJECTIVES, ORG_CUE_NOUNS, WATER_HEADS } from '../lexicon/words';

/** Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
export const PARTICLES = new Set(['von', 'der', 'de', 'van', 'bin', 'al', 'da', 'du', 'la', 'le', 'el', 'ibn', 'den', 'ter', 'di', 'am', 'im', 'zum', 'zur']);

/**
 * Can this token be part of a name? Capitalised, not a stop word, and — at the start of a
 * sentence, where everything is capitalised — not an ordinary English word unless known.
 */
export function nameish(t: Token, known: (t: Token) => boolean): boolean {
  if (!t.cap) return false;
  if (t.text.length < 2) return false;
  if (isStop(t.text) && !isTitle(t.text)) return known(t);
  if (t.initial && isCommonWord(t.text) && !isTitle(t.text) && !isOrgStart(t.text) && !isFirstName(t.text)) return known(t);
  return true;
}

function hasOrgWord(run: Token[]): boolean {
  return run.some((t) => isOrgHead(t.text) || isOrgStart(t.text) || OFFICE_TITLES.has(t.text.toLowerCase()) || isNonEntityHead(t.text));
}

/**
 * Is there an organisation cue right after tokens[k-1] ("… charitable foundation", "… initiative")?
 * Up to two lower-case adjectives may stand between the name and the cue noun.
 */
export function orgCueAt(tokens: Token[], k: number): boolean {
  if (k <= 0 || tokens[k - 1].after !== '') return false;
  for (let x = k; x < Math.min(tokens.length, k + 3); x++) {
    const t = tokens[x];
    if (t.cap) return false;
    const w = t.text.toLowerCase();
    if (ORG_CUE_NOUNS.has(w)) return true;
    if (!ORG_CUE_ADJECTIVES.has(w) || t.after !== '') return false;
  }
  return false;
}

/**
 * Maximal runs of name tokens in a sentence. Runs join across name particles, and across
 * "of", "for", "on", "of the" once they contain an organisation word ("Ministry of Reintegration",
 * "Commissioner for Missing Persons", "Convention on Cluster Munitions"); "in" only after
 * "Embassy". Punctuation, possessives and "-led" suffixes end a run.
 */
export function buildRuns(tokens: Token[], skip: (t: Token) => boolean, known: (t: Token) => boolean): Token[][] {
  const runs: Token[][] = [];
  const ok = (t: Token | undefined): boolean => !!t && !skip(t) && nameish(t, known);
  let i = 0;
  while (i < tokens.length) {
    if (!ok(tokens[i])) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]];
    let joined = false;
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run[run.length - 1];
      const next = tokens[j];
      if (prev.suffix) break;
      // "Students' Federation of India", "Palestinian Prisoners' Affairs Commission": a plural possessive of a common
      // noun opens the body's name when the name words after it end in an organisation's head word.
      if (/^['’]$/.test(prev.after) && prev.poss && /s$/.test(prev.text) && isCommonWord(prev.text) && orgHeadWithin(tokens, j, ok)) {
        run.push(next);
        j++;
        continue;
      }
      // "American Apparel & Footwear Association", "National Security and Defense Council", "Hostages and Missing Families
      // Forum": two fields joined before the head word are one name (not "Russia and Ukraine", not "Kyiv and the UN Council").
      const amp = prev.after === '&' || (prev.after === '' && next.text === 'and' && next.after === '');
      if (amp && !hasOrgWord(run) && !personLike(run) && !(run.length === 1 && known(run[0]))) {
        const k = prev.after === '&' ? j : j + 1;
        if (tokens[k] && !known(tokens[k]) && orgHeadWithin(tokens, k, ok)) {
          const end = runEnd(tokens, k, ok);
          for (let x = j; x < end; x++) run.push(tokens[x]);
          joined = true;
          j = end;
          continue;
        }
      }
      if (prev.after !== '') {
        // "Gov. Oleh Kiper", "St. Petersburg": an abbreviated title keeps the run going
        if (prev.after === '.' && isTitleAbbreviation(prev.text) && ok(next)) {
          run.push(next);
          j++;
          continue;
        }
        break;
      }
      if (prev.poss) {
        // "Prosecutor's Office" is one name; "Russia's President" is two things.
        // "St Peter's Square", "St. Michael's Monastery": a possessive before a place's head word is part of its name.
        // "Cox's Bazar", "St. John's": a town the gazetteer knows with its possessive.
        if (ok(next) && (isOrgHead(next.text) && (!isTitle(prev.text) || next.text === 'Office') || (isPlaceHead(next.text) && /^St\.?$/.test(run[0].text)) ||
          cities(`${run.map((t) => t.text).join(' ')}'s ${next.text}`).length > 0)) {
          run.push(next);
          j++;
          continue;
        }
        break;
      }
      if (ok(next)) {
        // "Commissioner for Human Rights Dmytro Lubinets": after an office's field, a first name starts the person
        if (joined && isFirstName(next.text) && !isFirstName(prev.text) && tokens[j + 1]?.cap) break;
        run.push(next);
        j++;
        continue;
      }
      // a content stop word between two name words: "Bring Kids Back UA"
      if (next.cap && isSoftStop(next.text) && next.after === '' && !skip(next) && ok(tokens[j + 1])) {
        run.push(next, tokens[j + 1]);
        j += 2;
        continue;
      }
      // connectors
      const lower = next.text.toLowerCase();
      let k = j;
      if (PARTICLES.has(lower)) {
        while (k < tokens.length && PARTICLES.has(tokens[k].text.toLowerCase()) && tokens[k].after === '') k++;
      } else if ((lower === 'of' || lower === 'for' || lower === 'on') && next.after === '') {
        k = j + 1;
        if (tokens[k]?.text === 'the' && tokens[k].after === '') k++;
        // "Ministry of …", "Secretary of State …", or a name that an organisation cue follows
        // ("Voices of Children charitable foundation")
        const joins =
          hasOrgWord([prev]) || isTitleHead(prev.text) || (joined && (hasOrgWord(run) || run.some((t) => isTitleHead(t.text)))) ||
          (lower === 'of' && ok(tokens[k]) && orgCueAt(tokens, runEnd(tokens, k, ok)) && !personLike(run)) ||
          // "Gulf of Aden", "Strait of Hormuz", "Sea of Azov": a body of water named by what it lies by.
          (lower === 'of' && run.length === 1 && WATER_HEADS.has(prev.text));
        if (!joins) k = j;
      } else if (lower === 'in' && /^(embassy|consulate)$/i.test(prev.text)) {
        k = j + 1;
      } else if (lower === 'and' && next.after === '' && knownWithAnd(run, tokens, j + 1, ok)) {
        // "Bosnia and Herzegovina", "Immigration and Customs Enforcement": a known name holding "and"
        k = j + 1;
      } else if (lower === 'and' && next.after === '' && joined && hasOrgWord(run) && tokens[j + 1] && !isFirstName(tokens[j + 1].text) && !isOrgStart(tokens[j + 1].text) && !known(tokens[j + 1])) {
        // "Federal Agency for Maritime and River Transport": a field named by two nouns (not "… and Zelensky")
        k = j + 1;
      }
      // "… of Search and Release of …": a capitalised content word that is a stop word alone ("Search") joins too
      const joinable = (t: Token | undefined): boolean => ok(t) || (!!t && t.cap && isSoftStop(t.text) && !skip(t));
      if (k > j && joinable(tokens[k])) {
        for (let x = j; x <= k; x++) run.push(tokens[x]);
        joined = true;
        j = k + 1;
        continue;
      }
      break;
    }
    // "World Health Organization", "Peace Corps": a content stop word opens an organisation's name.
    const lead = tokens[i - 1];
    if (lead && lead.cap && lead.after === '' && isSoftStop(lead.text) && !skip(lead) && isOrgHead(run[run.length - 1].text)) run.unshift(lead);
    runs.push(run);
    i = j;
  }
  return runs;
}

/** The run, "and", and the name words from k make a known name or a country's ("Trinidad and Tobago"). */
function knownWithAnd(run: Token[], tokens: Token[], k: number, ok: (t: Token | undefined) => boolean): boolean {
  if (!ok(tokens[k])) return false;
  const after = tokens.slice(k, runEnd(tokens, k, ok)).map((t) => t.text);
  for (let n = after.length; n > 0; n--) {
    const surface = [...run.map((t) => t.text), 'and', ...after.slice(0, n)].join(' ');
    if (lookupKnown(surface).length > 0 || countryByName(surface)) return true;
  }
  return false;
}

/** The name words starting at k (no more than three) end in an organisation's head word: "Affairs Commission", "Missing Families Forum". */
function orgHeadWithin(tokens: Token[], k: number, ok: (t: Token | undefined) => boolean): boolean {
  if (!ok(tokens[k])) return false;
  const end = runEnd(tokens, k, ok);
  return end - k <= 3 && isOrgHead(tokens[end - 1].text);
}

/** Index after the name tokens that start at k (no punctuation between them). */
function runEnd(tokens: Token[], k: number, ok: (t: Token | undefined) => boolean): number {
  let m = k + 1;
  while (m < tokens.length && tokens[m - 1].after === '' && ok(tokens[m])) m++;
  return m;
}

/** "MP Yaroslav Zhelezniak", "Olena Kovalenko": a run that starts as a person's name (their party follows "of"). */
function personLike(run: Token[]): boolean {
  const i = isTitle(run[0].text) ? 1 : 0;
  return run.length > i + 1 && isFirstName(run[i].text);
}
