import type { Token } from './tokens';
import type { ArticleContext } from './context';
import { cities, region } from '../gazetteer';
import { isCommonWord, isFirstName } from './word-class';
import { addPerson, personShaped } from './people';
import { PLACE_PREFIXES } from '../lexicon/words';

/**
 * What is left of a run once known names are taken out: a city of the package data where the
 * sentence makes a place likely, a person when the words look like a name, a source
 * ("according to X").
 */
export function leftover(ctx: ArticleContext, part: Token[], tokens: Token[]): void {
  const idx = tokens.indexOf(part[0]);
  if (part.length >= 2) {
    const place = cities(ctx.surface(part), ctx.countries)[0];
    if (place && ctx.countries.has(place.geo.countryCode ?? '')) {
      ctx.table.add('PLACE', place.name, ctx.surface(part), ctx.span(part), { geo: place.geo });
      return;
    }
    // "Velykyi Burluk", "La Guajira": a place word first makes the name a place
    if (PLACE_PREFIXES.has(part[0].text.toLowerCase()) && !part.some((t) => t.upper)) {
      ctx.table.add('PLACE', ctx.surface(part), null, ctx.span(part));
      return;
    }
    if (part.every((t) => !isCommonWord(t.text) || isFirstName(t.text)) && personShaped(part)) {
      addPerson(ctx, part, null);
    }
    return;
  }
  const t = part[0];
  if (t.text.length < 3 || (isCommonWord(t.text) && !t.upper)) return;
  // a city of the package data, where the sentence or the article makes a place likely
  const prev = tokens[idx - 1];
  const locative = prev && /^(in|near|at|outside|from|to|into|around|across|toward|towards|of|and)$/i.test(prev.text) && prev.after === '';
  const list = t.before === ':' || t.before === ',';
  const candidates = t.upper ? [] : cities(t.text, ctx.countries);
  const best = candidates[0];
  // "Trump and Lee": a surname of a person the article names is not a town of that name
  const surname = ctx.table.ofType('PERSON').some(([, d]) => d.name.split(/\s+/).includes(t.text));
  if (best && !surname && (locative || list) && (ctx.countries.has(best.geo.countryCode ?? '') || candidates.length === 1)) {
    ctx.table.add('PLACE', best.name, t.text, ctx.span(part), { geo: best.geo });
    return;
  }
  // "in Alaska", "in Dagestan": a state or region of the package data, where the sentence makes a place likely
  const state = !best && !surname && locative && !t.upper && !isFirstName(t.text) ? region(t.text, ctx.countries) : null;
  if (state) {
    ctx.table.add('PLACE', state.name, t.text, ctx.span(part), { geo: state.geo });
    return;
  }
  // sources: "according to X", "X reported", "reported by X"
  const next = tokens[idx + 1];
  const prev2 = tokens[idx - 2];
  const source =
    (prev && prev2 && prev2.text.toLowerCase() === 'according' && prev.text === 'to') ||
    (prev && prev2 && /^reported|cited|quoted$/.test(prev2.text) && prev.text === 'by') ||
    (next && t.after === '' && /^(reported|reports|reporting)$/.test(next.text));
  if (source && !isFirstName(t.text)) ctx.table.add('ORGANIZATION', t.text, null, ctx.span(part));
}
