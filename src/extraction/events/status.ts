import {
  ACCORDING_RE, NEGATION_BEFORE, THREAT_BEFORE, REFUSED_AFTER, POSTPONE_BEFORE, ONGOING_CUE, PLAN_AFTER, PLAN_CUE, PROPOSAL_CUE, REFUSAL_CUE, REFUSAL_OBJECT, SAID_RE,
} from '../lexicon/events-cues';
import type { Mention } from './arguments';
import type { EventStatus, Span } from '../types';

/**
 * The event's status from the words around its trigger: "Moscow has refused the proposal" →
 * refused; "called for", "demanded" → proposed; "will", "plans to", "is expected to" → planned;
 * "continue" → ongoing; "has not signed" → negated (no event).
 */
export function statusOf(input: string, sentence: Span, clause: Span, trigger: Span, noun = false): EventStatus | 'negated' {
  const before = unquoted(input.slice(Math.max(clause.start, trigger.start - 80), trigger.start));
  const after = input.slice(trigger.end, sentence.end);
  if (REFUSAL_CUE.test(before.slice(-40))) return 'refused';
  const refusal = new RegExp(REFUSAL_CUE.source, 'gi');
  for (let m = refusal.exec(after); m; m = refusal.exec(after)) {
    if (REFUSAL_OBJECT.test(after.slice(m.index + m[0].length))) return 'refused';
  }
  if (REFUSED_AFTER.test(after)) return 'refused';
  // "Russia will not extend the grain deal": a deal not renewed is ended, a refusal of it.
  if (/^(?:extend|prolong|renew)/i.test(input.slice(trigger.start, trigger.end)) && /\b(?:will|would|did|does|do|is|are)\s*(?:not|n't)\s+(?:be\s+)?$/i.test(before)) return 'refused';
  if (NEGATION_BEFORE.test(before) || POSTPONE_BEFORE.test(before) || THREAT_BEFORE.test(before)) return 'negated';
  // "A video conference that Macron had planned to hold on Thursday did not go ahead": the event named did not happen.
  // ("The summit, planned for Friday, was called off": whatever the trigger, what is called off right after it is itself.)
  if ((noun && CALLED_OFF_AFTER.test(after)) || CALLED_OFF_RIGHT_AFTER.test(after)) return 'negated';
  // "no arrests have been announced", "there was no shelling of Kharkiv": the noun denied (the trigger scan skips -ed/-ing words).
  if (/\bno\s+(?!(?:fewer|less|more)\b)(?:[a-z]+\s+)?$/i.test(before)) return 'negated';
  // "police foiled a planned grenade attack": an act prevented did not happen.
  if (/\b(?:foiled|thwarted|prevented|averted|foil|thwart|prevent|avert)\s+(?:an?\s+|the\s+)?(?:(?:planned|possible|potential|attempted|imminent)\s+)?(?:[\w-]+\s+)?$/i.test(before)) return 'negated';
  // "nobody had been detained", "none of the hostages were released": an act told of no one did not happen.
  if (/\b(?:nobody|no one|no-one|none(?:\s+of\s+(?:the|them|those|these|their)(?:\s+[\w'’-]+){0,8})?)\s+(?:(?:was|were|had|has|have)\s+)?(?:been\s+)?(?:yet\s+)?$/i.test(before)) return 'negated';
  // "officials denied that a swap had been agreed": what is denied did not happen.
  // Only the denied event itself: its noun as the subject of "had been agreed", "took place" right after "that".
  if (/\b(?:denied|denies|deny|denying)\s+(?:(?:reports|claims|rumou?rs)\s+)?that\s+(?:[\w'’-]+\s+){0,4}$/i.test(before) && DENIED_FACT.test(after)) return 'negated';
  // "1,000 people calling for his arrest rallied", "protesters demanding new elections marched": the people's demand, not the act's.
  // Only for the finite verb after the demand ("rallied", "marched"), never for what is demanded ("declare an emergency").
  const demanding = /^[a-z]+ed\b/i.test(input.slice(trigger.start, trigger.end)) && DEMANDING_SUBJECT.exec(before);
  if (PROPOSAL_CUE.test(before.slice(-70)) && !(demanding && !NOT_A_SUBJECT.test(demanding[1]))) return 'proposed';
  // "demanding that the government suspend imports … and that the EU scrap its Green Deal": the second demand too.
  if (/\b(?:demand\w*|call\w*\s+for|urg\w*)\s+that\b[^.;]*\band\s+that\s+(?:[\w'’-]+\s+){0,5}$/i.test(input.slice(Math.max(sentence.start, trigger.start - 200), trigger.start))) return 'proposed';
  const self = input.slice(trigger.start, trigger.end);
  // "After the truce was due to begin, a rocket hit …": a plan inside a leading adjunct is not the main clause's.
  const adjunct = LEADING_ADJUNCT.exec(before);
  const planBefore = adjunct ? before.slice(adjunct.index + adjunct[0].length) : before;
  if (PLAN_CUE.test(planBefore) || /\b(?:will|would|to) be\b/i.test(self) || PLAN_AFTER.test(after)) return 'planned';
  // "in a bid to give Kyiv leverage to reach a deal": an aim pursued tells no act, done or planned.
  if (!noun && AIM_BEFORE.test(before.slice(-120))) return 'negated';
  // "en route to Washington to sign the deal": an infinitive of purpose is a plan; "decided to", "voted (on Friday) to" report the act.
  if (!noun && /\bto\s+$/.test(before) && !REPORTED_INFINITIVE.some((re) => re.test(before))) return 'planned';
  if (ONGOING_CUE.test(before.slice(-30))) return 'ongoing';
  return 'occurred';
}

/** What is said of an event noun as its subject: it did not go ahead, was called off. */
const CALLED_OFF_AFTER = /^(?:[^.;,"“”]{0,100}?\s)?(?:did not|didn't|never|failed to|will not|won't)\s+(?:go ahead|take place|happen|materiali[sz]e|come off)\b/i;
const CALLED_OFF_RIGHT_AFTER = /^(?:\s+(?:between|with|of|in|on|at|for)\s+[^.;,]{1,60}?)?(?:,\s+[^.;,]{1,60},)?\s+(?:was|were|has been|had been)\s+(?:later\s+|eventually\s+|abruptly\s+)?(?:cancell?ed|called off|scrapped|postponed|put off)\b/i;

/** An aim before an infinitive: "in a bid to …", "in an effort to …", "seeking to …", "aims to pressure the government into …". */
const AIM_BEFORE = /\b(?:in\s+(?:a|an)\s+(?:bid|effort|attempt)|seeking|hoping|trying|striving|aim(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,14}?(?:in)?to\s+$/i;

/**
 * The words before a trigger without the quotation they may close: in '"… will get the treatment he needs,"
 * Zelensky said in his evening address', the quote's "will" is not the address's tense.
 */
function unquoted(before: string): string {
  let t = before;
  const quotes = [...t.matchAll(/["“”]/g)];
  if (quotes.length % 2 === 1) t = ' '.repeat(quotes[0].index + 1) + t.slice(quotes[0].index + 1);
  return t.replace(/["“][^"“”]*["”]/g, (m) => ' '.repeat(m.length));
}

/**
 * "to" right before the trigger that reports the act rather than planning it: "is believed to be in custody", "used tear
 * gas to disperse", "voted (on Friday) to", "decided to", "managed to".
 */
const REPORTED_INFINITIVE = [
  /\b(?:believed|thought|said|reported|estimated|understood|known|feared|presumed)\s+to\s+$/i,
  // "had been forced to suspend", "was compelled to close": obliged to act, and acted.
  /\b(?:forced|compelled|obliged)\s+to\s+$/i,
  /\b(?:used|using|deployed|fired)\s+(?:[\w'’-]+\s+){1,6}to\s+$/i,
  /\b(?:voted|decided|resolved|agreed)\s+(?:[\w'’-]+\s+){0,4}to\s+$/i,
  /\b(?:decision|decided|decides|moved|voted|votes|agreed|agrees|began|begun|started|managed|helped|was able|were able|has had|had|continued|went on)\s+(?:(?:on|last|this|unanimously|overwhelmingly|finally|also)\s+(?:[\w'’-]+\s+)?)?to\s+$/i,
];

/** A participle of demanding after its subject's noun, with no verb yet: "people calling for Yoon's arrest …". */
const DEMANDING_SUBJECT = /\b([\w'’-]+)\s+(?:calling\s+(?:for|on)|demanding|urging|seeking|pushing\s+for|appealing\s+for)\b[^.;,]*$/i;
const NOT_A_SUBJECT = /^(?:is|are|was|were|been|be|being|am|also|and|or|while|by|after|before|of|in|on|for|to|with|without|kept|keep|keeps|continued|continue|continues|still|started|began)$/i;

const DENIED_FACT = /^\s+(?:(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?(?:agreed|reached|planned|held|signed|carried out|arranged|discussed)|took place|happened|occurred|was under way)\b/i;

const LEADING_ADJUNCT = /\b(?:after|before|once|until|as soon as)\b[^,;]*,\s*(?=[^,;]*$)/i;

const CLAIMANT_NOUN = /((?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:officials|authorities|ministry|Ministry|headquarters|Headquarters|police|spokesperson|spokesman|spokeswoman|military|army|agency|agencies|governor|mayor|president|President|prosecutors?|ombudsman|Ombudsman|service|Service|office|Office|media|outlet))\s*,?\s*$/;

/** Who the sentence attributes the report to: "according to X", "X said", "said X". */
export function attributionOf(input: string, sentence: Span, mentions: Mention[]): { claimant: string; entityId: string | null } | null {
  const text = input.slice(sentence.start, sentence.end);
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  ACCORDING_RE.lastIndex = 0;
  const acc = ACCORDING_RE.exec(text);
  if (acc) {
    const at = sentence.start + acc.index + acc[0].length;
    const m = inSentence.find((x) => x.start >= at && x.start - at <= 50 && x.entity.type !== 'PLACE') ?? inSentence.find((x) => x.start >= at && x.start - at <= 30);
    if (m && (m.entity.type !== 'PLACE' || m.entity.geo?.kind === 'country')) return { claimant: m.entity.name, entityId: m.entity.id };
    const np = /^((?:the\s+)?(?:[\w'’.-]+\s*){1,6}?)(?=[,.;]|$)/i.exec(text.slice(acc.index + acc[0].length));
    if (np) return { claimant: np[1].trim(), entityId: null };
  }
  const said = new RegExp(SAID_RE.source, 'g');
  for (let s = said.exec(text); s; s = said.exec(text)) {
    const at = sentence.start + s.index;
    const before = inSentence.filter((x) => x.end <= at && at - x.end <= 45 && !/[.;]/.test(input.slice(x.end, at)));
    const pick = before.filter((x) => x.entity.type !== 'PLACE').pop() ?? before.filter((x) => x.entity.geo?.kind === 'country').pop();
    if (pick) return { claimant: pick.entity.name, entityId: pick.entity.id };
    const afterM = inSentence.find((x) => x.start >= at + s[0].length && x.start - (at + s[0].length) <= 25);
    if (afterM && afterM.entity.type !== 'PLACE') return { claimant: afterM.entity.name, entityId: afterM.entity.id };
    const noun = CLAIMANT_NOUN.exec(text.slice(Math.max(0, s.index - 60), s.index));
    if (noun) return { claimant: noun[1].replace(/^the\s+/i, '').trim(), entityId: null };
  }
  return null;
}
