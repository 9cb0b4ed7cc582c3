import { ARG_STOPS, ARG_WORDS, DOUBLING, EITHER_DOUBLING, IRREGULAR_PAST, NOMINALS, VERB_FRAMES, type ArgClass, type VerbFrame } from '../lexicon/predicates';
import type { TriggerDef } from '../lexicon/events-triggers';
import { BRING_BACK, LET_GO, PEOPLES } from '../lexicon/events-cues';
import { MONEY_AMOUNT } from '../quantities/units';
import type { EntityType } from '../types';

/** A named entity in the sentence, offsets relative to the sentence text. */
export interface NameSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The entity's canonical name ("Election Commission" for a mention "EC"). */
  name?: string;
}

export interface PredicateHit {
  def: TriggerDef;
  start: number;
  end: number;
  text: string;
}

/** Regular past forms, with the irregular ones from the lexicon ("seized", "rammed", "rallied", "caught"). */
export function pastForms(verb: string): string[] {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  const doubled = `${verb}${verb.at(-1)}ed`;
  if (EITHER_DOUBLING.has(verb)) return [doubled, `${verb}ed`];
  if (DOUBLING.has(verb) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return [doubled];
  return [`${verb}ed`];
}

/** The -ing forms ("seizing", "ramming", "freeing"; "dialling" and "dialing"). */
export function ingForms(verb: string): string[] {
  if (/[^e]e$/.test(verb)) return [`${verb.slice(0, -1)}ing`];
  const doubled = `${verb}${verb.at(-1)}ing`;
  if (EITHER_DOUBLING.has(verb)) return [doubled, `${verb}ing`];
  if (DOUBLING.has(verb) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return [doubled];
  return [`${verb}ing`];
}

interface Form {
  frames: VerbFrame[];
  /** The participle of a clause set off after the event ("…, killing five"): active, never passive. */
  ing: boolean;
}

const FORMS = new Map<string, Form>();
for (const frame of VERB_FRAMES) {
  for (const lemma of frame.lemmas) {
    const [verb, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const add = (surface: string, ing: boolean): void => {
      const form = FORMS.get(surface) ?? { frames: [], ing };
      if (!form.frames.includes(frame)) form.frames.push(frame);
      FORMS.set(surface, form);
    };
    for (const past of pastForms(verb)) add(past + tail, false);
    for (const ing of ingForms(verb)) add(ing + tail, true);
  }
}
/** Surfaces by their first word, longest first, each a sticky pattern: a word lookup per token, not one vast alternation. */
const BY_FIRST = new Map<string, Array<{ surface: string; re: RegExp }>>();
for (const surface of [...FORMS.keys()].sort((a, b) => b.length - a.length)) {
  const first = surface.split(' ')[0];
  const list = BY_FIRST.get(first) ?? [];
  list.push({ surface, re: new RegExp(`${surface.replace(/ /g, '\\s+')}\\b`, 'iy') });
  BY_FIRST.set(first, list);
}

/** Each framed verb form in the text, longest surface first at a position. */
function* verbForms(text: string): Generator<{ index: number; text: string; surface: string }> {
  const letters = /[A-Za-z]+/g;
  for (let w = letters.exec(text); w; w = letters.exec(text)) {
    // "Western-supplied", "Russian-seized": the end of a compound is an adjective, not a verb.
    if (w.index > 0 && /[\p{L}\p{N}'’-]/u.test(text[w.index - 1])) continue;
    const candidates = BY_FIRST.get(w[0].toLowerCase());
    if (!candidates) continue;
    for (const { surface, re } of candidates) {
      re.lastIndex = w.index;
      const m = re.exec(text);
      if (m) {
        yield { index: w.index, text: m[0], surface };
        letters.lastIndex = w.index + m[0].length;
        break;
      }
    }
  }
}

/** An auxiliary right before the participle makes it passive ("was seized", "had been detained"); "had" alone is active. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|got|get|gets|getting)\s+(?:(?:[a-z]+ly|also|later|then|all|both|each|since|just|already|never|not|reportedly|allegedly|subsequently|eventually|briefly|again|first)\s+){0,2}$/i;
/** An -ing form reports the event only as a clause of its own ("…, killing five", "after seizing the capital"). */
const ING_BEFORE = /(?:,|\b(?:after|before|by|while|when|since|began|begun|started|resumed|continued|(?:has|have|had)\s+been))\s+$/i;
/** A word that turns the verb to another sense: "hit Russia with sanctions", "held them accountable", "caught on camera". */
const OTHER_SENSE_AFTER = /^[^.;,]{0,60}?\b(?:with\s+(?:[\w-]+\s+){0,2}?(?:sanctions?|tariffs?|duties|fines|levies|taxes)|accountable|responsible|liable|in contempt)\b|^\s+(?:on (?:camera|video|film|tape)|off guard|in the crossfire|up in)\b/i;
/** Words after an intransitive verb: a place, a time or a purpose, not an object ("gathered in the square", not "gathered evidence"). */
const INTRANSITIVE_AFTER = /^(?:\s*[,.;:)]|\s+(?:in|at|on|outside|near|across|along|through|around|in front of|against|for|to|from|over|under|again|peacefully|overnight|late|early|last|this|yesterday|today|until|as|and|before|after|throughout|since|by|with|every|each|daily|nightly)\b)/i;
/** "a number of", "dozens of", "a group of": a quantifier whose "of" leads on to the head. */
const QUANTIFIER_OF = /^\s*(?:an?\s+(?:number|group|handful|total|batch|dozen)|(?:dozens|hundreds|thousands|scores|several|many|some|most)|(?:at least|more than|over|about|some)\s+[\d,]+)\s+of$/i;
/** "12 tonnes of food", "truckloads of medicines", "the outline of the reform": a measure or a part before "of" leaves the head to what follows. */
const MEASURE_OF = /^\s*(?:(?:an?|the)\s+)?(?:(?:around|about|some|nearly|almost|roughly|more than|over|at least|up to)\s+)?(?:[\d.,]+\s+|several\s+|(?:hundreds|thousands|dozens) of\s+)?(?:metric\s+)?(?:tonnes|tons|truckloads|kilograms|kg|containers|boxes|packets|pallets|cartons|bags|sacks|litres|liters|gallons|consignments|loads|planeloads|shiploads|convoy|convoys)\s+of$|^\s*(?:the|an?)\s+(?:(?:final|first|revised|new|updated|main|broad|draft)\s+)?(?:outline|outlines|draft|text|details|blueprint|framework|version|core|key points|main points)\s+of$/i;
/** A count standing for people ("the three", "all 25 of them", "two of them"). */
const COUNT_ONLY = /^(?:the\s+|all\s+|another\s+|some\s+|at least\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several)(?:\s+(?:more|others|of (?:them|those|these)))?\s*(?:[,.;:]|$|\s+(?:in|on|at|from|during|after|last|over|near|overnight)\b)/i;
const MONEY = new RegExp(`^[^.;,]{0,30}?${MONEY_AMOUNT}`, 'i');
const ADJECTIVE_BEFORE = /(?:\b\d[\d,]*|\b(?:dozen|dozens|hundreds|thousands|severely|seriously|badly|critically|lightly|fatally|mortally|recently|newly|wrongfully|unlawfully|illegally|forcibly|arbitrarily|unjustly|previously|already|once|twice))\s+$/i;
const SEVERAL_MET = /\band\b|\b(?:delegations|leaders|sides|negotiators|ministers|commanders|officials|envoys|counterparts|teams|presidents)\b[^,;]{0,40}$/i;
/** A word before the verb that makes it an adjective or a participle of a noun phrase ("of deported children", "visited wounded soldiers", "many of them captured"). */
const NOUN_PHRASE_BEFORE = new RegExp(String.raw`(?:\b(?:a|an|the|its|their)\s+(?:partially|partly|completely|totally|heavily|badly|fully|largely|mostly|newly|recently|severely|seriously|slightly|hastily|illegally|wrongly|wrongfully|forcibly|unlawfully|arbitrarily|previously)|\b(?:of|for|to|with|about|on|in|among|including|from|at|into|than|as|like|whose)|\b(?:of|among)\s+(?:them|whom|those|these)|\b\w+ed|\b${BRING_BACK}(?:\s+(?:the|all))?)\s+$`, 'i');
/** Frames a sentence about sanctions uses in another sense ("targeting 189 more vessels", "the sanctions package was approved"). */
const NOT_WITH_SANCTIONS = new Set(['assail', 'strike', 'target', 'overrun', 'give', 'suspend', 'decide']);
/** "ordered the military to act": an order to fight, not a decision about people. */
const ARMED_FORCES_AFTER = /^\s+(?:the\s+)?(?:military|army|armed forces|air force|navy|IDF|troops)\b/i;
/** Harm in an accident or a scuffle is no attack; a detention for questioning is no arrest. */
const NOT_AN_ACT_AFTER: Partial<Record<string, RegExp>> = {
  harm: /^\s+(?:in|during)\s+(?:the\s+|a\s+|an\s+)?(?:scuffles?|stampede|crush|crash|accident|collision|fire|blaze|floods?|earthquake|storm|landslide)\b|^[^.;]{0,60}?\b(?:in straight sets|on penalties|in the (?:final|semi-?final|quarter-?final)|to reach the)\b/i,
  detain: /^[^.;]{0,30}?\bfor questioning\b/i,
  // "expelled from the party", "expelled from school": cast out of a body, not sent out of a country.
  deport: /^\s+from\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?(?:party|parties|school|schools|university|college|club|league|federation|union|association|committee|council|parliament|assembly|competition|tournament|games|olympics|organi[sz]ation|group|church|movement|bar|army|ranks)\b/i,
  // "removed to Nauru", "sent back to Guatemala": only a move to a named place is an expulsion ("removed from office" is not).
  remove: /^(?!\s+(?:[\w'’,-]+\s+){0,5}?(?:back\s+)?to\s+(?:their\s+home\s+countries|[A-Z]))/,
  // ("moved 600 inmates from the largest prison to a new maximum-security facility": a move to a named place or to a prison.)
  transfer: /^(?!\s+(?:[\w'’,()-]+\s+){0,12}?to\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w-]+\s+){0,3}(?:prison|prisons|jail|lockup|facility|detention centre|detention center|penitentiary|camp)\b|[A-Z]))/,
  // "pushed back across the border", "pushed back into Myanmar": turned out over a border ("pushed back protesters" is crowd control).
  pushback: /^(?!\s+(?:[\w'’,-]+\s+){0,5}?(?:across|over|into|to|at)\s+(?:the\s+)?(?:border|frontier|sea|[A-Z]))/,
  // "U.S. diplomats met them at the checkpoint", "the institute, which received them at a hangar": people just freed or flown
  // in, taken in on arrival, are no talks.
  meet: /^\s+them\s+(?:at|on|in|off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:checkpoint|crossing|border|airport|hangar|tarmac|runway|airbase|air base|port|dock|gate|plane|aircraft|bus|station|terminal)\b/i,
  // "granted them bail of $200", "paid a ransom", "dropped its $10m bounty", "offered a reward": money that is no aid.
  give: /^[^.;]{0,25}?\b(?:bail|bribes?|kickbacks?|ransoms?|fines?|bount(?:y|ies)|rewards?)\b/i,
  // "have been hit hardest", "hit hard by the ban": struck by a measure or a crisis, not by arms.
  strike: /^\s+(?:(?:the\s+)?hardest|hard)\b/i,
  // "thousands gathered for the funeral", "crowds gathered to watch the match", "as the prisoners returned home": no protest.
  gather: /^[^.;]{0,60}?\bas\s+[^.;]{0,50}?\b(?:returned|arrived|came home|landed|crossed)\b|^[^.;]{0,40}?\b(?:funerals?|burials?|prayers?|mass|worship|weddings?|celebrat\w*|concerts?|festivals?|matches|match|games?|ceremon(?:y|ies)|commemorat\w*|memorials?|parades?|watch|welcome|greet|mourn\w*|pay (?:their|last) respects)\b/i,
  // "extended its condolences", "extended an invitation": courtesies, not decisions.
  // Nor personal acts ("postponed his visit", "extended his stay", "halted the search for survivors", "widened its investigation").
  decide: /^\s+(?:(?:its|their|his|her|an?|the)\s+)?(?:\w+\s+)?(?:condolences|sympathies|sympathy|thanks|gratitude|congratulations|invitations?|welcome|greetings|apolog(?:y|ies)|hand|olive branch|visits?|trip|stay|tour|lead|speech|remarks|address|campaign|search|investigation|probe|inquiry|support|loans?|credit|funding|aid|assistance|talks|negotiations|dialogue)\b|^\s+(?:himself|herself|themselves|itself)\b/i,
};
const LET_GO_AFTER = new RegExp(`^\\s+(?:(?:him|her|them|[A-Z][\\w'’-]+)\\s+)?${LET_GO}\\b`);
/** Stop words that may open a count ("at least 12", "over 40", "more than 280"). */
const ARG_STOP_OPENERS = new Set(['at', 'over', 'than']);
const COUNT_NEXT = /^\s+(?:(?:least|than|to)\s+)?[\d,]+\b|^\s+(?:least|than)\b/i;
/** An authority as the subject of the clause right before the verb ("the State Department formally designated", "Parliament on Tuesday banned",
 * "The government earlier this week ordered"); the names after it are capitalised. */
const AUTHORITY_WORDS = ['government', 'cabinet', 'ministry', 'parliament', 'senate', 'congress', 'assembly', 'council', 'authorities', 'administration', 'department', 'president', 'prime minister', 'minister', 'premier', 'governor', 'mayor', 'commission', 'kremlin', 'white house', 'authority', 'regulator', 'bundestag', 'seimas', 'sejm', 'rada', 'knesset', 'duma', 'junta', 'lawmakers', 'legislature', 'legislators', 'watchdog', 'board of governors', 'board'];
const anyCase = (phrase: string): string => phrase.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('\\s+');
const AUTHORITY_BEFORE = new RegExp(`(?<!\\b(?:of|against|to|with)\\s+(?:the\\s+)?)\\b(?:${AUTHORITY_WORDS.map(anyCase).join('|')})\\b(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:and\\s+)?[A-Z][\\w'’-]*){0,3})?(?:\\s+[A-Z][\\w.'’-]*){0,4}(?:\\s+(?:had|has|have))?(?:\\s+(?:(?:on|last|this|early|late|earlier)\\s+){1,2}\\w+(?:\\s+(?:night|morning|evening|afternoon))?)?(?:\\s+(?:had|has|have))?(?:\\s+(?:also|formally|officially|swiftly|quickly|later|then|again|temporarily|partially|fully))?\\s+$`);
const SUBJECT_ADVERBS = /^(?:also|formally|officially|swiftly|quickly|later|then|again|temporarily|partially|fully|on|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)$/;
const ADJECTIVE_PAIR = /\b(?:the|a|an|of|for|\d[\d,]*|several|many|some|dozens|hundreds|thousands|other)\s+(?!(?:people|civilians|men|women|children|soldiers|troops)\b)[a-z]+\s+(?:and|or)\s+$/i;
const PRONOUN_PERSON = /^(?:him|her|them|he|she|they)$/i;
const CLAUSE_EDGE = /[,;:()\u2013\u2014"“”]/;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const PLURAL_DEMONYM = new RegExp(`^(?:[A-Z][a-z]{3,}(?:ans|ese|is)|${PEOPLES.replace(/\b[a-z]/g, (c) => c.toUpperCase())})$`);

/** Classes of one word: its head-word lists, a capitalised plural demonym ("the Ukrainians") as people, a pronoun as a person. */
function wordClasses(t: Token, text: string): ArgClass[] {
  // "the protesters' demands": a plural possessive only modifies the head after it.
  if (/^['’]/.test(text.slice(t.end, t.end + 1))) return [];
  const out: ArgClass[] = [];
  // "a couple of videos", "a pair of photos": a word for two before "of" counts the noun after it.
  if (/^(?:couple|pair|duo)$/.test(t.lower) && /^\s+of\b/i.test(text.slice(t.end, t.end + 5))) return [];
  for (const [cls, words] of Object.entries(ARG_WORDS) as [ArgClass, Set<string>][]) if (words.has(t.lower)) out.push(cls);
  if (PLURAL_DEMONYM.test(t.text)) out.push('people', 'group');
  if (PRONOUN_PERSON.test(t.text)) out.push('person');
  return out;
}

function nameAt(names: NameSpan[], t: Token): EntityType | null {
  // "Venezuelans" may be a mention of Venezuela, but as an argument it is people.
  if (PLURAL_DEMONYM.test(t.text)) return null;
  return names.find((n) => t.start >= n.start && t.start < n.end)?.type ?? null;
}

const NAME_CLASS: Record<EntityType, ArgClass> = { PERSON: 'person', PLACE: 'place', ORGANIZATION: 'org' };

const ASIDE_FIRST = /^\s*,\s*by\s+[^,.;]{1,40},(?=\s+(?:the\s+|an?\s+)?[a-z])|^\s+for\s+(?:a|one|two|three|six|\d+)\s+(?:days?|weeks?|months?|years?)(?=\s+(?:the|an?|its|their|all)\s)/;
const TIME_FIRST = /^\s+(?:on|last|this|earlier|in)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year)(?:\s+\d{1,2})?(?=\s+(?:an?|the)\s)/;

/**
 * The noun a relative clause ending at the verb tells of: "the plan that the Council of Ministers approved", "under a decree
 * Putin signed last April". Only for measures and deals, which a clause so often recalls.
 */
const RELATIVE_OBJECT = /\b([a-z]+)(?:\s+|,\s+(?=which\b))(?:(?:that|which)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,5}|(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}|(?:he|she|they|it)\s+)(?:(?:had|has|have|also|then|later|finally|formally)\s+)?$/d;
/** The noun a participle follows, opening its clause or after "under": not the object of another verb ("pulled out of a deal brokered by …"). */
const REDUCED_HEAD = /(?:^|[,;:(]\s*|\b(?:[Uu]nder|[Ii]n line with|[Aa]ccording to)\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?([a-z]+)\s+$/d;
/** A noun phrase set off by a comma before a participle ("The curfew, imposed by …"): opening its clause. */
const SET_OFF_NP = /(?:^|[,;:(]\s*)((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+[^,;()]{1,60}?),\s+(?:(?:first|initially|originally|also)\s+)?$/;
/** The head noun of a set-off phrase: its last word before a preposition ("An overnight curfew from 6pm to 6am"); "the state of emergency" is one. */
function setOffHead(np: string): string | undefined {
  const words = np.toLowerCase().replace(/\bstate of (?:emergency|siege|war)\b/, 'emergency').split(/\s+/);
  if (words.includes('of')) return undefined;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:from|in|on|for|with|at|to|across|over|against|until)$/.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).pop();
}

/** The measure and deal classes of a head noun. */
const measureClasses = (word: string): ArgClass[] => (['deal', 'law'] as const).filter((c) => ARG_WORDS[c]?.has(word));
const PARTICIPLE_ADJUNCT = /^\s+(?:by\s+(?:the\s+)?(?:[A-Z]|(?:authorities|government|parliament|cabinet|council|ministry|president|junta|military|army|police|governor|regime)\b)|(?:on|in|last|earlier)\s+(?:the\s+)?(?:\d|[A-Z]|(?:week|month|year)\b))/;

const COLLECTIVE_FIRST = /^\s+(?:a|an|the|its|their)\s+(?:new\s+|broad\s+|wide\s+|whole\s+)?(?:package|raft|set|series|slew|batch)\s+of(?=\s+(?:new\s+|tougher\s+|emergency\s+|sweeping\s+)?(?:rules|restrictions|regulations|laws|reforms|curbs|controls)\b)/;

/**
 * The classes of an object: the words after the verb up to a preposition, a clause word or punctuation.
 * The head comes last in English ("the village priest" is a person), so later words are tried first;
 * a name after a class word is in apposition to it ("the state capital Wad Madani", "the tanker Eagle S").
 */
function objectClasses(text: string, from: number, names: NameSpan[]): ArgClass[] {
  // "approved on Tuesday a legislative decree": a time told before a heavy object.
  const time = TIME_FIRST.exec(text.slice(from, from + 40));
  if (time) from += time[0].length;
  // "adopted, by 136 votes to 27, amendments to the law", "agreed to suspend for a year the obligation": an aside before the object.
  const aside = ASIDE_FIRST.exec(text.slice(from, from + 60));
  if (aside) from += aside[0].length;
  // "unveiled a raft of new rules", "a package of restrictions": a collective's head is the noun after its "of".
  const collective = COLLECTIVE_FIRST.exec(text.slice(from, from + 40));
  if (collective) from += collective[0].length;
  const rest = text.slice(from);
  const edge = rest.search(CLAUSE_EDGE);
  const end = from + (edge < 0 ? rest.length : edge);
  const heads: ArgClass[][] = [];
  const named: ArgClass[] = [];
  if (COUNT_ONLY.test(rest.trimStart())) heads.push(['people']);
  if (MONEY.test(rest)) heads.push(['aid']);
  let toks = tokens(text, from, end);
  // "received at Miraflores Palace a group of governors": a short place phrase may come before a heavy object.
  const shifted = /^(?:at|in)$/i.test(toks[0]?.text ?? '') ? toks.findIndex((t, i) => i > 1 && i < 6 && /^(?:a|an)$/i.test(t.text)) : -1;
  if (shifted > 0) toks = toks.slice(shifted);
  for (const t of toks.slice(0, 8)) {
    const name = nameAt(names, t);
    if (name) {
      if (!named.includes(NAME_CLASS[name])) named.push(NAME_CLASS[name]);
      continue;
    }
    // "at least 12", "over 40": a stop word that opens a count goes on; so does the "of" of "a number of Venezuelans".
    const through = t.lower === 'of' && (QUANTIFIER_OF.test(text.slice(from, t.end)) || MEASURE_OF.test(text.slice(from, t.end)));
    if (ARG_STOPS.has(t.lower) && !(ARG_STOP_OPENERS.has(t.lower) && COUNT_NEXT.test(text.slice(t.end, t.end + 12))) && !through) break;
    // "received a group of its own citizens": the quantifier is not the head, what it counts is.
    if (through) heads.length = 0;
    const classes = wordClasses(t, text);
    if (classes.length) heads.push(classes);
  }
  return [...heads.reverse().flat(), ...named];
}

/**
 * The classes of a subject: the nearest class word or name before the verb, back to the clause edge.
 * In "300 supporters of the nurses" the head is the word before "of", so it is tried first.
 */
function subjectClasses(text: string, to: number, names: NameSpan[]): ArgClass[] {
  const before = text.slice(0, to);
  let from = 0;
  for (let i = before.length - 1; i >= 0; i--) if (/[;:()\u2013\u2014]/.test(before[i])) { from = i + 1; break; }
  // "Eva Roe, a 73-year-old Austrian who had lived in Niger for decades, was seized": the subject stands before the apposition.
  // ("…, a man identified only by his initials, had already been arrested": the auxiliary and adverbs after the comma go first.)
  const trimmed = before.replace(/(?:\s+(?:had|has|have|already|also|since|reportedly|allegedly|previously|earlier|later|then|just))+\s*$/i, '').trimEnd();
  // Only a noun phrase or a relative clause set off so ("Iran's funds, frozen in South Korea, were transferred" keeps its subject).
  let open = trimmed.endsWith(',') ? trimmed.lastIndexOf(',', trimmed.length - 2) : -1;
  if (open >= 0 && !/^,\s+(?:a|an|the|his|her|their|its|one|\d+|who|whom|which|aged)\b/i.test(trimmed.slice(open))) open = -1;
  let toks = tokens(text, from, open > from ? open : to).slice(-8);
  // "Three men who crossed the Channel in small boats were flown back": the head stands before the relative clause.
  let relative = -1;
  // ("an exchange in which 90 prisoners were released": after a preposition the pronoun opens a clause with its own subject.)
  toks.forEach((t, i) => { if (i < toks.length - 1 && /^(?:who|whom|which)$/i.test(t.text) && !PREPOSITION.test(toks[i - 1]?.text ?? '') && toks[i - 1]?.lower !== 'of') relative = i; });
  if (relative > 0) toks = toks.slice(0, relative);
  // ("a decree under which 500 men were called up": the measure the clause tells of comes after its own subject.)
  const prepRelative = toks.findIndex((t, i) => i > 1 && /^(?:which|whom)$/i.test(t.text) && PREPOSITION.test(toks[i - 1].text));
  const measure = prepRelative > 1 ? measureClasses(toks[prepRelative - 2].lower) : [];
  const found: ArgClass[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (/^(?:who|which|that)$/i.test(t.text)) continue;
    // "five soldiers abducted by jihadists near Dioura in April were freed": a noun after a preposition is no subject.
    if (inPhrase(toks, i, names)) continue;
    const name = nameAt(names, t);
    const classes = name ? [NAME_CLASS[name]] : wordClasses(t, text);
    if (!classes.length) continue;
    found.unshift(...classes);
    const of = toks.slice(Math.max(0, i - 2), i).findIndex((x) => x.lower === 'of');
    if (of < 0) return [...found, ...measure];
    i = Math.max(0, i - 2) + of;
  }
  return [...found, ...measure];
}

const PREPOSITION = /^(?:in|on|at|near|by|from|with|into|across|inside|outside|during|after|before|since|under|against|to|for|through|via|around|among)$/i;
const MODIFIER = /^(?:the|a|an|its|their|his|her|this|that|these|those|some|small|large|[a-z]+(?:al|ern|ese|ian|ish|ic|ive|ous))$/;

/** A word in a prepositional phrase: after a preposition, over a determiner or an adjective and the rest of a name. */
function inPhrase(toks: Token[], i: number, names: NameSpan[]): boolean {
  const name = names.find((n) => toks[i].start >= n.start && toks[i].start < n.end);
  let j = i - 1;
  if (name) while (j >= 0 && toks[j].start >= name.start) j--;
  for (let skipped = 0; j >= 0 && skipped < 2 && MODIFIER.test(toks[j].text); skipped++) j--;
  return j >= 0 && PREPOSITION.test(toks[j].text);
}

/** Names of public bodies: ministries, offices, councils, agencies, regulators, legislatures. */
const PUBLIC_BODY = /\b(?:Ministry|Ministries|Commission|Agency|Department|Authority|Administration|Directorate|Inspectorate|Parliament|Congress|Senate|Cabinet|Government|Regulator|Duma|Rada|Sejm|Knesset|Bundestag)\b(?!\s+of\s+(?:Churches|Europe\b))|(?:Governor|President|Prime Minister|Premier|Mayor|Prosecutor|Attorney General|Minister)['’]s\s+Office|\b(?:Foreign|Home|Cabinet|Interior|Colonial)\s+Office|\bBorder\s+Protection|\b(?:Superior|Supreme|National|Federal|State|City|Municipal|Regional|Security|Constitutional|Provincial|County)\s+(?:[A-Z][\w-]+\s+)?Council\b|\bCouncil\s+of\s+Ministers\b/;

/** A government as the subject right before the verb: an authority noun, or a country or capital named (metonymy). */
function authorityBefore(full: string, at: number, names: NameSpan[]): boolean {
  // "Mali's government condemned the killings and on Tuesday banned …": the second verb shares the first one's subject.
  const joined = COORDINATED.exec(full.slice(Math.max(0, at - 30), at));
  if (joined) {
    const start = Math.max(full.lastIndexOf('. ', at), full.lastIndexOf('\n', at), full.lastIndexOf(';', at)) + 1;
    const first = /\b[a-z]+ed\b/.exec(full.slice(start, at - joined[0].length));
    if (first && start + first.index > 0) return ownAuthority(full, start + first.index, names);
  }
  return ownAuthority(full, at, names);
}

const COORDINATED = /\band\s+(?:(?:on|last|this|later|then|also|early|late)\s+(?:\w+\s+)?)?$/;

function ownAuthority(full: string, at: number, names: NameSpan[]): boolean {
  // "U.S. Customs and Border Protection (CBP) closed": the body's short name in brackets stands aside (blanked, offsets kept).
  const from = Math.max(0, at - 80);
  const text = full.slice(0, from) + full.slice(from, at).replace(/\s\([A-Z][A-Za-z.]{1,9}\)/g, (m) => ' '.repeat(m.length));
  const clause = text.slice(Math.max(0, at - 70), at);
  if (AUTHORITY_BEFORE.test(clause)) return true;
  const toks = tokens(text, Math.max(0, at - 40), at).filter((t) => !SUBJECT_ADVERBS.test(t.text));
  const last = toks.at(-1);
  // "the Istanbul Governor's Office on Sunday extended", "U.S. Customs and Border Protection (CBP) closed": a public body named.
  const body = last != null ? names.find((n) => n.type === 'ORGANIZATION' && last.start >= n.start && last.end <= n.end) : undefined;
  if (body && (PUBLIC_BODY.test(text.slice(body.start, body.end)) || PUBLIC_BODY.test(body.name ?? '')) && !afterPreposition(text, body.start)) return true;
  const place = last != null ? names.find((n) => n.type === 'PLACE' && last.start >= n.start && last.end <= n.end) : undefined;
  // "Kyiv allowed …" is the government; "a judge in La Paz ordered …", "the court of Moscow ordered …" are not.
  return place != null && !afterPreposition(text, place.start);
}

/** A name governed by a preposition ("a judge in La Paz", "the court of Moscow") is no subject. */
const afterPreposition = (text: string, at: number): boolean => /\b(?:in|of|at|from|near|for|to|by|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 12), at));

/** A noun of an act and its argument after "of", as the subject opening the sentence ("The arrest of the opposition leader on Tuesday sparked protests", "Saturday's release of 14 prisoners"); deep in a clause it is mostly a purpose or a background. */
const NOMINAL_OF = new RegExp(`(?:^|[.;:]\\s+|,\\s+(?:but|and)\\s+)(?:The|the|(?:(?:Last|last|This|this)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month)['’]s)\\s+(?:[a-z]+\\s+)?(${Object.keys(NOMINALS).join('|')})\\s+of\\s`, 'dg');
const FRAMES_BY_ID = new Map(VERB_FRAMES.map((f) => [f.id, f]));

/** Rule ids of nouns told with their argument end so ("verb.detain.person.of"). */
export const OF_ARGUMENT = '.of';
/** Rule ids of verb frames start so ("verb.detain.person"). */
export const FRAME_PREFIX = 'verb.';
const defs = new Map<string, TriggerDef>();
/** The first class the map types ("verb.detain.person"), as one shared definition per frame and class. */
function pick(frame: VerbFrame, classes: ArgClass[], types = frame.args, noun = false): TriggerDef | null {
  const cls = classes.find((c) => types[c]);
  if (!cls) return null;
  const id = `${FRAME_PREFIX}${frame.id}.${cls}${noun ? OF_ARGUMENT : ''}`;
  let def = defs.get(id);
  if (!def) {
    def = { id, type: types[cls]!, pattern: '', needsAnchor: 'specific', confidence: 0.5, ...(noun ? { noun: true } : {}) };
    defs.set(id, def);
  }
  return def;
}

/**
 * Events told by a verb and its argument: each past form (or set-off -ing form) of a framed verb,
 * typed by the class of its object (active), of its subject (passive, "the tanker was seized"; an
 * intransitive verb, "400 protesters gathered"), or of the government deciding ("the ministry
 * revoked …"). A participle after its noun ("soldiers captured in Kursk") only describes them.
 */
const NOT_AN_ATTACKER = /\b(?:outages?|blackouts?|power cuts|storms?|floods?|snow(?:fall|storms?)?|heatwaves?|wildfires?|droughts?|earthquakes?|inflation|prices|shortages?|cuts|layoffs|sanctions)\s+(?:(?:have|has|also|again)\s+)?$/i;

/** "called Kovacs on Monday to resign": a demand, not a call. */
const CALLED_TO_ACT = /^[^.;]{0,60}?\bto\s+(?!(?:discuss|congratulate|express|offer|thank|say|talk|brief)\b)[a-z]+/;
/** "a group called X" names it; "the defence called X", "prosecutors called X" summon a witness. */
const NAMED_OR_WITNESS = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}$|\b(?:defen[cs]e|prosecut\w*|lawyers?|attorneys?|counsel|court|judge|committee|panel)\s+(?:[\w-]+\s+){0,2}$/i;

/** A named party called, then the call's time, manner or end ("called Xi Jinping on Tuesday to discuss trade"). */
const CALLED_PARTY = /^\s+(?:(?:President|Prime Minister|Chancellor|Emir|King|Crown Prince|Sheikh|Sultan|Pope|Premier|Secretary|Minister)\s+)*(?:[A-Z][\w'’.-]*(?:\s+(?:bin|al|al-|ibn|de|van|von|der)?\s*[A-Z][\w'’.-]*){0,4})(?=\s*(?:$|[,.;]|\s(?:on|by|to\s+(?:discuss|congratulate|express|offer|thank|say)|after|late|early|last|this|twice|again|shortly|hours|from)\b))/;

export function findPredicates(text: string, names: NameSpan[] = []): PredicateHit[] {
  const hits: PredicateHit[] = [];
  const sanctions = /\bsanction/i.test(text);
  for (const m of text.matchAll(NOMINAL_OF)) {
    const classes = objectClasses(text, m.index + m[0].length - 1, names);
    const frames = NOMINALS[m[1].toLowerCase()].map((id) => FRAMES_BY_ID.get(id)!).filter((f) => !(sanctions && NOT_WITH_SANCTIONS.has(f.id)));
    const def = frames.map((f) => pick(f, classes, f.args, true)).find((d) => d != null);
    const [start, end] = m.indices![1];
    if (def) hits.push({ def, start, end, text: m[1] });
  }
  for (const m of verbForms(text)) {
    const start = m.index;
    const end = start + m.text.length;
    const form = FORMS.get(m.surface);
    if (!form) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    if (form.ing && !ING_BEFORE.test(before)) continue;
    // "a direct hit", "the cut": a determiner makes the word a noun.
    if (/\b(?:a|an|the|its|their)\s+$/i.test(before)) continue;
    const after = text.slice(end);
    if (OTHER_SENSE_AFTER.test(after)) continue;
    const passive = !form.ing && PASSIVE_BEFORE.test(before);
    if (!passive && !form.ing && NOUN_PHRASE_BEFORE.test(before) && !/\b(?:had|have|has)\s+$/i.test(before)) continue;
    // "about 50 sick and wounded children": a participle joined to an adjective after a count or a determiner is one too
    // ("blocked roads and torched a station" joins two clauses).
    if (!passive && ADJECTIVE_PAIR.test(before)) continue;
    // "children who were deported", "he can be prosecuted": a clause describing people, or a possibility, tells no event.
    if (passive && /\b(?:who|whom|that|which|can|could|may|might|must|should|would|will|to)\s+(?:(?:still|also|not|then|later|now)\s+)?(?:(?:have|has|had)\s+)?(?:be|been|were|was|are|is)\s+(?:\w+\s+)?$/i.test(before)) continue;
    // "two dozen severely wounded", "newly freed prisoners": a participle without its auxiliary, after a count or an adverb, is an adjective.
    // ("Thousands gathered", "hundreds marched": a verb that takes no object has no such participle.)
    if (!passive && !form.ing && ADJECTIVE_BEFORE.test(before) && !/\b(?:had|have|has)\s+(?:\w+\s+)?$/i.test(before) && !form.frames.every((f) => f.intransitive)) continue;
    let def: TriggerDef | null = null;
    for (const frame of form.frames) {
      if ((sanctions && NOT_WITH_SANCTIONS.has(frame.id)) || NOT_AN_ACT_AFTER[frame.id]?.test(after)) continue;
      if (frame.byAuthority && !passive && !authorityBefore(text, start, names)) continue;
      if (frame.intransitive) {
        if (passive || form.ing || !INTRANSITIVE_AFTER.test(after)) continue;
        def = pick(frame, subjectClasses(text, start, names));
      } else if (passive) {
        def = pick(frame, subjectClasses(text, start - before.length + before.search(PASSIVE_BEFORE), names));
        // "Atlantis funds, frozen in Borduria, were transferred": assets held and moved are no aid given.
        if (def?.type === 'AID_PROVISION' && /\b(?:frozen|seized|immobili[sz]ed|confiscated)\b/i.test(before)) def = null;
      } else {
        def = pick(frame, objectClasses(text, end, names));
        // "The Foreign Ministry restricted …", "Kyiv allowed …": a decision made by a government, whatever it is about.
        if (!def && frame.agents && !form.ing && !INTRANSITIVE_AFTER.test(after) && !ARMED_FORCES_AFTER.test(after) && authorityBefore(text, start, names)) def = pick(frame, ['authority'], frame.agents);
        if (!def && (frame.args.law || frame.args.deal) && !form.ing) {
          // "under a decree signed by Putin", "the law passed in October": a participle right after its noun.
          const rel = RELATIVE_OBJECT.exec(before) ?? (PARTICIPLE_ADJUNCT.test(after) ? REDUCED_HEAD.exec(before) : null);
          // ("a prisoner deal concluded on Saturday" is the swap itself.)
          const swap = rel != null && /\b(?:prisoners?|hostages?|swap|exchange|release|ceasefire|truce)[\s-]+$/i.test(before.slice(0, rel.indices![1][0]));
          if (rel && !swap) def = pick(frame, measureClasses(rel[1]));
          // "An overnight curfew, first imposed in Nouméa on Tuesday night, remains", "The state of emergency, declared by
          // Macron on Wednesday, took effect": a participle set off after its measure.
          const np = !def && PARTICIPLE_ADJUNCT.test(after) ? SET_OFF_NP.exec(before)?.[1] : undefined;
          // (Measures only: "The deal, brokered by Borduria in Oslo, has allowed …" recalls a deal, it signs none. The head of the
          // phrase only: not "The budget deficit, announced …", "The architect of the pension reform, endorsed …".)
          const head = np ? setOffHead(np) : undefined;
          if (head && ARG_WORDS.law?.has(head) && !/\b(?:prisoners?|hostages?|swap|exchange|release|ceasefire|truce)\b/i.test(np!)) def = pick(frame, ['law']);
        }
        // "The delegations met on June 2", "Trump and Putin met in Alaska": several parties met. (A participle after
        // its noun, "soldiers captured in Kursk", "weapons sent to Ukraine", only describes them: no event.)
        // "hosted the meeting at a hotel": a gathering told as known is the one reported around it.
        if (def && frame.id === 'convene' && /^\s+(?:the|its|their|this|that)\s/i.test(after)) def = { ...def, follows: true };
        if (!def && frame.id === 'meet' && /^met\b/i.test(m.text) && INTRANSITIVE_AFTER.test(after) && SEVERAL_MET.test(text.slice(Math.max(0, start - 80), start))) def = pick(frame, ['group']);
      }
      // "Trump called Emir Sheikh Tamim on Monday": a call to one named, and nothing said of them ("called Zelensky a dictator").
      // (Not "a militant group called Jaish al-Adl", "called Kovacs on Monday to resign", nor a court's "the defence called Maria Lopez".)
      if (def && frame.id === 'meet' && /^call/i.test(m.text) && (passive || form.ing || !CALLED_PARTY.test(after) || CALLED_TO_ACT.test(after) || NAMED_OR_WITNESS.test(before))) def = null;
      if (def) break;
    }
    // "Dozens of buildings were damaged", "a soldier was killed": harm told in the passive is a detail of the attack told
    // around it, and stands alone only when there is none.
    if (def && passive && def.type === 'ATTACK') def = { ...def, follows: true };
    // "Russian assets frozen in Europe are worth €200 billion": assets held abroad are no aid cut.
    if (def && def.type === 'AID_SUSPENSION' && /\b(?:assets|reserves|accounts)\s+$/i.test(before)) def = null;
    // "Power outages hit Kyiv", "storms hit the coast": what struck was no attacker.
    if (def && !passive && def.type === 'ATTACK' && NOT_AN_ATTACKER.test(before)) def = null;
    // "She was released that evening", "released on bail": let go after questioning, not freed from captivity.
    if (def && def.type === 'PRISONER_RELEASE' && LET_GO_AFTER.test(after)) def = null;
    if (def) hits.push({ def, start, end, text: m.text });
  }
  return hits;
}
