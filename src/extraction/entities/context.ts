import type { Span } from '../types';
import type { Token } from './tokens';
import type { Known } from './lexicon-index';
import { EntityTable } from './table';
import { countryByName, countryPlace, type Country, type GazPlace } from '../gazetteer';

/**
 * What the entity rules share while reading one article: the input, the table being built,
 * the countries named so far (they rank ambiguous city names) and the decisions left to the end.
 */
export class ArticleContext {
  /** ISO codes of the countries the article names. */
  readonly countries = new Set<string>();
  /** Demonyms that only describe ("Ukrainian officials"): mentions of the country if it is an entity. */
  readonly weak: { code: string; span: Span }[] = [];
  /** Capitals read as their government: the city entity, if any, stands for the country. */
  readonly metonyms: { city: string; countryId: string }[] = [];
  /** Capitals whose sentence does not say city or government: decided by the rest of the article. */
  readonly undecided: { sub: Token[]; country: Country; city: GazPlace }[] = [];

  constructor(
    readonly input: string,
    readonly table: EntityTable,
  ) {}

  surface(run: Token[]): string {
    return this.input.slice(run[0].start, run[run.length - 1].end);
  }

  span(run: Token[]): Span {
    return { start: run[0].start, end: run[run.length - 1].end };
  }

  addKnown(k: Known, run: Token[]): void {
    this.table.add(k.type, k.name, this.surface(run), this.span(run), { geo: k.geo, fixedName: true });
    if (k.geo?.kind === 'country' && k.geo.countryCode) this.countries.add(k.geo.countryCode);
  }

  addCountry(code: string, name: string, run: Token[], alias = true): void {
    const c = countryByName(name)!;
    this.table.add('PLACE', c.name, alias ? this.surface(run) : null, this.span(run), { geo: countryPlace(c).geo, fixedName: true });
    this.countries.add(code);
  }
}
