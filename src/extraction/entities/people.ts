import type { Token } from './tokens';
import type { ArticleContext } from './context';
import type { EntityTable } from './table';
import { lookupKnown, maxKnownTokens } from './lexicon-index';
import { countryByDemonym, countryByName, curatedPlace } from '../gazetteer';
import { isCommonWord, isFirstName, isTitle } from './word-class';
import { nameKey } from '../util/text';

/** Verbs after a name that mark a person speaking ("Andrzej Domanski said"). */
const SPEECH_VERBS = /^(said|says|told|wrote|added|stated|noted|announced|claimed|argued|insisted|explained|warned|confirmed|denied|tweeted|posted)$/;

/** "U.S. President Donald Trump", "Defence Minister Laurynas Kasciunas": the title is a role. */
export function titledPerson(ctx: ArticleContext, run: Token[], tokens: Token[], index: number): boolean {
  const { table } = ctx;
  let j = -1;
  for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i].text) && !run[i].poss) j = i;
  const prev = tokens[index - 1];
  const lowerTitle = prev && !prev.cap && isTitle(prev.text) && prev.after === '';
  if (j < 0 && !lowerTitle) return false;
  let name = run.slice(j + 1);
  const conn = name.findIndex((t) => /^(of|for)$/.test(t.text));
  if (conn > 0) {
    // "President Zelenskiy of Ukraine": the rest belongs to the role
    knownInside(ctx, name.slice(conn + 1));
    name = name.slice(0, conn);
  }
  if (!name.length || /^(of|for|the|on|in)$/.test(name[0].text) || name.some((t) => isTitle(t.text) && !isFirstName(t.text))) return false;
  if (name.length === 1 && isCommonWord(name[0].text) && !lookupKnown(name[0].text).length) return false;
  const prefix = run.slice(0, j + 1);
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
  if (prefix.length) table.add('PERSON', table.get(id)!.name, ctx.surface(run), null);
  return true;
}

/** A run of two or more words that reads as a person: a first name, a speech verb, an appositive. */
export function looksLikePerson(run: Token[], tokens: Token[], index: number): boolean {
  if (run.length > 4 || run.some((t) => /\d/.test(t.text) || t.upper)) return false;
  if (run.some((t) => !!(countryByName(t.text) ?? countryByDemonym(t.text) ?? curatedPlace(t.text)))) return false;
  if (isFirstName(run[0].text) && !isCommonWord(run[0].text)) return true;
  const after = tokens[index + run.length];
  const last = run[run.length - 1];
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
      if (c && !countryByDemonym(s)) {
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
