import { EVENT_TRIGGERS, TRIGGER_KEYS, type TriggerDef } from '../lexicon/events-triggers';
import { ACCIDENT_AFTER, ACCIDENT_BEFORE, ATTACK_WORDS, DEFINITE_BEFORE, GENERIC_BEFORE, GROUNDS_BEFORE, HYPOTHETICAL_BEFORE, ORDINAL } from '../lexicon/events-cues';
import type { EventType, Span } from '../types';
import { FRAME_PREFIX, OF_ARGUMENT, findPredicates, type NameSpan } from './predicates';

export interface TriggerHit {
  def: TriggerDef;
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  text: string;
  /** A definite noun ("the swap") that refers back to an event reported elsewhere. */
  anaphoric: boolean;
  /** A generic or plural mention ("previous swaps") that reports no event of its own. */
  generic: boolean;
}

/** The gate stems, each once, in a trie: one walk over a sentence finds every stem it holds. */
interface StemNode {
  next: Map<string, StemNode>;
  /** Indexes of the stems that end here. */
  ends: number[];
}
const STEMS = [...new Set(Object.values(TRIGGER_KEYS).flat())];
const STEM_INDEX = new Map(STEMS.map((stem, i) => [stem, i]));
const STEM_ROOT: StemNode = { next: new Map(), ends: [] };
STEMS.forEach((stem, i) => {
  let node = STEM_ROOT;
  for (const ch of stem.split('')) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map(), ends: [] }));
    node = child;
  }
  node.ends.push(i);
});

/** Which stems occur in a lower-cased sentence (a substring test for all of them at once), or null when none does. */
function stemsIn(lower: string): Uint8Array | null {
  let found: Uint8Array | null = null;
  for (let i = 0; i < lower.length; i++) {
    let node = STEM_ROOT.next.get(lower[i]);
    for (let j = i + 1; node; j++) {
      if (node.ends.length) {
        found ??= new Uint8Array(STEMS.length);
        for (const e of node.ends) found[e] = 1;
      }
      if (j >= lower.length) break;
      node = node.next.get(lower[j]);
    }
  }
  return found;
}

const COMPILED = EVENT_TRIGGERS.map((def) => ({
  def,
  stems: TRIGGER_KEYS[def.id]?.map((key) => STEM_INDEX.get(key)!) ?? null,
  re: new RegExp(def.pattern, def.caseSensitive ? 'g' : 'gi'),
}));
/** "a phone call", "the first direct talks", "the latest swap": a new event, not a reference back. */
const INDEFINITE_BEFORE = new RegExp(`\\b(?:a|an|another)\\s+(?:[\\w'’-]+\\s+){0,2}$|(?:\\b(?:the|its|their)|\\w['’]s)\\s+(?:${ORDINAL}|latest|largest|biggest|inaugural|opening|founding)\\s+(?:[\\w'’-]+\\s+){0,2}$|\\b(?:the|its|their)\\s+\\d+-(?:hour|day|week|month)\\s+$|\\b(?:the|its|their)\\s+(?:previous|prior|preceding|last)\\s+$`, 'i');
/** "It was the second swap this month": the story's own event classed by an ordinal, not a new one. */
const COPULAR_ORDINAL = /\b(?:it|this|that|which)\s+(?:is|was|marks|marked|became)\s+(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|largest|biggest)\s+(?:[\w'’-]+\s+){0,2}$/i;
const PROTEST_RUN_BEFORE = /\b(?:waves?|series|spate|string|cycle|months|weeks|years)\s+of\s+(?:(?:mass|street|anti-government|pro-EU|student|nightly|daily|weekly)\s+)?$/i;
/** "the previous swap on May 31": one earlier event of its own, not a generic mention of several. */
const ONE_EARLIER = /\b(?:the|its|their)\s+(?:previous|prior|preceding|last|earlier)\s+$/i;
/** "the 30-day ceasefire": a span of its own makes a definite noun a specific event. */
const SPANNED_BEFORE = /\bthe\s+\d+-(?:hour|day|week|month)\s+$/i;
/** "drivers held their own protest", "staged their third rally": a determiner after a verb of staging starts a new event. */
const STAGED_BEFORE = /\b(?:held|hold|holds|holding|chaired|chairs|chairing|convened|hosted|hosts|hosting|staged|stage|stages|staging|organi[sz]ed|mounted|launched|began|started|called|delivered|delivering|delivers|gave|giving|gives|made|making)\s+(?:their|its|his|her)\s+(?:own\s+)?(?:[\w'’-]+\s+)?$/i;
const TOOK_EFFECT = /^(?:,[^,.;]{1,40},)?\s+(?:(?:that|which)\s+)?(?:(?:officially|formally|finally)\s+)?(?:took|takes|came into|comes into|went into|goes into|entered into|enters into)\s+(?:effect|force)\b|^\s+(?:was|were|had been|has been)\s+(?:first\s+|finally\s+|formally\s+)?(?:agreed|reached|brokered|declared|signed)\s+(?:on|in|at|when|after|late|early|last)\b/i;
/** "the Aqaba meetings on Syria that Jordan hosted on the 14th": a named host's clause dates the noun (case matters: a name). */
const HOSTED_ON = /^\s+(?:on\s+[\w\s]{1,30}?\s+)?(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:hosted|held|organi[sz]ed|convened|chaired|signed|brokered|agreed)\s+(?:on|in|last|early|late)\b/;
/** "The tenth meeting of the commissions was held on Friday", "The rally took place outside the embassy": a noun as the subject of its own staging is told, not referred to. */
/** "The swap was agreed in a joint statement": the act's noun as the subject of its agreement, told apart from the act itself. */
const ARRANGED_AFTER = /^\s+(?:was|were|had been|has been)\s+(?:first\s+|finally\s+|formally\s+)?(?:agreed|brokered|negotiated|arranged|mediated)\b/i;
/** Acts that happen after they are agreed; a ceasefire, deal or meeting agreed is the event itself. */
const ACTS = new Set(['PRISONER_EXCHANGE', 'PRISONER_RELEASE', 'BODY_REPATRIATION', 'DEPORTATION']);
const WAR_THAT_BEFORE = /\b(?:war|conflict)\b[^.;,]{0,30}\b(?:that|which)\s+(?:has\s+|had\s+)?$/i;
/** "… in a single strike on Kharkiv on Monday", "overnight": one strike told, not the war's toll. */
const ONE_STRIKE_AFTER = /^[^.;]*?\b(?:strikes?|attacks?|shelling|bombing|missiles?|drones?|overnight|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
/** "The war that broke out on April 15 has killed at least 9,000": a war as the subject of a toll told in the perfect. */
const WAR_SUBJECT_BEFORE = /^\W*(?:the|this|that|its|a)\s+(?:(?!(?:drug|gang|cartel|turf|tribal|clan|communal|sectarian|air|drone|trade|price|tariff)\b)[\w-]+\s+){0,2}(?:war|conflict)\b(?:\s+(?:that|which)\s+[^,.;]{1,60}?)?\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?$/i;
const ANNIVERSARY_BEFORE = /\banniversary\s+of\s+(?:(?!with\b|by\b|at\b|in\b|as\b|and\b)[\w'’-]+\s+){0,3}$/i;
const HELD_AFTER = /^(?:\s+(?:of|between|with|on|in)\s+[^,.;]{1,90}?)?\s+(?:was|were|had been|has been)\s+(?:held|convened|staged)\b|^(?:\s+(?:of|between|with|on|in)\s+[^,.;]{1,90}?)?\s+took\s+place\b/i;
/** "The talks formally resumed on Thursday, October 26": a round begun on its own day is told, not referred to (not "since the protests began on March 19"). */
const RESUMED_AFTER = /^\s+(?:(?:formally|officially|finally)\s+)?(?:resumed|reopened|began|opened|started)\s+(?:on|last)\s+(?:[A-Z]|\d)/;
const SINCE_BEFORE = /\b(?:since|after|before|until|till|when|as|once)\s+(?:the|its|their)\s+$/i;
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\b/i;

/** Acts told as going on ("Prisoner exchanges have continued …"). */
const ONGOING_AFTER = /^(?:\s+(?:of|between|with)\s+[^.;,]{1,50}?)?\s+(?:have|has)\s+(?:also\s+|since\s+)?(?:continued|resumed|become|been continuing|gone on)\b/i;

/** An adverb of habit right before the verb ("has repeatedly targeted", "routinely detains"). */
const HABIT_BEFORE = /\b(?:repeatedly|frequently|regularly|routinely|often|habitually|systematically)\s+$/i;

/** A condition opening the clause the trigger closes ("unless the two sides agreed to resume talks"). */
const IF_CLAUSE_BEFORE = /\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){3,6}$/i;

/** A sentence about people told before by what was done to them ("Those freed on Thursday …"). */
const THOSE_TOLD = /^\W*(?:Those|All of those|Many of those|Some of those)\s+(?:freed|released|detained|arrested|deported|returned|exchanged)\b/;

/** "those who …", "anyone who …": a kind of people, no one act. */
const CLASS_OF_PEOPLE_BEFORE = /\b(?:those|anyone|anybody|everyone|everybody|whoever)\s+who\s+(?:(?:have|had|has|were|are)\s+)?$/i;
/** A present-tense verb of saying or thinking after a plural subject ("Protesters blame …", "Demonstrators say …"). */
const BELIEF_AFTER = /^\s+(?:blame|say|want|demand|accuse|argue|believe|fear|hope|insist|claim|see|view|reject|oppose|regard|consider|complain|feel|worry)\b/i;

/** "on the same day as prisoner exchanges", "unlike protests": plural acts named for comparison are a kind, no one event. */
const COMPARED_BEFORE = /\b(?:(?:same|similar)\s+(?:[\w'’-]+\s+){0,2}as|such\s+as|like|unlike|than)\s+(?:[a-z'’-]+\s+)?$/;
const CAPTIVES_TAKEN = /^(?:captured|taken prisoner|detained|held)\s+(?:in|at|during|while|near|on|by|since|after|from|when|last|earlier|early|as)\b/i;
const CAPTIVES_BEFORE = /\b(?:soldiers|servicemen|fighters|troops|marines|defenders|POWs|prisoners of war|civilians|sailors|pilots)\s+$/i;
const ANNOUNCED_WOULD = 'policy.announced-would';
const ANNOUNCED_ACTS = new Set<EventType>(['AID_PROVISION', 'AID_SUSPENSION', 'SANCTIONS', 'DEPORTATION']);
/** "There was no date for a summit", "no timetable has been set for talks": nothing set, nothing held. */
const NO_DATE_FOR = /\bno\s+(?:date|time|timetable|timeline|plans?)\s+(?:(?:has|had)\s+been\s+set\s+|was\s+set\s+|yet\s+|set\s+)?for\s+(?:an?\s+|the\s+|any\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Acts of bringing people home. */
export const RETURN_TYPES = new Set<EventType>(['PRISONER_RELEASE', 'PRISONER_EXCHANGE', 'BODY_REPATRIATION']);

const CELEBRATION_BEFORE = /\b(?:celebrat\w*|festivities)\b(?:[^.;,]|,\s+where\b){0,80}$/i;
/** A stance toward, or a hindrance of, what follows ("approach to", "prospects for", "stalling"). */
const TOPIC_BEFORE = /\b(?:approach|attitude|position|stance|openness|readiness|willingness|prospects?|appetite|obstacles?|preconditions?)\s+(?:to|for|on|towards?|of)\s+(?:(?:the|any|a|further|new|direct|peace|possible|future|fresh|renewed)\s+)*$|\b(?:stalling|blocking|delaying|sabotaging|derailing|undermining|obstructing)\s+(?:(?:the|any|further|new|direct|peace)\s+)*$/i;

/**
 * Trigger matches in one sentence, overlaps resolved (an event-making trigger beats a merge-only
 * one, then the longer match wins). Triggers inside quoted speech and in hypothetical contexts
 * ("if", "how many", "despite protests") are dropped.
 */
export function findTriggers(text: string, names: NameSpan[] = []): TriggerHit[] {
  let quotes: Span[] | null = null;
  const hits: TriggerHit[] = [];
  const consider = (def: TriggerDef, start: number, end: number, matched: string): void => {
    quotes ??= quotedSpans(text);
    if (quotes.some((q) => start >= q.start && start < q.end)) return;
    const before = text.slice(Math.max(0, start - 60), start);
    // "despite the 36-hour truce": a truce with its own span is a real one, not a generic mention.
    // "if the government refused to reopen negotiations": a condition further back still holds the act.
    if ((HYPOTHETICAL_BEFORE.test(before) && !SPANNED_BEFORE.test(before)) || IF_CLAUSE_BEFORE.test(before) || GROUNDS_BEFORE.test(text.slice(Math.max(0, start - 170), start))) return;
    // "the canopy collapsed, killing 15 people", "killed in Saturday's earthquakes": a disaster's toll is no attack.
    if (def.type === 'ATTACK' && !ATTACK_WORDS.test(text.slice(Math.max(0, start - 160), end + 90)) && (ACCIDENT_BEFORE.test(text.slice(Math.max(0, start - 160), start)) || ACCIDENT_AFTER.test(text.slice(end, end + 90)) || ACCIDENT_AFTER.test(text.slice(start, end + 90)))) return;
    // "a 44-day war in 2020 that killed about 6,500 people": a war's toll tells the war, not one strike.
    if (def.type === 'ATTACK' && (WAR_THAT_BEFORE.test(before) || (WAR_SUBJECT_BEFORE.test(text.slice(0, start)) && !ONE_STRIKE_AFTER.test(text.slice(end))))) def = { ...def, type: 'INVASION' };
    // "sanctions on two companies that it said had supplied vehicles to the group": the grounds of a sanction are no aid.
    if (def.type === 'AID_PROVISION' && /\bsanction/i.test(text.slice(0, start)) && /\b(?:that|which|who)\b[^,;]{0,30}\b(?:had|have|has)\s+(?:\w+\s+)?$/i.test(before)) return;
    // "Among them are soldiers captured in the Kursk region": captives named by how they were taken, no arrest told.
    if (def.type === 'DETENTION' && CAPTIVES_TAKEN.test(matched) && CAPTIVES_BEFORE.test(before)) return;
    // "The group has repeatedly targeted tankers": a habit, no one act.
    if (!def.noun && HABIT_BEFORE.test(before)) return;
    // "all those who blocked roads would be held to account": an act told of a kind of people reports none.
    if (CLASS_OF_PEOPLE_BEFORE.test(before)) return;
    // "Protesters blame the disaster on corruption": people named by what they do, telling what they think.
    if (def.type === 'PROTEST' && /^(?:protesters|protestors|demonstrators)$/i.test(matched) && BELIEF_AFTER.test(text.slice(end, end + 30))) return;
    // "no deal had been reached", "no talks": a noun denied is no event ("no doubt Russia shelled" still reports one).
    if ((/\bno\s+(?:[\w'’-]+\s+)?$/i.test(before) || NO_DATE_FOR.test(before)) && !/^\w+(?:ed|ing)\b/i.test(matched)) return;
    // "any change in Moscow's approach to talks", "the prospects for negotiations", "accused Kyiv of stalling talks": talks
    // named as a topic or a stance, not held.
    if (def.noun && (def.type === 'MEETING' || def.type === 'CEASEFIRE' || def.type === 'AGREEMENT') && TOPIC_BEFORE.test(before)) return;
    // "set off celebrations in Damascus, where hundreds of people gathered": a crowd gathered to celebrate is no protest.
    if (def.id === 'protest.crowd-came' && CELEBRATION_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return;
    // Only a noun refers back: "the demonstrators protested" reports, "the protest" refers.
    const verbForm = /ed$|^(?:took|went)\b/i.test(matched);
    // "followed a phone call" is new even after an earlier "the"; "the return of four children" carries its own count.
    // "The ceasefire took effect on Wednesday": the definite noun is the subject of its own new step.
    // "the arrest of the opposition leader on Tuesday": a noun told with its own argument is the act told, not a reference.
    const anaphoric = Boolean(def.noun) && !verbForm && !def.id.endsWith(OF_ARGUMENT) && DEFINITE_BEFORE.test(before) && !INDEFINITE_BEFORE.test(before) && !COUNTED.test(matched) && !TOOK_EFFECT.test(text.slice(end, end + 60)) && !HOSTED_ON.test(text.slice(end, end + 80)) && !HELD_AFTER.test(text.slice(end, end + 120)) && !(RESUMED_AFTER.test(text.slice(end, end + 60)) && !SINCE_BEFORE.test(before)) && !STAGED_BEFORE.test(before);
    // "several thousand protesters gathered": people counted report an act; "several protests" is generic.
    const people = /(?:ers|ors)$/i.test(matched);
    // "marked the second anniversary of Russia's full-scale invasion": a past event recalled, not the day's news.
    // "Prisoner exchanges have continued alongside the repatriations": plural acts told as going on are no one event.
    // "the third such exchange": a kind of act, the one told elsewhere.
    // "a four-month wave of demonstrations", "weeks of protests": a movement's run of gatherings, not one of them.
    // ("a first wave of rallies on January 10": a run told with its own time is an event of that time.)
    const run = def.type === 'PROTEST' && /s$/i.test(matched) && PROTEST_RUN_BEFORE.test(before) && !/^\s+(?:on|in|last|this|earlier|over|during)\b/i.test(text.slice(end, end + 12));
    const generic = Boolean(def.noun) && !verbForm && (/\bsuch\s+$/i.test(before) || run || (!people && ((GENERIC_BEFORE.test(before) && !(ONE_EARLIER.test(before) && !/s$/i.test(matched))) || ANNIVERSARY_BEFORE.test(before) || (/s$/i.test(matched) && (ONGOING_AFTER.test(text.slice(end, end + 50)) || COMPARED_BEFORE.test(before))))));
    // "It was the second swap this month": it joins the story's exchange, and stands alone when there is none.
    const classed = Boolean(def.noun) && !anaphoric && COPULAR_ORDINAL.test(before);
    // "the two were detained at the beginning of April": people already named; the detail joins their event.
    // ("Those freed on Thursday … walked out of the prison": the people of the release told before, and what they did.)
    const recalled = !def.noun && (/(?<!\bof\s)\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i.test(before) || THOSE_TOLD.test(text));
    // "Agnès Callamard, who marched with a delegation, had met the mayor": an aside on a person tells what they took part
    // in; it joins the event told around it.
    const aside = (!def.noun || /ed$/i.test(matched)) && def.type === 'PROTEST' && /[A-Z][\w'’-]+,\s+who\s+(?:had\s+|has\s+|also\s+)?$/.test(before);
    // "The swap was agreed last Thursday": it refers to the swap told elsewhere, and its day is the agreement's.
    const arranged = Boolean(def.noun) && ACTS.has(def.type) && ARRANGED_AFTER.test(text.slice(end, end + 40));
    const shaped = arranged ? { ...def, mergeOnly: true } : classed || recalled || aside ? { ...def, follows: true } : def;
    hits.push({ def: shaped, start, end, text: matched, anaphoric, generic });
  };
  const lower = text.toLowerCase();
  const found = stemsIn(lower);
  if (found) {
    for (const { def, stems, re } of COMPILED) {
      if (stems && !stems.some((i) => found[i] === 1)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        consider(def, m.index, m.index + m[0].length, m[0]);
      }
    }
  }
  for (const p of findPredicates(text, names)) consider(p.def, p.start, p.end, p.text);
  // A phrase rule beats a verb frame over the same words; a merge-only reference yields to both.
  const rank = (h: TriggerHit): number => (h.def.mergeOnly ? 2 : h.def.id.startsWith(FRAME_PREFIX) ? 1 : 0);
  hits.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start));
  const kept: TriggerHit[] = [];
  for (const h of hits) {
    const clashes = kept.filter((k) => h.start < k.end && k.start < h.end);
    if (clashes.length === 0) kept.push(h);
    // "Biden said the United States would send 31 tanks to Ukraine": the act announced is told by its own rule, not as a policy.
    else if (clashes.length === 1 && clashes[0].def.id === ANNOUNCED_WOULD && ANNOUNCED_ACTS.has(h.def.type) && !h.def.mergeOnly && h.start > clashes[0].start) kept[kept.indexOf(clashes[0])] = h;
    // "brought back 115 servicemen who had been taken prisoner": the return is told; the capture is the past of those returned.
    else if (clashes.length === 1 && clashes[0].def.type === 'DETENTION' && RETURN_TYPES.has(h.def.type) && !h.def.mergeOnly && h.start < clashes[0].start) kept[kept.indexOf(clashes[0])] = h;
    // "Speaking at the G20 summit in Rio, the minister said …": a speech given at a gathering tells the gathering too.
    else if (clashes.length === 1 && (atGathering(clashes[0], h) || atGathering(h, clashes[0]))) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A speech's words name the gathering it was given at ("speaking at the G20 summit", "spoke to a conference in Oslo"). */
const atGathering = (speech: TriggerHit, meeting: TriggerHit): boolean =>
  speech.def.type === 'SPEECH' && meeting.def.type === 'MEETING' && !meeting.def.mergeOnly && meeting.start > speech.start && meeting.end <= speech.end + 40 &&
  /\b(?:summit|conference|forum|meeting|session)\b/i.test(meeting.text);

/**
 * Spans of quoted speech. Short closed quotes are names or scare quotes ('all-for-all') and do not
 * count; a quote left open runs to the end of the sentence, and a closing quote with no opening
 * one (the speech began in an earlier sentence) covers the sentence up to it.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const closing = c === '”' || (c === '"' && i > 0 && /\S/.test(text[i - 1]) && (i + 1 === text.length || /[\s.,;:!?)]/.test(text[i + 1])));
    if (!closing && (c === '“' || c === '"')) {
      if (open === null) open = i;
    } else if (closing) {
      const start = open ?? 0;
      const long = text.slice(start, i).split(/\s+/).length > 4;
      // 'had "started the war"': a short quote after a verb is quoted speech, not a name.
      // ('said Friday it had "temporarily paused additional funding"': the speaker's own act, told in its words, is no claim.)
      const spoken = open !== null && /\b(?:had|has|have|was|were|is|are|would|will|to)\s*$/i.test(text.slice(Math.max(0, open - 12), open)) &&
        !/\b(?:said|says|announced|confirmed|stated)\s+(?:(?:on\s+)?\w+\s+)?(?:that\s+)?(?:it|they|we)\s+(?:had|has|have|was|were|would|will)\s*$/i.test(text.slice(Math.max(0, open - 50), open));
      if (open === null || long || spoken) spans.push({ start, end: i + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: text.length });
  return spans;
}
