import type { Token } from './tokens';
import type { ArticleContext } from './context';
import type { EntityTable } from './table';
import { lookupKnown, maxKnownTokens } from './lexicon-index';
import { countryByDemonym, countryByName, curatedPlace } from '../gazetteer';
import { isCommonWord, isFirstName, isTitle, isTitleAbbreviation, isTitleHead } from './word-class';
import { nameKey } from '../util/text';

/** Verbs after a name that mark a person speaking ("Andrzej Domanski said"). */
const SPEECH_VERBS = /^(said|says|told|wrote|added|stated|noted|announced|claimed|argued|insisted|explained|warned|confirmed|denied|tweeted|posted)$/;

/** A title before a name: a title word, an abbreviated one ("Gen. Oleksandr Syrskyi", not "St. Petersburg"), or a compound ending in one ("Under-Secretary-General"). */
function titleBefore(t: Token): boolean {
  if (t.poss) return false;
  if (isTitleHead(t.text)) return true;
  if (t.after === '.' && isTitleAbbreviation(t.text) && !/^(?:st|mt|ft)$/i.test(t.text)) return true;
  return t.text.includes('-') && isTitleHead(t.text.split('-').at(-1)!);
}

/** "U.S. President Donald Trump", "Defence Minister Laurynas Kasciunas": the title is a role. */
export function titledPerson(ctx: ArticleContext, run: Token[], tokens: Token[], index: number): boolean {
  const { table } = ctx;
  // the last title word that can stand before a name ("Security" in "Munich Security Conference" cannot)
  let j = -1;
  for (let i = 0; i < run.length - 1; i++) if (titleBefore(run[i])) j = i;
  const prev = tokens[index - 1];
  const lowerTitle = prev && !prev.cap && isTitle(prev.text) && prev.after === '';
  if (j < 0 && !lowerTitle) return false;
  let name = run.slice(j + 1);
  let prefix = run.slice(0, j + 1);
  if (j >= 0 && /^(of|for)$/.test(name[0]?.text ?? '')) {
    // "Secretary of State Antony Blinken", "Minister of State for International Cooperation Lolwah Al-Khater":
    // the office runs up to the words that read as a personal name
    // (two words, or more when the extra ones are first names: "Recep Tayyip Erdoğan")
    let k = run.length - 2;
    if (k < j + 3 || !nameWord(run[k]) || !nameWord(run[k + 1])) return false;
    while (k - 1 > j + 2 && isFirstName(run[k - 1].text) && nameWord(run[k - 1])) k--;
    name = run.slice(k);
    prefix = run.slice(0, k);
  }
  const conn = name.findIndex((t) => /^(of|for)$/.test(t.text));
  if (conn > 0) {
    // "President Zelenskiy of Ukraine": the rest belongs to the role
    knownInside(ctx, name.slice(conn + 1));
    name = name.slice(0, conn);
  }
  if (!name.length || /^(of|for|the|on|in)$/.test(name[0].text) || name.some((t) => isTitle(t.text) && !isFirstName(t.text))) return false;
  if (name.length === 1 && isCommonWord(name[0].text) && !lookupKnown(name[0].text).length) return false;
  // "every major Russian election": a place adjective after a title-like word is no name
  if (name.length === 1 && placeWord(name[0].text)) return false;
  // "Defense Minister Israel Katz": after a title, a country's name may be a first name.
  const givenPlace = name.length === 2 && !!countryByName(name[0].text) && /^\p{Lu}\p{Ll}+$/u.test(name[1].text) && !placeWord(name[1].text) && !isCommonWord(name[1].text);
  if (name.length > 1 && !personShaped(name) && !givenPlace) return false;
  // countries and organisations named in the role are entities of their own ("European Commission President")
  knownInside(ctx, prefix);
  const role = prefix.length ? ctx.surface(prefix) : prev.text;
  const nameSurface = ctx.surface(name);
  if (name.length === 1) {
    const byArticle = personBySurname(table, name[0].text);
    const solo = lookupKnown(nameSurface).find((x) => x.type === 'PERSON');
    const target = byArticle ? table.get(byArticle)!.name : solo?.name;
    if (target) {
      table.add('PERSON', target, nameSurface, ctx.span(name), { role, fixedName: true });
      table.add('PERSON', target, ctx.surface(run), null);
      return true;
    }
  }
  const id = addPerson(ctx, name, role);
  if (prefix.length) table.add('PERSON', table.get(id)!.name, ctx.surface(prefix.concat(name)), null);
  return true;
}

/** A word that can be part of a personal name: a first name, or not an ordinary word, not a place. */
function nameWord(t: Token): boolean {
  if (/^(of|for|the|and)$/.test(t.text) || t.upper || /\d/.test(t.text)) return false;
  if (placeWord(t.text)) return false;
  return isFirstName(t.text) || !isCommonWord(t.text);
}

/**
 * Do these words read as a personal name? Up to four words, no digits or acronyms, no place
 * adjective ("Crimean Tatars"), and a first name or a surname that is not an ordinary word
 * ("Advanced Surface-to-Air Missile Systems" is not one).
 */
export function personShaped(name: Token[]): boolean {
  const initials = (t: Token): boolean => /^(\p{Lu}\.)+$/u.test(t.text);
  if (name.length > 4 || name.some((t) => (t.upper && !initials(t)) || /\d/.test(t.text) || placeWord(t.text))) return false;
  if (name.some((t) => /\p{Ll}-\p{Ll}/u.test(t.text) && /-(to|and|of|for|the|in)-/i.test(t.text))) return false;
  const last = name[name.length - 1];
  return name.some((t) => isFirstName(t.text)) || !isCommonWord(last.text);
}

/** A country, its demonym, a curated place or an adjective made from one ("Crimean", "Kyivan"). */
export function placeWord(w: string): boolean {
  if (countryByName(w) ?? countryByDemonym(w) ?? curatedPlace(w)) return true;
  const m = /^(.{3,}?)(?:ian|ean|an|n)$/.exec(w);
  if (!m) return false;
  const stems = [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'a', w.slice(0, -3)];
  return stems.some((s) => s.length >= 3 && !!(curatedPlace(s) ?? countryByName(s)));
}

/** A run of two or more words that reads as a person: a first name, a speech verb, an appositive. */
export function looksLikePerson(run: Token[], tokens: Token[], index: number): boolean {
  if (run.length > 4 || run.some((t) => /\d/.test(t.text) || t.upper)) return false;
  if (run.some((t) => placeWord(t.text))) return false;
  if (isFirstName(run[0].text) && !isCommonWord(run[0].text)) return true;
  const after = tokens[index + run.length];
  const last = run[run.length - 1];
  // "Radio Dabanga reported", "Central Kitchen said": a name opening on an ordinary English word is no person's
  if (isCommonWord(run[0].text) && !isFirstName(run[0].text)) return false;
  if (after && last.after === '' && SPEECH_VERBS.test(after.text)) return true;
  // appositive: "Andrzej Domanski, finance minister of Poland"
  if (after && last.after === ',' && !after.cap && (isTitle(after.text) || after.text === 'head' || after.text === 'the')) return true;
  return false;
}

export function addPerson(ctx: ArticleContext, name: Token[], role: string | null): string {
  const { table } = ctx;
  const surface = ctx.surface(name);
  const k = lookupKnown(surface).find((x) => x.type === 'PERSON' && !x.surnameOnly);
  if (k) return table.add('PERSON', k.name, surface, ctx.span(name), { role, fixedName: true });
  // the same person written with a middle name or without it
  const first = nameKey(name[0].text);
  const lastKey = nameKey(name[name.length - 1].text);
  const same = table.ofType('PERSON').find(([, d]) => {
    const parts = nameKey(d.name).split(' ');
    return parts[0] === first && parts[parts.length - 1] === lastKey;
  });
  return table.add('PERSON', same ? same[1].name : surface, surface, ctx.span(name), { role });
}

/** The one person of the article with this surname; null when none or two. */
export function personBySurname(table: EntityTable, word: string): string | null {
  const k = nameKey(word);
  const hits = table.ofType('PERSON').filter(([, d]) => {
    const parts = [d.name, ...d.aliases].map((n) => nameKey(n).split(' '));
    return parts.some((p) => p.length > 1 && p[p.length - 1] === k);
  });
  return hits.length === 1 ? hits[0][0] : null;
}

/** Countries and organisations named inside a role or an office ("European Commission President"). */
export function knownInside(ctx: ArticleContext, part: Token[]): void {
  for (let i = 0; i < part.length; i++) {
    for (let n = Math.min(part.length - i, maxKnownTokens()); n > 0; n--) {
      const sub = part.slice(i, i + n);
      const s = ctx.surface(sub);
      const k = lookupKnown(s).filter((x) => !x.surnameOnly && x.type !== 'PERSON');
      const c = countryByName(s);
      // "US President": an abbreviated country is named even where it reads as an adjective
      if (c && (!countryByDemonym(s) || sub.every((t) => t.upper))) {
        ctx.addCountry(c.code, s, sub);
        i += n - 1;
        break;
      }
      if (k.length && k[0].geo?.kind !== 'city') {
        ctx.addKnown(k[0], sub);
        i += n - 1;
        break;
      }
    }
  }
}
