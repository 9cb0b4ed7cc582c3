import type { Token } from './tokens';

/** Verbs after a capital that make it the government acting ("Moscow has refused", "Kyiv said"). */
const ACTOR_VERBS = new Set(
  ('has have had is was will would could should must may might can cannot does did said says say refused refuses ' +
    'holds wants wanted accused accuses demanded demands denied denies rejected rejects claimed claims announced ' +
    'agreed agrees insists insisted warned warns called calls urged urges pushed pushes sent sends launched ' +
    'responded considers believes sees hopes plans seeks sought blamed blames confirmed reported stated signed ' +
    'imposed supports backed continues needs expects received receives offered offers proposed hasn\'t won\'t ' +
    'doesn\'t didn\'t isn\'t wasn\'t also held met made took gave struck began sought kept').split(' '),
);
/** Words before a capital that make it an actor ("urging Washington", "between Moscow and Kyiv"). */
const ACTOR_BEFORE = new Set(
  ('urging urged urge urges pressed pressing pressuring between against with without by accused accusing accuse blamed ' +
    'blaming criticized criticised criticizing criticising told asked warned condemned sanctioned lobbying').split(' '),
);
/** Words that pass the decision to the word before them ("with both Moscow and Kyiv"). */
const TRANSPARENT = new Set(['both', 'either', 'neither']);
const PLACE_BEFORE = new Set('in near at outside around across into inside visit visited visiting toward towards over above'.split(' '));
const TRAVEL = new Set(('route trip travel traveled travelled flew fly flying flown arrived arrive came come went go going returned return moved visit journey way back headed heading delegation evacuated relocated fled ' +
  'taken brought transported delivered driven deported transferred airlifted bused flights trains road roads highway railway').split(' '));
/** Nouns of a way between two places: "the road between Beirut and Damascus" names the cities. */
const ROUTE = new Set('road roads highway motorway railway rail route flights flight trains train border crossing corridor bridge line pipeline distance drive journey'.split(' '));
/** Nouns of a part of a city: after "Dhaka's", the city itself. */
const CITY_PARTS = new Set('outskirts suburbs suburb streets street centre center district districts neighbourhood neighborhood area areas airport residents mayor metro subway square avenue downtown'.split(' '));
/** Adjectives of a side of a city ("central Athens", "northern Kyiv"): the city itself. */
const CITY_SIDE = new Set('central downtown northern southern eastern western north south east west greater suburban inner outer old'.split(' '));
const ACTOR_SUFFIX = new Set('led backed brokered controlled imposed proposed sponsored allied friendly aligned'.split(' '));

/** After a time set between, verbs that tell of the city itself ("Kyiv on Monday was hit", "Beijing in August hosted the Games"). */
const PASSIVE_OR_HOST = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'hosted', 'suffered', 'saw', 'faced', 'woke', 'endured']);
const TIME_OPENER = new Set(['in', 'on', 'last', 'this', 'earlier', 'later', 'late', 'early']);
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|weekend|this|last|on|\d{1,4})$/;

/** The index of the word after a short time adjunct starting at `j` ("in August", "on Sunday", "last week"), or -1. */
function afterTime(tokens: Token[], j: number): number {
  if (!tokens[j] || !TIME_OPENER.has(tokens[j].text) || tokens[j].after !== '') return -1;
  let k = j + 1;
  while (k < tokens.length && k <= j + 3 && TIME_WORD.test(tokens[k].text) && tokens[k].after === '') k++;
  return k > j + 1 && TIME_WORD.test(tokens[k - 1].text) && !/^(?:this|last|on)$/.test(tokens[k - 1].text) ? k : -1;
}

/** How a capital is read: its government acting, the city, or undecided by its sentence. */
export type CapitalReading = 'actor' | 'place' | null;

const actorVerb = (t: Token | undefined): boolean => !!t && (ACTOR_VERBS.has(t.text) || /^[a-z]+ed$/.test(t.text));

/**
 * Is the capital at tokens[i] standing for its government (metonymy) or for the city?
 * Decided from the words around it; null when they say nothing (the article decides).
 */
export function capitalReading(tokens: Token[], i: number): CapitalReading {
  const t = tokens[i];
  // "Dhaka's Mirpur area", "Moscow's outskirts": a part of the city is the city; "Moscow's decision" is the government's.
  if (t.poss) return tokens.slice(i + 1, i + 3).some((x) => CITY_PARTS.has(x.text.toLowerCase())) ? 'place' : 'actor';
  if (t.suffix) return ACTOR_SUFFIX.has(t.suffix) ? 'actor' : 'place';
  if (t.upper) return 'place'; // datelines: "KYIV:", "MOSCOW, June 16."
  const next = tokens[i + 1];
  let prev = tokens[i - 1];
  if (prev && prev.after === '' && (PLACE_BEFORE.has(prev.text.toLowerCase()) || CITY_SIDE.has(prev.text))) return 'place';
  if (next && t.after === '' && actorVerb(next)) return 'actor';
  // "Ottawa in August ordered arbitration", "Rabat on Sunday accepted four offers": a time set between the capital and its verb.
  const verb = t.after === '' ? afterTime(tokens, i + 1) : -1;
  if (verb > 0 && actorVerb(tokens[verb]) && !PASSIVE_OR_HOST.has(tokens[verb].text)) return 'actor';
  // "Washington and Moscow held talks": a pair of capitals as the subject
  if (next && t.after === '' && /^(and|or)$/.test(next.text) && tokens[i + 2]?.cap && tokens[i + 2].after === '' && actorVerb(tokens[i + 3])) return 'actor';
  let back = i - 1;
  if (prev && prev.after === '' && TRANSPARENT.has(prev.text.toLowerCase()) && i >= 2) prev = tokens[(back = i - 2)];
  if (!prev || prev.after !== '') return null;
  const p = prev.text.toLowerCase();
  const route = (k: number) => tokens[k].text.toLowerCase() === 'between' && k > 0 && ROUTE.has(tokens[k - 1].text.toLowerCase());
  if (route(back)) return 'place';
  if (ACTOR_BEFORE.has(p)) return 'actor';
  if (PLACE_BEFORE.has(p)) return 'place';
  if (p === 'and' || p === 'or') {
    // "between Washington and Kyiv": like the capital before the conjunction
    for (let k = back - 1; k >= Math.max(0, back - 3); k--) {
      if (route(k)) return 'place';
      if (ACTOR_BEFORE.has(tokens[k].text.toLowerCase())) return 'actor';
      if (PLACE_BEFORE.has(tokens[k].text.toLowerCase())) return 'place';
    }
    return null;
  }
  // "From Jerusalem he flew to …": a sentence that starts from a city starts from the place
  if (p === 'from' && prev.initial) return 'place';
  if (p === 'to' || p === 'from') {
    // "were delivered by military aircraft to Moscow": a verb of moving a few words back, in the same clause.
    for (let k = back - 1; k >= Math.max(0, back - 8); k--) {
      if (TRAVEL.has(tokens[k].text.toLowerCase())) return 'place';
      if (tokens[k].after !== '') break;
    }
    return 'actor';
  }
  return null;
}
