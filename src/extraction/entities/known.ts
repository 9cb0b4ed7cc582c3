import type { Token } from './tokens';
import type { ArticleContext } from './context';
import { lookupKnown } from './lexicon-index';
import { cities, countryByDemonym, countryByName, countryOfCapital, countryPlace, curatedPlace } from '../gazetteer';
import { ACTOR_NOUNS, PLATFORMS } from '../lexicon/words';
import { capitalIsActor } from './metonymy';
import { personBySurname } from './people';

/** A lexicon, gazetteer or article name for these tokens; adds it and returns true. */
export function resolveKnown(ctx: ArticleContext, sub: Token[], tokens: Token[]): boolean {
  const { table } = ctx;
  const s = ctx.surface(sub);
  const idx = tokens.indexOf(sub[0]);
  if (sub.length === 1) {
    const t = sub[0];
    const person = personBySurname(table, t.text);
    if (person) {
      table.add('PERSON', table.get(person)!.name, s, ctx.span(sub));
      return true;
    }
    const byAlias = table.findBySurface(s);
    if (byAlias && table.get(byAlias)!.type !== 'PLACE') {
      const d = table.get(byAlias)!;
      table.add(d.type, d.name, s, ctx.span(sub));
      return true;
    }
    const dem = countryByDemonym(t.text);
    if (dem && !countryByName(t.text)) {
      const next = tokens[idx + 1];
      if (next && !next.cap && t.after === '' && ACTOR_NOUNS.has(next.text.toLowerCase())) ctx.addCountry(dem.code, dem.name, sub);
      else ctx.weak.push({ code: dem.name, span: ctx.span(sub) });
      return true;
    }
    const cap = countryOfCapital(s);
    if (cap && (curatedPlace(s) || cities(s).some((c) => c.geo.countryCode === cap.code))) {
      if (capitalIsActor(tokens, idx)) {
        const countryId = table.add('PLACE', cap.name, s, ctx.span(sub), { geo: countryPlace(cap).geo, fixedName: true });
        ctx.countries.add(cap.code);
        ctx.metonyms.push({ city: curatedPlace(s)?.name ?? s, countryId });
      } else {
        const place = curatedPlace(s) ?? cities(s, new Set([cap.code]))[0];
        table.add('PLACE', place.name, s, ctx.span(sub), { geo: place.geo, fixedName: true });
      }
      return true;
    }
  }
  const known = lookupKnown(s);
  const k = known.find((x) => !x.surnameOnly) ?? known.find((x) => x.solo);
  if (k) {
    if (sub.length === 1 && PLATFORMS.has(s.toLowerCase())) return true;
    ctx.addKnown(k, sub);
    return true;
  }
  const c = countryByName(s);
  if (c && (s.replace(/[.\s]/g, '').length > 3 || sub.every((t) => t.upper))) {
    ctx.addCountry(c.code, s, sub);
    return true;
  }
  return false;
}
