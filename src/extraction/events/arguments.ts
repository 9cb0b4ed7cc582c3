import { ANSWERED_BEFORE, CAPTIVE_PEOPLE, CUMULATIVE_CUE, FIRST_SINCE, withoutTollSoFar, DEMONYMS, PEOPLES, PEOPLE_OBJECT_VERBS, FITTING_HEADS, MEDIATOR_CUE, ORDINAL, PLACE_PREP, RECIPIENT_CUE, SET_OFF_ADJUNCT } from '../lexicon/events-cues';
import { countryByDemonym } from '../gazetteer';
import { DATELINE } from './dateline';
import { addDays, iso, monthEnd, monthStart, parseIso } from '../time/calendar';
import { MONTH_RE, SMALL_NUMBERS } from '../time/vocabulary';
import type { Entity, EventType, Participant, Quantity, Role, Span, TimeExpr } from '../types';

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/** What the argument rules see: one trigger, its sentence, clause and segment (absolute offsets). */
export interface ArgContext {
  input: string;
  type: EventType;
  trigger: Span;
  clause: Span;
  segment: Span;
  sentence: Span;
  times: TimeExpr[];
  quantities: Quantity[];
  mentions: Mention[];
  /** The trigger names the event with a noun ("the talks", "negotiations"). */
  noun?: boolean;
}

const dist = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;
/** "declined to give Kyiv a timeline": a verb after "to" makes the name its object, not a destination. */
const TO_VERB = /\bto\s+(?!(?:the|southern|northern|eastern|western|central|occupied|annexed|besieged|frontline|neighbouring|neighboring|capital|city|town|port|village|region)\b)[a-z]+\s+$/;
/** Verbs and nouns of striking right before the place struck. */
const STRUCK_BEFORE = /\b(?:targeted|targeting|struck|striking|hit|hitting|shelled|shelling|bombed|bombing|pounded|pounding|attacked|attacking|raided|captured|capturing|seized|seizing|took|taking|overran|overrunning|stormed(?: into)?|storming(?: into)?|strikes? on|attacks? on|shelling of|bombing of)\s+(?:the\s+)?(?:(?:city|cities|town|towns|village|villages|port|ports|region|regions) of\s+)?$/i;
/** A reporting verb opening a complement ("said Moldova faced", "warned that"). */
const REPORTED_AFTER = /\b(?:said|says|told|warned|stressed|argued|insisted|claimed|added)\b(?!\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b)\s+\S/;
/** An amount followed by the period it covers. */
const MONEY_PERIOD = /(?:[$€£]\s?[\d.,]+\s*(?:million|billion|bn|m|mn)?|\b(?:dollars|euros|pounds))\s+(?:(?:in|of|to)\s+\w+\s+)?(?:(?:for|over|in)\s+)?(?:this|next|the coming|the next)\s+(?:year|\d+\s+years)$|(?:[$€£]\s?[\d.,]+\s*(?:million|billion|bn|m|mn)?|\b(?:dollars|euros|pounds))[^.;]{0,60}\bfor\s+(?:\d{4}[-–])?\d{2,4}$/i;
const ACTOR_NOUN_AFTER = /^\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|bombing|bombardment|missiles?|drones?|rockets?|raids?|assaults?|offensive|forces|troops|army|military|soldiers)\b/i;
const PARTICIPLE_AFTER = /^[^,;.]*,\s+(?:firing|launching|killing|injuring|wounding|hitting|striking|targeting|sending|using|deploying)\b[^,;]*$/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/**
 * The event's own date: a time in its segment nearest the trigger, preferring its clause.
 * "until July 31" bounds a state and is not the event's date. "the third anniversary of the
 * invasion on February 24" dates the invasion three years earlier.
 */
/** Events that happen at a point in time: a "since …" range is never their own date. */
const PUNCTUAL = new Set(['PRISONER_RELEASE', 'PRISONER_EXCHANGE', 'BODY_REPATRIATION', 'MEETING', 'SPEECH', 'AGREEMENT']);

/** The verb joins the event a possessive time names: "turned out for Sunday's gathering", "took part in Saturday's march". */
const JOINED_EVENT = /^\s+(?:[\w-]+\s+){0,3}?(?:for|in|at|to|into|during|amid|after)(?:\s+and\s+(?:after|during|before))?\s+[\w\s-]{3,30}?['’]s\s+(?:[\w-]+\s+)?(?:gatherings?|rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|vigils?|strikes?|walkouts?|meetings?|talks|summits?|sessions?|ceremon(?:y|ies))\b/i;

/** An act told as done before the main one ("… Friday after being released"). */
export const AFTER_BEING = /\b(?:after|since)\s+(?:being|having been|having)\s+$/i;

export function pickDate(c: ArgContext): TimeExpr | null {
  // A relative clause tells of the noun before it, dated there:
  // "in retaliation for the April 22 attack at Pahalgam in which 26 people were killed",
  // "Saturday's drone strike on a bus near the town, which killed nine people".
  const head = c.input.slice(c.sentence.start, c.trigger.start);
  const inWhich = /\b(?:in|during)\s+which\b(?![^.;]*\b(?:in|during)\s+which\b)[^.;]*$/i.exec(head);
  const named = inWhich && nounTime(c, c.sentence.start + inWhich.index, 60, (between) => /^\s+(?:[\w'’-]+\s+){1,4}$/.test(between), false);
  if (named) return closed(named);
  const which = /,\s+which\s+[^,.;]*$/i.exec(head);
  const noun = which && nounTime(c, c.sentence.start + which.index, 100, (between) => !/[,;:]/.test(between), true);
  if (noun) return closed(noun);
  // "the first exchange since mid-March, when Kyiv and Moscow traded 175 prisoners": the when-clause tells what happened then.
  // Not for an act joined after it with its own time ("…, when Trump signed an order, and the EU lifted its sanctions in May").
  const joined = /,\s+(?:and|but)\s(?![^]*,\s+(?:and|but)\s)/i.exec(c.input.slice(c.clause.start, c.trigger.start));
  const ownAfterJoin = joined != null && c.times.some((t) => t.offsets && t.offsets.start > c.clause.start + joined.index && inside(t.offsets, c.sentence));
  if (/^when\b/i.test(c.input.slice(c.clause.start, c.clause.start + 5)) && !ownAfterJoin) {
    const then = c.times.find((t) => t.offsets && t.offsets.end <= c.clause.start && /^\s*,\s*$/.test(c.input.slice(t.offsets.end, c.clause.start)));
    if (then) return closed(then);
  }
  let best: TimeExpr | null = null;
  let bestScore = Infinity;
  for (const t of c.times) {
    if (!t.offsets) continue;
    // "In June, after a visit by the envoy, 14 people were freed", "On Friday evening a missile exploded …, killing 20":
    // a time opening the sentence scopes over all of it, every event told in it included.
    // "Days later, on March 1, protesters marched": a time told after the set-off opens it too.
    const fronted = t.offsets.start - c.sentence.start <= 34 && t.offsets.end < c.trigger.start && /^(?:\W*(?:[\w-]+\s+){1,2}(?:later|earlier|afterwards?)\s*,\s*)?(?:\W*(?:(?:late|early|only|just|even|also)\s+)?(?:on|in|at|last|this)\s+)?$/i.test(c.input.slice(c.sentence.start, t.offsets.start)) &&
      (t.offsets.start - c.sentence.start <= 14 || /^\W*(?:[\w-]+\s+){1,2}(?:later|earlier|afterwards?)\s*,/i.test(c.input.slice(c.sentence.start, t.offsets.start))) &&
      (/^\s*,/.test(c.input.slice(t.offsets.end, t.offsets.end + 2)) || c.times.filter((x) => x.offsets && inside(x.offsets, c.sentence)).length === 1);
    // ("who was sentenced on Tuesday to two years": a time inside the trigger's own words is always its own.)
    if (!inside(t.offsets, c.segment) && !fronted && !inside(t.offsets, c.trigger)) continue;
    // "MOGADISHU, April 15 (Reuters) - Pirates released the ship late on Sunday": the dateline's day is the filing's, not the act's.
    const dateline = DATELINE.exec(c.input.slice(c.sentence.start, c.sentence.start + 80));
    if (dateline && t.offsets.end <= c.sentence.start + dateline[0].length && c.times.some((x) => x.offsets && x.offsets.start >= c.sentence.start + dateline[0].length && inside(x.offsets, c.clause))) continue;
    // "until the end of 2028", "loans through 2027": a deadline or a period, not the act's day.
    if (t.prep === 'until' || t.prep === 'till' || /\b(?:until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i.test(c.input.slice(Math.max(0, t.offsets.start - 30), t.offsets.start))) continue;
    if (t.granularity === 'year' && /\bthrough\s+$/i.test(c.input.slice(Math.max(0, t.offsets.start - 10), t.offsets.start)) && !/\b(?:continu\w*|last\w*|ran|runs|went on|persist\w*)\s+(?:[\w'’-]+\s+){0,3}through\s+$/i.test(c.input.slice(Math.max(0, t.offsets.start - 50), t.offsets.start))) continue;
    // "ahead of January 1", "in the run-up to the vote on May 5": a deadline or the next step, not this event's day.
    if (t.offsets.start > c.trigger.end && /\b(?:ahead of|in the (?:run|lead)-up to|deadline (?:of|on))\s[^,;]{0,90}$/i.test(c.input.slice(Math.max(c.trigger.end, t.offsets.start - 100), t.offsets.start))) continue;
    // "voted to postpone the election to December 15": for the decision, the new day of what is moved is not its own
    // (the moved meeting itself keeps it: "the summit, postponed to June 25").
    if (MEASURES.has(c.type) && t.offsets.start > c.trigger.start && /\b(?:postpon|delay|push(?:ed|es|ing)?\s+back|reschedul|mov(?:e|ed|es|ing)\b|br(?:ing|ought|ings)\s+forward)\w*\s[^,;.]{0,60}?\b(?:to|until|till|from)\s+$/i.test(c.input.slice(Math.max(c.trigger.start, t.offsets.start - 90), t.offsets.start))) continue;
    const d = dist(t.offsets, c.trigger);
    const inClause = inside(t.offsets, c.clause);
    // "was on his way home Friday after being released in a swap": the main verb's time, not that of what came before it.
    if (t.offsets.end <= c.trigger.start && AFTER_BEING.test(c.input.slice(Math.max(c.sentence.start, c.trigger.start - 20), c.trigger.start)) && !/[,;]/.test(c.input.slice(t.offsets.end, c.trigger.start))) continue;
    // "…, officials said Wednesday", "said late on Wednesday": the day of the report dates the news it reports.
    // ("Darmanin told CNews on Friday that …", "told reporters late on Friday": the day of telling.)
    const reportDay = /\b(?:said|says|reported|announced|confirmed|stated)\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/.test(c.input.slice(Math.max(0, t.offsets.start - 24), t.offsets.start)) ||
      /\btold\s+(?:(?:the|a|an|state|local|reporters|journalists|lawmakers|parliament|[A-Z][\w.'’-]*)\s+){1,4}(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/.test(c.input.slice(Math.max(0, t.offsets.start - 50), t.offsets.start));
    // "Addressing MPs, the premier said Moldova faced a crisis this winter": a time inside what was said is not the speaking's.
    if (!reportDay && t.offsets.start > c.trigger.end && REPORTED_AFTER.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "ordered 70 diplomats to leave the country by July 3", "directed them to leave no later than April 30": a deadline to leave.
    if (t.offsets.start > c.trigger.start && /\bto\s+(?:leave|depart|quit|vacate|exit)\b[^.;]{0,40}?\b(?:by|no later than|before|within)\s+$/i.test(c.input.slice(Math.max(c.sentence.start, t.offsets.start - 70), t.offsets.start))) continue;
    // "a ban on Russian gas starting in 2027": when a measure takes effect, not when it was decided.
    if (t.offsets.start > c.trigger.end && MEASURES.has(c.type) && /\b(?:starting|beginning|effective|taking effect)\s+(?:in\s+|on\s+|from\s+)?$/i.test(c.input.slice(Math.max(0, t.offsets.start - 24), t.offsets.start))) continue;
    // "banning imports of Russian LNG from 2027": the year a measure takes effect is not its decision's.
    if (t.offsets.start > c.trigger.end && MEASURES.has(c.type) && t.prep === 'from' && t.granularity !== 'day') continue;
    // "31 civilians had come home, among them … a former priest detained in Berdyansk in 2023": an aside's own time.
    if (t.offsets.start > c.trigger.end && /,\s+(?:among them|among whom|including|of whom)\b[^;]*$/i.test(c.input.slice(c.trigger.end, t.offsets.start)) && /\b(?:who|detained|arrested|jailed|sentenced|captured|held|taken)\b/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "overnight into Friday with one of the heaviest attacks on the capital this winter": a superlative's range, not the
    // event's day, when the sentence tells another time.
    if (t.granularity !== 'day' && t.prep === 'this' && c.times.some((x) => x !== t && x.offsets && inside(x.offsets, c.sentence)) && RANGED_SUPERLATIVE.test(c.input.slice(Math.max(c.sentence.start, t.offsets.start - 70), t.offsets.start))) continue;
    // "the largest prisoner exchange since the start of the invasion": a superlative's range, not the event's day.
    if (t.offsets.start > c.trigger.end && (t.prep === 'since' || /\bsince\b/i.test(c.input.slice(c.trigger.end, t.offsets.start))) && SUPERLATIVE_BEFORE.test(c.input.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start))) continue;
    // "killed 87 people over a weekend - the bloodiest spell of violence since the end of the civil war in 1992": the range of a superlative told after the act.
    if (t.offsets.start > c.trigger.end && /\b(?:bloodiest|deadliest|largest|biggest|worst|heaviest|highest|lowest|longest|most\s+\w+)\b[^.;]{0,60}\bsince\b[^.;]{0,60}$/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "Trudeau, who hands over the leadership on March 9, also said …", "The man, who fled last November, was arrested":
    // an aside on a person has its own time.
    // ("about 300 people, most of them wives of fighters who surrendered two years ago, rallied": an aside holding the clause.)
    if (t.offsets.end <= c.trigger.start && /,\s+(?:[^,;]{0,60}\s)?(?:who|whose)\s+[^,;]*$/i.test(c.input.slice(c.sentence.start, t.offsets.start)) && /^[^,;]*,/.test(c.input.slice(t.offsets.end, c.trigger.start))) continue;
    // "President Joseph Aoun, elected earlier this month after a two-year vacancy, met …": a participle's aside has its own time.
    if (t.offsets.end <= c.trigger.start && /,\s+(?:(?:only|first|newly|recently|just)\s+)?(?:(?!(?:armed|masked|hooded|uniformed|unidentified|suspected|alleged|coordinated|organi[sz]ed|renewed|sustained|concerted|combined|limited|reported|unexpected)\b)[a-z]+ed|sworn in|born|chosen|given|taken|seen|shown|known)\s+[^,;]*$/.test(c.input.slice(c.sentence.start, t.offsets.start)) && /^[^,;]*,/.test(c.input.slice(t.offsets.end, c.trigger.start))) continue;
    // "detained a resident who helped adjust last week's strike": a possessive time names another event.
    // ("turned out for Sunday's gathering", "took part in Saturday's march": the event named is the one the verb joins.)
    if (t.offsets.start > c.trigger.end && /^['’]s\b/.test(c.input.slice(t.offsets.end, t.offsets.end + 3)) && !JOINED_EVENT.test(c.input.slice(c.trigger.end, t.offsets.end + 40))) continue;
    // "the bodies of four men who died aboard a boat that reached the island in mid-October were flown home": a time
    // inside a relative clause within the trigger's own words is the clause's.
    if (t.offsets.start > c.trigger.start && t.offsets.end <= c.trigger.end && /\b(?:who|that|which)\b/i.test(c.input.slice(c.trigger.start, t.offsets.start))) continue;
    // "97 of the 251 hostages abducted by Hamas on October 7 remain in Gaza": the time of a participle inside the trigger's own
    // words is the capture's, not the state told.
    if (t.offsets.start > c.trigger.start && t.offsets.end <= c.trigger.end && /\b(?:abducted|taken|seized|kidnapped|captured)\b/i.test(c.input.slice(c.trigger.start, t.offsets.start))) continue;
    // "224 people had been detained since the protests began on Thursday": the day a count started from is no day of the act.
    if (t.offsets.start > c.trigger.end && !t.open && /\bsince\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:began|started|erupted|broke out|opened|took effect|came into force)\s+(?:[\w'’-]+\s+){0,2}$/i.test(c.input.slice(c.trigger.start, t.offsets.start))) continue;
    // "The talks took place against the backdrop of a decree issued last month": the backdrop's time is its own.
    if (t.offsets.start > c.trigger.end && /\bagainst the backdrop of\s[^,;]{0,80}$/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "serving a life sentence for the 2019 killing of …": a year naming another event is not this one's.
    if (t.granularity === 'year' && !(c.trigger.start >= t.offsets.end && c.trigger.start <= t.offsets.end + 20) && YEAR_OF_ANOTHER.test(c.input.slice(t.offsets.end, t.offsets.end + 30))) continue;
    // "filled the square where the 1944 Slovak National Uprising is commemorated", "put the 1960 Indus Waters Treaty in abeyance": a
    // year inside a name is the named thing's, not this act's (unless the act is that thing: "the 2019 G20 summit in Osaka").
    // ("after the 2020 election, police detained …": a name's year still dates what is told around it.)
    if (t.granularity === 'year' && ATTRIBUTIVE_YEAR_BEFORE.test(c.input.slice(Math.max(0, t.offsets.start - 30), t.offsets.start)) && ATTRIBUTIVE_YEAR_AFTER.test(c.input.slice(t.offsets.end, t.offsets.end + 20)) &&
      !(c.trigger.start >= t.offsets.end && NAME_WORDS.test(c.input.slice(t.offsets.end, c.trigger.start)))) continue;
    // "relatives of people killed in the bombings of 1974 held a protest": a year naming another event, after its noun.
    if (t.granularity === 'year' && t.offsets.end <= c.trigger.start && /\b(?:bombings?|attacks?|killings?|massacres?|war|invasion|uprising|revolution|elections?|riots?|genocide|famine|earthquake|floods?|coup)\s+of\s+$/i.test(c.input.slice(Math.max(0, t.offsets.start - 30), t.offsets.start))) continue;
    // "killing 80 people, many of them former fighters who had signed the 2016 peace deal": a perfect-tense relative clause
    // after the act tells of an earlier time.
    if (t.offsets.start > c.trigger.end && t.granularity === 'year' && /\b(?:who|which|that)\s+(?:had|have|has)\s+(?:[\w'’-]+\s+){0,8}$/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "signed a statement committing to annual summits, the first of which is due to take place next March": a plan's time;
    // "have been charged and are due to appear in court on Friday": the hearing's time, not the charge's.
    if (t.offsets.start > c.trigger.end && PLANNED_CLAUSE.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "detained on suspicion of attacking Volkov in Vilnius in March": the time of the grounds, not of the arrest.
    // "sentenced her over comments she had left on Telegram in 2020": nor the time of what she was sentenced for.
    if (t.offsets.start > c.trigger.end && /\b(?:on suspicion of|suspected of|accus(?:ed|es|ing)\s+(?:\w+\s+)?of|charged with|convicted of|guilty of)\s+(?:[\w'’-]+\s+){0,2}?\w+ing\b|\b(?:over|for)\s+(?:[\w'’-]+\s+){0,3}?(?:comments?|posts?|remarks|statements?|videos?|articles?|publications?|messages?|donations?)\b|\b(?:for|over)\s+(?:taking part|participating|participation|their part|their role|his role|her role|involvement)\s+in\b/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "the strikes were in response to what he called a terrorist act … on the Crimea bridge on Saturday": the time of the act
    // answered, not of the answer.
    if (t.offsets.start > c.trigger.end && ANSWERED_BEFORE.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "A ceasefire has taken effect, after Trump announced on Monday that …": a time inside a set-off adjunct after the act dates the act it names.
    if (t.offsets.start > c.trigger.end && SET_OFF_ADJUNCT.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "The summit came days after Putin demanded on June 14 …": a time inside the "after" clause dates another act.
    if (t.offsets.start > c.trigger.end && /\b(?:days|weeks|months|a day|a week)\s+(?:after|before)\b/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "On September 14, the sides swapped 103 prisoners each, and on August 24 they exchanged 115": a time opening the next
    // coordinated clause is that clause's.
    if (t.offsets.start > c.trigger.end && /,\s+(?:and|but)\s+(?:then\s+)?(?:on|in|last|earlier|later)?\s*$/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "killing at least nine people, while in August gunmen attacked a hotel": a time past a clause-joining "while" is the next clause's.
    if (t.offsets.start > c.trigger.end && /,\s+(?:while|whereas)\s/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "…had been declared in the city and that Monday would be a day of mourning": the next complement has its own time.
    if (t.offsets.start > c.trigger.end && /\b(?:and|but|while)\s+that\b/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    // "a support instrument for 2024-2027", "the budget for 2025": the period a measure covers; the end of a span of years.
    if (t.granularity === 'year' && /(?:\bfor\s+(?:the\s+(?:years?|period)\s+)?(?:\d{4}\s*[-–]\s*)?|\b\d{4}\s*[-–]\s*)$/i.test(c.input.slice(Math.max(0, t.offsets.start - 30), t.offsets.start))) continue;
    // "pledging $4.5 billion this year", "€50 billion for 2024-2027": the period the money covers, not the day it was given.
    if ((c.type === 'AID_PROVISION' || c.type === 'AID_SUSPENSION') && MONEY_PERIOD.test(c.input.slice(Math.max(0, t.offsets.start - 80), t.offsets.end))) continue;
    // "by 2035", "by the end of next year": a deadline set in the event, not its date.
    if ((t.offsets.start > c.trigger.end || t.granularity === 'year') && /\bby\s+(?:the\s+end\s+of\s+)?$/i.test(c.input.slice(Math.max(0, t.offsets.start - 20), t.offsets.start)) && (t.granularity !== 'day' || /\bto\s+(?:leave|quit|depart|go|withdraw|vacate|comply|respond|pay)\b/i.test(c.input.slice(c.trigger.end, t.offsets.start)))) continue;
    // "launched its largest attack, firing 477 drones … on Sunday": a participle right after the clause tells the same act.
    const participle = !inClause && t.offsets.start > c.trigger.end && PARTICIPLE_AFTER.test(c.input.slice(c.trigger.end, t.offsets.start));
    // "detained 54 people, seven of them minors, during a protest in the capital on Sunday": the act fell in the event it was part of.
    const during = !inClause && t.offsets.start > c.trigger.end && /\bduring\s+(?:an?|the)\s+[^.;,]{0,80}$/i.test(c.input.slice(c.trigger.end, t.offsets.start));
    // "imposed sanctions on 17 officials, including judges and prison directors, on Sept. 18": an aside on the object does not end the clause.
    const pastAside = !inClause && t.offsets.start > c.trigger.end && t.offsets.start - c.trigger.end <= 140 && /^[^,;.]*,\s+(?:including|among them|among whom|such as|most of them|many of them)\s+[^,;.]{1,60},\s+(?:on|in|last|early|late)?\s*$/i.test(c.input.slice(c.trigger.end, t.offsets.start));
    // "negotiations between the government and the M23, which ended in Doha on January 30": the clause dates its noun.
    // "… in Kyiv on Saturday, signing a 10-year security agreement and committing $3 billion this year": a participle
    // set off after its main clause takes the main clause's day.
    const mainOfParticiple = !inClause && t.granularity === 'day' && t.offsets.end <= c.trigger.start && /^[a-z]+ing\b/i.test(c.input.slice(c.trigger.start, c.trigger.end)) &&
      /^[^.;,]*,\s*$/.test(c.input.slice(t.offsets.end, c.trigger.start)) && c.trigger.start - t.offsets.end <= 40 &&
      !c.times.some((x) => x.offsets && x.granularity === 'day' && x.offsets.start >= c.trigger.end && inside(x.offsets, c.clause));
    const nounClause = !inClause && c.noun === true && t.offsets.start > c.trigger.end && NOUN_CLAUSE_AFTER.test(c.input.slice(c.trigger.end, t.offsets.start));
    if (!inClause && d > 60 && !reportDay && !participle && !fronted && !during && !pastAside && !nounClause && !mainOfParticiple) continue;
    const score = (fronted && !inClause ? 190 : d) + (inClause || participle || fronted || during || pastAside || nounClause || mainOfParticiple ? 0 : 150) + (t.granularity === 'day' ? 0 : 10) + (!inClause && d > 60 && !pastAside ? 300 : 0);
    // "fighting went on on Saturday despite the truce ordered from 6 January": a time before "despite/after" dates the main clause.
    const adjunctBetween = t.offsets.end <= c.trigger.start && /\b(?:despite|amid|after|before|following|ahead of)\b/i.test(c.input.slice(t.offsets.end, c.trigger.start));
    // "met Putin on Aug. 15, and hosted Zelensky three days later": the first verb's day, when the second has its own after it.
    // ("hosted Putin at a summit on August 15 and then met Zelensky at the White House on August 18": "and then" joins too.)
    const coordinated = t.offsets.end <= c.trigger.start && /^[^.;]*(?:,\s+(?:and|but|then|and then)|\s+and\s+(?:then|later))\s+(?:[\w'’-]+\s+){0,2}$/i.test(c.input.slice(t.offsets.end, c.trigger.start)) &&
      c.times.some((x) => x.offsets && x.offsets.start >= c.trigger.end && inside(x.offsets, c.clause));
    // "said on March 26 that he had been sentenced … in February": the day of saying yields to a time inside what was said.
    const sayingDay = reportDay && t.offsets.end <= c.trigger.start && /^\s*,?\s*that\b/i.test(c.input.slice(t.offsets.end, c.trigger.start)) &&
      c.times.some((x) => x !== t && x.offsets && x.offsets.start >= c.trigger.end && inside(x.offsets, c.clause));
    // "X, held in Iran since October 2022, had been released": an open range dates a state, not a release or a swap.
    // ("1,879 people had been detained since March 19, the minister said on Thursday": a count run since a day is as of its report.)
    const stateRange = t.open && t.prep === 'since' && PUNCTUAL.has(c.type);
    // ("1,879 people had been detained since March 19, the minister said on Thursday": a count run since a day is as of the day of its report.)
    if (t.open && t.prep === 'since' && c.quantities.some((q) => q.offsets && inside(q.offsets, c.clause) && q.offsets.end <= t.offsets!.start) &&
      c.times.some((x) => x !== t && x.offsets && inside(x.offsets, c.sentence) && x.granularity === 'day' && !x.open && REPORT_DAY_BEFORE_TIME.test(c.input.slice(Math.max(0, x.offsets.start - 24), x.offsets.start)))) continue;
    // "The strike tore through the centre, a World Heritage site since January": a range in an apposition tells of its noun.
    if (t.open && t.prep === 'since' && t.offsets.start > c.trigger.end && /,\s+(?:a|an|the)\s+[^,;]*$/i.test(c.input.slice(c.trigger.end, t.offsets.start))) continue;
    const total = score + (adjunctBetween ? 100 : 0) + (coordinated ? 200 : 0) + (sayingDay ? 400 : 0) + (stateRange ? 250 : 0);
    if (total < bestScore) { best = t; bestScore = total; }
  }
  if (!best) return null;
  const before = c.input.slice(Math.max(c.sentence.start, Math.min(best.offsets!.start, c.trigger.start) - 60), c.trigger.start);
  const anniversary = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+)(?:st|nd|rd|th)?\s+anniversary of\s+(?:the\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i.exec(before);
  if (anniversary) {
    const n = ORDINALS[anniversary[1].toLowerCase()] ?? Number(anniversary[1]);
    const shift = (d: string) => { const p = parseIso(d); return iso(p.y - n, p.m, p.d); };
    return { ...best, start: shift(best.start), end: shift(best.end), source: 'relative' };
  }
  return best;
}

/**
 * The time inside the noun phrase that a relative clause at `at` tells of ("the April 22 attack … in
 * which", "Saturday's strike …, which"), when the sentence has no time after the clause: within
 * `reach` characters before it, opening its noun phrase after an article (or as a possessive).
 */
function nounTime(c: ArgContext, at: number, reach: number, between: (text: string) => boolean, possessive: boolean): TimeExpr | null {
  if (c.times.some((t) => t.offsets && t.offsets.start > at && inside(t.offsets, c.sentence))) return null;
  return c.times.find((t) => t.offsets && t.offsets.end <= at && t.offsets.start >= at - reach && between(c.input.slice(t.offsets.end, at)) &&
    ((possessive && /^['’]s\s/.test(c.input.slice(t.offsets.end, t.offsets.end + 3))) || /\b(?:the|a|an)\s+$/i.test(c.input.slice(Math.max(0, t.offsets.start - 5), t.offsets.start)))) ?? null;
}

/** "the largest exchange since …", "the eighth protest since mid-December": a superlative or an ordinal whose range is no date. */
const SUPERLATIVE_BEFORE = new RegExp(`\\b(?:largest|biggest|deadliest|worst|heaviest|most|longest|only|${ORDINAL})\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i');

/** A relative clause telling of a plan on another noun: ", the first of which is due to", ", which will". */
const PLANNED_CLAUSE = /,\s+(?:(?:[\w'’-]+\s+){1,3}of\s+which\s+(?:is|are|was|were)\s+(?:due|expected|scheduled|set|planned|slated)\s+to|which\s+will)\b[^.;]*$|\band\s+(?:are|is|were|was)\s+(?:due|expected|scheduled|set)\s+to\s+(?:appear|be sentenced|stand trial|face|return|go on trial)\b[^.;]*$/i;

/** A which-clause telling when the event named just before it ran: ", which ended in Doha on". */
const NOUN_CLAUSE_AFTER = /^(?:\s+(?:brokered|mediated|negotiated|signed|agreed)\s+by\s+[^,;.]{1,40}?(?=\s+(?:between|of|with|among|in)\s|,))?(?:\s+(?:between|of|with|among|in)\s+(?![^,;.]*\b(?:to\s+[a-z]+|against|over|about|for|on)\b)[^,;.]{0,110})?,\s+which\s+(?:had\s+|was\s+|were\s+)?(?:ended|began|started|opened|closed|concluded|took place|happened|occurred|wrapped up|held|convened|took effect|came into (?:force|effect)|went into (?:force|effect)|signed|agreed|reached|declared|brokered)\b[^,;.]{0,40}$/i;

/** A superlative whose noun phrase runs up to the time after it: "the heaviest attacks on the capital". */
const RANGED_SUPERLATIVE = /\b(?:heaviest|largest|biggest|deadliest|worst|bloodiest|fiercest|most\s+(?:intense|massive|serious|violent))\s+(?:[\w'’-]+\s+){0,2}(?:attacks?|strikes?|bombardments?|barrages?|assaults?|protests?|rall(?:y|ies)|demonstrations?|exchanges?|swaps?)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:of|since)\s)(?:[\w'’-]+\s+){0,3}$/i;

/** A point in time named as the start of an open range ("since mid-March"), taken on its own. */
function closed(t: TimeExpr): TimeExpr {
  if (!t.open) return t;
  const { y, m } = parseIso(t.start);
  const end = t.granularity === 'day' ? t.start : t.granularity === 'month' ? monthEnd(y, m) : t.granularity === 'year' ? iso(y, 12, 31) : t.end;
  return { ...t, end, open: false, prep: undefined };
}

/** The publication date, for an event the article reports as the day's news. */
export function publicationDate(publishedAt: string): TimeExpr {
  return { start: publishedAt, end: publishedAt, granularity: 'day', source: 'publication', text: '' };
}

/**
 * Weeks are annotated at month granularity ("last week" → the month it fell in), seasons at year
 * granularity ("in spring 2022" → 2022; a winter → the year it began in).
 */
export function coarseWeek(t: TimeExpr): TimeExpr {
  if (t.granularity === 'season') {
    const y = parseIso(t.start).y;
    return { ...t, start: iso(y, 1, 1), end: iso(y, 12, 31), granularity: 'year' };
  }
  if (t.granularity !== 'week') return t;
  const a = parseIso(t.start);
  const b = parseIso(t.end);
  return { ...t, start: monthStart(a.y, a.m), end: monthEnd(b.y, b.m), granularity: 'month' };
}

export function dayBefore(t: TimeExpr): TimeExpr {
  return { ...t, start: addDays(t.start, -1), end: addDays(t.start, -1), granularity: 'day', source: 'relative' };
}

const REPORT_DAY_BEFORE_TIME = /\b(?:said|says|reported|announced|confirmed|stated|told\s+(?:[\w'’-]+\s+){0,3})\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/;

/** Does this count fit the event type ("bodies of 77 soldiers" fits a repatriation)? */
export function fits(type: EventType, q: Quantity, input: string): boolean {
  const head = (q.head ?? '').toLowerCase();
  const re = FITTING_HEADS[type];
  if (!re) return false;
  if (type === 'BODY_REPATRIATION' && q.offsets) {
    const before = input.slice(Math.max(0, q.offsets.start - 40), q.offsets.start);
    if (!/^(?:bodies|remains)$/.test(head) && !/\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:another\s+|some\s+|\w+\s+)?(?:[\w,]+\s+)?$/i.test(before)) return false;
  }
  // "Five Russian peacekeepers were killed", "killing 12 construction workers": whoever the strike killed is its count.
  if (type === 'ATTACK' && q.offsets && head !== 'money' && head !== 'percent' && head !== '' && casualties(input, q.offsets)) return true;
  // "The six were shot dead": a bare number as the subject of the killing ("Two more were killed": the quantity reader names them the dead).
  if (type === 'ATTACK' && q.offsets && head === '' && /^\s+(?:were|had been|have been)\s+(?:killed|shot dead|shot and killed|murdered)\b/i.test(input.slice(q.offsets.end, q.offsets.end + 40))) return true;
  if (type === 'ATTACK' && q.offsets && !/^(?:killed|dead|injured|wounded|lives|victims)$/.test(head)) {
    // "At least 23 people, four of them children, were killed", "killed 53 Ukrainian prisoners": whoever was killed counts.
    const around = input.slice(Math.max(0, q.offsets.start - 45), q.offsets.end + 50);
    // "killed senior commander Taiseer al-Jabari and nine other people": the others killed with one named.
    const withOthers = /^\S+\s+others?\b/i.test(input.slice(q.offsets.start, q.offsets.end + 8));
    if (!/\b(?:kill|dead|death|died|injur|wound|lives|casualt|victim|hurt|executed)/i.test(around) &&
      !(withOthers && /\b(?:killed|killing|wounded|wounding|injured|injuring)\s+[^.;:]{1,80}?\sand\s+$/i.test(input.slice(Math.max(0, q.offsets.start - 100), q.offsets.start)))) return false;
  }
  // "abducting 30 pupils and killing 2 guards": those taken are not a strike's toll.
  if (type === 'ATTACK' && q.offsets && /\b(?:abduct\w*|kidnap\w*|seiz\w*|took|taking|captur\w*|detain\w*|arrest\w*)\s+(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+)?$/i.test(input.slice(Math.max(0, q.offsets.start - 30), q.offsets.start))) return false;
  // "more than 200 police officers raided its newsroom and arrested seven staff": those who act are not those taken.
  // ("About 50 activists stormed the ministry and were arrested": those who act and are then taken count.)
  if (CAPTIVE_TYPES.has(type) && q.offsets && AGENT_AFTER.test(input.slice(q.offsets.end, q.offsets.end + 60)) && !/^[^.;]{0,80}?\band\s+(?:were|was|had been|have been)\b/i.test(input.slice(q.offsets.end, q.offsets.end + 100))) return false;
  // "…, three relatives said": the sources quoted are not the people the event concerns.
  if (q.offsets && QUOTED_AFTER.test(input.slice(q.offsets.end, q.offsets.end + 30))) return false;
  // "10 Americans were freed", "51 Taiwanese detained", "154 prisoners deported": whoever an event about people concerns counts it.
  if (PEOPLE_COUNTED.has(type) && personHead(head)) return true;
  // Not the object of another verb ("a man who attacked 3 worshippers"); the sources quoted are left out above.
  if (CAPTIVE_TYPES.has(type) && CAPTIVE_PEOPLE.test(head) && q.offsets &&
    !/\b(?:according to|who|whom|which|that|of|for)\s+(?:[\w'’-]+\s+){0,2}$/i.test(input.slice(Math.max(0, q.offsets.start - 40), q.offsets.start))) return true;
  // "At least 31 of the 94 were locked up", "Thirty more were pardoned": a bare number as the subject of the act counts it.
  const acted = PEOPLE_ACTS[type];
  if (head === '' && q.offsets && acted && !/\bof\s+(?:the|them|those)\s+$/i.test(input.slice(Math.max(0, q.offsets.start - 12), q.offsets.start)) && acted.test(input.slice(q.offsets.end, q.offsets.end + 70))) return true;
  // "45 democrats in the case were jailed": any plural head as the subject of the act counts it.
  if (acted && q.offsets && /[a-z]s$/.test(head) && acted.test(input.slice(q.offsets.end, q.offsets.end + 90).replace(/^\s+(?:in|from|of|at|on|with)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?=(?:were|have been|had been)\b)/i, ' '))) return true;
  // "a fishing boat and its crew of eight": the crew held or freed with it.
  if (head === 'crew' && CAPTIVE_TYPES.has(type)) return true;
  // "detained the three in Haikou", "freed all 25 of them", "detained at least 77 others": a bare number as the object of the act counts it.
  if ((head === '' || head === 'others') && q.offsets && PEOPLE_OBJECT_BEFORE[type]?.test(input.slice(Math.max(0, q.offsets.start - 40), q.offsets.start))) return true;
  // "police estimated the crowd at around 35,000": a bare number given as the size of a crowd.
  if (type === 'PROTEST' && head === '' && q.offsets && CROWD_SIZE.test(input.slice(Math.max(0, q.offsets.start - 80), q.offsets.start))) return true;
  // "barred 21 Americans from entering the country": a state's people barred count the sanction.
  if (type === 'SANCTIONS' && /^[A-Z][a-z]+(?:ans|ese|is|ons)$/.test(q.unit ?? '')) return true;
  if (!re.test(head)) return false;
  const before = (): string => (q.offsets ? input.slice(Math.max(0, q.offsets.start - 30), q.offsets.start) : '');
  // "supplies for about 10,000 patients", "cut food aid for some 10 million Afghans": those the aid reaches, not bystanders.
  if ((type === 'AID_PROVISION' || type === 'AID_SUSPENSION') && BENEFICIARIES.test(head)) return REACHED_BEFORE.test(before()) && !/\bnumber\s+of\b/i.test(before());
  // "signed 56 cooperation documents", not "has now signed 28 such documents" (a running total).
  if (type === 'AGREEMENT') return SIGNED_BEFORE.test(before()) && !/^\S+\s+(?:such|similar|other)\b/i.test(q.text ?? '');
  return true;
}

const REACHED_BEFORE = /\b(?:for|to|reaching|feeding|serving)\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+|nearly\s+|at least\s+|up to\s+)?$/i;
const SIGNED_BEFORE = /\b(?:signed|concluded|reached|inked)\s+(?:about\s+|some\s+|more than\s+|nearly\s+)?$/i;

/** People an aid decision reaches. */
const BENEFICIARIES = /^(?:patients|returnees|refugees|families|households|survivors|beneficiaries|people|children)$/;

/** A count told as the source of the news ("two US officials said"). */
const QUOTED_AFTER = /^\s+(?:said|say|says|told|reported|confirmed|added|noted|briefed)\b/i;
/** A count acting: "200 officers raided", "50 soldiers stormed the building". */
const AGENT_AFTER = /^\s+(?:(?!(?:were|was|are|is|have|has|had|been|being|be|who|that|later|also|reportedly)\b)[\w-]+\s+){0,2}?(?:raided|stormed|surrounded|searched|entered|broke into|(?:arrested|detained|seized|rounded up)\s+(?:(?:a|an|the|his|her|their|its|some|several|dozens|hundreds|at least|more than)\b|\d|[A-Z]))/;
/** Events about people taken, held, freed or moved: any people named are their count. */
const CAPTIVE_TYPES = new Set<EventType>(['PRISONER_EXCHANGE', 'PRISONER_RELEASE', 'DETENTION', 'DEPORTATION']);
/** Events about people, counted by the people they concern (a strike's toll is checked for the dead and wounded above). */
const PEOPLE_COUNTED = new Set<EventType>(['PRISONER_EXCHANGE', 'PRISONER_RELEASE', 'DETENTION', 'DEPORTATION', 'PROTEST', 'ATTACK']);
const PEOPLE_HEAD = new RegExp(`^(?:people|persons|men|women|children|kids|minors|boys|girls|teenagers|civilians|citizens|nationals|dual nationals|foreigners|residents|locals|villagers|inhabitants|families|prisoners|inmates|detainees|captives|hostages|migrants|refugees|asylum seekers|asylum-seekers|deportees|returnees|pilgrims|tourists|travellers|travelers|passengers|participants|protesters|demonstrators|activists|journalists|reporters|bloggers|guards|pupils|workers|staff|employees|volunteers|students|soldiers|servicemen|troops|fighters|officers|sailors|crew|crew members|fishermen|executives|editors|managers|directors|aides|advisers|advisors|lawyers|politicians|opponents|dissidents|critics|opposition figures|lawmakers|legislators|monks|priests|clerics|nuns|farmers|teachers|doctors|nurses|medics|relatives|supporters|europeans|africans|asians|westerners|${PEOPLES})$`);

/** A head noun naming people: one of the common ones, or a people named for a country ("Americans", "Taiwanese", "Lebanese"). */
function personHead(head: string): boolean {
  return PEOPLE_HEAD.test(head) || MORE_PEOPLE.test(head) || (/^[a-z]+$/.test(head) && countryByDemonym(head) != null);
}

/** People nouns outside the common ones: "civil servants", "union members", "pensioners". */
const MORE_PEOPLE = /(?:^|\s)(?:servants|members|parents|tenants|defendants|merchants|assistants|applicants|claimants|combatants|informants|descendants|dependants|attendants|adolescents|patients|agents|recipients|graduates|youths|adults|veterans|conscripts|recruits|reservists|mercenaries|militants|rebels|insurgents|gunmen|policemen|firemen|retirees|trainees|evacuees|internees|escapees|academics|pilots|clergy|paramedics|cadets|victims|immigrants|emigrants|expatriates|expats|delegates|envoys|diplomats|ministers|officials|judges|mps|cardinals|bishops|imams|rabbis|scholars|experts|specialists|engineers|scientists|athletes|artists|musicians|writers|poets|filmmakers)$/;

/** Verbs whose subject, a bare number ("31 of the 94 were locked up"), is the count of people an event concerns. */
const bareSubject = (verbs: string): RegExp =>
  new RegExp(`^(?:\\s*(?:of\\s+(?:the|them|those|these)\\s+)?[\\d,]+|\\s+of\\s+(?:them|those|these))?(?:\\s*,[^,.;]{1,40},)?\\s+(?:more\\s+|others\\s+)?(?:were|have been|had been|are|remain)\\s+(?:\\w+\\s+)?(?:${verbs})\\b`, 'i');
const PEOPLE_ACTS: Partial<Record<EventType, RegExp>> = {
  DETENTION: bareSubject('detained|arrested|locked up|jailed|imprisoned|held|sentenced|convicted|charged|taken into custody|picked up|rounded up|captured|taken hostage|taken captive|abducted|kidnapped'),
  DEPORTATION: bareSubject('deported|expelled|forcibly transferred|pushed back|sent back|forced back|removed'),
  PRISONER_RELEASE: bareSubject('freed|released|pardoned|returned|set free|brought back|brought home'),
  PRISONER_EXCHANGE: bareSubject('exchanged|swapped|returned|freed|released'),
};

/** "detained the three", "freed all 25 of them": the verbs before a bare-number object, per event type. */
const objectOf = (verbs: string): RegExp => new RegExp(`\\b(?:${verbs})\\s+(?:all\\s+)?(?:the\\s+)?(?:other\\s+)?(?:(?:at least|more than|about|around|some|nearly|over|another|up to)\\s+)?$`, 'i');
const PEOPLE_OBJECT_BEFORE = Object.fromEntries(Object.entries(PEOPLE_OBJECT_VERBS).map(([type, verbs]) => [type, objectOf(verbs)])) as Partial<Record<EventType, RegExp>>;

const CROWD_SIZE = /\b(?:crowds?|turnout)\b[^.;]{0,50}\bat\s+(?:about|around|some|roughly|nearly|over|more than|up to)?\s*$/i;

/** The count tied to the trigger: a fitting count in the segment, nearest the trigger; killed before injured. */
export function pickQuantity(c: ArgContext): { quantity: Quantity; cumulative: boolean; others: Quantity[] } | null {
  let best: Quantity | null = null;
  let bestScore = Infinity;
  const fitting: Quantity[] = [];
  for (const q of c.quantities) {
    if (!q.offsets || !inside(q.offsets, c.segment) || !fits(c.type, q, c.input)) continue;
    // "marched on Sunday, the biggest protest since a collapse killed 15 people": the dead are not the marchers.
    if (!CASUALTY_TYPES.has(c.type) && q.head !== 'money' && casualties(c.input, q.offsets)) continue;
    // "police detained 54 people during an anti-government protest": those arrested are not the crowd counted.
    if (GATHERINGS.has(c.type) && arrests(c.input, q.offsets)) continue;
    // "struck a depot, in revenge for the April 2 attack in which 20 were killed": the count of the noun the clause tells of.
    if (q.offsets.start > c.trigger.end && /\b(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}(?:attack|strike|bombing|shelling|raid|massacre|explosion|blast|exchange|swap|protest|rally)s?\b[^.;]{0,40}?\b(?:in|during)\s+which\b/i.test(c.input.slice(c.trigger.end, q.offsets.start))) continue;
    let score = dist(q.offsets, c.trigger) + (inside(q.offsets, c.clause) ? 0 : 100);
    if (c.type === 'ATTACK' && q.head !== 'killed' && (q.head === 'injured' || /\b(?:injur|wound|hurt)/i.test(c.input.slice(Math.max(0, q.offsets.start - 25), q.offsets.end + 25)))) score += 200;
    // "1.1 billion kroner (€94 million)": a count in brackets restates the one before it.
    if (/\(\s*(?:about|around|some|roughly|nearly|approximately)?\s*$/i.test(c.input.slice(Math.max(0, q.offsets.start - 16), q.offsets.start))) score += 250;
    // "the Facility, worth up to €50 billion": a programme total, not the amount given in this event.
    // "a package worth about €700 million" is the amount given; "the Facility, worth up to €50 billion" a programme total.
    const lead = c.input.slice(Math.max(0, q.offsets.start - 50), q.offsets.start);
    if (/\b(?:worth|valued at|totall?ing|total of|budget of|overall)\s+(?:up to|about|around|some|nearly|more than|over)?\s*$/i.test(lead) && !/\b(?:package|tranche|shipment|deal|aid|assistance)\s+(?:worth|valued at|totall?ing)\b/i.test(lead)) score += 150;
    // "130 Ukrainian and 90 Russian servicemen went home": a pair of sides is counted by the first one named.
    if (/\d[\d,]*\s+[A-Z][\w'’-]+\s+and\s+$/.test(c.input.slice(Math.max(0, q.offsets.start - 40), q.offsets.start))) score += 60;
    // "146 servicemen and eight civilians came home": two groups are counted from the first (strikes and arrests add the second).
    else if (c.quantities.some((o) => o !== q && joinedByAnd(c.input, o, q) && fits(c.type, o, c.input))) score += 60;
    // "At least 17 people, including four children, were killed": a part named in an aside is not the count.
    // Only when a count stands just before the aside and the part is not the subject of the act ("of whom 40 were deported").
    if (/\b(?:including|among them|of them|of whom)\s+(?:at least\s+|about\s+|some\s+)?$/i.test(c.input.slice(Math.max(c.sentence.start, q.offsets.start - 24), q.offsets.start)) &&
      (c.trigger.end <= q.offsets.start || /,/.test(c.input.slice(q.offsets.end, c.trigger.start))) &&
      c.quantities.some((o) => o !== q && o.offsets && o.offsets.end <= q.offsets!.start && q.offsets!.start - o.offsets.end <= 40)) score += 200;
    // "Three hostages were freed in exchange for 183 prisoners": the side told first counts the swap, as in "130 Ukrainian and 90 Russian".
    if (c.type === 'PRISONER_EXCHANGE' && /\b(?:in exchange for|in return for|in a swap for|for)\s+(?:(?:about|some|more than|over|at least|nearly|another)\s+)?$/i.test(c.input.slice(Math.max(c.sentence.start, q.offsets.start - 30), q.offsets.start)) &&
      c.quantities.some((o) => o !== q && o.offsets && o.offsets.end <= q.offsets!.start && o.offsets.start >= c.sentence.start && fits(c.type, o, c.input))) score += 150;
    // "84 Ukrainians, 33 civilians and 51 servicemen, came home": a breakdown after a comma is part of the count before it.
    if (/\b\d[\d,]*\s+[A-Za-z][\w'’-]*,\s+$/.test(c.input.slice(Math.max(c.sentence.start, q.offsets.start - 40), q.offsets.start)) && /^\s+and\s+\d/.test(c.input.slice(q.offsets.end, q.offsets.end + 12))) score += 120;
    // "106 servicemen were freed - eight officers and 98 privates": a breakdown after a dash is part of the count.
    if (q.offsets.start > c.trigger.start && /\b\d[\d,]*\s+[^.;:]{0,50}\s[-–—]\s+$/.test(c.input.slice(Math.max(c.sentence.start, q.offsets.start - 70), q.offsets.start))) score += 120;
    // An aid event is counted by its money before the weapons it includes.
    if ((c.type === 'AID_PROVISION' || c.type === 'AID_SUSPENSION') && q.head !== 'money') score += 80;
    // "a convoy of six trucks delivered 60 tonnes of food": what was given before what carried it.
    if (c.type === 'AID_PROVISION' && /^(?:trucks|lorries|vehicles)$/.test(q.head ?? '')) score += 40;
    // Other counts the event's clause tells ("killing 31 civilians and wounding about 160"); an exchange's
    // other side may stand in the next clause ("Hamas released 50 hostages, while Israel freed 150 prisoners").
    if (c.type === 'PRISONER_EXCHANGE' || inside(q.offsets, c.clause)) fitting.push(q);
    if (score < bestScore) { best = q; bestScore = score; }
  }
  if (!best) return null;
  const around = c.input.slice(Math.max(c.sentence.start, best.offsets!.start - 90), Math.min(c.sentence.end, best.offsets!.end + 60));
  const quantity = withOneNamed(c, joinedCount(c, best));
  const others = fitting.filter((q) => q !== best && !inside(q.offsets!, quantity.offsets ?? best!.offsets!));
  const after = c.input.slice(best.offsets!.end, Math.min(c.sentence.end, best.offsets!.end + 200));
  // ("at least eight people have been killed in the strikes so far": the toll of the act told, still rising, not a running total.)
  return { quantity, cumulative: CUMULATIVE_CUE.test(withoutTollSoFar(around)) || PERFECT_SINCE.test(after.replace(FIRST_SINCE, '')), others };
}

/** Events whose count adds up two groups of people joined by "and": "killed 19 children and two teachers" (21). */
const SUMMED_TYPES = new Set<EventType>(['ATTACK', 'DETENTION', 'PRISONER_RELEASE']);
const GROUP_HEAD = (head: string | undefined): boolean => Boolean(head) && !/^(?:killed|dead|injured|wounded|lives|victims|others|casualties)$/.test(head!) && (personHead(head!) || CAPTIVE_PEOPLE.test(head!));
const OWN_VERB = /^\s+(?:(?:were|was|had|have|has|are|is)\b|(?:also|later)\s)/i;
const ONE_MORE = /^\s+and\s+(?:an?|one)\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|child|teenager|baby|toddler|soldier|officer|policeman|civilian|journalist|activist|teacher|guard|worker|driver|student|[A-Z][a-z]+(?:an|ese|i|ish|ino|ina))\b/;

/** `second` follows `first` after a bare "and": "19 children and two teachers". */
function joinedByAnd(input: string, first: Quantity, second: Quantity): boolean {
  return first.offsets != null && second.offsets != null && second.offsets.start > first.offsets.end && /^\s+and\s+$/.test(input.slice(first.offsets.end, second.offsets.start));
}

/** The picked count and a second group of people told right after it ("19 children and two teachers", "three children and a woman"). */
function joinedCount(c: ArgContext, q: Quantity): Quantity {
  if (!SUMMED_TYPES.has(c.type) || !q.offsets || !GROUP_HEAD(q.head)) return q;
  const rest = c.input.slice(q.offsets.end, Math.min(c.segment.end, q.offsets.end + 60));
  const next = c.quantities.find((o) => joinedByAnd(c.input, q, o));
  // "detained 30 protesters and 12 officers were injured": after an object, a group with its own verb starts another clause
  // ("Three children and a woman were injured": after a subject, the verb is theirs together; "and a soldier was" is its own).
  const object = /\b[a-z]+(?:ed|ing)\s+(?:(?:at least|more than|about|some|nearly|over|around)\s+)?$/i.test(c.input.slice(Math.max(0, q.offsets.start - 40), q.offsets.start));
  const ownVerb = (at: number): boolean => OWN_VERB.test(c.input.slice(at, at + 40)) && (object || /^\s+(?:was|has|is)\b/i.test(c.input.slice(at, at + 10)));
  const extra = next && GROUP_HEAD(next.head) && !ownVerb(next.offsets!.end) ? next : null;
  const one = extra ? null : ONE_MORE.exec(rest);
  const added = extra ? extra.value : one && !ownVerb(q.offsets.end + one[0].length) ? 1 : 0;
  if (!added) return q;
  const end = extra ? extra.offsets!.end : q.offsets.end + one![0].length;
  const qualifier = q.qualifier !== 'exact' ? q.qualifier : extra?.qualifier ?? 'exact';
  return { ...q, value: q.value + added, unit: 'people', head: 'people', qualifier, text: c.input.slice(q.offsets.start, end), offsets: { start: q.offsets.start, end } };
}

/** Events whose count may take in one person named before it: "Koca and two other men were detained" (3). */
const ONE_AND_OTHERS_TYPES = new Set<EventType>(['DETENTION', 'SANCTIONS', 'PRISONER_RELEASE', 'PRISONER_EXCHANGE', 'DEPORTATION', 'ATTACK']);
const ONE_NAMED_BEFORE = /(?:(?<![.;:]\s*)\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|\bthe\s+(?:[\w-]+\s+){0,2}?(?:head|chief|leader|director|mayor|governor|captain|editor|founder|owner|driver|commander|deputy)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?[\w-]+)?|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:father|mother|man|woman|husband|wife|grandfather|grandmother|teacher|doctor|farmer|driver))\s+and\s+(?:(?:his|her|their)\s+)?$/;

/** "Koca and two other men", "the head of the directorate and two procurement officials": the one named, added to the count. */
function withOneNamed(c: ArgContext, q: Quantity): Quantity {
  if (!ONE_AND_OTHERS_TYPES.has(c.type) || !q.offsets || q.value > 50 || !GROUP_HEAD(q.head) || q.text == null || !/^(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(q.text)) return q;
  const before = c.input.slice(Math.max(c.sentence.start, q.offsets.start - 120), q.offsets.start);
  const m = ONE_NAMED_BEFORE.exec(before);
  if (!m) return q;
  const start = q.offsets.start - before.length + m.index;
  // The one named is a person the article knows ("Koca and two other men"), or an office holder ("the head of … and"),
  // not a company, a place or a street ("Gazprom Neft and 12 individuals", "in Minsk and three journalists").
  // ("former Marine Paul Whelan and": a title may stand in the capitalised words before the name.)
  const person = /^(?:the|an?)\s/i.test(m[0]) || c.mentions.some((x) => x.entity.type === 'PERSON' && x.start < start + m[0].length && start < x.end);
  if (!person || /\b(?:in|from|of|at|on|to|near)\s+$/i.test(c.input.slice(Math.max(c.sentence.start, start - 8), start))) return q;
  // "freed reporter Evan Gershkovich, former Marine Paul Whelan and 14 other prisoners": every one named in the list before.
  let named = 1;
  let from = start;
  for (;;) {
    const prior = c.mentions.filter((x) => x.entity.type === 'PERSON' && x.end <= from && x.start >= c.sentence.start && LISTED_BEFORE.test(c.input.slice(x.end, from))).pop();
    if (!prior) break;
    named += 1;
    from = prior.start;
  }
  return { ...q, value: q.value + named, unit: 'people', head: 'people', text: c.input.slice(from, q.offsets.end), offsets: { start: from, end: q.offsets.end } };
}

/** Between two people of a list: a comma, and a title or two before the next name (", former Marine "). */
const LISTED_BEFORE = /^\s*,\s*(?:(?!and\b)[\w'’-]+\s+){0,3}$/;

/** Decisions that take effect later ("a ban starting in 2027"); other events start on the day told ("freed over three days starting May 23"). */
const MEASURES = new Set<EventType>(['POLICY', 'SANCTIONS', 'AGREEMENT', 'AID_PROVISION', 'AID_SUSPENSION', 'CEASEFIRE']);

/** Events whose count may be the dead or wounded (strikes, wars, repatriated bodies). */
const CASUALTY_TYPES = new Set<EventType>(['ATTACK', 'INVASION', 'BODY_REPATRIATION']);

/** After a count: the verb of its dying or wounding, past what stands between. */
const CASUALTY_AFTER = /^(?:\s+(?:with|of|from|at|for)\s+[^,.;]{1,60}?(?=,|\s+(?:were|had|have)\b))?(?:\s*,\s*(?:including|among them|most of them|many of them|all of them|mostly)\b[^.;]{1,90}?,|\s*,[^,.;]{1,70},)?\s+(?:were\s+|had been\s+|have been\s+)?(?:killed|dead|died|injured|wounded|shot dead|shot and killed|murdered)\b/i;

/** A count of the dead or wounded: "killed 15 people", "15 people were killed". */
function casualties(input: string, at: Span): boolean {
  const before = input.slice(Math.max(0, at.start - 30), at.start);
  // (A short bracket, "(LK)", is read through.)
  const after = input.slice(at.end, at.end + 220).replace(/\s*\([^()]{1,40}\)/g, '');
  // "Five peacekeepers, including the deputy commander, were killed": an aside may stand between; "Seven aid workers with
  // a charity, including nationals of Atlantis and Borduria, have been killed": a phrase on whose they are, and a list.
  return /\b(?:killed|killing|kills|injured|injuring|wounded|wounding)\s+(?:at least\s+|more than\s+|about\s+|some\s+)?$/i.test(before) || CASUALTY_AFTER.test(after);
}

/** "the 1960 Indus Waters Treaty": a year between a determiner and the words of a name (not a time adjunct: "in the 2020 election"). */
const ATTRIBUTIVE_YEAR_BEFORE = /(?<!\b(?:in|during|after|following|before|ahead of|at|by)\s+)\b(?:the|its|their|his|her)\s+$/i;
const ATTRIBUTIVE_YEAR_AFTER = /^\s+(?!(?:and|or|to|in|on|at|of|for|from|when|after|before|as|was|were|is|are|had|has|have|that|which)\b)[A-Za-z]/;
/** Up to four words of one name, no preposition or conjunction between them ("2019 G20 summit"). */
const NAME_WORDS = /^\s+(?:(?!(?:and|or|in|on|at|to|of|for|with|by|from)\b)[\w'’-]+\s+){0,4}$/i;
/** "the 2019 killing", "the 2022 invasion": a year used to name an event. */
const YEAR_OF_ANOTHER = /^\s+(?:[\w-]+\s+)?(?:killing|murder|assassination|invasion|elections?|war|coup|revolution|protests?|uprising|annexation|attacks?|bombings?|massacre|earthquake|floods?|poisoning|crackdown|referendum|olympics|world cup)\b/i;

/** Events counted by who took part in them. */
const GATHERINGS = new Set<EventType>(['PROTEST', 'MEETING', 'SPEECH']);

/** A count of people arrested: "detained 54 people", "54 people were detained". */
function arrests(input: string, at: Span): boolean {
  const before = input.slice(Math.max(0, at.start - 30), at.start);
  const after = input.slice(at.end, at.end + 60);
  return /\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|jail(?:ed|ing)|round(?:ed|ing) up|held)\s+(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+|over\s+)?$/i.test(before) || /^\s+(?:(?:were|had been|have been)\s+)?(?:detained|arrested|jailed|rounded up)\b/i.test(after);
}

/** A person named with up to two title words before the name ("Ukrainian journalist Oleksandra Kuvshynova"). */
const TITLED = "(?:[\\w'’-]+\\s+){0,2}?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)*";
const TITLED_LIST = new RegExp(`((?:${TITLED}\\s*,\\s*)*${TITLED}\\s+and\\s+${TITLED})\\s+$`);

/** A list of people, each named after a title or not, every item holding a person the article names. */
function titledPeople(before: string, base: number, mentions: Mention[]): RegExpExecArray | null {
  const m = TITLED_LIST.exec(before);
  if (!m) return null;
  let from = m.index;
  for (const item of m[1].split(/\s*,\s*|\s+and\s+/)) {
    const at = before.indexOf(item, from);
    if (!mentions.some((x) => x.entity.type === 'PERSON' && x.start >= base + at && x.end <= base + at + item.length)) return null;
    from = at + item.length;
  }
  return m;
}

/** "Bagshaw and Parry were killed": the named people counted. */
export function namedCount(input: string, trigger: Span, sentence: Span, mentions: Mention[] = []): Quantity | null {
  const before = input.slice(sentence.start, trigger.start);
  // ("cameraman Pierre Zakrzewski and Ukrainian journalist Oleksandra Kuvshynova were killed": each named after a title, every one a person.)
  const m = /((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*,\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+$/.exec(before) ?? titledPeople(before, sentence.start, mentions);
  if (!m) return null;
  const n = m[1].split(/\s*,\s*|\s+and\s+/).length;
  const start = sentence.start + m.index;
  return { value: n, unit: 'people', head: 'people', qualifier: 'exact', text: m[1], offsets: { start, end: start + m[1].length } };
}

/** A single person, as the one an arrest, release or deportation concerns: "she was arrested", "detained him", "his arrest". */
const ONE_PERSON =
  '(?:man|woman|boy|girl|teenager|activist|journalist|reporter|photographer|editor|blogger|writer|poet|artist|musician|singer|athlete|player|student|teacher|professor|academic|researcher|lawyer|doctor|priest|imam|pastor|leader|mayor|governor|minister|president|official|officer|soldier|commander|politician|lawmaker|legislator|dissident|critic|citizen|national|resident|businessman|businesswoman|entrepreneur|director|founder|worker|employee|volunteer|suspect|father|mother|son|daughter|wife|husband|brother|sister|farmer|driver|pilot)';
const ONE_SUBJECT = new RegExp(`(?:\\b(?:[Hh]e|[Ss]he)|\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:(?!of\\b)[\\w'’-]+\\s+){0,3}${ONE_PERSON}(?:\\s+(?:in|from|of)\\s+(?:(?:his|her|the|a)\\s+)?[\\w'’-]+)?)(?:\\s*,[^,.;]{1,80},)?\\s+(?:was|has been|had been|is being|got)\\s+(?:[a-z]+ly\\s+|also\\s+|later\\s+|then\\s+)?$`);
const ONE_OBJECT = new RegExp(`^\\s+(?:him\\b|her(?=\\s*(?:[,.;]|$)|\\s+(?:on|in|at|after|before|for|over|last|this|early|late|outside|near|from|during|without|while|as|when|until|shortly|hours|days)\\b)|(?:an?|the|one)\\s+(?:[\\w'’-]+\\s+){0,3}${ONE_PERSON}\\b(?![\\w'’-]|\\s+(?:[a-z]+s|of)\\b))(?!\\s+(?:and|along with|together with)\\b)`);

/**
 * "She was arrested on April 11", "police detained him", "her arrest on March 25", "arrested opposition
 * leader Ekrem Imamoglu": one person concerned is a count of one.
 */
export function onePerson(input: string, trigger: Span, sentence: Span, mentions: Mention[], verbs: RegExp = ONE_VERB): Quantity | null {
  const one = (start: number, end: number): Quantity => ({ value: 1, unit: 'person', head: 'person', qualifier: 'exact', text: input.slice(start, end), offsets: { start, end } });
  const verb = verbs.exec(input.slice(trigger.start, trigger.end));
  if (verb) {
    const v = { start: trigger.start + verb.index, end: trigger.start + verb.index + verb[0].length };
    const before = input.slice(sentence.start, v.start);
    const after = input.slice(v.end, sentence.end);
    // A passive told of one: "he was detained", "the former leader was arrested", "Navalny, 47, was jailed".
    const m = ONE_SUBJECT.exec(before);
    // Not "the family of a student from Gaza was detained": the one person only qualifies the group arrested.
    if (m && !/\b(?:of|to|for)\s+$/i.test(before.slice(0, m.index))) return one(sentence.start + m.index, v.end);
    if (m) return null;
    // "Ivanov and Petrov were detained": the people named before the verb, counted.
    const pair = /\s+(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?$/.exec(before);
    if (pair) {
      const named = namedCount(input, { start: v.start - pair[0].trimStart().length, end: v.start }, sentence, mentions);
      // Not "Supporters of X and Y were arrested", nor "X and Y were arrested along with 20 others".
      if (named && (/\b(?:of|to|for|with|from|by)\s+$/i.test(input.slice(sentence.start, named.offsets!.start)) || /^\s*,?\s*(?:along|together)\s+with\b/i.test(after))) return null;
      // Every one listed a person named, not "Moscow and St Petersburg".
      const people = named && (named.text ?? '').split(/\s*,\s*|\s+and\s+/).every((name) => {
        const at = input.indexOf(name, named.offsets!.start);
        return mentions.some((x) => x.entity.type === 'PERSON' && x.start < at + name.length && at < x.end);
      });
      if (named && people) return { ...named, offsets: { start: named.offsets!.start, end: v.end }, text: input.slice(named.offsets!.start, v.end) };
    }
    const named = mentions.find((x) => x.entity.type === 'PERSON' && x.end <= v.start && ONE_AUX.test(input.slice(x.end, v.start)));
    if (named && !/\b(?:and|&)\s+$/.test(input.slice(Math.max(sentence.start, named.start - 6), named.start))) return one(named.start, v.end);
    // Active: "police detained him", "arrested a trade union activist", "arrested opposition leader X".
    if (/\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$/.test(before)) return null;
    const o = ONE_OBJECT.exec(after);
    if (o) return one(v.start, v.end + o[0].length);
    // ("sentenced the Bordurian couple, John Doe and Ann Poe, to 19 months": a pair named after the word for it.)
    const obj = mentions.find((x) => x.entity.type === 'PERSON' && x.start >= v.end && (/^\s+(?:(?:the\s+)?(?:(?!(?:of|for|calling|demanding|supporters|and)\b)[a-z][\w'’-]*(?<!s)\s+){0,3})?$/.test(input.slice(v.end, x.start)) || PAIR_BEFORE.test(input.slice(v.end, x.start))));
    if (obj) {
      const listed = listedPeople(input, obj, sentence, mentions);
      if (listed) return { value: listed.count, unit: 'people', head: 'people', qualifier: 'exact', text: input.slice(v.start, listed.end), offsets: { start: v.start, end: listed.end } };
    }
    if (obj && !/^\s*(?:,\s*[A-Z]|and\s+|&)/.test(input.slice(obj.end, obj.end + 8))) return one(v.start, obj.end);
  }
  // A noun told of one: "his arrest", "Imamoglu's detention".
  // Near the trigger, and not a demand ("protesters demanding his release").
  const from = Math.max(sentence.start, trigger.start - 40);
  const text = input.slice(from, Math.min(sentence.end, trigger.end + 10));
  const n = /\b(?:[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?:arrest|detention|release|deportation|expulsion)\b/.exec(text);
  if (n && !DEMAND_BEFORE.test(input.slice(Math.max(sentence.start, from + n.index - 25), from + n.index))) return one(from + n.index, from + n.index + n[0].length);
  for (const x of mentions) {
    if (x.entity.type !== 'PERSON' || x.end < from || x.start > trigger.end) continue;
    const p = /^['’]s?\s+(?:[a-z]+\s+)?(?:arrest|detention|release|deportation|expulsion)\b/.exec(input.slice(x.end, sentence.end));
    if (p && !DEMAND_BEFORE.test(input.slice(Math.max(sentence.start, x.start - 25), x.start))) return one(x.start, x.end + p[0].length);
  }
  return null;
}

/**
 * The people listed from a first one named: "detained Belay Manaye, the founder of the outlet, and two of his reporters",
 * "arrested Deng Malual and reporter Nyakuma Riek". Two or more, or null.
 */
function listedPeople(input: string, first: Mention, sentence: Span, mentions: Mention[]): { count: number; end: number } | null {
  let count = 1;
  let at = first.end;
  let closed = false;
  for (;;) {
    // An apposition on the one just named: ", the founder of the outlet,".
    const aside = /^\s*,\s*(?:the|a|an|his|her|their)\s+[^,;.()]{1,80}(?=,)/.exec(input.slice(at, sentence.end));
    if (aside) at += aside[0].length;
    const link = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(input.slice(at, sentence.end));
    if (!link) break;
    const next = at + link[0].length;
    const and = /\band\s+$/.test(link[0]);
    // "and two of his reporters": a counted rest of people ends the list.
    const part = /^(?:(\d+)|(two|three|four|five|six|seven|eight|nine|ten))\s+(?:of\s+(?:his|her|their|its)\s+)?([a-z]+)\b/.exec(input.slice(next, sentence.end));
    if (part && and && (personHead(part[3]) || LISTED_PEOPLE.test(part[3]))) {
      count += part[1] ? Number(part[1]) : SMALL_NUMBERS[part[2].toLowerCase()];
      at = next + part[0].length;
      closed = true;
      break;
    }
    // "and reporter Nyakuma Riek": a title may stand before the next name.
    const person = mentions.find((x) => x.entity.type === 'PERSON' && x.start >= next && LISTED_TITLE.test(input.slice(next, x.start)));
    if (!person || /^['’]/.test(input.slice(person.end, person.end + 1))) break;
    count += 1;
    // The rest of a name the entity reader cut short: "Nyakuma Gatluak Riek".
    at = person.end + (/^(?:\s+[A-Z][\w'’-]+)*/.exec(input.slice(person.end, sentence.end))?.[0].length ?? 0);
    if (and) {
      closed = true;
      break;
    }
  }
  // The list ends the object: a place, a time or the sentence's end comes next, not a verb ("X and Y said …") or more people.
  // ("sentenced X and Y to 19 months": a sentence's term after the list.)
  if (!closed || count < 2 || !/^(?:\s*[,.;:]|\s+(?:at|in|on|near|outside|during|after|before|from|over|last|this|early|late|yesterday|today|overnight|earlier|shortly|while|as|when)\b|\s+to\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|life|death|prison|jail)|\s*$)/.test(input.slice(at, sentence.end))) return null;
  if (/^\s*,?\s*(?:along|together)\s+with\b|^\s*,?\s*as well as\b/i.test(input.slice(at, sentence.end))) return null;
  return { count, end: at };
}
/** "the Bordurian couple, ", "the two brothers, ": a word for a pair or group right before the names it is told of. */
const PAIR_BEFORE = /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:couple|pair|duo|brothers|sisters|siblings|twins)\s*,\s*$/;
/** Nouns for the counted rest of a list: "and two of his colleagues". */
const LISTED_PEOPLE = /^(?:others|colleagues|associates|aides|relatives|deputies|assistants|sons|daughters|brothers|sisters|friends|supporters|guards|bodyguards|companions|comrades|co-defendants)$/;
/** Words that may stand before a listed name: none, or a title ("reporter", "fellow activist", "opposition leader"). */
const LISTED_TITLE = new RegExp(`^(?:(?:the\\s+)?(?:(?:fellow|former|opposition|rights|human|independent|local|deputy|prominent)\\s+){0,2}${ONE_PERSON}s?\\s+)?$`);

const DEMAND_BEFORE = /\b(?:demand\w*|call\w*\s+for|urg\w*|protest\w*\s+(?:against|over)|against|over|for)\s+$/i;
const ONE_VERB = /\b(?:arrested|detained|jailed|imprisoned|sentenced|convicted|deported|expelled|freed|released|pardoned)\b/i;
/** "X was shot dead", "gunmen killed a journalist": a killing told of the people it names. */
export const KILLED_VERB = /\b(?:killed|shot dead|murdered|assassinated|stabbed to death|beaten to death)\b/i;
const ONE_AUX = /^(?:\s*,[^,.;]{1,80},|\s*,(?=\s+was\b))?\s+(?:was|has been|had been)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$/;

/** "264-159", "by 116 votes to two", "124 in favour to 14 against", "carried 204 to 117": a tally of votes. */
const TALLY = /^[\d,]+\s*(?:[-–]\s*\d+|(?:votes?\s+)?(?:to|against)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|none|zero|nil)|(?:votes?\s+)?in\s+favou?r\s*(?:,|and|to|with)\s*[\d,]+\s+(?:votes?\s+)?against)\b/i;
/** The decision the tally counts, told just before it: "voted", "by", "passed the bill earlier this month,". */
const DECIDED_BEFORE = /\b(?:voted|vote of|by|carried|passed|approved|adopted|ratified|backed|endorsed|rejected)\b[^.;]{0,50}$/i;

/** "103 out of 141 had voted in support": a vote tally for a decision taken by vote. */
export function voteTally(input: string, sentences: Span[], quantities: Quantity[]): Quantity | null {
  for (const q of quantities) {
    if (!q.offsets) continue;
    const s = sentences.find((x) => q.offsets!.start >= x.start && q.offsets!.end <= x.end);
    if (!s) continue;
    const around = input.slice(q.offsets.start, Math.min(s.end, q.offsets.end + 60));
    // "voted 103-0 to withdraw", "by 56 votes to 12"
    if (q.head === 'percent' || q.head === 'money') continue;
    const lead = input.slice(Math.max(s.start, q.offsets.start - 60), q.offsets.start);
    if (TALLY.test(around) && DECIDED_BEFORE.test(lead) && !/\b(?:aged|ages|age|between|from|born)\s+$/i.test(lead)) {
      return { ...q, unit: 'votes in favour', head: 'votes', qualifier: 'exact', max: undefined };
    }
    if (/^[\d,]+\s+(?:out of\s+[\d,]+|votes?|lawmakers|deputies|MPs|members|senators|legislators)\b[^.]*\bvot|^[\d,]+\s+votes?\s+in favou?r/i.test(around)) {
      return { ...q, unit: q.unit || 'votes in favour', head: 'votes' };
    }
  }
  return null;
}

/** "protest against Russia's invasion", "talks with Russia": the object of another word, not a place. */
const NOT_PLACE_WORD_BEFORE = /\b(?:against|with|by|about|towards?|than|despite)\s+(?:the\s+)?$/i;

/** "19,546 children have been deported or forcibly transferred to Russia … since February 2022": a count told in the present perfect up to now. */
const PERFECT_SINCE = /^[^.;:]{0,60}?\b(?:have|has)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b[^.;:]{0,140}?\bsince\b/i;

const TIME_PREP_BEFORE = new RegExp(`\\b(?:on|in|at|through|from)\\s+(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${MONTH_RE}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\\d{4})(?:,?\\s+\\d{4})?|(?:the\\s+)?(?:morning|evening|night|afternoon|weekend))\\s*,?\\s+$`, 'i');

/** The place: a city or named place in the segment after "in/near/outside/at", else a country after "to/in". */
export function pickPlace(c: ArgContext): Mention | null {
  let best: Mention | null = null;
  let bestScore = Infinity;
  for (const m of c.mentions) {
    if (m.entity.type !== 'PLACE' || !inside(m, c.segment)) continue;
    // "in a Russian drone attack": a demonym describes, it does not place
    if (DEMONYMS[c.input.slice(m.start, m.end).toLowerCase()]) continue;
    const before = c.input.slice(Math.max(c.segment.start, m.start - 40), m.start);
    // "Russian drones targeted Kyiv", "shelled Kherson": the place struck is the place of a strike.
    const struck = c.type === 'ATTACK' && STRUCK_BEFORE.test(before);
    const prep = (PLACE_PREP.test(before) && !TO_VERB.test(before)) || /\b(?:city|town|village|region|oblast|province) of\s+$/i.test(before) || struck;
    if (!prep) continue;
    // "took to the streets to protest against Russia's invasion", "talks with Russia": an object of another word, not a place.
    if (NOT_PLACE_WORD_BEFORE.test(before) && !struck) continue;
    // "On 26 August Russia fired…", "In March Atlantis struck…": a preposition of time before the subject, not of place.
    // ("On Saturday Kharkiv was struck by glide bombs", "… came under a drone attack": the subject struck is the place.)
    if (TIME_PREP_BEFORE.test(before) && !struck && !/^\s+(?:was|were)\s+(?:struck|hit|shelled|attacked|targeted|rocked|bombed|pounded)\b|^\s+came\s+under\b/i.test(c.input.slice(m.end, m.end + 30))) continue;
    // "…, the National Security Service in Yerevan said": where the teller sits, not where it happened.
    if (m.start > c.trigger.end && /^\s+(?:said|says|reported|told|announced|added|confirmed|stated)\b/i.test(c.input.slice(m.end, m.end + 16))) continue;
    if (/-(?:led|backed|based|controlled)/.test(c.input.slice(m.end, m.end + 12))) continue;
    // "killed in a Russian attack on Odesa": an adjective of nationality is an actor, not where it happened.
    if (DEMONYMS[c.input.slice(m.start, m.end).toLowerCase()] && ACTOR_NOUN_AFTER.test(c.input.slice(m.end, m.end + 40))) continue;
    // "talks on ending the war in Ukraine": the place of the war, not of the event.
    if (/\b(?:war|conflict|fighting|crisis|invasion|aggression)\s+(?:in|on|against|with)\s+(?:the\s+)?$/i.test(before)) continue;
    // "Addressing MPs, the premier said Moldova faced a crisis in Transnistria": a place inside what was said.
    if (m.start > c.trigger.end && REPORTED_AFTER.test(c.input.slice(c.trigger.end, m.start))) continue;
    // "… ahead of a halt to deliveries to Transnistria": the place of the next, other event.
    if (m.start > c.trigger.end && /\b(?:ahead of|in the (?:run|lead)-up to|amid)\b/i.test(c.input.slice(c.trigger.end, m.start))) continue;
    const country = m.entity.geo?.kind === 'country';
    // "a teacher from Oleshky, detained in occupied Crimea": origin and destination rank below location; rivers and seas below towns.
    const away = /\b(?:from|to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(before) && !/\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(before);
    const feature = m.entity.geo?.kind === 'other' ? 40 : 0;
    // "In the Donetsk region, a glide bomb hit a building in Toretsk": the most specific place wins.
    const region = m.entity.geo?.kind === 'region' || /\b(?:region|oblast|province)$/i.test(m.entity.name) || /^\s+(?:region|oblast|province)\b/i.test(c.input.slice(m.end, m.end + 10));
    const score = (country ? 300 : 0) + (region ? 30 : 0) + (away ? 50 : 0) + feature + dist(m, c.trigger) + (inside(m, c.clause) ? 0 : 80);
    if (score < bestScore) { best = m; bestScore = score; }
  }
  return best;
}

const PASSIVE_TARGET = new Set<EventType>(['ATTACK', 'DETENTION', 'DEPORTATION']);
/**
 * From a name to the end of the trigger, a passive told of it: "…, 29, was shot dead", "were detained"; not when an agent
 * follows ("was arrested by police" still has the name as its target), nor across a clause ("X said the men were detained").
 */
function passiveSubject(between: string): boolean {
  if (between.length > 90 || /[.;:]|\b(?:said|says|told|and|but|after|when|while|who|which|that)\b/i.test(between.replace(/^\s*,[^,]{1,60},/, ''))) return false;
  return /\b(?:was|were|been|being|got)\s+(?:(?:[a-z]+ly|also|later|then)\s+)?(?:[a-z]+ed|shot|held|taken|beaten|stabbed|slain|hit|struck|seized)\b/i.test(between);
}

/** Participants: actors named in the segment (people, organisations, countries, demonyms), with roles. */
export function pickParticipants(c: ArgContext, entities: Entity[], place: Mention | null): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  const add = (name: string, entityId: string | null, role: Role) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, entityId, role });
  };
  const roleAt = (at: Span): Role => {
    const before = c.input.slice(Math.max(c.segment.start, at.start - 70), at.start);
    if (MEDIATOR_CUE.test(before)) return 'mediator';
    // "Rex Masai was shot dead", "the activists were detained": the subject of a passive undergoes the act.
    if (at.end <= c.trigger.start && PASSIVE_TARGET.has(c.type) && passiveSubject(c.input.slice(at.end, c.trigger.end))) return 'target';
    if (at.end <= c.trigger.start) return 'agent';
    if (RECIPIENT_CUE.test(before)) return c.type === 'ATTACK' ? 'target' : 'recipient';
    return 'subject';
  };
  for (const m of c.mentions) {
    if (!inside(m, c.segment)) continue;
    const e = m.entity;
    if (place && place.entity.id === e.id && e.geo?.kind !== 'country') continue;
    if (e.type === 'PLACE' && e.geo?.kind !== 'country') {
      const country = e.standsFor ? entities.find((x) => x.id === e.standsFor) : null;
      if (country && !/\b(?:in|near|outside|at)\s+$/i.test(c.input.slice(m.start - 8, m.start))) add(country.name, country.id, roleAt(m));
      continue;
    }
    add(e.name, e.id, roleAt(m));
  }
  const text = c.input.slice(c.segment.start, c.segment.end);
  const demonym = /\b(Russians?|Ukrainians?|Americans?|British|French|German|Polish|Turkish|Chinese|Belarusian|Lithuanian|Israeli|Iranian|Emirati|Qatari|Saudi|North Korean)\b/g;
  for (let m = demonym.exec(text); m; m = demonym.exec(text)) {
    const name = DEMONYMS[m[1].toLowerCase()];
    if (!name) continue;
    const entity = entities.find((e) => e.name === name);
    const at = { start: c.segment.start + m.index, end: c.segment.start + m.index + m[0].length };
    add(name, entity?.id ?? null, roleAt(at));
  }
  return out;
}
