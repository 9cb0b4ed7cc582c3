import { sayingDay, specific, type Draft } from './draft';
import { addDays } from '../time/calendar';
import type { Entity, EventType, Quantity } from '../types';
import type { Containment } from './story-places';
import { quantitiesInText } from '../quantities/extract-quantities';

/**
 * One event per real event: a caption repeating the rally, a follow-up adding the count, "the
 * swap" referring back, all merge into the event already found; two exchanges on different dates,
 * two strikes on different cities, or two different counts stay apart.
 */
export function mergeDrafts(drafts: Draft[], within: Containment = new Map()): Draft[] {
  const kept: Draft[] = [];
  const pending: Draft[] = [];
  for (const d of sentenceFirst(drafts, within)) {
    const target = bestTarget(kept, d, within);
    if (target) absorb(target, d);
    else if (weak(d)) pending.push(d);
    else kept.push(d);
  }
  for (const d of pending) {
    const target = bestTarget(kept, d, within);
    if (target) absorb(target, d);
    else if (!d.hit.def.mergeOnly && !d.hit.generic) kept.push(d);
  }
  // A one-sided release without its own date, or dated the exchange's day, in a story about an exchange, is part of that exchange.
  const out: Draft[] = [];
  for (const d of kept) {
    const ex = d.type === 'PRISONER_RELEASE'
      ? kept.find((x) => x.type === 'PRISONER_EXCHANGE' && x.status === d.status && !(x.story && d.story && x.story !== d.story) && (Math.abs(x.sentence - d.sentence) <= 6 || /\b(?:swaps?|exchanges?|soldiers|servicemen|POWs|prisoners of war)\b/i.test(d.evidence.text)) && (!d.ownDate || (!x.ownDate && d.date.granularity === 'day' && x.date.start === d.date.start)))
      : undefined;
    if (ex) absorb(ex, d);
    else out.push(d);
  }
  return out;
}

/**
 * "Four people were killed when a missile struck a building in Lviv early on Tuesday": the reports of one type in one
 * sentence join first, so that a toll told without its place or day is not taken by the sentence before.
 */
function sentenceFirst(drafts: Draft[], within: Containment): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // "missiles hit Lviv and Brno, killing five people": the toll of the act right before it, wherever each draft placed itself
    // ("struck Lviv and drones hit a plant in Brno, killing two" is the toll of the strike on Brno).
    // (Only the nearest act, told as real as the toll and on no other day.)
    const host = resultOf(d) ? [...out].reverse().find((x) => x.sentence === d.sentence && x.type === d.type && x.hit.start < d.hit.start && !weak(x)) : undefined;
    if (host && group(host) === group(d) && !(host.ownDate && d.ownDate && (host.date.end < d.date.start || d.date.end < host.date.start))) {
      absorb(host, d);
      continue;
    }
    // (A mention that only refers, "the strike", waits to join the report it refers to.)
    const sibling = weak(d) ? undefined : out.find((x) => x.sentence === d.sentence && !weak(x) && sameKind(x.type, d.type) && compatible(x, d, within));
    if (sibling) absorb(sibling, d);
    else out.push(d);
  }
  return out;
}

const REPORTED_BEFORE = /\b(?:said|says|claimed|claims|reported|announced|confirmed|stated)\b/i;
/** "Earlier Friday, …", "later on Monday": a report's own day told as before or after another act that day. */
function earlierSameDay(x: Draft): boolean {
  const at = x.date.offsets ? x.date.offsets.start - x.evidence.start : -1;
  return x.ownDate && at >= 0 && /\b(?:earlier|later)\s+(?:on\s+|that\s+|in\s+the\s+day\s+on\s+)?$/i.test(x.evidence.text.slice(Math.max(0, at - 24), at));
}
const HOURS_APART = /^(?:(?:just|only|some|a few)\s+)?(?:hours|minutes|moments)\s+(?:earlier|later)\b/i;
const EARLIER = /\b(?:before|earlier|previous|prior)\b/i;
const weak = (d: Draft): boolean => Boolean(d.hit.def.mergeOnly) || Boolean(d.hit.def.follows) || d.hit.generic || (d.hit.anaphoric && !d.ownDate && !d.quantity) || d.headline;
const group = (d: Draft): string => (d.status === 'occurred' || d.status === 'ongoing' ? 'real' : 'irrealis');

function bestTarget(kept: Draft[], d: Draft, within: Containment): Draft | null {
  let best: Draft | null = null;
  let bestScore = -1;
  for (const a of kept) {
    if (!sameKind(a.type, d.type) || !compatible(a, d, within)) continue;
    const score =
      (a.sentence === d.sentence ? 100 : 0) + (specific(a) && specific(d) && a.date.start === d.date.start ? 40 : 0) +
      (a.place && d.place && a.place.entity.id === d.place.entity.id ? 20 : 0) + overlap(a, d) * 5 + a.sentence / 1000;
    if (score > bestScore) { best = a; bestScore = score; }
  }
  return best;
}

function sameKind(a: EventType, b: EventType): boolean {
  return a === b;
}

function compatible(a: Draft, d: Draft, within: Containment): boolean {
  const loose = weak(d);
  // A news digest's stories, each under its own dateline, tell different events.
  if (a.story && d.story && a.story !== d.story) return false;
  // One sentence telling an act and its next step ("an emergency had been declared and Monday would be a day of mourning") is one event.
  if (group(a) !== group(d) && !(d.hit.anaphoric || d.hit.def.mergeOnly || d.hit.def.follows) && !(a.sentence === d.sentence && group(a) === 'real' && !otherAgents(a, d))) return false;
  // A follow-up detail's day is often the day of the report ("as of Monday morning, 19 were still in hospital").
  if (a.ownDate && d.ownDate && !d.hit.def.follows && (a.date.end < d.date.start || d.date.end < a.date.start) && !saidLater(a, d) && !saidLater(d, a)) return false;
  // "The night before, drones hit a building in the suburbs": a day told as earlier than the other event's is another event.
  if (a.sentence !== d.sentence && d.ownDate && EARLIER.test(d.date.text ?? '') && d.date.end < a.date.start) return false;
  // "The talks opened in Istanbul on Friday. Earlier Friday, Fidan hosted a trilateral meeting": an act told after another
  // as earlier or later on its day is another act (what follows the "earlier" one may still tell more of it).
  if (a.sentence !== d.sentence && !loose && !a.hit.anaphoric && !d.hit.anaphoric && sameDay(a, d) && d.sentence > a.sentence && earlierSameDay(d)) return false;
  // "On Sunday evening, a missile hit a building in Sumy. Hours earlier, Russia launched its biggest air attack": an act told
  // hours before or after another is another act.
  // (A toll risen hours later has no actor of its own: it still joins.)
  // ("Hours later, the ministry said its forces had struck …": a version of the strike told by one side is the same strike.)
  if (a.sentence !== d.sentence && !loose && [a, d].some((x) => x.ownDate && HOURS_APART.test(x.date.text ?? '') && x.participants.some((p) => p.role === 'agent' && p.name !== x.attribution?.claimant) && !REPORTED_BEFORE.test(x.evidence.text.slice(0, x.hit.start)))) return false;
  // "weeks of air strikes between March and May, including a strike on April 17": a campaign over months and one day of it are two events.
  if (a.type === 'ATTACK' && a.ownDate && d.ownDate && monthRun(a) !== monthRun(d) && (a.date.granularity === 'day' || d.date.granularity === 'day')) return false;
  // "11 soldiers were killed in the attacks" (dated by the story around it) and "the April 22 attack": days told apart are two events.
  if (a.sentence !== d.sentence && !loose && apartDays(a, d) > 3) return false;
  // "has banned imports since April 2023" and "agreed on Tuesday to buy grain": a standing state is not the day's act.
  if (a.sentence !== d.sentence && a.ownDate && d.ownDate && Boolean(a.date.open) !== Boolean(d.date.open)) return false;
  // "in Kharkiv's Industrialnyi district": in one sentence, a place we cannot locate may lie inside the other.
  // A verdict told after the sentence ("the judge found them guilty over a play about Syria") names places of the case, not of the court.
  const verdict = Boolean(d.hit.def.follows) && d.type === 'DETENTION' && detentionKind(d) === 'court';
  // A village or street we cannot locate, told on the day of the other report, may lie inside the other's place.
  const unplaced = Boolean(a.place && d.place && (!located(a.place.entity, within) || !located(d.place.entity, within)) && !settlement(a) && !settlement(d));
  // (a caption names the spot of its photo: an airport, a square, a street of the story's city)
  const nearby = (unplaced || a.headline || d.headline) && (a.sentence === d.sentence || sameDay(a, d));
  if (!verdict && a.place && d.place && placesConflict(a, d, within) && !nearby) return false;
  if (a.sentence !== d.sentence && !loose && quantitiesConflict(a, d)) return false;
  // "Lich and Barber were arrested on Feb. 17" and "More than 190 people were arrested in that operation": named people and a
  // crowd counted in another sentence are two reports.
  if (a.sentence !== d.sentence && !loose && CROWD_APART.has(a.type) && (namedOnly(a, d) || namedOnly(d, a))) return false;
  // A running total is its own (background) report, not a repeat of the day's event.
  if (a.sentence !== d.sentence && a.quantity && d.quantity && a.cumulative !== d.cumulative) return false;
  // Two reports told with verbs ("police detained… across Russia", "police also held… in Novosibirsk") at different places stay apart.
  if (a.sentence !== d.sentence && !loose && !a.hit.def.noun && !d.hit.def.noun && a.place && d.place && !samePlace(a.place.entity, d.place.entity, within) && !nearby) return false;
  if ((a.distinct || d.distinct) && !loose) return false;
  // "The state of emergency, declared on Wednesday, …" and "TikTok had been blocked on Wednesday": decisions told in their own
  // sentences, each about its own measure, are two decisions (a curfew and a curfew, a vote and its tally, are one).
  if (a.type === 'POLICY' && a.sentence !== d.sentence && !loose && otherMeasures(a, d)) return false;
  if (a.sentence === d.sentence && sidelines(a, d)) return false;
  // "France's unions, meeting on Friday, …" and "after a phone call between Macron and the King on Friday": a call, a summit and
  // talks, each told in its own sentence, are different meetings, even on one day.
  // ("The talks on Tuesday lasted 90 minutes" after a call refers back to it.)
  if (a.type === 'MEETING' && a.sentence !== d.sentence && !loose && !a.hit.anaphoric && !d.hit.anaphoric && meetingKind(a) !== meetingKind(d)) return false;
  // "X was found guilty" follows a court's sentence, not an arrest by police.
  if (verdict && detentionKind(a) !== 'court') return false;
  // "The Commission pledged €270 million, while the U.K. committed £120 million": two givers, two sums, two pledges.
  if (a.sentence === d.sentence && (a.type === 'AID_PROVISION' || a.type === 'AID_SUSPENSION') && a.quantity?.head === 'money' && d.quantity?.head === 'money' && a.quantity.value !== d.quantity.value && otherAgents(a, d)) return false;
  // "Sweden said it would send its Archer system, and Denmark said it would donate all 19 of its howitzers": two givers told
  // with their own verbs in one sentence are two decisions, as in two sentences.
  // ("The US pledged $500 million to Ukraine, and Ukraine received the first tranche": the one given to is no other giver.)
  if (a.sentence === d.sentence && !loose && measures(a, d) && NEW_SUBJECT.test(between(a, d)) && !recipientOfOther(a, d) && !a.headline && !d.headline) return false;
  if (a.sentence === d.sentence || loose) return true;
  if (stale(a, d) || stale(d, a)) return false;
  if (a.type === 'DETENTION' && detentionKind(a) !== detentionKind(d)) return false;
  if (disjointActors(a, d)) return false;
  // "Members of the Lviv Union at 150 universities walked out" after "teachers, lecturers and drivers went on strike": a union's
  // own counted walkout is its own event, not a part of the day's overview.
  if (unionWalkout(d) && !unionWalkout(a) && d.quantity && a.quantity?.value !== d.quantity.value && (a.quantity != null || organisations(a) >= 2)) return false;
  // Air-defence interceptions told with their own time ("downed 33 drones overnight") are reported apart from the
  // strikes of the same night; an undated tally ("it shot down 102 missiles") counts the weapons of the strike before it.
  const downed = [a, d].filter((x) => x.hit.def.id === 'attack.downed');
  // ("On Tuesday, missiles hit Kyiv. The air force said it had shot down 72 of the 99 missiles": a day lent by the sentence before is the strike's.)
  if (downed.length === 1 && downed[0].ownDate && !downed[0].borrowed) return false;
  // Acts told in two sentences whose agents have nobody in common are two acts: "Ukraine said it had struck 41 aircraft" and
  // "a Russian missile hit a training unit"; "Berlin declared 40 embassy staff undesirable" and "Italy ordered 30 diplomats out";
  // "Erdogan received Zelensky in Ankara" and "Fidan chaired a meeting of the delegations". Strikes and expulsions go by their
  // agents alone; other acts only when the two share nobody in any role, no count, and neither names its object as one told
  // before ("Berlin hosted the prime minister" and "the prime minister met Scholz", "Ukraine signed a pact" and "Starmer
  // signed the pact" are one). The one who reports either is no agent; an air force's tally of what it downed counts the
  // other side's weapons.
  // "The EU adopted its 14th package" and "the US Treasury designated 300 entities": measures by two sanctioning powers are two.
  // ("France suspended its aid" and "the EU also said it was suspending budget support": two givers, two decisions.)
  const strikes = a.type === 'ATTACK' && downed.length === 0 && !a.hit.def.noun && !d.hit.def.noun;
  const expulsions = a.hit.def.id === 'deportation.diplomats' && d.hit.def.id === a.hit.def.id;
  const apart = (strikes || expulsions) ? otherAgents(a, d) : downed.length === 0 && otherAgents(a, d) && overlap(a, d) === 0 &&
    !(a.quantity && d.quantity && a.quantity.value === d.quantity.value) && !definiteObject(a) && !definiteObject(d);
  if ((apart || measures(a, d)) && !a.headline && !d.headline) return false;
  if (d.inherited && a.ownDate && a.date.start === d.date.start) return true;
  if (a.ownDate && d.ownDate && (a.date.start === d.date.start || saidLater(a, d) || saidLater(d, a))) return true;
  // "since November's ceasefire" and "the ceasefire that took effect on November 27": one event told by its month and its day.
  if (a.ownDate && d.ownDate && !a.date.open && !d.date.open && monthOfDay(a, d)) return true;
  if (!a.ownDate && !d.ownDate) return true;
  if (a.place && d.place) return true;
  if (overlap(a, d) > 0) return true;
  // "The thaw was also helped by a prisoner swap. Russia freed X on February 11 …": the next sentence tells the act the noun named.
  if (a.hit.def.noun && !a.ownDate && d.ownDate && d.sentence === a.sentence + 1 && !d.hit.def.noun) return true;
  return d.participants.length === 0 && !d.place;
}

/** "…, killing five people": a participle after a comma that tells a toll. */
function resultOf(x: Draft): boolean {
  return /^(?:killing|wounding|injuring|leaving)\b/i.test(x.hit.text) && /,\s*(?:and\s+)?$/.test(x.evidence.text.slice(0, x.hit.start));
}

/**
 * "The UN said on Saturday that at least 100 people had been killed" after "the assault began on Friday": a day of saying
 * a day or two after the other's day may be a later report of that event, not an event of its own.
 */
function saidLater(first: Draft, later: Draft): boolean {
  if (later.date.granularity !== 'day' || first.date.granularity !== 'day' || later.date.start <= first.date.end) return false;
  return (sayingDay(later) || tollRisen(first, later)) && Date.parse(later.date.start) - Date.parse(first.date.end) <= 2 * 86_400_000;
}

/**
 * "… killed 31 people. … By Tuesday evening, the death toll had risen to 41": a toll risen a little above a strike's count
 * updates that strike (not a running total of a war, far above it).
 */
function tollRisen(first: Draft, later: Draft): boolean {
  return later.hit.def.id === 'attack.toll-risen' && first.type === 'ATTACK' && first.quantity != null && later.quantity != null &&
    later.quantity.value >= first.quantity.value && later.quantity.value <= 3 * first.quantity.value;
}

/** Days between the dates of two reports, each dated by its own words or by its neighbours; 0 when they overlap or either is undated. */
function apartDays(a: Draft, d: Draft): number {
  const dated = (x: Draft) => (x.ownDate || x.inherited) && !x.date.open;
  if (!dated(a) || !dated(d)) return 0;
  const gap = Math.max(Date.parse(a.date.start) - Date.parse(d.date.end), Date.parse(d.date.start) - Date.parse(a.date.end));
  return Math.max(0, gap / 86_400_000);
}

/** Dated by a run of months ("between March and May"). */
function monthRun(x: Draft): boolean {
  return x.date.granularity === 'month' && x.date.start.slice(0, 7) !== x.date.end.slice(0, 7) && !x.date.open;
}

/** One told by its month, the other by a day of that month. */
function monthOfDay(a: Draft, d: Draft): boolean {
  const [m, x] = a.date.granularity === 'month' ? [a, d] : [d, a];
  return m.date.granularity === 'month' && x.date.granularity === 'day' && x.date.start.slice(0, 7) === m.date.start.slice(0, 7);
}

/**
 * "Parliament has ratified the statute" (the day's news, undated) and "Ukraine signed it in 2000":
 * a date told more than a month before publication belongs to an older event, not to the day's one.
 */
function stale(dated: Draft, undated: Draft): boolean {
  // "… after Moscow quit the grain deal": an undated background adjunct may still be that older event.
  // "The verdict came hours after a court sentenced X": an act of the same day, not an older one.
  const head = undated.evidence.text.slice(0, undated.hit.start);
  const adjunct = /\b(?:after|since|following|when)\s+(?:[\w'’-]+\s+){0,4}$/i.test(head) && !/\b(?:hours|minutes|moments|shortly|just|soon)\s+after\s+(?:[\w'’-]+\s+){0,4}$/i.test(head);
  // "in custody since July" began then: a state running to today is still not the day's new act.
  const end = dated.date.open && dated.date.prep === 'since' ? dated.date.start : dated.date.end;
  // A day told outright ("the April 22 attack") a week or more before the report is not the report's news; a month told loosely may still be.
  const gap = dated.date.granularity === 'day' && dated.date.source === 'explicit' && !dated.borrowed ? -7 : -31;
  return dated.ownDate && !undated.ownDate && !undated.inherited && !adjunct && undated.date.source === 'publication' && end < addDays(undated.date.start, gap);
}

/**
 * A court's sentence, a standing custody ("has been in custody since July") and an arrest by police
 * ("police detained four people outside the court") are different events, even on one day.
 */
function detentionKind(d: Draft): 'court' | 'held' | 'arrest' {
  if (/sentenc|jailed-for/.test(d.hit.def.id)) return 'court';
  if (d.date.open || d.hit.def.id === 'detention.custody') return 'held';
  return 'arrest';
}


/**
 * Two different cities, or two different countries, or a city outside the other's country. A street or
 * square the story puts inside a city ("Rustaveli Avenue in Tbilisi") is that city.
 */
function placesConflict(a: Draft, d: Draft, within: Containment): boolean {
  const x = around(a.place!.entity, within);
  const y = around(d.place!.entity, within);
  if (samePlace(a.place!.entity, d.place!.entity, within) || x.id === y.id) return false;
  if (inRegion(x, y) || inRegion(y, x)) return false;
  const cx = x.geo?.kind === 'country';
  const cy = y.geo?.kind === 'country';
  if (cx === cy) return true;
  const [country, sub] = cx ? [x, y] : [y, x];
  return sub.geo?.countryCode != null && country.geo?.countryCode != null && sub.geo.countryCode !== country.geo.countryCode;
}

/** One place, or a street or building the story puts inside the other. */
const samePlace = (x: Entity, y: Entity, within: Containment): boolean =>
  x.id === y.id || Boolean(within.get(x.id)?.some((o) => o.id === y.id)) || Boolean(within.get(y.id)?.some((o) => o.id === x.id));

/** A place the gazetteer cannot locate stands for the located place the story puts it in. */
const around = (x: Entity, within: Containment): Entity => (x.geo ? x : within.get(x.id)?.find((o) => o.geo) ?? x);
const located = (x: Entity, within: Containment): boolean => around(x, within).geo != null;

/** "the village of Novoselki", "near Sremski Karlovci", "Let Pan Hla village": a settlement of its own, not a spot inside a city. */
function settlement(x: Draft): boolean {
  const p = x.place!;
  const at = p.start - x.evidence.start;
  if (at < 0 || at > x.evidence.text.length) return false;
  const before = x.evidence.text.slice(Math.max(0, at - 30), at);
  const after = x.evidence.text.slice(p.end - x.evidence.start, p.end - x.evidence.start + 12);
  return /\b(?:village|town|settlement|city|hamlet|township)\s+of\s+$|\bnear\s+$/i.test(before) || /^\s+(?:village|town|township)\b/i.test(after);
}

/** Both reports dated to the same day, by their own words or their neighbours'. */
const sameDay = (a: Draft, d: Draft): boolean =>
  [a, d].every((x) => (x.ownDate || x.inherited) && x.date.granularity === 'day' && !x.date.open) && a.date.start === d.date.start;

/** "A further 117 people were wounded": a count of the injured alone adds to a strike's toll, it does not contradict it. */
const injuredOnly = (d: Draft): boolean => d.hit.def.id === 'attack.were-injured';

/** "Police said three more were killed later": a count told as more than the one before adds to it, it does not contradict it. */
function addition(x: Draft): boolean {
  const q = x.quantity;
  if (!q?.offsets) return false;
  const at = q.offsets.end - x.evidence.start;
  return at >= 0 && /^\s+(?:more|others|other people)\b/i.test(x.evidence.text.slice(at, at + 20));
}

/**
 * "a missile attack on Odesa" and "19 missiles at the Odesa region": a city and a region of its country that
 * bears its name or lies around it (within about 150 km) may be one place told twice.
 */
function inRegion(city: Entity, region: Entity): boolean {
  const [c, r] = [city.geo, region.geo];
  if (!c || !r || c.kind !== 'city' || r.kind !== 'region' || c.countryCode == null || c.countryCode !== r.countryCode) return false;
  if (region.name.startsWith(`${city.name} `)) return true;
  const rad = Math.PI / 180;
  const dx = (c.lon - r.lon) * Math.cos(((c.lat + r.lat) / 2) * rad);
  return Math.hypot(dx, c.lat - r.lat) * 111 < 150;
}

/** Every count told in a report's sentence, its other sides' included. */
const counts = (x: Draft): Set<number> => new Set([...x.quantities, ...quantitiesInText(x.evidence.text)].map((q) => q.value));

function quantitiesConflict(a: Draft, d: Draft): boolean {
  if (!a.quantity || !d.quantity || a.cumulative || d.cumulative || injuredOnly(a) || injuredOnly(d) || addition(a) || addition(d)) return false;
  const [x, y] = [a.quantity, d.quantity];
  if (x.value === y.value || tollRisen(a, d)) return false;
  // "32 Armenian servicemen in exchange for two Azerbaijani soldiers" … "the two soldiers returned home": the other side's count.
  if (a.type === 'PRISONER_EXCHANGE' && (counts(a).has(y.value) || counts(d).has(x.value))) return false;
  const approx = (q: typeof x, v: number) => q.qualifier !== 'exact' && v >= q.value / 2 && v <= q.value * 2;
  // "Tens of thousands marched" … "Police put the turnout at about 80,000": a figure refining a vague count.
  return !approx(x, y.value) && !approx(y, x.value) && !refines(x, y) && !refines(y, x);
}

const CROWD_APART = new Set<EventType>(['DETENTION', 'PRISONER_RELEASE', 'DEPORTATION']);
/** `x` tells of named people with no count; `y` of a count of ten or more with nobody named. */
function namedOnly(x: Draft, y: Draft): boolean {
  const named = (z: Draft) => z.participants.filter((p) => p.entityId?.startsWith('person:') && p.name !== z.attribution?.claimant).length;
  // "In all, 15 activists were detained, including the two": a total that takes in the named people.
  const total = /\b(?:in all|in total|altogether|a total of|including|among them|as well as|same)\b/i.test(y.evidence.text);
  return !x.quantity && named(x) > 0 && y.quantity != null && y.quantity.value >= 10 && named(y) === 0 && !total;
}

/** Two reports from different sentences whose named people share nobody are two events ("X met Y", "Z held talks with W"). */
/** Walkouts and strikes: told of workers, their unions are their actors. */
const STRIKE_RULES = new Set(['protest.walkout', 'protest.labour-strike', 'protest.off-the-job']);
function disjointActors(a: Draft, d: Draft): boolean {
  // "Putin announced the call-up in a televised address" and "Addressing the UN, Biden said Putin had made threats": two speakers, two speeches.
  if (a.type === 'SPEECH') {
    const [sa, sd] = [speaker(a), speaker(d)];
    if (sa && sd && sa !== sd) return true;
  }
  // The one who "said" it reports the event; they are not one of its actors, except in a speech, where the speaker is.
  // ("civil servants in the Lviv Union walked out" and "train drivers in the Oslo union walked out": two unions' strikes on one day.)
  const strikes = STRIKE_RULES.has(a.hit.def.id) && STRIKE_RULES.has(d.hit.def.id);
  const actor = (id: string | null | undefined) => Boolean(id?.startsWith('person:') || (strikes && id?.startsWith('organization:')));
  const people = (x: Draft) => x.participants.filter((p) => actor(p.entityId) && (x.type === 'SPEECH' || p.name !== x.attribution?.claimant));
  const pa = people(a);
  const pd = people(d);
  if (pa.length > 0 && pd.length > 0 && !pd.some((p) => pa.some((q) => q.name === p.name))) return true;
  // "Lula and Zelensky held talks" and "Lula and Biden met": one leader with two counterparts, each told with a verb, is two
  // meetings (a noun's sentence may name only some of those who met).
  const other = (x: typeof pa, y: typeof pa) => x.some((p) => !y.some((q) => q.name === p.name));
  return a.type === 'MEETING' && !a.hit.def.noun && !d.hit.def.noun && pa.length >= 2 && pd.length >= 2 && other(pa, pd) && other(pd, pa);
}

/** Organisations taking part (the one who reports excluded); a strike or walkout told of one is a union's walkout. */
const organisations = (x: Draft): number => x.participants.filter((p) => p.entityId?.startsWith('organization:') && p.name !== x.attribution?.claimant).length;
const unionWalkout = (x: Draft): boolean => STRIKE_RULES.has(x.hit.def.id) && organisations(x) > 0;

/** The person who speaks in a speech's sentence: the one named right before "said", "announced", "told" (by surname). */
function speaker(x: Draft): string | null {
  for (const p of x.participants) {
    if (!p.entityId?.startsWith('person:')) continue;
    const surname = p.name.split(/\s+/).pop()!;
    if (new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:said|says|announced|told|declared|warned)\\b`).test(x.evidence.text)) return p.name;
  }
  return null;
}

/** "At a NATO summit in X, A met B": two people meeting at a gathering are an event of their own. */
function sidelines(a: Draft, d: Draft): boolean {
  if (a.type !== 'MEETING') return false;
  const gathering = (x: Draft) => /summit|conference|forum/i.test(x.hit.text);
  const pair = (x: Draft) => !gathering(x) && !x.hit.def.noun && x.participants.filter((p) => p.entityId?.startsWith('person:')).length >= 2;
  return (gathering(a) && pair(d)) || (gathering(d) && pair(a));
}

/** ", and Denmark said it would", "; Britain announced": a clause of its own, with a named subject and its verb. */
const NEW_SUBJECT = /(?:,\s*(?:and|while|but|whereas)|;)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:(?:also|later|then|separately|itself|has|have|had)\s+)?(?:said|says|announced|pledged|promised|will|would|is|was|committed|approved|agreed|unveiled|offered|imposed|froze|banned|sanctioned|added|[a-z]+ed)\b/;

/** The words after the first report's trigger in one sentence, up to the end of the second's. */
const between = (a: Draft, d: Draft): string => {
  const [x, y] = a.hit.start <= d.hit.start ? [a, d] : [d, a];
  return x.evidence.text.slice(x.hit.end, Math.max(x.hit.end, y.hit.end));
};

/** An agent of one report is the recipient of the other. */
const recipientOfOther = (a: Draft, d: Draft): boolean =>
  [[a, d], [d, a]].some(([x, y]) => powers(y).some((n) => x.participants.some((p) => p.name === n && p.role === 'recipient')));

/** Sanctions or aid decisions by two different powers. */
const measures = (a: Draft, d: Draft): boolean => (a.type === 'SANCTIONS' || a.type === 'AID_SUSPENSION' || a.type === 'AID_PROVISION') && otherPowers(a, d);

/** The states or blocs acting in a report. */
const powers = (x: Draft): string[] => x.participants.filter((p) => p.role === 'agent' && (p.entityId?.startsWith('place:') || /^(?:European Union|United Nations)$/.test(p.name))).map((p) => p.name);

/** Agents that are states or blocs, with no state in common ("the EU" and "the US Treasury" name two; "Washington" and "the United States" one). */
function otherPowers(a: Draft, d: Draft): boolean {
  const [x, y] = [powers(a), powers(d)];
  return x.length > 0 && y.length > 0 && !y.some((n) => x.includes(n));
}

/** "Germany unveiled a package, while Macron said Paris would send missiles": each act has its own, different agents. */
function otherAgents(a: Draft, d: Draft): boolean {
  // (The one who reports either is no agent: "the UN said at least 100 people had been killed".)
  const tellers = [a.attribution?.claimant, d.attribution?.claimant];
  const agents = (x: Draft) => x.participants.filter((p) => p.role === 'agent' && !tellers.includes(p.name)).map((p) => p.name);
  const [x, y] = [agents(a), agents(d)];
  return x.length > 0 && y.length > 0 && !y.some((n) => x.includes(n));
}

/** What a decision is about, by a key word of its sentence: "a curfew", "the state of emergency", "TikTok", "martial law". */
const MEASURE_KEYS: Array<[string, RegExp]> = [
  ['curfew', /\bcurfews?\b/i], ['emergency', /\bstate of emergency\b|\bemergency (?:rule|decree|powers)\b/i], ['martial', /\bmartial law\b/i],
  ['platforms', /\b(?:social media|TikTok|Telegram|Facebook|WhatsApp|YouTube|Instagram|internet|platforms?)\b/i],
  ['mobilisation', /\bmobili[sz]ation\b|\bconscription\b|\bdraft\b/i], ['tariffs', /\btariffs?\b|\bduties\b/i],
  ['visas', /\bvisas?\b|\btravel ban\b|\bentry ban\b/i], ['airspace', /\bairspace\b|\bflights?\b/i], ['border', /\bborders?\b|\bcrossings?\b/i],
  ['lockdown', /\blockdowns?\b|\bquarantines?\b/i], ['mourning', /\bmourning\b/i], ['election', /\belections?\b|\breferend(?:um|a)\b/i],
];
const DECISION_SUBJECT = /^\W*(?:The|This|That|Its|Their)\s+(?:new\s+)?(?:decree|law|order|measures?|emergency|decision|ban|move|rules?|regulations?|bill|step|amendments?|proclamation)\b/;
const measureKeys = (x: Draft): Set<string> => new Set(MEASURE_KEYS.filter(([, re]) => re.test(x.evidence.text)).map(([k]) => k));
/** Both reports own a day and name a measure each, and no measure in common. */
function otherMeasures(a: Draft, d: Draft): boolean {
  // ("The decree, adopted on Tuesday, lets police close border crossings": a sentence opened by the decision itself refers to it.)
  if (!a.ownDate || !d.ownDate || [a, d].some((x) => DECISION_SUBJECT.test(x.evidence.text))) return false;
  const [x, y] = [measureKeys(a), measureKeys(d)];
  return x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));
}

function overlap(a: Draft, d: Draft): number {
  const names = new Set(a.participants.map((p) => p.name));
  return d.participants.filter((p) => names.has(p.name)).length;
}

const VAGUE_COUNT = /^(?:hundreds|thousands|dozens|scores|tens|several|many)\b/i;

/** "exchanged hundreds of prisoners" … "246 servicemen were returned": a figure refines a vague count of the same size. */
function refines(vague: Quantity, figure: Quantity): boolean {
  return VAGUE_COUNT.test(vague.text ?? '') && !VAGUE_COUNT.test(figure.text ?? '') && figure.value >= vague.value / 2 && figure.value <= vague.value * 5;
}

function absorb(a: Draft, d: Draft): void {
  // ("in February" … "the 757 bodies that Russia handed over on 14 February": a referring mention's own day of that month refines it.)
  const refinesMonth = a.ownDate && d.ownDate && a.date.granularity === 'month' && !a.date.open && monthOfDay(a, d);
  if (weak(d) && !d.headline && !refinesMonth) {
    // A referring mention adds evidence and participants, not its sentence's date or place.
  } else if (group(a) !== group(d)) {
    // A planned next step told in the same sentence keeps its own day out of the act's.
  } else if ((!a.ownDate && d.ownDate && !(d.date.open && d.date.prep === 'since')) || (a.ownDate && d.ownDate && (a.date.open || a.date.granularity !== 'day') && !d.date.open && d.date.granularity === 'day') || saidLater(d, a)) {
    // A day refines a month, year or open range ("this year" … "on Sept. 14"); the act's own day replaces the day it was told.
    a.date = d.date;
    a.ownDate = true;
  }
  // The event's own count wins over a running total taken earlier ("2,800 freed since 2022" … "230 came home").
  // ("… killed 31 people. … the death toll had risen to 41": the toll told later is the event's count now.)
  const risen = tollRisen(a, d) && d.quantity!.value > a.quantity!.value;
  if (d.quantity && (!a.quantity || (a.cumulative && !d.cumulative) || refines(a.quantity, d.quantity) || risen)) {
    if (a.quantity && !a.quantities.includes(a.quantity)) a.quantities.push(a.quantity);
    a.quantity = d.quantity;
    a.cumulative = d.cumulative;
  }
  for (const q of [d.quantity, ...d.quantities]) {
    if (q && q !== a.quantity && !a.quantities.some((x) => x.value === q.value)) a.quantities.push(q);
  }
  if (!a.place && d.place && !weak(d)) a.place = d.place;
  for (const p of d.participants) if (!a.participants.some((x) => x.name === p.name)) a.participants.push(p);
  if (!a.attribution && d.attribution) a.attribution = d.attribution;
  if ((a.headline && !d.headline) || (!a.primary && d.primary && !weak(d))) {
    a.more.push(a.evidence);
    a.evidence = d.evidence;
    a.headline = false;
    a.primary = true;
  } else if (d.evidence.start !== a.evidence.start) a.more.push(d.evidence);
  a.confidence = Math.min(0.99, Math.max(a.confidence, d.confidence) + 0.02);
}

/** The kind of a meeting, by its trigger's words: a call, a gathering of many (summit, conference, forum), or talks. */
const meetingKind = (x: Draft): 'call' | 'gathering' | 'talks' => /\b(?:phone|call|calls|called|dial|dialled|dialed|video|spoke by|telephone)\b/i.test(x.hit.text) ? 'call' : /\b(?:summit|conference|forum)\b/i.test(x.hit.text) ? 'gathering' : 'talks';

const DEFINITE_OBJECT = /^\s+(?:the|this|that|these|those)\b/i;
/** "signed the deal", "released the three": a definite object names what was told before. */
const definiteObject = (x: Draft): boolean => DEFINITE_OBJECT.test(x.evidence.text.slice(x.hit.end)) || /^[\w-]+\s+(?:the|this|that|these|those)\s+(?!first|second|new|other)/i.test(x.hit.text);
