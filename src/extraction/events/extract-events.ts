import { AFTER_BEING, coarseWeek, fits, KILLED_VERB, namedCount, onePerson, voteTally, pickDate, pickParticipants, pickPlace, pickQuantity, publicationDate, type ArgContext, type Mention } from './arguments';
import { clauseAt, clauses } from './clauses';
import { datelinePlace, storySegments } from './dateline';
import { placeAtDateline, placedWithin, placeInvaded } from './story-places';
import { fillImplicitParties } from './parties';
import { sayingDay, type Draft } from './draft';
import { mergeDrafts } from './merge';
import { insideFrontedAfter, monthsOffAfter, relativeToEvent, setOffAfter, yearsOffAfter } from './relative';
import { attributionOf, statusOf } from './status';
import { RETURN_TYPES, findTriggers, type TriggerHit } from './triggers';
import { ANSWERED_BEFORE, CAMEO, CAPTION_CUE, CUMULATIVE_CUE, FIRST_SINCE, PHOTO_CREDIT_AFTER, REPORT_DAY_BEFORE, SET_OFF_ADJUNCT, withoutTollSoFar } from '../lexicon/events-cues';
import { ANAPHORIC_DAY, resolveAnaphoricDay } from '../time/anaphoric';
import { addDays } from '../time/calendar';
import { spanDays } from '../time/vocabulary';
import type { Entity, EventType, ExtractedEvent, Quantity, Sentence, Span, TimeExpr } from '../types';

export interface EventInput {
  input: string;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  publishedAt: string | null;
}

const within = (x: { offsets?: Span }, s: Span): boolean => Boolean(x.offsets && x.offsets.start >= s.start && x.offsets.end <= s.end);

/**
 * The items whose span lies inside `s`, from a list sorted by start: a binary search to the first
 * candidate, so a long article costs O(n log n), not one scan of every item per sentence.
 */
function inside<T>(sorted: T[], spanOf: (x: T) => Span, s: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(sorted[mid]).start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && spanOf(sorted[i]).start < s.end; i++) if (spanOf(sorted[i]).end <= s.end) out.push(sorted[i]);
  return out;
}

function byStart<T extends { offsets?: Span }>(items: T[]): T[] {
  return items.filter((x) => x.offsets).sort((a, b) => a.offsets!.start - b.offsets!.start);
}

/**
 * Dated, counted, attributed events: trigger lexicons find candidate events per sentence, argument
 * rules fill date, count, place, participants, status and claimant from the trigger's clause and
 * sentence, and merging keeps one event per real event in the article.
 */
export function extractEvents(args: EventInput): ExtractedEvent[] {
  const { input, sentences, entities, times, quantities } = args;
  const mentions: Mention[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const sortedTimes = byStart(times);
  const sortedQuantities = byStart(quantities);
  const offsetsOf = (x: { offsets?: Span }): Span => x.offsets!;
  const drafts: Draft[] = [];
  sentences.forEach((s, index) => {
    const text = input.slice(s.start, s.end);
    const ctxMentions = inside(mentions, (m) => m, s);
    const hits = findTriggers(text, ctxMentions.map((m) => ({ start: m.start - s.start, end: m.end - s.start, type: m.entity.type, name: m.entity.name })));
    if (hits.length === 0) return;
    const ctxTimes = inside(sortedTimes, offsetsOf, s);
    const ctxQuantities = inside(sortedQuantities, offsetsOf, s);
    const spans = clauses(text).map((c) => ({ start: c.start + s.start, end: c.end + s.start }));
    // ("…, Amnesty's Secretary General Agnès Callamard said:": a long sentence opening a quote is no headline.)
    const previous = index > 0 && sentences[index - 1].paragraph === s.paragraph ? sentences[index - 1] : null;
    const next = index + 1 < sentences.length && sentences[index + 1].paragraph === s.paragraph ? sentences[index + 1] : null;
    // ("…, Wednesday, Oct. 18, 2023. (AP Photo/Pedro Linares)": a credit cut from the body after a sentence marks it a caption.)
    const credit = PHOTO_CREDIT_AFTER.test(input.slice(s.end, s.end + 80));
    const headline = !(/[.!?…"'”’)\]]$/.test(text.trim()) || (/:$/.test(text.trim()) && text.split(/\s+/).length >= 12)) || CAPTION_CUE.test(text) || credit;
    const recent = new Set(drafts.filter((x) => x.sentence >= index - 2).map((x) => x.type));
    const nearby = new Set(drafts.filter((x) => x.sentence >= index - 6).map((x) => x.type));
    for (const hit of hits) {
      const d = draftFor({ args, s, index, hit, hits, spans, ctxTimes, ctxQuantities, ctxMentions, headline, previous, next, recent, nearby });
      if (d) drafts.push(d);
    }
  });
  splitDatedList(drafts, input, sortedTimes, mentions);
  splitHeldList(drafts, input, sortedTimes, mentions);
  anchorToEvents(drafts, args.times, sentences);
  datedByAnother(drafts);
  inheritFollowUpDates(drafts);
  datedByLead(drafts, sentences, args.times, args.publishedAt ?? null);
  aidBills(drafts, input);
  lawsForAid(drafts);
  tariffsAsSanctions(drafts, input, sentences);
  releasesInSwaps(drafts, input, sentences);
  attachFollowUpCounts(drafts, sentences, input, quantities);
  attachVoteTally(drafts, sentences, input, quantities);
  countAgreedActs(drafts, input, sortedQuantities);
  const stories = storySegments(input, sentences);
  for (const d of drafts) d.story = stories[d.sentence];
  const merged = mergeDrafts(drafts, placedWithin(input, mentions));
  datedInOwnSentence(merged, sortedTimes, args.publishedAt ?? null);
  countOnePerson(merged, input, mentions);
  placeAtDateline(merged, datelinePlace(input, sentences, mentions), args.publishedAt);
  fillImplicitParties(merged);
  placeInvaded(merged, args.entities);
  return merged.map(toEvent);
}

interface DraftArgs {
  args: EventInput;
  s: Sentence;
  index: number;
  hit: TriggerHit;
  hits: TriggerHit[];
  spans: Span[];
  ctxTimes: TimeExpr[];
  ctxQuantities: Quantity[];
  ctxMentions: Mention[];
  headline: boolean;
  previous: Sentence | null;
  next: Sentence | null;
  /** Types of the events told in the two sentences before. */
  recent: Set<EventType>;
  /** Types of the events told in the six sentences before (past a quoted statement or two). */
  nearby: Set<EventType>;
}

/** A sentence opening with a short while after what was told before. */
const LATER_OPENER = /^\W*(?:days|hours|weeks|a (?:day|week|few days|few weeks)|(?:two|three|four|five|several) (?:days|weeks)) later\s*,/i;

/** Money paid to people for their loss, or a government's concessions to its own people ("offered concessions: the monthly cash payment will rise"). */
const COMPENSATION = /\b(?:compensation|ex[ -]gratia|indemnit(?:y|ies)|reparations|cash (?:payments?|transfers?|handouts?)|(?:fuel|food|energy) subsid(?:y|ies)|forgive (?:\w+\s+){0,2}loans)\b/i;

function draftFor(a: DraftArgs): Draft | null {
  const { args, s, hit } = a;
  const { input } = args;
  const trigger = { start: s.start + hit.start, end: s.start + hit.end };
  const clause = clauseAt(a.spans, trigger.start);
  // "the swap" refers back: only its own noun phrase ("the Feb. 28 meeting", "the protest in Kyiv") dates or places it.
  // "The previous exchange took place in early April": an earlier swap told with its own time, not a reference.
  const earlier = hit.def.id === 'exchange.in-exchange' && /\b(?:the|its|their)\s+(?:previous|prior|preceding|last)\s+$/i.test(input.slice(Math.max(s.start, trigger.start - 30), trigger.start));
  const weakHit = !earlier && (hit.anaphoric || hit.generic || Boolean(hit.def.mergeOnly));
  const segment = weakHit ? nounPhrase(input, trigger, s) : segmentOf(a.hits, hit, s);
  // "brought home 103 soldiers in a prisoner exchange": a release told with an exchange is that exchange.
  // ("lifted sanctions in exchange for the release of 14 prisoners" is a release: "in exchange" only refers;
  // "handed over 45 POWs in exchange for 45 of its own soldiers", "the previous exchange … when each side
  // released 60" are swaps.)
  const swap = (h: TriggerHit) =>
    h.def.type === 'PRISONER_EXCHANGE' && !h.anaphoric && (!h.def.mergeOnly || !/^\s+for\s+(?:the\s+)?(?:release|freedom|return)\b/i.test(s.text.slice(h.end, h.end + 30)));
  // ("In October 2022, Azerbaijan handed over 17 POWs, and in June 2021 it released 15 detainees in exchange for maps": with
  // two releases in one sentence, each is read in its own stretch of it.)
  const stretch = ownStretch(a.hits, hit, s);
  const type = hit.def.type === 'PRISONER_RELEASE' && (a.hits.some((h) => swap(h) && h.start >= stretch.start && h.end <= stretch.end) || swapTold(input, { ...s, text: s.text.slice(stretch.start, stretch.end) }, a.next, a.previous) || MILITARY_RETURN.test(hit.text) || (/^(?:returned|brought (?:back|home))\b|\bcame\s+(?:back\s+)?home\b/i.test(hit.text) && MILITARY_IN.test(s.text))) ? 'PRISONER_EXCHANGE' : hit.def.type;
  // "Parliament passed the Russia Sanctions Bill": a law that sanctions is the sanctions.
  if (type === 'POLICY' && SANCTIONS_LAW.test(input.slice(segment.start, segment.end))) return draftFor({ ...a, hit: { ...hit, def: { ...hit.def, type: 'SANCTIONS' } } });
  // "adopted the bill on Sweden's accession protocol": a law that ratifies a treaty or an accession is the agreement's step.
  if (type === 'POLICY' && TREATY_LAW.test(input.slice(trigger.start, Math.min(segment.end, trigger.end + 80)))) return draftFor({ ...a, hit: { ...hit, def: { ...hit.def, type: 'AGREEMENT' } } });
  // "announced compensation of Rs 10 lakh for the families", "would pay an ex gratia of Rs 4 lakh to the next of kin": a
  // government's payment to its own people is a decision about them, not aid.
  if (type === 'AID_PROVISION' && COMPENSATION.test(input.slice(Math.max(clause.start, trigger.start - 80), Math.min(clause.end, trigger.end + 60)))) return draftFor({ ...a, hit: { ...hit, def: { ...hit.def, type: 'POLICY' } } });
  // "receiving in return two citizens who had been imprisoned in Belarus": the past of those freed is no detention of its own.
  if (type === 'DETENTION' && /\b(?:who|that|whom)\s+(?:(?:had|have|has)\s+(?:been\s+)?(?:[\w-]+\s+)?)?$/i.test(input.slice(Math.max(s.start, trigger.start - 40), trigger.start)) && a.hits.some((h) => RETURN_TYPES.has(h.def.type) && h.start < hit.start)) return null;
  // "bringing home hundreds of captured soldiers": those returned named by their capture, no arrest told.
  if (type === 'DETENTION' && /^(?:captured|detained|imprisoned|jailed|held)\s/i.test(hit.text) && /\b(?:of|the|their|its|his|her|[\d,]+|hundreds|dozens|thousands)\s+$/i.test(input.slice(Math.max(s.start, trigger.start - 20), trigger.start)) && a.hits.some((h) => RETURN_TYPES.has(h.def.type))) return null;
  // "The four, who had been in pre-trial detention since the spring, were convicted", "workers who were detained in a raid took off":
  // custody told in a relative clause on those the sentence is about refers to an arrest told elsewhere.
  if (type === 'DETENTION' && !hit.def.follows && /\b(?:who|whom)\s+(?:(?:had|have|has)\s+)?(?:been\s+|were\s+|was\s+)?(?:[\w-]+\s+)?$/i.test(input.slice(Math.max(s.start, trigger.start - 40), trigger.start))) return draftFor({ ...a, hit: { ...hit, def: { ...hit.def, follows: true } } });
  // "In the previous swap on June 2, the sides exchanged the bodies of fallen soldiers": a swap of bodies.
  if ((hit.def.id === 'exchange.swap' || hit.def.id === 'exchange.in-exchange') && a.hits.some((h) => h.def.type === 'BODY_REPATRIATION')) return null;
  const ctx: ArgContext = {
    input, type, trigger, clause, segment, sentence: { start: s.start, end: s.end }, noun: Boolean(hit.def.noun),
    times: a.ctxTimes, quantities: a.ctxQuantities, mentions: a.ctxMentions,
  };
  const said = statusOf(input, ctx.sentence, clause, trigger, Boolean(hit.def.noun));
  let status = said === 'refused' && hit.def.refusalIsEvent ? 'occurred' : said;
  // "agreed during talks to carry out another exchange of prisoners", "agreed to swap all wounded prisoners": the act is agreed, not done.
  if (status === 'occurred' && RETURN_TYPES.has(type) && AGREED_TO.test(input.slice(clause.start, trigger.start))) status = 'planned';
  // Refusing to supply, sanction or attack is no event; a refused proposal (talks, a truce, a swap, a deal) is one.
  if (status === 'negated' || (status === 'refused' && !REFUSABLE.has(type))) return null;
  let own = pickDate(ctx);
  // "The union has called a second strike for 26 March": a day after publication (past the next, which a night's attack or a time
  // zone may reach), told in the clause, has not happened yet.
  // (A decision taking effect later, "declared November 19 a day of mourning", was still made.)
  const ahead = own != null && own.granularity === 'day' && !own.open && own.offsets != null && own.offsets.start >= clause.start && own.offsets.end <= clause.end && args.publishedAt != null && own.start > addDays(args.publishedAt.slice(0, 10), 1) ? own : null;
  // "…after a missile attack in Odesa, Saturday, Nov. 23": a date set off after an "after" adjunct dates the main clause.
  if (own?.offsets && own.offsets.start > trigger.end && AFTER_ADJUNCT.test(input.slice(Math.max(s.start, trigger.start - 50), trigger.start)) && /,/.test(input.slice(trigger.end, own.offsets.start))) own = null;
  // "A day later, …", "The swap came a day after …": dated against another event, not by a date elsewhere in the sentence.
  const relative = relativeToEvent(input, s, trigger, args.times, publicationDate(args.publishedAt ?? '1970-01-01'), !hit.def.noun);
  // "Four days later, on December 19, …": a calendar day given with it wins; "days after" (no number) never overrides a day.
  if (relative && (!own || insideFrontedAfter(input, s, trigger, own) || (own.offsets!.start < trigger.start && !(own.source === 'explicit' && own.granularity === 'day') && relative.granularity === 'day'))) own = relative;
  // "… on Saturday, a day after a protest turned violent": the day named is the main clause's; the act after it fell a day before.
  const setOff = setOffAfter(input, s, trigger, args.times);
  if (setOff && (!own?.offsets || own.offsets.start < trigger.start)) own = setOff;
  const monthsOff = setOff ? null : monthsOffAfter(input, s, trigger, args.times);
  if (monthsOff && (!own?.offsets || own.offsets.start < trigger.start)) own = monthsOff;
  const yearsOff = setOff || monthsOff || !args.publishedAt ? null : yearsOffAfter(input, s, trigger, args.times, publicationDate(args.publishedAt));
  if (yearsOff && !own) own = yearsOff;
  if (status === 'occurred' && ahead && own === ahead && !DECIDED.has(type)) status = 'planned';
  let date = own;
  let inherited = false;
  // A running total ("more than 7,000 since the invasion") is dated as of publication, never by a neighbour.
  // "the first prisoner swap since Baku retook the region": a superlative's range is no running total.
  const total = CUMULATIVE_CUE.test(withoutTollSoFar(input.slice(s.start, s.end).replace(FIRST_SINCE, '')));
  // "33 journalists are currently in prison", "a dozen remain in jails": a state told in the present is as of publication.
  const presentState = PRESENT_STATE.test(hit.text);
  // "Days later, the State Department revoked his visa": a new paragraph told as shortly after the last one, in its month.
  const later = !a.previous && a.index > 0 && LATER_OPENER.test(s.text) ? args.sentences[a.index - 1] : null;
  if (!date && later && !a.headline && !weakHit && !total && !presentState) {
    date = args.times.find((t) => within(t, later) && t.prep !== 'until' && t.granularity === 'month') ?? null;
    inherited = date != null;
  }
  // "At least 44 were killed in air strikes on Kharkiv on Friday": a sentence with a day of its own (not the day of saying) is not
  // dated by the one before (its own report of the same kind lends it that day: inheritFollowUpDates).
  const sentenceDay = (): boolean => a.ctxTimes.some((t) => (t.granularity === 'day' || t.granularity === 'month') && t.prep !== 'until' && !REPORT_DAY_BEFORE.test(input.slice(Math.max(s.start, t.offsets!.start - 30), t.offsets!.start)));
  if (!date && a.previous && !a.headline && !weakHit && !total && !presentState && !sentenceDay()) {
    // ("… deported since February 2022. Just over 1,600 of them have been brought back": a running total's range dates no act.)
    // ("The ministry said on Monday that she had attended the funeral last month. X was killed in September": the day of saying dates no act.)
    // ("… after mass protests in 2018. More than 300 people were killed as police put down the protests": a past year dates the
    // story the sentence refers back to; "Roe was elected in 2019. Police detained 30 of her supporters" is today's news.)
    const back = REFERS_BACK.test(s.text) && TOLD_BEFORE.test(input.slice(a.previous.start, a.previous.end));
    const pastYear = (t: TimeExpr): boolean => back && t.granularity === 'year' && args.publishedAt != null && t.end.slice(0, 4) < args.publishedAt.slice(0, 4);
    date = args.times.find((t) => within(t, a.previous!) && t.prep !== 'until' && !t.open && (t.granularity === 'day' || t.granularity === 'month' || pastYear(t)) && !REPORT_DAY_BEFORE.test(input.slice(Math.max(a.previous!.start, t.offsets!.start - 30), t.offsets!.start))) ?? null;
    inherited = date != null;
  }
  // ("Decree 70/2023, which Milei signed on December 20": a trigger ending in its own relative clause is dated right after it.)
  const ownInClause = own != null && own.offsets != null && ((own.offsets.start >= clause.start && own.offsets.end <= clause.end) || (own.offsets.start >= trigger.start && own.offsets.start <= trigger.end + 2));
  // "Of them, 602 bodies were returned from …": a breakdown of the count before it, not an event of its own.
  // "…, 451 of the bodies were brought back from …": a part of the count told before, not an event of its own.
  // ("154 of the prisoners were deported to Egypt" after a release: a part taken on to another act is an event of its own.)
  // "Four of them remain in custody.": a part of the people just counted.
  // ("Of them, 54 were pushed back across the border" after an arrest tells another act: an event of its own.)
  const toldBefore = a.recent.has(type) || (RETURN_TYPES.has(type) && [...a.recent].some((t) => RETURN_TYPES.has(t)));
  // ("409 bodies were repatriated from the Donetsk sector, 30 from the Zaporizhzhia sector …": the count told before, by origin.)
  const breakdown = (toldBefore && /^\W*(?:(?:of|among) (?:them|these|those)\s*,|(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|most|some|several|many)\s+of\s+(?:them|these|those)\s+(?:[\w'’-]+\s+){0,2}$)/i.test(input.slice(s.start, trigger.start))) || (a.nearby.has(type) && !own && BY_ORIGIN.test(input.slice(s.start, s.end))) || (toldBefore && PART_OF_BEFORE.test(input.slice(Math.max(s.start, trigger.start - 40), trigger.start)));
  let q = pickQuantity(weakHit ? { ...ctx, segment: eachSide(input, segment, s, ctx.quantities) } : ctx);
  if (!q && hit.def.id === 'attack.were-killed') {
    const named = namedCount(input, trigger, ctx.sentence, a.ctxMentions);
    if (named) q = { quantity: named, cumulative: false, others: [] };
  }
  // "more than 2,300 since the invasion in February 2022": the date starts the running total, it does not date the event.
  // "Since the last 20 hostages came home on October 13, …": a since-clause holding the trigger and its count dates the act
  // it tells ("Since fighting broke out in April 2023, more than 150,000 have been killed" is a running total still).
  const sinceHolds = own?.offsets != null && q?.quantity.offsets != null && own.offsets.start > trigger.end && q.quantity.offsets.end <= own.offsets.start;
  if (q?.cumulative && own?.offsets && (own.prep === 'since' || SINCE_PHRASE.test(input.slice(Math.max(s.start, own.offsets.start - 80, sinceHolds ? trigger.end : 0), own.offsets.start)) || /\b(?:last|past)\s+\w+\s+(?:years|months|weeks|days)\b/i.test(own.text))) {
    // "Police have detained 224 people since the protests began on Thursday": arrests counted from a day of the past fortnight
    // are dated by the day they run from (a toll or a total since a year or a war stays as of publication).
    const recentDay = type === 'DETENTION' && own.granularity === 'day' && args.publishedAt != null && own.start >= addDays(args.publishedAt.slice(0, 10), -14) && own.start <= args.publishedAt.slice(0, 10);
    own = recentDay ? { ...own, end: own.start, open: false } : null;
    date = own;
  }
  const place = pickPlace(ctx);
  const participants = pickParticipants(weakHit ? { ...ctx, segment: segmentOf(a.hits, hit, s) } : ctx, args.entities, place);
  let mergeOnly = Boolean(hit.def.mergeOnly) || breakdown;
  // "The previous exchange took place on August 24": an earlier swap with its own day is an event of its own.
  if (earlier) mergeOnly = !own;
  // A pledge ("Paris would send missiles", "Berlin will provide…") is an aid event of its own, planned.
  const pledge = type === 'AID_PROVISION' && status === 'planned' && !weakHit;
  // "X will send 49 tanks to Ukraine": an announced delivery with its size is news of the day, dated by publication.
  // ("Moldova says it will expel 45 Russian diplomats": an expulsion announced is decided.)
  const announcing = (type === 'AID_PROVISION' || type === 'AID_SUSPENSION' || type === 'POLICY' || type === 'SANCTIONS' || hit.def.id === 'deportation.diplomats') && status === 'planned' && !total && !a.headline && PLAN_ANNOUNCED.test(input.slice(s.start, trigger.start));
  // ("Sweden said it would send its artillery, and Denmark said it would donate all 19 of its howitzers": not another giver's.)
  const announcedSize = announcing && type === 'AID_PROVISION' ? (q ?? pickQuantity({ ...ctx, segment: segmentOf(a.hits, hit, s) })) : null;
  // "Moldova will reduce the number of Russian diplomats, the minister announced": a measure decided is news of the day.
  const announcedAid = announcedSize != null || (announcing && type !== 'AID_PROVISION');
  q ??= announcedSize;
  if (status !== 'occurred' && status !== 'ongoing' && status !== 'refused' && !ownInClause && !pledge && !announcedAid) {
    if (!hit.anaphoric) return null;
    mergeOnly = true;
  }
  // "On Dec. 29, Russia fired 122 missiles … in the largest air strike since the invasion began": the day before the
  // since-phrase is the strike's; the invasion it counts from is anchored only by a time of its own after it.
  const sinceNoun = own?.offsets != null && own.offsets.end <= trigger.start && /\bsince\s+(?:the\s+|its\s+|[A-Z][\w-]+['’]s\s+)?$/i.test(input.slice(Math.max(s.start, trigger.start - 30), trigger.start).replace(/(?:full|large)-scale\s+$/i, ''));
  // ("Iran suspended the 2015 nuclear deal": a deal named by its year is a known one, anchored though the year is not the act's.)
  const namedByYear = NAMED_BY_YEAR.test(input.slice(trigger.start, Math.min(s.end, trigger.end + 30)));
  if (hit.def.needsAnchor === 'date' && (!own || sinceNoun) && !namedByYear) mergeOnly = true;
  // "The UK government has banned TikTok on ministers' phones": a government's decision told in the present perfect is the day's news.
  const newsOfTheDay = type === 'POLICY' && hit.def.id === 'verb.decide.authority' && /\b(?:has|have)\s+(?:now\s+|also\s+|formally\s+|officially\s+)?$/i.test(input.slice(Math.max(s.start, trigger.start - 20), trigger.start));
  if (hit.def.needsAnchor === 'specific' && !own && !place && !newsOfTheDay && !namedByYear && !linkedPerson(input, trigger, a.ctxMentions)) mergeOnly = true;
  const evidence = { text: input.slice(s.start, s.end), start: s.start, end: s.end };
  return {
    type,
    hit: mergeOnly === Boolean(hit.def.mergeOnly) ? hit : { ...hit, def: { ...hit.def, mergeOnly } },
    sentence: a.index,
    paragraph: s.paragraph,
    date: date ?? publicationDate(args.publishedAt ?? '1970-01-01'),
    ownDate: Boolean(own) || inherited,
    borrowed: inherited,
    quantity: q?.quantity ?? null,
    quantities: q?.others ?? [],
    cumulative: Boolean(q && (q.cumulative || total)),
    place,
    participants,
    status,
    attribution: attributionOf(input, ctx.sentence, a.ctxMentions),
    evidence,
    more: [],
    headline: a.headline,
    primary: a.hits.find((h) => !h.def.mergeOnly && !h.anaphoric && !h.generic) === hit,
    // "33 journalists are currently in prison": a counted state of today is its own report, not the arrest told before.
    present: presentState,
    // ("the barrage was retaliation for Saturday's explosion on the bridge": the act answered is not the one told before.)
    // ("The Treasury separately designated …": told as apart before the act; "were released separately in Lviv and Oslo" is not.)
    distinct: !weakHit && (DISTINCT.test(input.slice(Math.max(s.start, trigger.start - 30), Math.min(s.end, trigger.end + 12))) || /\bseparately\s+(?:[\w-]+\s+)?$/i.test(input.slice(Math.max(s.start, trigger.start - 30), trigger.start)) || (presentState && q != null) || ANSWERED_BEFORE.test(input.slice(s.start, trigger.start))),
    confidence: hit.def.confidence * (status === 'occurred' ? 1 : 0.9) * (own ? 1 : 0.95),
  };
}

/** "the 2015 nuclear deal", "its 2010 treaty": a thing named by its year. */
const NAMED_BY_YEAR = /^\S+(?:\s+\S+)?\s+(?:the|its|their|his|her)\s+(?:19|20)\d\d\s+[A-Za-z]/;

/** Decisions whose day may be the day they take effect. */
const DECIDED = new Set<EventType>(['POLICY', 'AID_PROVISION', 'AID_SUSPENSION', 'SANCTIONS', 'AGREEMENT']);

/** "Ukraine returned 32 soldiers", "20 servicemen came home": soldiers come home from captivity in swaps. */
const MILITARY_RETURN = /^(?:returned|brought (?:back|home)|came (?:back|home))\b.*\b(?:prisoners of war|POWs|soldiers|servicem[ae]n|servicewom[ae]n|defenders|troops|marines|fighters|service members)\b|\b(?:prisoners of war|POWs|soldiers|servicem[ae]n|servicewom[ae]n|defenders|troops|marines)\b.*\b(?:(?:returned|came)\s+home|(?:were|have been|had been)\s+returned)\b/i;
/** "brought home 84 people – 33 soldiers and 51 civilians": soldiers among those returned. */
const MILITARY_IN = /\b(?:prisoners of war|POWs|soldiers|servicem[ae]n|servicewom[ae]n|defenders|marines|military personnel|service members)\b/i;
const TREATY_LAW = /\b(?:bill|law|legislation|motion)\s+(?:on|ratifying|approving|for)\s+(?:[\w'’-]+\s+){0,3}?(?:accession|treaty|convention|membership bid|(?:accession|membership)\s+protocol)\b/i;
const SANCTIONS_LAW = /\bsanctions?\s+(?:bill|law|act|legislation)\b|\b(?:law|bill|act)\s+(?:allowing|enabling|empowering)\s+[^.;]{0,40}?\bto\s+impose\s+(?:[\w'’-]+\s+){0,3}sanctions\b/i;
const SWAP_WORD = /\b(?:exchange|swap)\b(?!\s+rate)/i;

/**
 * "returned home in exchange for 20 Russians" (the release trigger swallows "in exchange"), or a
 * release followed in its paragraph by "It was the first exchange …": a swap, not a one-sided release.
 */
/**
 * The stretch of the sentence (offsets in its text) between the acts of freeing told before and after this one, each
 * with its own time ("In October 2022, Azerbaijan handed over 17 POWs, and in June 2021 it released 15 detainees in exchange
 * for maps"); the whole sentence otherwise ("The sides swapped prisoners on Saturday; Russia freed 307 Ukrainians").
 */
function ownStretch(hits: TriggerHit[], hit: TriggerHit, s: Sentence): Span {
  const whole = { start: 0, end: s.text.length };
  // Acts of freeing told by a verb of freeing ("handed over", "released … in exchange for"), not "exchanged prisoners".
  const releases = hits.filter((h) => (h.def.type === 'PRISONER_RELEASE' || (h.def.type === 'PRISONER_EXCHANGE' && FREEING_VERB.test(h.text))) && !h.def.mergeOnly && !h.anaphoric && !h.def.noun);
  const i = releases.indexOf(hit);
  if (i < 0 || releases.length < 2) return whole;
  // (Cut at the clause boundary between two acts: ", and in June 2021 it released …" opens the second one's stretch.)
  const boundary = (from: number, to: number): number => {
    let at = -1;
    for (const m of s.text.slice(from, to).matchAll(/,\s+(?:and|while|but)\s|;\s/g)) at = from + m.index;
    return at;
  };
  const before = i > 0 ? boundary(releases[i - 1].end, hit.start) : -1;
  const after = i < releases.length - 1 ? boundary(hit.end, releases[i + 1].start) : -1;
  const own = { start: i > 0 ? (before >= 0 ? before : releases[i - 1].end) : 0, end: i < releases.length - 1 ? (after >= 0 ? after : releases[i + 1].start) : s.text.length };
  const dated = (from: number, to: number) => DATED.test(s.text.slice(from, to));
  return dated(own.start, own.end) && (dated(0, own.start) || dated(own.end, s.text.length)) ? own : whole;
}
const FREEING_VERB = /^(?:released|freed|handed\s+over|returned|set\s+free)\b/i;
/** A month or a year told in a stretch of a sentence. */
const DATED = /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function swapTold(input: string, s: Sentence, next: Sentence | null, previous: Sentence | null): boolean {
  if (/\bin (?:exchange|return) for\s+(?!(?:the\s+)?(?:release|freedom|return)\b)/i.test(s.text) || /\b(?:each|both) sides?\b/i.test(s.text) || SAME_NUMBER_BACK.test(s.text)) return true;
  // "The thaw was also helped by a prisoner swap. Russia freed X on February 11 …": the release details the swap just introduced.
  const before = previous ? input.slice(previous.start, previous.end) : '';
  if (SWAP_INTRODUCED.test(before) && !SWAP_WORD.test(s.text) && !SWAP_DENIED.test(before)) return true;
  // "French officials denied that a swap had been agreed": a swap denied does not make the release one.
  const told = next ? input.slice(next.start, next.end) : '';
  return next != null && SWAP_WORD.test(told) && !SWAP_WORD.test(s.text) && !SWAP_DENIED.test(told);
}

/** "…, with Russia receiving the same number of people", "Moscow said the same number of Russians had been returned": the other side's return. */
const SAME_NUMBER_BACK = /\b(?:receiv(?:e|es|ed|ing)|g[eo]t(?:s|ting)?|taking back|took back)\s+(?:back\s+)?the same number\b|\bthe same number of\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?(?:returned|released|freed|handed over|sent back|brought back)\b/i;

/** A sentence ending on a swap it introduces ("… was helped by a prisoner swap."). */
const SWAP_INTRODUCED = /\b(?:a|an)\s+(?:[\w-]+\s+)?(?:prisoner\s+(?:swap|exchange)|swap)\W*$/i;

const SWAP_DENIED = /\b(?:denied|deny|denies|denying|rejected|dismissed)\b[^.;]{0,40}\b(?:swap|exchange)\b|\b(?:no|not a)\s+(?:prisoner\s+)?(?:swap|exchange)\b/i;

/** "signed a separate accord", "in a second strike", "elsewhere, drones hit…", "has since pounded": not the event told before. */
// "Smaller rallies took place in Ankara", "other protests": more events of the kind, not the one told before.
const DISTINCT = /\bseparate\s+(?:agreements|accords|deals|memorand(?:ums|a)|declarations|documents|treaties|packages)\b|\b(?:a|an)\s+(?:separate|second|different|further)\b(?!\s+(?:\d[\d,.]*(?![\d-])|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))|\belsewhere\b|\b(?:has|have)\s+since\b|\b(?:smaller|similar|parallel|rival|other)\s+(?:[\w-]+\s+)?(?:rall(?:y|ies)|protests|demonstrations|marches)\s+(?:were|took|also|have|had)\b/i;
const AGREED_TO = /\bagree(?:d|s|ing)?\s+(?:(?!(?:and|but|that|which)\b)[^.;,\s]+\s+){0,14}?to\s+(?:(?!(?:and|but)\b)[\w'’-]+\s+){0,4}$/i;
const REFUSABLE = new Set<string>(['CEASEFIRE', 'MEETING', 'PRISONER_EXCHANGE', 'AGREEMENT', 'PRISONER_RELEASE', 'BODY_REPATRIATION']);
const PART_OF_BEFORE = /(?:^|[,:;]\s*)[\d,.]+\s+of\s+(?:the|them|these|those)\s+(?:[\w'’-]+\s+)?$/i;
/** The plan is told in the reporting clause itself ("X will send …"), not in a condition or a hope ("if X sends …"). */
const PLAN_ANNOUNCED = /^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?:will|is to|plans to|is set to|is going to)\s+$|\b(?:announced|said|confirmed|declared)\s+(?:on\s+\w+\s+)?that\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:would|will)\s+$|^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?:says|said|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:would|will)\s+$/;
/** Counts listed by where they came from: "409 … from the Donetsk sector, 30 from the Zaporizhzhia sector". */
const BY_ORIGIN = /\b\d[\d,]*\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?[^,;.]{1,50},\s+(?:and\s+)?\d[\d,]*\s+from\b/i;
const SINCE_PHRASE = /\bsince\s+(?:[\w'’-]+\s+){0,8}(?:in\s+|on\s+)?$/i;
const AFTER_ADJUNCT = /\b(?:after|following)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** The noun phrase of a referring trigger: a few words before it and a short modifier after ("the protest in Kyiv"). */
function nounPhrase(input: string, trigger: Span, s: Sentence): Span {
  const before = input.slice(Math.max(s.start, trigger.start - 40), trigger.start);
  const det = /\b(?:the|this|that|these|those|its|their|his|her|whose)\s+(?:[\w.'’-]+\s+){0,3}$/i.exec(before);
  const start = det ? trigger.start - det[0].length : trigger.start;
  // "his summit with the Russian leader in Alaska on 15 August": a companion, then a place and a day.
  // "the joint summit of the East African Community (EAC) and the Southern African Development Community (SADC) in Dar es
  // Salaam on 8 February": names with their acronyms, joined by "and", then a place and a day.
  const after = NOUN_PHRASE_AFTER.exec(input.slice(trigger.end, s.end));
  // "The ceasefire, brokered by the US and France, came into force at 4 a.m. on November 27": the noun's own onset dates it.
  const end = trigger.end + (after ? after[0].length : 0);
  const onset = ONSET.exec(input.slice(end, s.end));
  return { start, end: end + (onset ? onset[0].length : 0) };
}

const NAME_AFTER = `(?:the\\s+)?[A-Z0-9][\\w.'’-]*(?:\\s+(?:[A-Z0-9][\\w.'’-]*|of|for|and|es|de|el|al|la|du)(?=\\s|$)){0,5}(?:\\s+\\([A-Z][A-Za-z]{1,7}\\))?`;
const NOUN_PHRASE_AFTER = new RegExp(`^(?:\\s+(?:with|between)\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,9}?[\\w.'’-]+(?=\\s+(?:in|on|at)\\s))?(?:\\s+(?:in|on|near|outside|at|of|and|through|across)\\s+${NAME_AFTER}(?:,?\\s+(?:last|this|that)\\s+year)?(?=[\\s,.;:]|$)){0,4}`);
const ONSET = /^(?:\s*,[^,.;]{1,80},|\s*,(?=\s+which\b))?\s+(?:(?:which|that)\s+)?(?:took effect|came into (?:force|effect)|entered into force|(?:was|were)\s+(?:signed|agreed|announced|declared|reached))(?:\s+at\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight|dawn))?(?:\s+(?:on|in)\s+[^,.;]{1,25})?/;

/** Where a follow-up may give the count: its clause, or a per-side count anywhere ("with each side releasing 175 POWs"). */
function eachSide(input: string, clause: Span, s: Sentence, quantities: Quantity[]): Span {
  const per = quantities.find((q) => q.offsets && (q.perSide || /\b(?:each|both) sides?\s+\w+\s+$/i.test(input.slice(Math.max(s.start, q.offsets.start - 30), q.offsets.start))));
  return per?.offsets ? { start: Math.min(clause.start, per.offsets.start), end: Math.max(clause.end, per.offsets.end) } : clause;
}

/** A person tied to a meeting trigger: near it, and not just the one who "said" something about it. */
function linkedPerson(input: string, trigger: Span, mentions: Mention[]): boolean {
  return mentions.some((m) => {
    if (m.entity.type !== 'PERSON') return false;
    const between = m.end <= trigger.start ? input.slice(m.end, trigger.start) : input.slice(trigger.end, m.start);
    return between.length <= 50 && !/\b(?:said|saying|says|told|wrote|added)\b/.test(between);
  });
}

/** Several triggers of one type in a sentence: each takes the words up to its neighbours. */
function segmentOf(hits: TriggerHit[], hit: TriggerHit, s: Sentence): Span {
  // A merge-only mention ("shelling of the centre killed 25") does not cut the words of a reporting trigger.
  // "In that attack in April last year, militants killed 26": nor does a noun referring back.
  const same = hits.filter((h) => h.def.type === hit.def.type && (h === hit || (!h.def.mergeOnly && !h.anaphoric) || Boolean(hit.def.mergeOnly)));
  const i = same.indexOf(hit);
  const start = i > 0 ? same[i - 1].end : 0;
  const end = i < same.length - 1 ? same[i + 1].start : s.end - s.start;
  return { start: s.start + start, end: s.start + end };
}

/**
 * "People gathered in Lutsk to protest. About 60 people came today.": a sentence with no trigger
 * right after an event without a count, in the same paragraph, gives it a fitting count.
 */
function attachFollowUpCounts(drafts: Draft[], sentences: Sentence[], input: string, quantities: Quantity[]): void {
  for (const d of drafts) {
    if (d.quantity || d.hit.def.mergeOnly || d.hit.generic || d.hit.anaphoric) continue;
    const next = sentences[d.sentence + 1];
    const reports = (x: Draft) => x.sentence === d.sentence + 1 && !x.hit.def.mergeOnly && !x.hit.anaphoric && !x.hit.generic;
    if (!next || next.paragraph !== sentences[d.sentence].paragraph || drafts.some(reports)) continue;
    const q = quantities.find((x) => within(x, next) && fits(d.type, x, input));
    if (q) {
      d.quantity = q;
      d.more.push({ text: input.slice(next.start, next.end), start: next.start, end: next.end });
    }
  }
}

/**
 * "Police detained 366 people on Saturday. … Among those detained in Moscow were three journalists.":
 * an undated report of the same type within two sentences after a dated one shares its day.
 */
/** "put down the protests", "crushed the revolt": a definite event noun that refers back to an event the sentence before told. */
const EVENT_NOUN = 'protest|demonstration|rall(?:y|ies)|march|war\\b|fighting|crackdown|uprising|revolt|revolution|unrest|clash|riot|offensive|siege|massacre|invasion|coup';
const REFERS_BACK = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?(?:${EVENT_NOUN})`, 'i');
const TOLD_BEFORE = new RegExp(`\\b(?:${EVENT_NOUN}|invaded|seized power)`, 'i');

/** "two days after", "a week earlier": the sentence dates itself against another event. */
const RELATIVE_TO_EVENT = /\b(?:days?|weeks?|months?)\s+(?:after|before|earlier|prior to)\b|\b(?:earlier|previously)\b/i;

/** A state told in the present ("are currently held", "remain in jails"): dated as of publication, never by a neighbour. */
const PRESENT_STATE = /\b(?:currently|still)\b|\bremains?\s+(?:held|detained|imprisoned|jailed|in|behind)\b/i;

function inheritFollowUpDates(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.ownDate || d.headline || d.cumulative || d.hit.def.mergeOnly || d.hit.generic || d.status !== 'occurred' || RELATIVE_TO_EVENT.test(d.evidence.text) || d.present) return;
    // "At least 44 were killed in air strikes on Kharkiv on Friday": a count told with a dated report of the same kind is of its day.
    const mate = d.quantity && drafts.find((p) => p !== d && p.sentence === d.sentence && p.type === d.type && p.ownDate && p.date.granularity === 'day' && !p.date.open);
    if (mate) {
      d.date = mate.date;
      d.inherited = true;
      return;
    }
    for (let j = i - 1; j >= 0; j--) {
      const p = drafts[j];
      if (d.sentence - p.sentence > 2) break;
      if (p.sentence === d.sentence || p.type !== d.type || !(p.ownDate || p.inherited) || p.date.granularity !== 'day' || p.date.open) continue;
      d.date = p.date;
      d.inherited = true;
      return;
    }
  });
}

/**
 * "Earlier mass rallies took place in Novi Sad on February 1, in Kragujevac on February 15 and in Nis on March 1": gatherings
 * told in the plural as held at a list of places, each on its own day, are one event per place and day (one told alone, or
 * places with no days of their own, stay as they are).
 */
function splitHeldList(drafts: Draft[], input: string, times: TimeExpr[], mentions: Mention[]): void {
  for (const d of [...drafts]) {
    const trigger = d.evidence.start + d.hit.end;
    const held = HELD_AT.exec(input.slice(trigger, d.evidence.end));
    if (!held || !d.hit.def.noun || !/s$/i.test(d.hit.text) || d.headline) continue;
    let cursor = trigger + held[0].length;
    const items: Draft[] = [];
    for (const t of inside(times, (x) => x.offsets!, { start: cursor, end: d.evidence.end })) {
      const gap = input.slice(cursor, t.offsets!.start);
      if (!(items.length === 0 ? FIRST_PLACE_ITEM : LIST_ITEM).test(gap) || !itemOnlyNames(gap) || t.open || t.granularity !== 'day') break;
      const place = mentions.find((m) => m.entity.type === 'PLACE' && m.start >= cursor && m.end <= t.offsets!.start) ?? null;
      if (!place) break;
      const span = { start: cursor + gap.search(/[\w'’]/), end: t.offsets!.end };
      const text = input.slice(span.start, span.end);
      const hit = { ...d.hit, start: span.start - d.evidence.start, end: span.end - d.evidence.start, text, generic: false, anaphoric: false };
      items.push({ ...d, hit, date: { ...t }, ownDate: true, inherited: false, place, quantity: null, quantities: [], more: [], participants: [...d.participants], primary: false });
      cursor = t.offsets!.end;
    }
    if (items.length >= 2) drafts.splice(drafts.indexOf(d) + 1, 0, ...items);
  }
}
const HELD_AT = /^\s+(?:(?:were|was)\s+(?:also\s+)?(?:held|staged|organi[sz]ed)|(?:also\s+)?(?:took place|happened|were held))\s+/i;
const FIRST_PLACE_ITEM = /^(?:in|at)\s+[A-Z](?:[\w'’.-]*\s+){1,6}?(?:on\s+)?$/;

/** ", the Canadian Parliament on March 15", " and the US Congress the following day": one more object of the verb, with its own day. */
const LIST_ITEM = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|a|an)\s+)?(?:(?:in|at|to)\s+)?[A-Z](?:[\w'’.-]*\s+){1,6}?(?:on\s+|in\s+)?$/;
/**
 * An item names a body or a place ("the Canadian Parliament", "Israel's Knesset", "in Brno"): its lower-case words are only
 * these. A clause ("and her trial began", "faces trial"), an aside ("the eve of the holiday") is no item.
 */
const ITEM_WORDS = /^(?:the|a|an|of|in|at|to|and|on|parliament|assembly|council|congress|senate|house|chamber|legislature|lawmakers|city|capital|region|province|town|village|district|'s|’s)$/;
const itemOnlyNames = (gap: string): boolean => gap.replace(/['’]s\b/g, ' ').split(/[\s,]+/).filter((w) => /^[a-z]/.test(w)).every((w) => ITEM_WORDS.test(w));

/**
 * "He addressed the British House of Commons on March 8, the Canadian Parliament on March 15 and the US Congress the following
 * day": one verb told of a list of objects, each with its own day, is one event per item, each dated and placed by its item.
 */
function splitDatedList(drafts: Draft[], input: string, times: TimeExpr[], mentions: Mention[]): void {
  for (const d of [...drafts]) {
    const own = d.date.offsets;
    const trigger = d.evidence.start + d.hit.start;
    if (!d.ownDate || !own || d.hit.def.noun || d.hit.def.mergeOnly || d.hit.generic || d.hit.anaphoric || d.headline || own.start < trigger || own.end > d.evidence.end) continue;
    let cursor = own.end;
    const at = drafts.indexOf(d);
    const items: Draft[] = [];
    for (const t of inside(times, (x) => x.offsets!, { start: own.end, end: d.evidence.end })) {
      const gap = input.slice(cursor, t.offsets!.start);
      if (!LIST_ITEM.test(gap) || !itemOnlyNames(gap) || t.open || (t.granularity !== 'day' && t.granularity !== 'month') || ['until', 'till', 'since', 'by', 'from', 'next'].includes(t.prep ?? '')) break;
      const span = { start: cursor + gap.search(/[\w'’]/), end: t.offsets!.end };
      if (drafts.some((x) => x.sentence === d.sentence && x !== d && x.evidence.start + x.hit.start < span.end && x.evidence.start + x.hit.end > span.start)) break;
      const place = mentions.find((m) => m.entity.type === 'PLACE' && m.start >= span.start && m.end <= t.offsets!.start) ?? null;
      const text = input.slice(span.start, span.end);
      items.push({ ...d, hit: { ...d.hit, start: span.start - d.evidence.start, end: span.end - d.evidence.start, text }, date: { ...t }, place, quantity: null, quantities: [], more: [], participants: [...d.participants], primary: false });
      cursor = t.offsets!.end;
    }
    drafts.splice(at + 1, 0, ...items);
  }
}

/**
 * "The court found them guilty on January 17. … Navalny died on February 16, 2024. … The following day, 60 people
 * gathered": a day told against the day before it counts from the last event reported on a day, not from any date
 * named in between (a death, a birthday, a background fact).
 */
function anchorToEvents(drafts: Draft[], times: TimeExpr[], sentences: Sentence[]): void {
  const paragraphOf = (at: number) => sentences.find((x) => x.start <= at && at < x.end)?.paragraph;
  const fixed = new Set<Draft>();
  for (const d of drafts) {
    if (!d.ownDate || d.date.source !== 'relative' || !d.date.offsets) continue;
    const m = ANAPHORIC_START.exec(d.date.text);
    // "That same month" recalls the month named before it, not an event's day.
    if (!m || /month$/i.test(m[0])) continue;
    // Anchored inside its own sentence ("on Friday … later that day"): the time module's anchor is right.
    const at = d.date.offsets.start;
    const sentenceStart = d.evidence.start;
    if (times.some((t) => t.offsets && t.offsets.start >= sentenceStart && t.offsets.end <= at && t.granularity === 'day')) continue;
    // "… began on Wednesday, in retaliation for the April 22 attack in which 26 were killed": the sentence's first
    // event is its main clause; later ones, and definite nouns, recall older events.
    const before = drafts.filter((p) => p.sentence < d.sentence && p.ownDate && p.date.granularity === 'day' && !p.date.open && !p.hit.anaphoric && (!ANAPHORIC_START.test(p.date.text) || fixed.has(p)));
    const last = before.length > 0 ? before[before.length - 1].sentence : -1;
    const prev = before.find((p) => p.sentence === last);
    if (!prev) continue;
    // The anchor the time module took: the last day named before the expression. Nothing to change when that is the
    // event's, or when it was named in the same paragraph ("On Monday, a court fined her. She had been detained the previous day").
    const lastDay = times.filter((t) => t.offsets && t.offsets.end <= sentenceStart && t.granularity === 'day' && !t.open && !ANAPHORIC_START.test(t.text)).pop();
    if (!lastDay?.offsets || paragraphOf(lastDay.offsets.start) === d.paragraph) continue;
    // A day named in or before the event's own sentence is the anchor the time module rightly took.
    // A day named later in that event's sentence than its own ("on Wednesday, in retaliation for the April 22 attack") is not it.
    const insidePrev = lastDay.offsets.start >= prev.evidence.start && lastDay.start !== prev.date.start;
    if (!fixed.has(prev) && lastDay.offsets.start <= prev.evidence.end && !insidePrev) continue;
    const r = resolveAnaphoricDay(m, { start: prev.date.start, granularity: 'day' });
    d.date = { ...d.date, start: r.start, end: r.end, granularity: r.granularity };
    fixed.add(d);
  }
}
const ANAPHORIC_START = new RegExp(`^(?:${ANAPHORIC_DAY.source})`, 'i');

/**
 * "OTTAWA — Zelenskyy addressed the House of Commons on Friday, … Trudeau also announced $650 million …": a story
 * whose lead names the day of its news (within three days before publication) tells its undated acts on that day,
 * not on the day the page came out.
 */
function datedByLead(drafts: Draft[], sentences: Sentence[], times: TimeExpr[], publishedAt: string | null): void {
  if (!publishedAt) return;
  // A standfirst often names no day; the lead is then the sentence after it.
  // ("Russian police have detained more than 1,300 people … OVD-Info said … by late on Wednesday": the first day told in the
  // opening sentences, when those before it tell none.)
  const leads = sentences.filter((s) => /[.!?…"'”’]$/.test(s.text.trim()) && !CAPTION_CUE.test(s.text) && s.text.split(/\s+/).length >= 8).slice(0, 3);
  const daysIn = (lead: Sentence) => times.filter((t) => t.offsets && t.offsets.start >= lead.start && t.offsets.end <= lead.end && t.granularity === 'day' && !t.open &&
    !['since', 'until', 'till', 'by', 'from', 'next'].includes(t.prep ?? '') && !ANAPHORIC_START.test(t.text) && t.start < publishedAt && t.start >= addDays(publishedAt, -3) &&
    // ("in response to … an attack on the bridge on Saturday", "days after Saturday's explosion": the day of another event.)
    !ANSWERED_BEFORE.test(lead.text.slice(0, t.offsets.start - lead.start)) && !SET_OFF_ADJUNCT.test(lead.text.slice(0, t.offsets.start - lead.start)) &&
    !(/^['’]s\b/.test(lead.text.slice(t.offsets.end - lead.start, t.offsets.end - lead.start + 3)) && /\b(?:after|before|since|following)\s+(?:[\w'’-]+\s+){0,3}$/i.test(lead.text.slice(0, t.offsets.start - lead.start))));
  const timeless = (s: Sentence) => !times.some((t) => t.offsets && t.offsets.start >= s.start && t.offsets.end <= s.end);
  // ("Curfew extended as protesters return to the streets on Tuesday." over "At least 19 people were killed on Monday as police
  // opened fire": a standfirst naming only the day of publication yields to the next opening sentence that reports an act of
  // its own past day; not to a plan told the day before.)
  const actOfItsDay = (l: Sentence) => daysIn(l).length > 0 && drafts.some((d) => sentences[d.sentence] === l && d.ownDate && d.status === 'occurred' && !d.hit.anaphoric && d.date.start === daysIn(l)[0].start);
  const first = leads.find((l) => !timeless(l));
  const lead = first && daysIn(first).length === 0 ? (leads.find((l) => l.start > first.start && actOfItsDay(l)) ?? first) : first;
  if (!lead) return;
  const days = daysIn(lead);
  // ("The cabinet approved the deal late on Tuesday, and the government endorsed it on Wednesday": a lead telling the day of
  // publication too does not date the story's news by the day before.)
  // (Not the day of saying: "Police detained 40 people on Thursday night, the ministry said on Friday".)
  const today = times.some((t) => t.offsets && t.offsets.start >= lead.start && t.offsets.end <= lead.end && t.granularity === 'day' && t.start === publishedAt && t.source !== 'publication' &&
    !REPORT_DAY_BEFORE.test(lead.text.slice(Math.max(0, t.offsets.start - lead.start - 30), t.offsets.start - lead.start)));
  if (days.length === 0 || today || days.some((t) => t.start !== days[0].start)) return;
  for (const d of drafts) {
    if (d.ownDate || d.inherited || d.headline || d.cumulative || d.present || d.status !== 'occurred' || d.date.source !== 'publication') continue;
    // "was on his way home Friday after being released in a swap": what came before the lead's act is not of its day.
    if (AFTER_BEING.test(d.evidence.text.slice(0, d.hit.start))) continue;
    d.date = { ...days[0] };
    d.inherited = true;
  }
}

const CLAUSE_BOUNDARY = /\b(?:which|who|whom|whose|that|what|when|where|while|after|before|since|until|because|following|ahead of|suspicion|accused|charged|response|retaliation|including|among|said|says|told|reported|announced|according)\b/i;
/** "…, the ombudsman said in a report on Monday", "the ministry said on Monday": the day of saying or of a report, not of the act. */
const REPORTED_IN = /\b(?:said|says|wrote|announced|reported|confirmed|stated|told)\s+(?:[\w'’-]+\s+){0,5}$/i;
/** "Pope Leo, elected on May 8, met …": a time inside an aside opened by a participle describes the one named, not the act. */
const PARTICIPLE_ASIDE = /,\s*(?:[a-z]+ed|sworn|born|held|taken|chosen|seen|known|caught)\b[^,]*$/i;

/**
 * "Pope Francis met Zelensky on the sidelines of the G7 summit in Italy, on 14 June": an event still dated by the
 * publication after merging, whose own sentence names one past day or month (on, in, or bare; not a range, not the day
 * of saying), happened then. A running total or a state told in the present stays as of publication.
 */
function datedInOwnSentence(merged: Draft[], times: TimeExpr[], publishedAt: string | null): void {
  if (!publishedAt) return;
  for (const d of merged) {
    if (d.date.source !== 'publication' || d.cumulative || d.present || d.headline || d.status !== 'occurred') continue;
    const { start, end, text } = d.evidence;
    // (The trigger must still be in the sentence: a merged event may show another sentence.)
    if (text.slice(d.hit.start, d.hit.end) !== d.hit.text) continue;
    // "… the war, which began in February 2022", "on his way home Friday after being released", "detained on suspicion of attacking
    // him in March": a time told across a clause boundary from the trigger is another act's.
    const between = (at: Span) => at.start - start > d.hit.end ? text.slice(d.hit.end, at.start - start) : text.slice(at.end - start, d.hit.start);
    const told = times.filter((t) => {
      if (!t.offsets || t.offsets.start < start || t.offsets.end > end || (t.granularity !== 'day' && t.granularity !== 'month') || t.open) return false;
      const before = text.slice(0, t.offsets.start - start);
      return (t.prep == null || t.prep === 'on' || t.prep === 'in') && t.start <= publishedAt && !REPORTED_IN.test(before) && !PARTICIPLE_ASIDE.test(before) && !CLAUSE_BOUNDARY.test(between(t.offsets));
    });
    if (told.length === 0 || told.some((t) => t.start !== told[0].start || t.granularity !== told[0].granularity)) continue;
    d.date = told[0];
    d.ownDate = true;
  }
}

/** "…, which opened hours after the attack": an undated report told hours after another event shares its day. */
const HOURS_AFTER = /\b(?:hours|minutes|shortly|soon|just)\s+after\s+the\s+([a-z]+)\b/i;
const NOUN_TYPES: Record<string, string> = {
  attack: 'ATTACK', attacks: 'ATTACK', strike: 'ATTACK', strikes: 'ATTACK', shelling: 'ATTACK', bombing: 'ATTACK',
  swap: 'PRISONER_EXCHANGE', exchange: 'PRISONER_EXCHANGE', talks: 'MEETING', meeting: 'MEETING', summit: 'MEETING', call: 'MEETING',
  release: 'PRISONER_RELEASE', releases: 'PRISONER_RELEASE', verdict: 'DETENTION', sentencing: 'DETENTION', rally: 'PROTEST', protest: 'PROTEST',
  march: 'PROTEST', visit: 'MEETING', vote: 'POLICY', ceasefire: 'CEASEFIRE', truce: 'CEASEFIRE', handover: 'BODY_REPATRIATION',
};

/**
 * "Two days before the swap, troops shot dead two men", "On the day before the releases, a court sentenced …",
 * "a day after the Pahalgam attack": up to two modifiers before the event noun.
 */
const DAYS_AROUND = new RegExp(`\\b(?:(?:on\\s+)?the\\s+(day|evening|night|week)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?))\\s+(before|after)\\s+the\\s+(?:[\\w'’-]+\\s+){0,2}?(${Object.keys(NOUN_TYPES).join('|')})\\b`, 'i');

/** "Hours before the ceasefire was announced, …", "Before the march set off, …", "On the day of the march, …": a sentence
 * opened by a short while around another event, or by its day. */
const HOURS_FRONT = new RegExp(`^\\W*(?:(?:hours|minutes|moments|shortly|just|soon)\\s+(?:before|after)|before|during|on\\s+the\\s+(?:day|morning|evening|eve|night)\\s+of)\\s+the\\s+(?:[\\w'’-]+\\s+){0,2}?(${Object.keys(NOUN_TYPES).join('|')})\\b`, 'i');

function datedByAnother(drafts: Draft[]): void {
  for (const d of drafts) {
    // A day borrowed from the event the sentence points to ("before the swap") is not the sentence's own.
    const ownTime = d.date.offsets != null && d.date.offsets.start >= d.evidence.start && d.date.offsets.end <= d.evidence.end;
    const around = ownTime ? null : DAYS_AROUND.exec(d.evidence.text.slice(0, Math.max(0, d.hit.start)));
    // "Hours before the ceasefire was announced, a military airstrike … killed seven, a group said on Thursday": the
    // fronted phrase dates every act of the sentence; the day of saying does not.
    const fronted = HOURS_FRONT.exec(d.evidence.text.slice(0, Math.max(0, d.hit.start)));
    const saidDay = ownTime && sayingDay(d);
    if (fronted && (!ownTime || saidDay)) {
      const type = NOUN_TYPES[fronted[1].toLowerCase()];
      const anchor = drafts.find((x) => x.type === type && x.ownDate && x.date.granularity === 'day' && !x.date.open && x !== d);
      if (anchor) {
        d.date = anchor.date;
        d.ownDate = true;
        d.inherited = true;
        continue;
      }
    }
    if ((d.ownDate || d.inherited) && !around) continue;
    const hours = around ? null : HOURS_AFTER.exec(d.evidence.text);
    const noun = hours?.[1] ?? around?.[5];
    const type = noun ? NOUN_TYPES[noun.toLowerCase()] : undefined;
    if (!type) continue;
    const days = (x: Draft) => x.type === type && x.ownDate && x.date.granularity === 'day' && !x.date.open && x !== d;
    // "hours after the attack" follows the last attack told; "two days before the swap" points to the story's swap, told first.
    const anchor = around ? drafts.find(days) : drafts.filter((x) => days(x) && x.sentence < d.sentence).pop();
    if (!anchor) continue;
    if (around) {
      // "the day before" is one day, "the week after" seven.
      const shift = (around[4].toLowerCase() === 'before' ? -1 : 1) * spanDays(around[2] ?? 'one', around[1] ?? around[3]);
      const day = addDays(anchor.date.start, shift);
      d.date = { ...anchor.date, start: day, end: day, source: 'relative', text: around[0] };
      d.ownDate = true;
    } else d.date = anchor.date;
    d.inherited = true;
  }
}

/** In a story about an aid bill, "the Senate passed the bill 70-29" is that aid, not a domestic law. */
const AID_BILL_STORY = /\b(?:aid|assistance|spending)\s+(?:bill|package|legislation|measure)\b|\bforeign aid\b/i;
/** Rules telling a bill passed or signed, and the bill told in them or right after ("signed into law a $95 billion war aid measure"). */
const BILL_RULES = new Set(['policy.law', 'policy.reading', 'policy.legislature-passed', 'policy.signed-into-law']);
const BILL = /\b(?:bill|measure|legislation|package)\b/i;

function aidBills(drafts: Draft[], input: string): void {
  if (!AID_BILL_STORY.test(input)) return;
  for (const d of drafts) {
    if (d.type !== 'POLICY' || !BILL_RULES.has(d.hit.def.id)) continue;
    const at = d.evidence.start + d.hit.end;
    if (BILL.test(d.hit.text) || BILL.test(input.slice(at, at + 50))) d.type = 'AID_PROVISION';
  }
}

/**
 * "More than 200 fighters were released in a deal mediated by Turkey", "Azerbaijan released 32 servicemen and Armenia freed
 * two soldiers": a release told as part of a swap, or released by each side, is an exchange.
 */
const IN_A_SWAP = /\b(?:in|under|as part of|through)\s+(?:a|an)\s+(?!plea\b)(?:[\w-]+\s+){0,3}?(?:swap|exchange|prisoner deal|deal)\b(?!\s+with\s+(?:prosecutors|investigators|the court))/i;
/** "handed over three convicted spies, receiving in return two citizens": people given for people. */
const IN_RETURN = /\b(?:receiv(?:ed|ing)|gett?(?:ing)?|got|secur(?:ed|ing)|obtain(?:ed|ing))\s+in\s+return\b|\bin\s+return\s+(?:received|got|secured|freed)\b/i;
const EACH_SIDE = /\b(?:released|freed|handed over|returned)\b[^.;]{3,80}?\band\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:released|freed|handed over|returned)\b/;
/** "freed three hostages", "three hostages were freed": hostages freed; likewise prisoners or detainees, each by its own noun. */
const freedBy = (noun: string): RegExp => new RegExp(`\\b(?:released|freed|handed over|set free)\\s+(?:[\\w'’,-]+\\s+){0,4}?${noun}\\b|\\b${noun}\\b[^.;,]{0,50}?\\b(?:were|was|had been|have been|are)\\s+(?:\\w+\\s+)?(?:released|freed|handed over|set free)\\b`, 'i');
const HOSTAGES_FREED = freedBy('hostages');
const PRISONERS_FREED = freedBy('(?:prisoners|detainees)');
const MILITARY = /\b(?:servicemen|soldiers|POWs|prisoners of war|troops|fighters|defenders|marines)\b/i;
/** "The swap is the largest since October 2020, when 1,000 prisoners were freed": a swap compared with the one of that time. */
const SWAP_SINCE_WHEN = /^\W*(?:the|this|that|[A-Z][\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:swap|prisoner exchange)\b[^.;]{0,60}\bsince\b[^.;]{0,40}\bwhen\b/i;
/** "The previous one, in August, returned 22 Ukrainians" after a swap: the one before it, another swap. */
const ONE_BEFORE = /^\W*(?:the|a)\s+(?:previous|last|first|second|third|earlier|prior)\s+one\b/i;
function releasesInSwaps(drafts: Draft[], input: string, sentences: Sentence[]): void {
  for (const d of drafts) {
    if (d.type !== 'PRISONER_RELEASE' || d.hit.def.mergeOnly) continue;
    const s = sentences[d.sentence];
    const text = input.slice(s.start, s.end);
    // "Atlantis released 90 prisoners, hours after three hostages were freed by Borduria": hostages and prisoners both freed in one
    // sentence are a swap; hostages freed under a truce deal, told alone, stay a release.
    if (/\bhostages?\b/i.test(text)) {
      if (HOSTAGES_FREED.test(text) && PRISONERS_FREED.test(text)) d.type = 'PRISONER_EXCHANGE';
      continue;
    }
    const afterSwap = ONE_BEFORE.test(text) && drafts.some((x) => x.type === 'PRISONER_EXCHANGE' && x.sentence < d.sentence && d.sentence - x.sentence <= 2);
    if (IN_A_SWAP.test(text) || IN_RETURN.test(text) || (EACH_SIDE.test(text) && MILITARY.test(text)) || SWAP_SINCE_WHEN.test(text) || afterSwap) d.type = 'PRISONER_EXCHANGE';
  }
}

/** "The government adopted an ordinance for the donation of a Patriot system": the law is the aid's instrument, one event. */
const LAW_RULES = new Set(['policy.law', 'policy.parliament-approved', 'policy.signed-into-law']);
function lawsForAid(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.type === 'POLICY' && LAW_RULES.has(d.hit.def.id) && drafts.some((x) => x.sentence === d.sentence && x.type === 'AID_PROVISION' && !x.hit.def.mergeOnly)) drafts.splice(i, 1);
  }
}

/**
 * "imposed an additional 25% tariff on goods from Atlantis as a penalty", "hit back by ordering its own tariffs": tariffs laid on a
 * country to punish it are sanctions; told beside a travel ban or another sanction, they are part of that one measure.
 */
const TARIFF = /\b(?:tariffs?|duties)\b/i;
const PENALTY = /\b(?:penalt(?:y|ies)|punish\w*|retaliat\w*|hit(?:s|ting)? back|reprisals?|countermeasures?|counter-tariffs?|tit-for-tat)\b/i;
/** A country's goods or imports as the target: "on goods from India", "on all Colombian goods", "on US imports". */
const TARGETED = /\b(?:on|against)\s+(?:all\s+)?(?:[\w'’.-]+\s+){0,3}?(?:goods|imports|products|exports)\b/i;
function tariffsAsSanctions(drafts: Draft[], input: string, sentences: Sentence[]): void {
  const punitive = new Set(drafts.filter((d) => d.type === 'SANCTIONS').map((d) => d.sentence));
  for (const d of drafts) {
    const text = d.type === 'POLICY' ? input.slice(sentences[d.sentence].start, sentences[d.sentence].end) : '';
    // (made sanctions, they merge with the sanction told beside them)
    if (TARIFF.test(text) && TARGETED.test(text) && (punitive.has(d.sentence) || PENALTY.test(text))) d.type = 'SANCTIONS';
  }
}

/** People-events left without a count after merging: "she was arrested on April 11" concerns one person. */
const BODIES_OF = /\bbod(?:y|ies)\s+of\s+(?:(?:the\s+)?(?:late|slain|fallen|murdered)\s+)?/i;

/** "the bodies of Woodard and Brown": the people named, one by one, up to the end of the list. */
function namedBodies(input: string, first: Mention, mentions: Mention[]): Quantity {
  let count = 1;
  let end = first.end;
  for (const m of mentions) {
    if (m.start < end || m.entity.type !== 'PERSON') continue;
    const link = input.slice(end, m.start);
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(link)) break;
    count += 1;
    end = m.end;
    if (/\band\s+$/.test(link)) break;
  }
  return { value: count, unit: count === 1 ? 'person' : 'people', head: count === 1 ? 'person' : 'people', qualifier: 'exact', text: input.slice(first.start, end), offsets: { start: first.start, end } };
}

const ONE_PERSON_TYPES = new Set(['DETENTION', 'PRISONER_RELEASE', 'DEPORTATION', 'PRISONER_EXCHANGE', 'ATTACK']);
function countOnePerson(drafts: Draft[], input: string, mentions: Mention[]): void {
  for (const d of drafts) {
    // "the bodies of Woodard and Brown were handed over", "the body of John Doe was returned": the dead named, counted.
    if (d.type === 'BODY_REPATRIATION' && !d.quantity && !d.cumulative) {
      const of = BODIES_OF.exec(d.evidence.text);
      const first = of ? mentions.find((m) => m.entity.type === 'PERSON' && m.start === d.evidence.start + of.index + of[0].length) : undefined;
      if (first) d.quantity = namedBodies(input, first, inside(mentions, (m) => m, d.evidence));
      continue;
    }
    if (d.quantity || d.cumulative || !ONE_PERSON_TYPES.has(d.type)) continue;
    const trigger = { start: d.evidence.start + d.hit.start, end: d.evidence.start + d.hit.end };
    // A merged event may tell its evidence from another sentence than its trigger's: read only the trigger's own.
    if (input.slice(trigger.start, trigger.end) !== d.hit.text) continue;
    // (A swap counts the people it freed, by name: "the Taliban freed A and B in exchange for C"; a strike the people it killed.)
    const within = inside(mentions, (m) => m, d.evidence);
    d.quantity = onePerson(input, trigger, d.evidence, within, d.type === 'ATTACK' ? KILLED_VERB : undefined);
    // "A missile struck a hotel in Lviv, killing John Doe, a safety adviser": the strike killed the one person it names.
    // (Not "killing John Doe along with his wife and son".)
    const killing = d.type === 'ATTACK' && !d.quantity ? KILLING.exec(input.slice(trigger.end, d.evidence.end)) : null;
    if (killing) {
      const verb = { start: trigger.end + killing[0].length, end: trigger.end + killing[0].length + 'killing'.length };
      if (!KILLED_WITH.test(input.slice(verb.end, d.evidence.end))) d.quantity = onePerson(input, verb, d.evidence, within, KILLING_VERB);
    }
  }
}
const KILLING = /^[^.;]*?,\s+(?=killing\b)/;
const KILLING_VERB = /\bkilling\b/;
const KILLED_WITH = /^[^.;]*?\b(?:along with|together with|as well as|(?:and|with) (?:his|her|their|several|other))\b/;

/** A decision taken by vote ("parliament voted to withdraw") takes the article's vote tally as its count. */
/** "the two sides agreed to swap 1,200 prisoners": a deal on a swap is counted by the swap it agrees. */
function countAgreedActs(drafts: Draft[], input: string, quantities: Quantity[]): void {
  for (const d of drafts) {
    if (d.type !== 'AGREEMENT' || d.quantity) continue;
    const act = drafts.find((x) => x.sentence === d.sentence && RETURN_TYPES.has(x.type) && x.status === 'planned' && x.quantity && x.hit.start > d.hit.start);
    if (act) d.quantity = act.quantity;
    // "agreed on Friday to exchange 1,000 prisoners of war each": the captives named right after an agreed swap count it.
    const end = d.evidence.start + d.hit.end;
    if (!act) {
      const next = quantities.find((q) => q.offsets && q.offsets.start >= end && q.offsets.start - end <= 40);
      const between = next ? d.hit.text + input.slice(end, next.offsets!.start) : '';
      if (next && AGREED_CAPTIVES.test(next.head ?? '') && /\b(?:exchange|swap|return|release|free|hand over|repatriate)\s+(?:(?:about|some|up to|at least|more than|another)\s+)?$/i.test(between)) d.quantity = next;
    }
  }
}
const AGREED_CAPTIVES = /^(?:prisoners(?: of war)?|pows|captives|detainees|hostages|bodies|remains|soldiers|servicemen|civilians|people)$/i;

function attachVoteTally(drafts: Draft[], sentences: Sentence[], input: string, quantities: Quantity[]): void {
  // A decision taken by vote is counted by its votes, not by the people it affects.
  // (An aid bill passed by a chamber, "passed the measure 79-18", is counted by its votes too.)
  const open = drafts.filter((d) => (!d.quantity || VOTED.test(d.evidence.text)) && (d.type === 'AGREEMENT' || d.type === 'POLICY' || (d.type === 'AID_PROVISION' && BILL_RULES.has(d.hit.def.id))));
  if (open.length === 0) return;
  // "Hungary's parliament ratified it by 188 votes to 6": a tally in the decision's own sentence is its count.
  for (const d of open) {
    const own = voteTally(input, [sentences[d.sentence]], quantities.filter((q) => within(q, sentences[d.sentence])));
    if (own) d.quantity = own;
  }
  if (open.some((d) => d.quantity?.head === 'votes')) return;
  const tally = voteTally(input, sentences, quantities);
  if (!tally?.offsets) return;
  const at = sentences.findIndex((s) => tally.offsets!.start >= s.start && tally.offsets!.end <= s.end);
  // "Parliament has ratified the statute. 281 lawmakers voted in favour…": the tally right after a passing counts it.
  const voted = open.find((d) => VOTED.test(d.evidence.text)) ?? open.find((d) => !d.quantity && d.sentence === at - 1 && PASSED.test(d.evidence.text));
  if (voted) voted.quantity = tally;
}

const VOTED = /\bvot(?:ed|es|ing)\b/i;
const PASSED = /\b(?:ratified|adopted|approved|passed|endorsed|backed)\b/i;

function toEvent(d: Draft): ExtractedEvent {
  const e: ExtractedEvent = {
    id: `${d.type.toLowerCase()}:${hash(`${d.evidence.start}-${d.evidence.end}-${d.hit.start}`)}`,
    type: d.type,
    cameo: CAMEO[d.type],
    date: coarseWeek(d.date),
    place: d.place?.entity.name ?? null,
    placeId: d.place?.entity.id ?? null,
    participants: d.participants,
    quantity: d.quantity,
    status: d.status,
    attribution: d.attribution,
    cumulative: d.cumulative,
    evidence: d.evidence,
    confidence: Math.round(d.confidence * 100) / 100,
    rule: d.hit.def.id,
  };
  if (d.quantities.length) e.quantities = d.quantities;
  if (d.more.length) e.moreEvidence = d.more;
  return e;
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
