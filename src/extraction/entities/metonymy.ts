import type { Token } from './tokens';

/** Verbs after a capital that make it the government acting ("Moscow has refused", "Kyiv said"). */
const ACTOR_VERBS = new Set(
  ('has have had is was will would could should must may might can cannot does did said says say refused refuses ' +
    'holds wants wanted accused accuses demanded demands denied denies rejected rejects claimed claims announced ' +
    'agreed agrees insists insisted warned warns called calls urged urges pushed pushes sent sends launched ' +
    'responded considers believes sees hopes plans seeks sought blamed blames confirmed reported stated signed ' +
    'imposed supports backed continues needs expects received receives offered offers proposed hasn\'t won\'t ' +
    'doesn\'t didn\'t isn\'t wasn\'t also').split(' '),
);
/** Words before a capital that make it an actor ("urging Washington", "between Moscow and Kyiv"). */
const ACTOR_BEFORE = new Set('urging urged urge urges pressed pressing pressuring between against with by accused blamed criticized criticised told asked warned condemned sanctioned'.split(' '));
const PLACE_BEFORE = new Set('in near at outside around across into inside visit visited visiting toward towards over above'.split(' '));
const TRAVEL = new Set('route trip travel traveled travelled flew fly flying arrived arrive came come went go going returned return moved visit journey way back headed heading delegation evacuated relocated fled'.split(' '));
const ACTOR_SUFFIX = new Set('led backed brokered controlled imposed proposed sponsored allied friendly aligned'.split(' '));

/**
 * Is the capital at tokens[i] standing for its government (metonymy) rather than the city?
 * Decided from the words around it; the default is the city.
 */
export function capitalIsActor(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.poss) return true;
  if (t.suffix) return ACTOR_SUFFIX.has(t.suffix);
  if (t.upper) return false; // datelines: "KYIV:", "MOSCOW, June 16."
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (prev && prev.after === '' && PLACE_BEFORE.has(prev.text.toLowerCase())) return false;
  if (next && t.after === '' && (ACTOR_VERBS.has(next.text) || /^[a-z]+ed$/.test(next.text))) return true;
  if (!prev || prev.after !== '') return false;
  const p = prev.text.toLowerCase();
  if (ACTOR_BEFORE.has(p)) return true;
  if (PLACE_BEFORE.has(p)) return false;
  if (p === 'and' || p === 'or') {
    // "between Washington and Kyiv": like the capital before the conjunction
    for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
      if (ACTOR_BEFORE.has(tokens[k].text.toLowerCase())) return true;
      if (PLACE_BEFORE.has(tokens[k].text.toLowerCase())) return false;
    }
    return false;
  }
  if (p === 'to' || p === 'from') {
    const p2 = tokens[i - 2]?.text.toLowerCase();
    return !(p2 && TRAVEL.has(p2));
  }
  return false;
}
