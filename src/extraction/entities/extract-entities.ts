import type { Entity, Sentence, Span } from '../types';
import type { CleanedPage } from '../page/clean-page';
import { EntityTable } from './table';
import { tokenize, type Token } from './tokens';
import { buildRuns } from './runs';
import { institutionPatterns } from './patterns';
import { lookupKnown, maxKnownTokens } from './lexicon-index';
import { isStop } from './word-class';
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
    // "Amnesty International called …": a common word opening the sentence is a name when a known name starts with it.
    const known = (t: Token): boolean => lookupKnown(t.text).length > 0 || resolver.isPlaceWord(t.text) || (t.initial && !isStop(t.text) && opensKnownName(input, tokens, t));
    const runs = buildRuns(tokens, skip, known);
    parsed.push({ tokens, runs });
    for (const run of runs) resolver.firstPass(run, tokens);
  }
  resolver.secondPass();
  return table.entities().map((e) => seatActing(input, e));
}

/** A building that houses a government, known to us as a place. */
const SEAT_BUILDINGS = new Set(['White House']);
/** "The White House said", "the White House's envoy", "White House officials": the office acting. */
const ACTING_AFTER = /^(?:['’]s\b|\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:said|says|announced|confirmed|denied|stated|warned|rejected|declined|insisted|added|called|urged|responded|released|issued|ordered|wants|wanted|sought|pushed|press secretary|spokes(?:wo)?man|spokesperson|officials?|aides?|advisers?|advisors?|chief of staff|counsel|budget office)\b)/i;

/**
 * "Late on Sunday the White House said Colombia had agreed": a seat of government speaking or acting is
 * the office, an organisation; "talks at the White House" name the building. The more frequent use wins.
 */
function seatActing(input: string, e: Entity): Entity {
  if (e.type !== 'PLACE' || !SEAT_BUILDINGS.has(e.name)) return e;
  const acting = e.mentions.filter((m) => ACTING_AFTER.test(input.slice(m.end, m.end + 30))).length;
  if (acting * 2 <= e.mentions.length) return e;
  return { ...e, type: 'ORGANIZATION', id: e.id.replace(/^place:/, 'organization:'), geo: null };
}

/** Does a known name of two or more words start at this token ("Amnesty International", "Human Rights Watch")? */
function opensKnownName(input: string, tokens: Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  for (let n = 2; n <= maxKnownTokens() && i + n <= tokens.length; n++) {
    if (lookupKnown(input.slice(t.start, tokens[i + n - 1].end)).length > 0) return true;
  }
  return false;
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
