import type { Entity, Sentence, Span } from '../types';
import type { CleanedPage } from '../page/clean-page';
import { EntityTable } from './table';
import { tokenize, type Token } from './tokens';
import { buildRuns } from './runs';
import { institutionPatterns } from './patterns';
import { lookupKnown } from './lexicon-index';
import { Resolver } from './resolver';
import { countryByDemonym, countryByName } from '../gazetteer';

/**
 * People, organisations and places of the article body, one entity per real thing.
 * Candidates are capitalised runs from a regex tokenizer (no NLP parse); they are typed by the
 * lexicon and gazetteer, by head words ("… Ministry", "… Theater"), by titles before names
 * ("Defence Minister X Y"), and resolved within the article (surnames, acronyms, metonymy).
 * Mentions are offsets into `input`.
 */
export function extractEntities(input: string, sentences: Sentence[], cleaned: CleanedPage): Entity[] {
  const table = new EntityTable();
  const resolver = new Resolver(input, table);
  const ignored = cleaned.ignored ?? [];
  const parsed: { tokens: Token[]; runs: Token[][] }[] = [];

  for (const s of sentences) {
    const covered = institutionPatterns(s, table);
    const blocked = [...ignored, ...covered];
    const tokens = splitCompounds(tokenize(s));
    const skip = (t: Token): boolean => blocked.some((b) => t.start < b.end && t.end > b.start);
    const known = (t: Token): boolean => lookupKnown(t.text).length > 0 || resolver.isPlaceWord(t.text);
    const runs = buildRuns(tokens, skip, known);
    parsed.push({ tokens, runs });
    for (const run of runs) resolver.firstPass(run, tokens);
  }
  resolver.secondPass();
  return table.entities();
}

const knownPart = (p: string): boolean => lookupKnown(p).length > 0 || !!countryByName(p) || !!countryByDemonym(p);

/** "Russia-Ukraine", "Putin-Trump", "Pro-Kremlin", "then-UK": split when a part is a known name or a country. */
function splitCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('-') || knownPart(t.text)) {
      out.push(t);
      continue;
    }
    const parts = t.text.split('-');
    if (!parts.some(knownPart)) {
      out.push(t);
      continue;
    }
    let offset = t.start;
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      out.push({
        ...t,
        text: p,
        start: offset,
        end: offset + p.length,
        cap: /^\p{Lu}/u.test(p),
        poss: last ? t.poss : false,
        suffix: last ? t.suffix : null,
        before: i === 0 ? t.before : '-',
        after: last ? t.after : '-',
        initial: i === 0 ? t.initial : false,
      });
      offset += p.length + 1;
    });
  }
  return out;
}

export type { Span };
