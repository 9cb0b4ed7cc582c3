import type { Token } from './tokens';
import type { ArticleContext } from './context';
import { lookupKnown } from './lexicon-index';
import { cities, countryByDemonym, countryByName, countryOfCapital, countryPlace, curatedPlace, type Country, type GazPlace } from '../gazetteer';
import { ACTOR_NOUNS, PLATFORMS } from '../lexicon/words';
import { capitalReading } from './metonymy';
import { EntityTable } from './table';
import { BLOC_CAPITALS } from '../lexicon/institutions';
import { personBySurname } from './people';

/** A capital standing for its government: the country (or the bloc it hosts) with the capital as alias. */
export function addCapitalActor(ctx: ArticleContext, sub: Token[], country: Country, city: GazPlace): void {
  const bloc = BLOC_CAPITALS[city.name];
  const known = bloc ? lookupKnown(bloc)[0] : undefined;
  if (known) {
    ctx.addKnown(known, sub);
    ctx.metonyms.push({ city: city.name, countryId: EntityTable.idOf(known.type, known.name) });
    return;
  }
  const countryId = ctx.table.add('PLACE', country.name, ctx.surface(sub), ctx.span(sub), { geo: countryPlace(country).geo, fixedName: true });
  ctx.countries.add(country.code);
  ctx.metonyms.push({ city: city.name, countryId });
}

/**
 * Capitals their sentence left open: the government where the article uses the capital only
 * that way, otherwise the city.
 */
export function decideCapitals(ctx: ArticleContext): void {
  const asActor = new Set(ctx.metonyms.map((m) => m.city));
  const asCity = new Set(ctx.undecided.map((u) => u.city.name).filter((n) => !!ctx.table.get(EntityTable.idOf('PLACE', n))?.mentions.length));
  for (const u of ctx.undecided) {
    if (asActor.has(u.city.name) && !asCity.has(u.city.name)) addCapitalActor(ctx, u.sub, u.country, u.city);
    else ctx.table.add('PLACE', u.city.name, ctx.surface(u.sub), ctx.span(u.sub), { geo: u.city.geo, fixedName: true });
  }
}

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
      const city = curatedPlace(s) ?? cities(s, new Set([cap.code]))[0];
      const reading = capitalReading(tokens, idx);
      if (reading === 'actor') addCapitalActor(ctx, sub, cap, city);
      else if (reading === 'place') table.add('PLACE', city.name, s, ctx.span(sub), { geo: city.geo, fixedName: true });
      else ctx.undecided.push({ sub, country: cap, city });
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
