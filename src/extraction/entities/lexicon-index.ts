import type { EntityType, Geo } from '../types';
import { nameKey } from '../util/text';
import { PEOPLE } from '../lexicon/people';
import { ORGANIZATIONS, OUTLETS } from '../lexicon/organizations';
import { COUNTRIES } from '../gazetteer/countries';
import { CURATED_PLACES } from '../gazetteer/curated-places';
import { countryPlace, curatedPlace } from '../gazetteer';
import { isCommonWord } from './word-class';

/** What a known surface form means. */
export interface Known {
  type: EntityType;
  name: string;
  geo: Geo | null;
  /** Acronyms and codes must be written in capitals to match ("AP", "US", not "us"). */
  caseSensitive: string | null;
  /** A lone surname of a famous person that may stand alone. */
  solo?: boolean;
  /** A person's surname only: weaker than a full name found in the same article. */
  surnameOnly?: boolean;
}

const index = new Map<string, Known[]>();
let maxTokens = 1;

function add(surface: string, known: Omit<Known, 'caseSensitive'>): void {
  const key = nameKey(surface);
  if (!key) return;
  const caseSensitive = /^[A-Z.&-]{1,5}$/.test(surface.replace(/\s/g, '')) ? surface.replace(/\./g, '') : null;
  const list = index.get(key) ?? [];
  if (list.some((k) => k.name === known.name && k.type === known.type)) return;
  list.push({ ...known, caseSensitive });
  index.set(key, list);
  maxTokens = Math.max(maxTokens, key.split(' ').length);
}

for (const p of PEOPLE) {
  for (const n of [p.name, ...(p.aliases ?? [])]) add(n, { type: 'PERSON', name: p.name, geo: null });
  if (p.solo) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const parts = n.split(/\s+/);
      if (parts.length > 1) {
        // "von der Leyen" → surname phrase; "Recep Tayyip Erdoğan" → "Erdoğan"
        const surname = parts[parts.length - 1];
        add(surname, { type: 'PERSON', name: p.name, geo: null, solo: true, surnameOnly: true });
      }
    }
  }
}
for (const o of [...ORGANIZATIONS, ...OUTLETS]) {
  for (const n of [o.name, ...(o.aliases ?? [])]) add(n, { type: o.type ?? 'ORGANIZATION', name: o.name, geo: null });
}
for (const c of COUNTRIES) {
  const place = countryPlace(c);
  add(c.name, { type: 'PLACE', name: c.name, geo: place.geo });
}
for (const [name, , , , , aliases] of CURATED_PLACES) {
  const place = curatedPlace(name)!;
  for (const n of [name, ...aliases]) add(n, { type: 'PLACE', name: place.name, geo: place.geo });
}

/** Everything the lexicon and the curated gazetteer know under this surface form. */
export function lookupKnown(surface: string): Known[] {
  const list = index.get(nameKey(surface));
  if (!list) return [];
  const compact = surface.replace(/[.\s]/g, '');
  return list.filter((k) => k.caseSensitive === null || k.caseSensitive.replace(/\s/g, '') === compact || titledAcronym(k.caseSensitive, surface));
}

/** "Nato", "Opec", "Unrwa", "Brics": acronyms said as words, which British outlets write as words (not "Isis", also a name). */
const SAID_AS_WORDS = new Set(['NATO', 'OPEC', 'UNRWA', 'BRICS', 'APEC', 'ASEAN', 'UNICEF', 'UNESCO', 'UNIFIL', 'ECOWAS', 'FIFA', 'UEFA', 'NASA', 'MONUSCO', 'OSCE', 'TASS']);
function titledAcronym(acronym: string, surface: string): boolean {
  return SAID_AS_WORDS.has(acronym) && surface === acronym[0] + acronym.slice(1).toLowerCase() && !isCommonWord(surface);
}

export function maxKnownTokens(): number {
  return maxTokens;
}
