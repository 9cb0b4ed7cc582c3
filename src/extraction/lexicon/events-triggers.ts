/**
 * Event triggers per type, as plain data: regular-expression sources (compiled once, case-insensitive
 * unless `caseSensitive`). Word classes are shared below so each type reads like a phrase list.
 *
 * `noun`: the trigger is a noun phrase whose determiner matters ("the swap" refers back).
 * `mergeOnly`: the trigger never creates an event; it only adds evidence to one found elsewhere
 * ("previous swaps", "the sanctions").
 * `needsAnchor`: the event needs a date, a person or a named place in its clause (bare "peace talks" is not one).
 */
import type { EventType } from '../types';

export interface TriggerDef {
  id: string;
  type: EventType;
  pattern: string;
  noun?: boolean;
  mergeOnly?: boolean;
  needsAnchor?: 'date' | 'specific';
  caseSensitive?: boolean;
  confidence: number;
}

const alt = (words: string[]): string => `(?:${words.join('|')})`;
/** Up to n words between two parts of a trigger, inside one clause. */
const gap = (n: number): string => `(?:(?!bodies\\b|remains\\b|and\\b|but\\b|which\\b|who\\b|while\\b|when\\b|said\\b)[\\w$€£.,'’%-]+\\s+){0,${n}}?`;

const MILITARY_CAPTIVES = alt(['prisoners of war', 'prisoners', 'POWs', 'PoWs', 'captives', 'soldiers', 'servicemen', 'servicemembers', 'troops', 'defenders', 'marines', 'fighters', 'combatants', 'officers', 'service members', 'military personnel', '(?:first|second|third|fourth|fifth|sixth|next|another|latest|last) group', 'group of (?:\\w+\\s+){0,3}?(?:soldiers|troops|prisoners|servicemen|POWs)']);
const CIVIL_CAPTIVES = alt(['civilians', 'children', 'kids', 'minors', 'hostages', 'detainees', 'Ukrainians', 'Russians', 'citizens', 'people', 'journalists', 'women', 'men', 'teenagers', 'orphans', 'nationals']);
const RETURN_VERBS = alt(['returned', 'brought back', 'brought home', 'came home', 'came back', 'returned home', 'repatriated', 'airlifted', 'flown', 'transferred', 'handed over', 'sent back', 'arrived']);
const RELEASE_VERBS = alt(['released', 'freed', 'set free', 'liberated', 'rescued']);
const PASSIVE = '(?:(?:have|has|had|were|was|been|being|are|is)\\s+)*';
const AID_NOUNS = alt(['aid', 'assistance', '(?:[\\d.,]+\\s+(?:million|billion)\\s+)?(?:kroner|krona|euros|dollars|pounds|francs|yen|zloty)', '(?:[$€£]|US\\$)[\\d.,]+(?:\\s+(?:million|billion|bn|m))?', 'weapons', 'arms', 'munitions', 'ammunition', 'military support', 'funding', 'deliveries', 'shipments', 'intelligence[- ]sharing', 'intelligence', 'loans?', 'tranche', 'package', 'air defen[cs]e(?: systems)?', 'missiles', 'tanks', 'jets', 'equipment', 'financing', 'grants?', 'systems', 'batter(?:y|ies)', 'howitzers', 'launchers', 'shells', 'rounds', '(?:armou?red\\s+|infantry fighting\\s+)?vehicles', 'aircraft', 'helicopters', 'artillery', '(?:anti-personnel\\s+|anti-tank\\s+)?(?:land)?mines(?=\\s+to\\b)', 'landmines', 'interceptors']);
const DEAL_NOUNS = alt(['agreement', 'agreements', 'deal', 'treaty', 'accords?', 'convention', 'pact', 'memorandum', '(?:joint\\s+)?declaration', '(?:[A-Z][\\w-]+\\s+)+Initiative', '(?:[A-Z][\\w-]+\\s+)+Statute', 'statute', 'charter', 'protocol', 'communiqu[eé]s?']);

const POLICY_MEASURES = alt(['(?:\\d+-day\\s+|national\\s+|nationwide\\s+|regional\\s+|local\\s+|economic\\s+|energy\\s+|partial\\s+|general\\s+)*(?:state of (?:emergency|siege|alert)|emergency (?:rule|measures)|martial law|curfew|mobili[sz]ation|conscription|lockdown)', '(?:a\\s+|an\\s+)?(?:\\w+\\s+)?days? of (?:national\\s+)?mourning', '(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:import|export|entry|travel|flight)\\s+bans?']);
export const EVENT_TRIGGERS: TriggerDef[] = [
  // ---- prisoner exchanges and releases
  { id: 'exchange.noun', type: 'PRISONER_EXCHANGE', noun: true, confidence: 0.9, pattern: `\\b(?:prisoners?|POWs?|PoWs?|captives?|all-for-all)(?:[- ]of[- ]war)?\\s+(?:exchange|swap|trade)s?\\b` },
  { id: 'exchange.of-prisoners', type: 'PRISONER_EXCHANGE', noun: true, confidence: 0.85, pattern: `\\b(?:exchange|swap)s?\\s+of\\s+${gap(4)}(?:prisoners|POWs|captives|detainees|soldiers|servicemen|troops|the wounded)\\b` },
  { id: 'exchange.verb', type: 'PRISONER_EXCHANGE', confidence: 0.9, pattern: `\\b(?:exchanged|swapped|traded)\\s+${gap(6)}${MILITARY_CAPTIVES}\\b` },
  { id: 'exchange.passive', type: 'PRISONER_EXCHANGE', confidence: 0.8, pattern: `\\b(?:were|was|been|being)\\s+(?:traded|exchanged|swapped)\\b` },
  { id: 'exchange.swap', type: 'PRISONER_EXCHANGE', noun: true, confidence: 0.7, pattern: `\\bswaps?\\b` },
  { id: 'exchange.in-exchange', type: 'PRISONER_EXCHANGE', noun: true, mergeOnly: true, confidence: 0.6, pattern: `\\b(?:in exchange|(?:the|this|that|latest|whose|their|an?)\\s+(?:\\d+-for-\\d+\\s+)?exchange)\\b|(?<=\\b(?:the|its|their)\\s+(?:previous|prior|preceding|\\d+(?:st|nd|rd|th))\\s+)exchange\\b` },
  { id: 'exchange.secured-return', type: 'PRISONER_EXCHANGE', confidence: 0.9, pattern: `\\bsecured?\\s+the\\s+(?:return|release)\\s+of\\s+${gap(3)}[\\d,]+\\s+${gap(2)}(?:${MILITARY_CAPTIVES}|people|Ukrainians|civilians)\\b` },
  { id: 'exchange.from-captivity', type: 'PRISONER_EXCHANGE', confidence: 0.85, pattern: `\\b${RETURN_VERBS}\\s+(?:home\\s+|to\\s+[\\w-]+\\s+)?from\\s+(?:\\w+\\s+)?captivity\\b` },
  { id: 'exchange.captives-returned', type: 'PRISONER_EXCHANGE', confidence: 0.8, pattern: `\\b${MILITARY_CAPTIVES}\\s+${gap(3)}${PASSIVE}${RETURN_VERBS}\\s+(?:home|to|from|in)\\b` },
  { id: 'release.captives-freed', type: 'PRISONER_RELEASE', confidence: 0.75, pattern: `\\b(?:${MILITARY_CAPTIVES}\\s+${gap(2)}(?:${PASSIVE}(?:released|freed|set free|rescued)|(?:have|has|had|were|was|been|being|are|is)\\s+(?:\\w+\\s+)?liberated)|${CIVIL_CAPTIVES}\\s+${gap(2)}${PASSIVE}(?:${RELEASE_VERBS}|returned))\\b` },
  { id: 'release.verb', type: 'PRISONER_RELEASE', confidence: 0.8, pattern: `(?<!\\b(?:of|the|a|an|newly|recently|and|those|these|all|people)\\s+)\\b(?:${RELEASE_VERBS}|returned|brought back|brought home|handed over|reunit(?:ed|e|ing))\\s+${gap(6)}(?:${MILITARY_CAPTIVES}|${CIVIL_CAPTIVES})\\b` },
  { id: 'release.relative', type: 'PRISONER_RELEASE', confidence: 0.75, pattern: `\\b(?:${MILITARY_CAPTIVES}|${CIVIL_CAPTIVES})\\s+(?:who|that)\\b[^.;]{0,120}?\\b(?:have|has|had|were|was)\\s+(?:been\\s+)?(?:${RELEASE_VERBS}|returned|brought (?:back|home)|reunited)\\b` },
  { id: 'release.noun', type: 'PRISONER_RELEASE', noun: true, confidence: 0.75, pattern: `\\b(?:return|release|homecoming|rescue)\\s+of\\s+(?:another\\s+)?(?:[\\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty)\\s+${gap(2)}(?:${MILITARY_CAPTIVES}|${CIVIL_CAPTIVES})\\b` },
  { id: 'release.came-home', type: 'PRISONER_RELEASE', confidence: 0.7, pattern: `\\b(?:${MILITARY_CAPTIVES}|${CIVIL_CAPTIVES}),?\\s+${gap(4)}(?:have|has|had)\\s+(?:now\\s+|finally\\s+)?(?:come|returned|arrived)\\s+(?:back\\s+)?home\\b` },
  { id: 'release.freed-from', type: 'PRISONER_RELEASE', confidence: 0.75, pattern: `\\b(?:freed|released)\\s+from\\s+(?:\\w+\\s+)?(?:captivity|prison|custody|detention)\\b` },
  // ---- bodies of the dead
  { id: 'bodies.passive', type: 'BODY_REPATRIATION', confidence: 0.9, pattern: `\\b(?:bodies|remains)\\b[^.;:]{0,90}?\\b${PASSIVE}(?:also\\s+)?(?:returned|repatriated|handed(?: over)?|transferred|delivered|sent back|brought back|received|exchanged|recovered)\\b` },
  { id: 'bodies.active', type: 'BODY_REPATRIATION', confidence: 0.9, pattern: `\\b(?:returned|repatriated|repatriate|return|handed over|hand over|transferred|transfer|delivered|sent back|brought back|brought home|received|receive|exchanged)\\s+${gap(7)}(?:bodies|remains)\\b` },
  { id: 'bodies.noun', type: 'BODY_REPATRIATION', noun: true, confidence: 0.8, pattern: `\\b(?:repatriation|return|transfer|exchange|handover)\\s+of\\s+(?:the\\s+)?(?:bodies|remains)\\b|\\bbod(?:y|ies)\\s+(?:exchange|swap|repatriation|transfer)s?\\b` },
  { id: 'bodies.repatriation', type: 'BODY_REPATRIATION', noun: true, mergeOnly: true, confidence: 0.6, pattern: `\\b(?:repatriation|transfer)\\b` },
  // ---- protests
  { id: 'protest.word', type: 'PROTEST', noun: true, confidence: 0.85, pattern: `(?<!\\b(?:note|notes|letter) of\\s+|\\b(?:lodged|filed|sent|delivered|issued|registered)\\s+(?:an?\\s+)?(?:formal\\s+|official\\s+|strong\\s+|diplomatic\\s+)?)\\b(?:protests?|protested|protesting|(?<!\\b(?:against|at|on|(?<!\\b(?:thousands|hundreds|dozens|scores|tens)\\s+)of|disperse[ds]?|detain(?:ed|ing)?|arrest(?:ed|ing)?|beat(?:ing)?|kill(?:ed|ing)?|shot|shooting)\\s+(?:the\\s+|peaceful\\s+|unarmed\\s+)?)(?:protesters?|protestors?|demonstrators?)(?!\\s+(?:had|have|were|was|has)\\s+(?:been\\s+)?(?:beaten|detained|arrested|injured|wounded|killed|held|sentenced|fined|jailed|hurt|dispersed))|rall(?:y|ies|ied)|demonstrations?|pickets?|picketed|sit-ins?|(?:took|take|taking|takes|poured|pour|came out) (?:in)?to the streets|hunger strikes?|(?:general|national|labou?r|warning) strikes?|went on strike|walkouts?)\\b(?!\\s+(?:leaders?|movements?|organi[sz]ers?|songs?|votes?|groups?|veterans?|figures?|slogans?|symbols?))` },
  { id: 'protest.blockade', type: 'PROTEST', confidence: 0.65, pattern: `\\b(?:blocked|blockaded|blocking|blockading)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:border|crossings?|border crossings?|roads?|highways?|motorways?|checkpoints?|bridges?|ports?|avenues?|streets?|railways?|rail lines?|traffic)\\b|\\bblockades?\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:border|crossings?|roads?|highways?|ports?)\\b` },
  { id: 'protest.crowd', type: 'PROTEST', confidence: 0.7, pattern: `\\b(?:estimated|put|numbered|counted)\\s+(?:the\\s+)?(?:size of the\\s+)?(?:crowds?|turnout)\\s+(?:[\\w'’-]+\\s+){0,4}?at\\b` },
  { id: 'protest.gathered', type: 'PROTEST', confidence: 0.7, pattern: `\\b(?:gathered|assembled|massed|converged|turned out)\\b[^.;]{0,80}?\\bto\\s+(?:denounce|condemn|decry|oppose|demand|voice|express\\s+(?:their\\s+)?(?:anger|opposition|outrage|support|solidarity))\\b` },
  { id: 'protest.march', type: 'PROTEST', noun: true, caseSensitive: true, confidence: 0.75, pattern: `\\b(?:march(?:ed|es|ers)?|Marchers)\\b` },
  // ---- meetings and talks
  { id: 'meeting.noun', type: 'MEETING', noun: true, needsAnchor: 'specific', confidence: 0.8, pattern: `\\b(?:meetings?|talks|summit|negotiations|(?:phone|telephone|video) (?:call|conversation)|call with|tête-à-tête)\\b` },
  { id: 'meeting.names-call', type: 'MEETING', caseSensitive: true, confidence: 0.8, pattern: `\\b[A-Z][a-z]+-[A-Z][a-z]+ (?:[Cc]all|[Tt]alks|[Mm]eeting|[Ss]ummit)\\b` },
  { id: 'meeting.met', type: 'MEETING', caseSensitive: true, confidence: 0.8, pattern: `\\b(?:[Mm]et|[Mm]eet|[Mm]eets)\\s+(?:with\\b|in\\b|(?=[A-Z])|(?:(?:his|her|their|its|the|top|senior|fellow)\\s+)?(?:[A-Z][\\w-]+\\s+)?(?:counterparts?|leaders|delegations?|officials|ministers|envoys|negotiators|heads of state)\\b|(?:[\\w'’-]+\\s+){0,2}(?:representatives|delegates|protesters|farmers|workers|families|relatives|veterans|union leaders|lawmakers|governors|mayors|executives)\\b|(?:for\\s+(?:about\\s+|nearly\\s+|more than\\s+|over\\s+|almost\\s+)?(?:an?|\\w+)\\s+(?:hours?|minutes|days)|on the sidelines|(?:at|on) the (?:[\\w-]+\\s+){0,2}?(?:border|frontier|margins|summit)|in person|face[- ]to[- ]face|behind closed doors|privately|briefly|separately|virtually|again|twice)\\b)` },
  { id: 'meeting.phone', type: 'MEETING', confidence: 0.8, pattern: `\\b(?:discussed|spoke|spoken|talked|conferred)\\s+(?:[^.;]{0,60}?\\s)?(?:by|over the|on the)\\s+(?:tele)?phone\\b|\\b(?:spoke|spoken|talked|speaks|talks|held (?:a\\s+)?(?:phone|telephone) (?:call|talks|conversation))\\s+(?:by|over the|on the)\\s+(?:tele)?phone\\b|\\b(?:held|hosted|had|made)\\s+(?:(?:a|an|their|his|her|the|separate|two|several|lengthy|long|first|hour-long)\\s+){0,2}(?:phone|telephone|video)\\s+(?:calls?|conversations?|talks)\\b` },
  { id: 'meeting.spoke-for', type: 'MEETING', confidence: 0.75, pattern: `\\b(?:spoke|talked|conferred)\\s+(?:by (?:tele)?phone\\s+)?for\\s+(?:about\\s+|nearly\\s+|more than\\s+|over\\s+|almost\\s+)?(?:an?|\\w+)\\s+(?:hours?|minutes)\\b` },
  { id: 'meeting.named', type: 'MEETING', caseSensitive: true, confidence: 0.75, pattern: `\\b(?:G7|G20|G-7|G-20|NATO|EU|ASEAN|BRICS|SCO|APEC|OSCE|Arab League|African Union|[A-Z][a-z]+)\\s+(?:leaders'?\\s+)?[Ss]ummit\\b|\\b(?:one|two|three|four|\\d+)-day\\s+(?:summit|talks|conference|meeting)\\b|\\b(?:[A-Z][\\w-]+\\s+){1,3}Conference\\b(?!\\s+(?:of|on)\\s+[A-Z])` },
  { id: 'meeting.hosted', type: 'MEETING', caseSensitive: true, confidence: 0.75, pattern: `\\b(?:hosted|received|welcomed)\\s+(?:(?:the\\s+)?(?:[A-Z][\\w'’-]+\\s+){1,4}|(?:\\w+\\s+){0,2}(?:delegations?|negotiators|leaders|counterparts?|ministers|officials)\\b)(?=[^.;]{0,60}\\b(?:in|at|for talks|for a meeting)\\b)` },
  { id: 'meeting.verb', type: 'MEETING', needsAnchor: 'specific', confidence: 0.8, pattern: `\\b(?:held|hold|holds|holding)\\s+(?:[\\w-]+\\s+){0,3}?(?:talks|meetings?|negotiations|consultations)\\b|\\b(?:spoke|spoken)\\s+(?:by phone\\s+)?with\\b` },
  { id: 'meeting.visit', type: 'MEETING', caseSensitive: true, needsAnchor: 'date', confidence: 0.7, pattern: `\\b[Vv]isit\\s+to\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]+\\s+){0,2}?(?:[A-Z][\\w'’-]+)(?=\\s+(?:on|in|last|this|earlier)\\b)|\\bvisited\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]+\\s+){0,2}?(?:[A-Z][\\w'’-]+)(?=\\s+(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)|last\\s+(?:week|month)|earlier this)\\b)` },
  { id: 'meeting.summoned', type: 'MEETING', confidence: 0.75, pattern: `\\bsummon(?:ed|s|ing)?\\s+(?:the\\s+)?${gap(3)}(?:ambassador|envoy|chargée? d['’]affaires|diplomats?|consul)\\b|\\b(?:ambassador|envoy|chargée? d['’]affaires|diplomats?|consul)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:was|were|had been|has been)\\s+summoned\\b` },
  // ---- speeches
  { id: 'speech.address-to', type: 'SPEECH', confidence: 0.85, pattern: `\\b(?:address(?:ed)?|speech(?:es)?|spoke|remarks|lecture)\\s+(?:to|before|at|in front of)\\s+(?:the\\s+|a\\s+|an\\s+)?${gap(3)}(?:MPs|deputies|lawmakers|legislators|senators|parliamentarians|diplomats|ambassadors|envoys|delegates|students|graduates|crowds?|supporters|troops|soldiers|audience|rally|gathering|[Mm]inistry|[Cc]ouncil|[Cc]ongress|[Pp]arliament|nation|[Aa]ssembly|Verkhovna Rada|Rada|Bundestag|Sejm|Senate|House|Knesset|Duma|UN|United Nations|summit|[Cc]onference|[Ff]orum|[Cc]ommittee|[Cc]onvention|[Cc]ongregation|citizens|people|the country|the public|leaders|the (?:European|EU|NATO))\\b` },
  { id: 'speech.addressed', type: 'SPEECH', confidence: 0.8, pattern: `\\b(?:addressed|addressing|addresses)(?!\\s+(?:the\\s+|these\\s+|those\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+)?(?:concerns?|issues?|questions?|problems?|needs|letters?|matters?|shortages?|complaints?|grievances?|demands|situation|topic|challenges?)\\b)\\s+(?:the\\s+|a\\s+|an\\s+)?${gap(3)}(?:MPs|deputies|lawmakers|legislators|senators|parliamentarians|diplomats|ambassadors|envoys|delegates|students|graduates|crowds?|supporters|troops|soldiers|audience|rally|gathering|[Mm]inistry|[Cc]ouncil|[Cc]ongress|[Pp]arliament|nation|[Aa]ssembly|Verkhovna Rada|Rada|Bundestag|Sejm|Senate|House|Knesset|Duma|UN|United Nations|summit|[Cc]onference|[Ff]orum|[Cc]ommittee|[Cc]onvention|[Cc]ongregation|citizens|people|the country|the public|leaders|the (?:European|EU|NATO))\\b` },
  { id: 'speech.told-body', type: 'SPEECH', confidence: 0.75, pattern: `\\b(?:speaking|spoke|speaks)\\s+(?:at|to|before)\\s+(?:the\\s+|a\\s+|an\\s+)?(?!(?:[\\w-]+\\s+)?(?:news|press|media|joint)\\b)${gap(3)}(?:General Assembly|[Aa]ssembly|[Pp]arliament|Congress|Senate|Bundestag|Sejm|Rada|Knesset|Duma|Security Council|[Cc]onference|[Ff]orum)\\b|(?<![”"][^.;“]{0,80})\\b(?:told|tells|telling)\\s+(?:the\\s+|a\\s+|an\\s+)(?!(?:[\\w-]+\\s+)?(?:news|press|media|joint)\\b)${gap(3)}(?:General Assembly|[Aa]ssembly|[Pp]arliament|Congress|Senate|Bundestag|Sejm|Rada|Knesset|Duma|Security Council|[Cc]onference|[Ff]orum|summit)\\b` },
  { id: 'speech.kind', type: 'SPEECH', noun: true, confidence: 0.75, pattern: `\\b(?:televised|video|nightly|evening|annual|inaugural|keynote|farewell|national|New Year's|State of the Union|rare|lengthy|major|landmark|fiery|policy|victory|televised)\\s+(?:address|speech)\\b` },
  { id: 'speech.delivered', type: 'SPEECH', confidence: 0.8, pattern: `\\b(?:deliver(?:ed|s|ing)?|gave|give|gives|giving|made|make)\\s+(?:a|an|his|her|the|their)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:speech|address|keynote|lecture)\\b|\\b(?:in|during)\\s+(?:a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:speech|address)\\b(?!\\s+(?:book|bar))` },
  { id: 'speech.anaphor', type: 'SPEECH', noun: true, mergeOnly: true, confidence: 0.6, pattern: `\\b(?:address|speech)\\b` },
  // ---- aid
  { id: 'aid.suspend', type: 'AID_SUSPENSION', confidence: 0.85, pattern: `\\b(?:suspend(?:ed|s|ing)?|suspension of|halt(?:ed|s|ing)?|paus(?:e|ed|es|ing)|freez(?:e|es|ing)|froze|frozen|cut(?:s|ting)?(?: off)?|stop(?:ped|s|ping)?|stall(?:ed|s|ing)?|withh(?:o|e)ld(?:s|ing)?|h(?:e|o)ld(?:s|ing)? back|block(?:ed|s|ing)?|terminat(?:e|ed|es|ing)|end(?:ed|s)?)\\s+${gap(4)}${AID_NOUNS}\\b` },
  { id: 'aid.no-longer', type: 'AID_SUSPENSION', confidence: 0.8, pattern: `\\bno longer\\s+(?:be\\s+)?(?:send(?:s|ing)?|suppl(?:y|ying|ies)|deliver(?:s|ing)?|provid(?:e|es|ing)|transfer(?:s|ring)?|ship(?:s|ping)?|fund(?:s|ing)?|arm(?:s|ing)?)\\s+${gap(3)}${AID_NOUNS}\\b` },
  { id: 'aid.suspension-noun', type: 'AID_SUSPENSION', noun: true, confidence: 0.8, pattern: `\\b(?:suspension|halt|pause|freeze|cutoff|cut-off)\\s+(?:of|in|on)\\s+${gap(3)}${AID_NOUNS}\\b` },
  { id: 'aid.provide', type: 'AID_PROVISION', confidence: 0.75, pattern: `\\b(?:provid(?:e|ed|es|ing)|giv(?:e|es|ing)|gave|pledg(?:e|ed|es|ing)|approv(?:e|ed|es|ing)|allocat(?:e|ed|es|ing)|sen(?:d|ds|t|ding)|deliver(?:ed|s|ing)?|suppl(?:y|ied|ies|ying)|donat(?:e|ed|es|ing)|grant(?:ed|s)?|received?|receives|receiving|unveil(?:ed|s)?|disburs(?:e|ed|es|ing)|paid out|pays? out|paying out|earmark(?:ed|s)?|commit(?:ted|s)?|handed over|hand over|transferr(?:ed|ing)|unlock(?:ed|s)?|ship(?:ped|s)?)\\s+${gap(7)}${AID_NOUNS}\\b` },
  { id: 'aid.announced', type: 'AID_PROVISION', confidence: 0.7, pattern: `\\b(?:announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?)\\s+${gap(4)}(?:(?:[$€£]|US\\$)[\\d.,]+(?:\\s+(?:million|billion|bn|m))?|[\\d.,]+\\s+(?:million|billion)\\s+(?:euros|dollars|pounds)|(?:aid|assistance|military|weapons|security|financial)\\s+(?:package|tranche)|grants|loans?)\\b` },
  { id: 'aid.passive-agreed', type: 'AID_PROVISION', confidence: 0.65, pattern: `(?<=\\b(?:package|facility|fund|loan|aid|assistance|tranche|grant)\\b[^.;]{0,90}?)\\b(?:was|were|has been|had been|have been)\\s+(?:agreed|approved|adopted|endorsed)\\b` },
  { id: 'aid.payment', type: 'AID_PROVISION', confidence: 0.7, pattern: `\\b(?:signed off on|approv(?:ed|es)|disburs(?:ed|es)|paid out|releas(?:ed|es)|transferr(?:ed|s)|made)\\s+(?:the|a|an|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:payment|disbursement|tranche|instal?ments?)\\b` },
  { id: 'aid.further-money', type: 'AID_PROVISION', confidence: 0.6, pattern: `\\b(?:a further|another|an additional)\\s+(?:[$€£]|US\\$)[\\d.,]+(?:\\s*(?:million|billion|bn|m)\\b)?(?=\\s+in\\s+[A-Z])` },
  { id: 'aid.arrived', type: 'AID_PROVISION', confidence: 0.7, pattern: `\\b(?:Patriot|HIMARS|IRIS-T|NASAMS|SAMP/T|Leopard|Abrams|Challenger|Bradley|F-16|air[- ]defen[cs]e)\\s+(?:[\\w-]+\\s+){0,2}?(?:battery|batteries|systems?|tanks|jets|launchers|vehicles)\\s+(?:from\\s+(?:the\\s+)?[A-Z][\\w-]+\\s+|\\w+\\s+)?(?:arrived|reached\\s+(?:the\\s+)?[A-Z][\\w-]*|(?:was|were|had been|has been|have been)\\s+delivered)\\b` },
  { id: 'aid.package', type: 'AID_PROVISION', noun: true, confidence: 0.7, pattern: `\\b(?:aid|assistance|military|weapons|security|financial)\\s+(?:package|tranche)\\b|\\b(?:first|new|latest)\\s+(?:shipments?|deliver(?:y|ies))\\s+of\\b` },
  { id: 'aid.goods-to', type: 'AID_PROVISION', caseSensitive: true, confidence: 0.7, pattern: `\\b(?:sen(?:d|ds|t|ding)|deliver(?:ed|s|ing)?|suppl(?:y|ied|ies|ying)|donat(?:e|ed|es|ing)|ship(?:ped|s)?|provid(?:e|ed|es|ing)|gave|give|gives|transferred|handed over)\\s+${gap(6)}(?:vehicles|rounds|shells|howitzers|launchers|systems|helicopters|rifles|interceptors|generators|(?:field\\s+)?hospitals|ambulances|boats)\\s+(?:[\\w-]+\\s+){0,2}?to\\s+(?:the\\s+)?[A-Z]` },
  { id: 'aid.approved-transfer', type: 'AID_PROVISION', caseSensitive: true, confidence: 0.7, pattern: `\\b(?:approv(?:e|ed|es)|authori[sz](?:e|ed|es)|cleared|greenlit|green-lit)\\s+(?:the|their|its|a)\\s+(?:re-?export|transfer|delivery|deliveries|sale|shipment)\\s+(?:of\\s+${gap(4)})?to\\s+(?:the\\s+)?[A-Z]` },
  { id: 'aid.resumed', type: 'AID_PROVISION', confidence: 0.7, pattern: `\\b(?:aid|assistance|deliveries|shipments|intelligence[- ]sharing|support|funding)\\s+(?:to\\s+\\w+\\s+)?(?:was\\s+|were\\s+|has\\s+|have\\s+|had\\s+)?(?:been\\s+)?(?:resumed|restored|restarted)\\b|\\b(?:resum(?:e|ed|es|ing)|restor(?:e|ed|es|ing))\\s+${gap(3)}${AID_NOUNS}\\b` },
  { id: 'aid.bill', type: 'AID_PROVISION', confidence: 0.7, pattern: `\\b(?:pass(?:ed|es)?|approv(?:ed|es)|adopt(?:ed|s)|sign(?:ed|s)(?: into law)?)\\s+(?:a|an|the)\\s+[^.;]{0,40}?\\b(?:aid|assistance|funding)\\s+(?:bill|package|legislation)\\b` },
  // ---- sanctions
  { id: 'sanctions.verb', type: 'SANCTIONS', confidence: 0.85, pattern: `\\b(?:impos(?:e|ed|es|ing)|adopt(?:ed|s|ing)?|approv(?:e|ed|es|ing)|agree[ds]?(?:\\s+(?:to|on))?|announc(?:e|ed|es)|introduc(?:e|ed|es)|unveil(?:ed|s)?|slap(?:ped|s)?|extend(?:ed|s)?|expand(?:ed|s)?|lift(?:ed|s)?|eas(?:e|ed|es)|back(?:ed|s)?|prolong(?:ed|s)?|renew(?:ed|s)?|tighten(?:ed|s)?)\\s+${gap(6)}(?:sanctions|restrictive measures|embargo|asset freezes?)\\b` },
  { id: 'sanctions.package', type: 'SANCTIONS', noun: true, confidence: 0.85, pattern: `\\b(?:package|round|raft|set|wave|tranche)\\s+of\\s+${gap(2)}sanctions\\b|\\bsanctions?\\s+(?:package|round)\\b` },
  { id: 'sanctions.sanctioned', type: 'SANCTIONS', caseSensitive: true, confidence: 0.8, pattern: `\\b[Ss]anctioned\\b|\\b[Bb]lacklisted\\b|\\b[Ss]anctioning\\s+(?:[A-Z\\d]|(?:the|a|an|its|their|more|two|three|four|five|six|ten|dozens|hundreds|several)\\s)|\\bto\\s+sanction\\s+(?:[A-Z\\d]|(?:the|more|its|their)\\s)` },
  { id: 'sanctions.anaphor', type: 'SANCTIONS', noun: true, mergeOnly: true, confidence: 0.6, pattern: `\\bsanctions\\b` },
  { id: 'sanctions.entry-ban', type: 'SANCTIONS', confidence: 0.75, pattern: `\\b(?:barr(?:ed|ing)|bars|bann(?:ed|ing)|bans|prohibit(?:ed|s|ing)?)\\s+${gap(5)}(?:nationals|citizens|officials|lawmakers|politicians|journalists|individuals|people|executives|diplomats|figures|members)\\b[^.;]{0,50}?\\sfrom\\s+entering\\b|\\bentry bans?\\s+(?:on|against)\\b` },
  { id: 'sanctions.assets', type: 'SANCTIONS', confidence: 0.75, pattern: `\\b(?:froze|freez(?:e|es|ing)|seiz(?:e|ed|es|ing))\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?assets\\s+of\\b` },
  { id: 'sanctions.export-ban', type: 'SANCTIONS', caseSensitive: true, confidence: 0.75, pattern: `\\b(?:(?:decided|voted|agreed|moved)\\s+to\\s+)?(?:ban(?:ned|s|ning)?|prohibit(?:ed|s|ing)?|restrict(?:ed|s|ing)?)\\s+(?:the\\s+)?exports?\\s+(?:of\\s+${gap(4)})?to\\s+(?:[\\w-]+\\s+){0,3}?(?:organi[sz]ations|entities|companies|firms|countries|[A-Z])` },
  // ---- deportation and detention
  { id: 'deportation.verb', type: 'DEPORTATION', confidence: 0.85, pattern: `(?<!\\b(?:of|the|a|an|and|these|those|many)\\s+)\\b(?:deport(?:ed|s|ing)?|abduct(?:ed|s|ing)?|forcibly (?:transferred|relocated|removed|taken))\\s+(?:(?:between|from)\\s+[\\d.,]+(?:\\s+(?:million|thousand))?\\s+(?:and|to)\\s+)?${gap(5)}(?:children|kids|minors|people|civilians|Ukrainians|residents|orphans|teenagers|citizens)\\b` },
  { id: 'deportation.passive', type: 'DEPORTATION', confidence: 0.8, pattern: `(?<!\\b(?:who|that|which)\\s+)\\b(?:have|has|had)\\s+(?:been\\s+)?(?:(?:forcibly|illegally|reportedly|allegedly|already)\\s+){0,2}(?:deported|abducted|forcibly transferred)\\b` },
  { id: 'deportation.noun', type: 'DEPORTATION', noun: true, confidence: 0.7, pattern: `\\b(?:deportations?|abductions?)\\s+of\\s+${gap(3)}[\\d,]+` },
  { id: 'deportation.moved', type: 'DEPORTATION', confidence: 0.75, pattern: `\\b(?:children|kids|minors|orphans|teenagers)\\s+(?:whom|who|that)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:forces|troops|soldiers|occupiers|authorities|officials|occupation authorities)\\s+(?:had\\s+|have\\s+)?(?:moved|took|taken|removed|relocated|transferred|carried off)\\b|\\b(?:forces|troops|occupiers|authorities)\\s+(?:had\\s+|have\\s+)?(?:moved|took|removed|relocated|transferred)\\s+${gap(4)}(?:children|orphans|minors)\\s+(?:from|to|out of)\\b` },
  { id: 'deportation.adoption', type: 'DEPORTATION', confidence: 0.7, pattern: `\\bput up for adoption\\b|\\bplaced (?:in|with|into) (?:Russian\\s+)?(?:foster (?:care|families|homes)|families)\\b|\\badopted by Russian\\b` },
  { id: 'detention.verb', type: 'DETENTION', confidence: 0.8, pattern: `\\b(?:holds?|holding|held|detain(?:s|ed|ing)?|imprison(?:s|ed|ing)?|captur(?:e|es|ed|ing)|arrest(?:s|ed|ing)?|jail(?:s|ed|ing)?|keeps?|kept)\\s+${gap(4)}(?:civilians|prisoners|POWs|people|soldiers|journalists|activists|children|Ukrainians|citizens|servicemen|hostages|captives|detainees|men|women|protesters|demonstrators|clerics|priests|monks|pastors|imams|residents|volunteers|officials|mayors|teachers|students|bloggers|lawyers|reporters|(?:an?|one)\\s+(?:\\w+\\s+)?(?:reporter|journalist|photographer|activist|blogger|lawyer|man|woman|protester|priest|student|citizen|national))\\b` },
  { id: 'detention.sentenced', type: 'DETENTION', confidence: 0.75, pattern: `\\bsentenced\\s+${gap(4)}(?:people|protesters|activists|demonstrators|journalists|men|women|persons|him|her|them)\\s+to\\s+(?:\\w+\\s+){0,4}(?:jail|prison|detention|arrest|custody|years|days)\\b` },
  { id: 'detention.passive', type: 'DETENTION', confidence: 0.75, pattern: `\\b(?:were|was|have been|has been|had been)\\s+(?:detained|arrested|jailed|imprisoned|taken (?:prisoner|captive|hostage))\\b` },
  { id: 'detention.sentenced-to', type: 'DETENTION', confidence: 0.75, pattern: `\\bsentenced\\s+(?:[^.;]{0,120}?\\s)?to\\s+(?:[\\w-]+\\s+){0,5}?(?:years?|months?|life|jail|prison|imprisonment|detention|a penal colony|labou?r camp)\\b` },
  { id: 'detention.custody', type: 'DETENTION', confidence: 0.7, pattern: `\\b(?:been|was|were|is|are|remain(?:s|ed)?|taken|remanded|placed|kept|held|put)\\s+(?:(?:still|already|also|reportedly|allegedly|temporarily|briefly)\\s+)?(?:in|into|under)\\s+(?:police\\s+|pre-?trial\\s+|Russian\\s+|house\\s+)?(?:custody|detention|arrest)\\b|\\b(?:been|was|were|are|is)\\s+held\\s+(?:captive|hostage|prisoner|incommunicado|by\\s+(?:the\\s+)?(?:[A-Z][\\w-]+\\s+)?(?:forces|troops|police|military|authorities|security services)|in\\s+(?:captivity|prisons?|jails?|detention|custody|(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:prison|jail|detention (?:centre|center)|basement|cell)))\\b` },
  { id: 'detention.warrant', type: 'DETENTION', noun: true, confidence: 0.7, pattern: `\\barrest warrants?\\b` },
  { id: 'detention.behind-bars', type: 'DETENTION', confidence: 0.7, pattern: `\\b(?:are|is|was|were|be|been|remain(?:s|ed)?|currently|still|now|put|kept|thrown|spent\\s+(?:[\\w-]+\\s+){1,3})\\s+behind bars\\b` },
  { id: 'detention.jailed-for', type: 'DETENTION', confidence: 0.7, pattern: `\\b(?:jailed|imprisoned)\\b[^.;]{0,80}?\\bfor\\s+(?:up to\\s+|more than\\s+)?(?:[\\w.-]+\\s+){1,3}?(?:years?|months?|days)\\b` },
  // ---- attacks
  { id: 'attack.weapon-verb', type: 'ATTACK', confidence: 0.9, pattern: `\\b(?:missiles?|drones?|rockets?|bombs?|shells?|artillery|strikes?|airstrikes?|shelling|forces|troops)\\s+${gap(2)}(?:struck|hit|hits|slammed into|pounded|destroyed|damaged|killed|rained)\\b` },
  { id: 'attack.weapon-noun', type: 'ATTACK', noun: true, confidence: 0.85, pattern: `\\b(?:missile|drone|rocket|air|aerial|artillery|bomb|ballistic|cluster|suicide|terrorist|chemical|mortar|combined|massive|large-scale)\\s+(?:strikes?|attacks?|barrages?|assaults?|bombardments?|shelling|raids?)\\b(?!\\s+(?:alerts?|sirens?|warnings?|shelters?|alarms?))|\\bairstrikes?\\b|\\bair raids?\\b(?!\\s+(?:alerts?|sirens?|warnings?|shelters?|alarms?))` },
  { id: 'attack.on-place', type: 'ATTACK', noun: true, confidence: 0.8, caseSensitive: true, pattern: `(?<!\\b(?:scathing|blistering|stinging|withering|verbal|rhetorical|personal|furious|bitter|sharp|cyber|stinging)\\s+)\\b(?:[Aa]ttacks?|[Ss]trikes?|[Ss]helling|[Bb]ombing|[Bb]ombardment|[Aa]ssault|[Mm]assacre|[Rr]aid|[Ee]xplosion|[Bb]last)\\s+(?:on|against|in|at)\\s+(?:the\\s+)?${gap(3)}[A-Z]` },
  { id: 'attack.killing', type: 'ATTACK', confidence: 0.85, pattern: `\\b(?:killing|killed|kills|wounding|injuring)\\s+${gap(3)}(?:people|civilians|children|persons|residents|soldiers|others|passengers)\\b` },
  { id: 'attack.were-killed', type: 'ATTACK', confidence: 0.7, pattern: `\\b(?:were|was|have been|has been|had been)\\s+killed\\b` },
  { id: 'attack.verb', type: 'ATTACK', caseSensitive: true, confidence: 0.75, pattern: `\\b(?:shelled|bombed|attacked|struck|stormed|ambushed)\\s+(?:the\\s+)?${gap(3)}(?:[A-Z]|city|town|village|region|hospital|school|port|infrastructure|positions)` },
  { id: 'attack.actor-verb', type: 'ATTACK', caseSensitive: true, confidence: 0.75, pattern: `\\b(?:Russia|Ukraine|Russian|Ukrainian|Israel|Israeli|Kyiv|Kiev|Moscow|forces|troops|army|military)\\s+(?:(?:forces|troops|army|military|aircraft|jets|drones|missiles)\\s+)?(?:(?:has|have|had)\\s+)?(?:(?:also|again|since|repeatedly|then)\\s+)?(?:hit|struck|shelled|bombed|pounded|targeted|attacked)\\s+(?:an?\\s+|the\\s+)?${gap(3)}(?:[A-Z]|city|town|village|region|factory|plant|facility|depot|refinery|port|station|building|hospital|school|infrastructure|grid|positions|base|airfield|bridge|warehouse|residential|energy|power)` },
  { id: 'attack.fired-at', type: 'ATTACK', confidence: 0.75, pattern: `\\b(?:fired|launched|lobbed)\\s+${gap(5)}(?:missiles?|drones?|rockets?|shells?|bombs?|munitions|UAVs|Shaheds)\\b(?=[^.;]{0,60}?\\b(?:at|on|into|towards?|against)\\s)` },
  { id: 'attack.downed', type: 'ATTACK', confidence: 0.75, pattern: `\\b(?:downed|shot down|intercepted|destroyed|repelled|repulsed)\\s+(?:a total of\\s+|at least\\s+|more than\\s+)?(?:[\\d,]+|\\w+)\\s+(?:[\\w-]+\\s+){0,2}(?:drones|missiles|UAVs|rockets|(?:unmanned\\s+)?aerial vehicles)\\b` },
  { id: 'attack.drone-attack', type: 'ATTACK', noun: true, confidence: 0.8, pattern: `\\b(?:drone|missile|rocket|artillery)\\s+(?:and\\s+(?:drone|missile|rocket)\\s+)?(?:barrage|attack|strike|raid|assault)s?\\b` },
  { id: 'attack.anaphor', type: 'ATTACK', noun: true, mergeOnly: true, confidence: 0.6, pattern: `\\b(?:attack|strike|shelling|bombing|assault)\\b` },
  { id: 'attack.launched', type: 'ATTACK', confidence: 0.75, pattern: `\\blaunch(?:ed|es|ing)?\\s+(?:a|an|its|their|the)\\s+(?!(?:[\\w-]+\\s+){0,2}?(?:scathing|blistering|stinging|withering|verbal|rhetorical|personal|furious|angry|bitter|sharp|legal|cyber|diplomatic|charm|political|general|hunger|national|nationwide|labou?r|warning|investigation|probe|inquiry|review|campaign|appeal|bid)\\b)(?:(?!(?:into|of|on|against|for|about)\\b)[\\w-]+\\s+){0,3}?(?:attacks?|assaults?|barrages?|counteroffensive|counter-offensive)\\b(?!\\s+(?:on|against)\\s+(?:the\\s+)?(?:idea|plan|policy|proposal|government|law))` },
  { id: 'attack.what-called', type: 'ATTACK', confidence: 0.7, pattern: `\\blaunch(?:ed|es|ing)?\\s+what\\s+(?:[\\w'’-]+\\s+){1,6}?(?:called|described as|termed|dubbed)\\s+(?:an?\\s+)?["“]?(?:[\\w-]+\\s+){0,2}?(?:strikes?|attacks?|raids?|bombardments?|assaults?)\\b` },
  { id: 'attack.counteroffensive', type: 'ATTACK', noun: true, needsAnchor: 'date', confidence: 0.7, pattern: `\\bcounter-?offensives?\\s+(?:in|into|near|around|on|across)\\b` },
  // ---- agreements
  { id: 'agreement.verb', type: 'AGREEMENT', confidence: 0.8, pattern: `\\b(?:sign(?:ed|s|ing)?|ratif(?:y|ied|ies|ying)|conclud(?:e|ed|es)|finali[sz](?:e|ed|es|ing)|reach(?:ed|es)?|struck|strike|clinch(?:ed)?|seal(?:ed)?|cancel(?:l?ed|s)?|scrap(?:ped|s)?|tore up|achieved|brokered|denounc(?:e|ed)|endors(?:e|ed|es|ing))\\s+${gap(5)}${DEAL_NOUNS}\\b` },
  { id: 'agreement.withdraw', type: 'AGREEMENT', confidence: 0.85, pattern: `\\b(?:withdr(?:ew|awn|aw|awing|aws)|withdrawal|exit(?:ed|s|ing)?|pull(?:ed|s|ing)? out|pullout|leav(?:e|es|ing)|quit(?:s|ting)?)\\s+(?:from\\s+|of\\s+)?(?:the\\s+)?${gap(3)}${DEAL_NOUNS}\\b|\\bexits?\\s+${gap(2)}${DEAL_NOUNS}\\b` },
  { id: 'agreement.agreed', type: 'AGREEMENT', confidence: 0.75, pattern: `\\bagreed\\s+(?:on\\s+|to\\s+)?(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?${DEAL_NOUNS}\\b` },
  { id: 'agreement.passive', type: 'AGREEMENT', confidence: 0.75, pattern: `\\b${DEAL_NOUNS}(?:,[^,.;]{1,80},)?\\s+(?:was|were|has been|had been|is|will be|to be|would be)\\s+(?:(?:first|last|also|later|originally|formally|finally|then|eventually)\\s+)?(?:signed|ratified|concluded|finali[sz]ed|reached|cancell?ed|extended|renewed|prolonged)\\b` },
  { id: 'agreement.cancellation', type: 'AGREEMENT', noun: true, confidence: 0.75, pattern: `\\b(?:cancell?ation|signing|ratification|termination)\\s+of\\s+(?:the\\s+)?${gap(2)}${DEAL_NOUNS}\\b` },
  { id: 'agreement.suspend', type: 'AGREEMENT', confidence: 0.75, pattern: `\\b(?:suspend(?:ed|s|ing)?|froze|frozen|freez(?:e|es|ing))\\s+(?:its|their|his|her|the country's|[A-Z][\\w-]+'s\\s+)?\\s*participation\\s+in\\b(?:\\s+(?:the\\s+)?${gap(3)}${DEAL_NOUNS}\\b)?|\\b(?:voted\\s+(?:\\w+\\s+)?to\\s+)?(?:approv(?:e|ed|es|ing)|endors(?:e|ed|es|ing)|back(?:ed|s)?|ratif(?:y|ied|ies)|rubber-stamp(?:ed|s)?)\\s+(?:the|its|this|that)\\s+(?:suspension|withdrawal|termination|denunciation)\\b(?!\\s+of\\s+(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+)?(?:aid|assistance|weapons|deliveries|sanctions|funding|intelligence|talks|troops|forces|soldiers|license|licence))` },
  { id: 'agreement.territory', type: 'AGREEMENT', confidence: 0.7, pattern: `\\bagreed\\s+to\\s+(?:return|hand over|hand back|cede|transfer|give up)\\s+${gap(4)}(?:villages|territory|territories|lands?|islands?|areas|districts|enclaves?)\\b` },
  { id: 'agreement.expired', type: 'AGREEMENT', confidence: 0.7, pattern: `\\b(?:agreement|deal|treaty|accord|pact|contract)\\b[^.;:]{0,80}?\\b(?:expired|lapsed|ran out)\\b` },
  { id: 'agreement.targets', type: 'AGREEMENT', confidence: 0.7, pattern: `\\bagreed\\s+(?:on\\s+|to\\s+)?(?:a\\s+)?(?:to\\s+)?(?:raise|increase|boost|lift|double|hike|set)\\s+(?:[\\w-]+\\s+){0,2}?(?:spending|budgets?|contributions|targets?)\\b` },
  // ---- war, ceasefire
  { id: 'invasion.verb', type: 'INVASION', confidence: 0.85, pattern: `(?<!\\b(?:the|an|its|their|newly|illegally|Russian-)\\s*)\\b(?:invaded|invade|invading|annexed)\\b(?!\\s+(?:peninsula|territories|territory|regions?|areas?|lands?|Crimea|parts?)\\b)` },
  { id: 'invasion.war-start', type: 'INVASION', confidence: 0.8, pattern: `\\b(?:escalated|launched|started|began|unleashed)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:full-scale\\s+)?(?:war|invasion|aggression)\\b|\\b(?:war|invasion)\\s+(?:began|started|broke out|erupted)\\b` },
  { id: 'invasion.incursion', type: 'INVASION', noun: true, needsAnchor: 'date', confidence: 0.7, pattern: `\\b(?:incursion|cross-border (?:raid|offensive|operation)|ground offensive|offensive)\\s+(?:into|in)\\b` },
  { id: 'invasion.noun', type: 'INVASION', noun: true, needsAnchor: 'date', confidence: 0.7, pattern: `\\b(?:full-scale\\s+|large-scale\\s+)?invasion\\b|\\bannexation\\b` },
  { id: 'invasion.incursion-launched', type: 'INVASION', confidence: 0.75, pattern: `\\b(?:launch(?:ed|es|ing)?|began|begun|started|mounted|staged)\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+){0,2}?incursion\\b` },
  { id: 'ceasefire.noun', type: 'CEASEFIRE', noun: true, confidence: 0.85, pattern: `\\b(?:ceasefire|cease-fire|truce|armistice)s?\\b|\\b(?:moratorium on|suspension of|halt (?:to|in|on))\\s+(?:the\\s+)?${gap(2)}(?:strikes|attacks|hostilities|fighting)\\b(?:\\s+(?:on|against)\\s+${gap(3)}(?:infrastructure|facilities|targets|sites|cities|civilians)\\b)?` },
  { id: 'ceasefire.stop-fighting', type: 'CEASEFIRE', confidence: 0.7, pattern: `\\b(?:stop|halt|cease|end|suspend|pause)\\s+(?:the\\s+|all\\s+)?(?:fighting|hostilities)\\b` },
  // ---- policy
  { id: 'policy.emergency', type: 'POLICY', confidence: 0.75, pattern: `\\b(?:declar(?:e|ed|es|ing)|extend(?:ed|s|ing)?|prolong(?:ed|s|ing)?|approv(?:e|ed|es|ing)|introduc(?:e|ed|es|ing)|impos(?:e|ed|es|ing)|lift(?:ed|s|ing)?|announc(?:e|ed|es|ing)|end(?:ed|s)?|proclaim(?:ed|s)?|order(?:ed|s)?|enact(?:ed|s)?)\\s+(?:(?:a|an|the|their|its|his|her|own)\\s+){0,2}${gap(3)}${POLICY_MEASURES}` },
  { id: 'policy.emergency-passive', type: 'POLICY', confidence: 0.7, pattern: `\\b${POLICY_MEASURES}\\s+(?:in\\s+[\\w\\s]{1,30}?\\s+)?(?:was|were|has been|had been|have been|would be|will be|is)\\s+(?:also\\s+)?(?:declared|extended|prolonged|introduced|imposed|lifted|announced|proclaimed|approved|ended)\\b|\\b${POLICY_MEASURES}\\s+(?:would|will)\\s+be\\s+(?:a|an)\\s+(?:\\w+\\s+)?days?\\s+of\\s+mourning\\b|\\b(?:would|will)\\s+be\\s+(?:a|an)\\s+(?:\\w+\\s+)?days?\\s+of\\s+(?:national\\s+)?mourning\\b` },
  { id: 'policy.government-agreed', type: 'POLICY', confidence: 0.65, pattern: `\\b(?:government|cabinet|parliament|council|authorities|lawmakers|legislature)\\s+(?:\\w+\\s+)?agreed\\s+to\\s+(?:buy|pay|compensate|subsidi[sz]e|extend|lift|ban|introduce|impose|lower|raise|allow|end|suspend|scrap|restrict|grant|revoke|close|open|cap|freeze)\\b` },
  { id: 'policy.vote', type: 'POLICY', confidence: 0.7, pattern: `\\b(?:voted|decided|resolved)\\s+(?:on\\s+(?:\\w+\\s+){1,3}?|unanimously\\s+|overwhelmingly\\s+)?to\\s+(?:(?:keep|maintain|retain|reinstate)(?=\\s+${gap(3)}(?:bans?|restrictions?|curfew|embargo|measures?|limits?|controls?|quotas?|tariffs?|duties|martial law)\\b)|declare|extend|prolong|approve|introduce|impose|lift|ban|adopt|abolish|lower|raise|allow|end|suspend|scrap|drop|expel|close|restrict|grant|revoke|nationali[sz]e|buy|mobili[sz]e|order|require)\\b` },
  { id: 'policy.law', type: 'POLICY', confidence: 0.7, pattern: `\\b(?:approv(?:e|ed|es|ing)|pass(?:ed|es|ing)?|adopt(?:ed|s|ing)?|sign(?:ed|s|ing)?|enact(?:ed|s)?|introduc(?:e|ed|es|ing))\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:law|bill|decree|legislation|resolution|executive order|ordinance|amendments?)\\b(?!\\s+(?:on|of)\\s+(?:the\\s+)?(?:ratification|ratifying))` },
  { id: 'policy.ban', type: 'POLICY', confidence: 0.7, pattern: `\\b(?:ban(?:ned|s|ning)?|prohibit(?:ed|s|ing)?|outlaw(?:ed|s|ing)?)\\s+(?:the\\s+)?(?:imports?|exports?|entry|sales?|flights?|travel|broadcasts?|the\\s+(?:import|export|sale|use|entry))\\b|\\b(?:introduc(?:e|ed|es)|impos(?:e|ed|es)|extend(?:ed|s)?|lift(?:ed|s)?|announc(?:e|ed|es))\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,2}?ban\\s+on\\b` },
  { id: 'policy.measure-extended', type: 'POLICY', confidence: 0.65, pattern: `\\b(?:a|the)\\s+(?:measure|ban|restriction|policy|curfew)\\s+(?:(?:that|which)\\s+)?(?:it|they|the government|authorities)\\s+(?:\\w+\\s+)?(?:extended|prolonged|reinstated|renewed)\\b` },
  { id: 'policy.evacuation', type: 'POLICY', confidence: 0.7, pattern: `\\b(?:announc(?:e|ed|es|ing)|order(?:ed|s|ing)?|declar(?:e|ed|es)|began|started|launched)\\s+(?:the|an?)\\s+(?:mandatory\\s+|partial\\s+|forced\\s+|compulsory\\s+)?["“]?evacuation\\b|\\b(?:mandatory|compulsory|forced)\\s+evacuation\\b|\\bevacuation orders?\\b` },
  { id: 'policy.requirement', type: 'POLICY', confidence: 0.65, pattern: `\\b(?:dropped|scrapped|waived|removed|lifted|abolished|eased)\\s+(?:the|a|its)\\s+(?:\\w+\\s+){0,2}?(?:requirement|restrictions?|obligation|quota|visa regime|ban)\\b` },
  { id: 'policy.status', type: 'POLICY', confidence: 0.6, pattern: `\\b(?:revok(?:e|ed|es|ing)|grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|end(?:ed|s|ing)?)\\s+(?:the\\s+)?(?:legal|temporary|protected|refugee)\\s+(?:protection\\s+)?status\\b` },
  { id: 'policy.martial-law', type: 'POLICY', confidence: 0.6, pattern: `\\b(?:martial law|mobili[sz]ation|conscription)\\s+(?:was|has been|is|were)?\\s*(?:extended|declared|introduced|lowered|announced)\\b|\\b(?:lower(?:ed|s)?|rais(?:ed|es))\\s+the\\s+(?:mobili[sz]ation|conscription|draft)\\s+age\\b` },
  { id: 'policy.designation', type: 'POLICY', confidence: 0.7, pattern: `\\b(?:add(?:ed|s|ing)?|put|puts|plac(?:ed|es|ing))\\s+(?:[^\\s.;]+\\s+){0,4}?(?:to|on)\\s+(?:its|the|a|their)\\s+(?:[\\w-]+\\s+)?(?:list|register|registry)\\s+of\\s+["“]?(?:undesirable|foreign agents?|extremists?|terrorists?)|\\b(?:designat(?:ed|es|ing)|declar(?:ed|es|ing)|labell?(?:ed|s|ing)|brand(?:ed|s|ing))\\s+(?!war\\b)${gap(4)}(?:as\\s+)?(?:an?\\s+)?["“]?(?:undesirable|foreign agents?|extremist|terrorist)\\b` },
  { id: 'policy.review', type: 'POLICY', confidence: 0.65, pattern: `\\border(?:ed|s)?\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:review|audit|overhaul)\\s+of\\b|\\b(?:review|audit|overhaul)\\s+of\\s+[^.;]{0,60}?\\b(?:was|were|had been|has been)\\s+ordered\\b` },
  { id: 'policy.border', type: 'POLICY', confidence: 0.65, pattern: `\\b(?:clos(?:ed|es|ing)|shut|reopen(?:ed|s|ing)?)\\s+(?:its|the|their|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:border|borders|border crossings?|airspace|checkpoints?)\\b` },
  { id: 'policy.outlawed', type: 'POLICY', confidence: 0.65, pattern: `\\b(?:banned|outlawed|dissolved|liquidated)\\s+(?:the\\s+)?${gap(4)}(?:church|party|parties|organi[sz]ations?|movement|broadcaster|TV channels?|network|media outlets?)\\b` },
];

/**
 * Cheap gates: a trigger's pattern runs on a sentence only when one of these lower-case stems is in
 * it (a substring test is far cheaper than the pattern). Keyed by trigger id.
 */
const RETURN_KEYS = ['return', 'brought', 'came', 'repatriat', 'airlift', 'flown', 'transferred', 'handed', 'sent back', 'arrived'];
const RELEASE_KEYS = ['released', 'freed', 'set free', 'liberated', 'rescued', 'returned', 'brought'];
const DEAL_KEYS = ['agreement', 'deal', 'treaty', 'accord', 'convention', 'pact', 'memorandum', 'statute', 'charter', 'protocol', 'declaration', 'initiative', 'communiqu'];
export const TRIGGER_KEYS: Record<string, string[]> = {
  'exchange.noun': ['exchange', 'swap', 'trade'],
  'exchange.of-prisoners': ['exchange', 'swap'],
  'exchange.verb': ['exchanged', 'swapped', 'traded'],
  'exchange.passive': ['traded', 'exchanged', 'swapped'],
  'exchange.swap': ['swap'],
  'exchange.in-exchange': ['exchange'],
  'exchange.secured-return': ['secure'],
  'exchange.from-captivity': ['captivity'],
  'exchange.captives-returned': RETURN_KEYS,
  'release.captives-freed': RELEASE_KEYS,
  'release.verb': [...RELEASE_KEYS, 'handed over', 'reunit'],
  'release.relative': ['returned', 'freed', 'released', 'brought', 'reunited', 'liberated', 'rescued', 'set free'],
  'release.noun': ['return of', 'release of', 'homecoming', 'rescue of'],
  'release.came-home': [' home'],
  'release.freed-from': ['freed', 'released'],
  'bodies.passive': ['bodies', 'remains'],
  'bodies.active': ['bodies', 'remains'],
  'bodies.noun': ['bodies', 'remains', 'body'],
  'bodies.repatriation': ['repatriation', 'transfer'],
  'protest.blockade': ['block'],
  'protest.word': ['protest', 'rall', 'demonstrat', 'picket', 'sit-in', 'streets', 'strike', 'walkout'],
  'protest.crowd': ['crowd', 'turnout'],
  'protest.gathered': ['gathered', 'assembled', 'massed', 'converged', 'turned out'],
  'protest.march': ['march'],
  'meeting.noun': ['meeting', 'talks', 'summit', 'negotiations', 'call', 'conversation', 'tête'],
  'meeting.names-call': ['call', 'talks', 'meeting', 'summit'],
  'meeting.met': ['met', 'meet'],
  'meeting.verb': ['held', 'hold', 'spoke', 'spoken'],
  'meeting.visit': ['visit'],
  'meeting.summoned': ['summon'],
  'meeting.phone': ['phone', 'video'],
  'meeting.spoke-for': ['spoke', 'talked', 'conferred'],
  'meeting.named': ['summit', 'day', 'conference'],
  'meeting.hosted': ['hosted', 'received', 'welcomed'],
  'speech.address-to': ['address', 'speech', 'spoke', 'remarks', 'lecture'],
  'speech.addressed': ['addressed', 'addressing', 'addresses'],
  'speech.told-body': ['speak', 'spoke', 'told', 'tells', 'telling'],
  'speech.kind': ['address', 'speech'],
  'speech.delivered': ['speech', 'address', 'keynote', 'lecture'],
  'speech.anaphor': ['address', 'speech'],
  'aid.suspend': ['aid', 'assistance', 'weapons', 'arms', 'munitions', 'ammunition', 'support', 'funding', 'deliver', 'shipment', 'intelligence', 'loan', 'tranche', 'package', 'defen', 'missiles', 'tanks', 'jets', 'equipment', 'financing', 'grant'],
  'aid.no-longer': ['no longer'],
  'aid.suspension-noun': ['suspension', 'halt', 'pause', 'freeze', 'cutoff', 'cut-off'],
  'aid.provide': ['provid', 'give', 'giving', 'gave', 'pledg', 'approv', 'allocat', 'send', 'sent', 'deliver', 'suppl', 'donat', 'grant', 'receiv', 'unveil', 'disburs', 'paid out', 'pay', 'earmark', 'commit', 'hand', 'transferr', 'unlock', 'ship'],
  'aid.announced': ['announc', 'unveil'],
  'aid.passive-agreed': ['agreed', 'approved', 'adopted', 'endorsed'],
  'aid.payment': ['payment', 'disbursement', 'tranche', 'instalment', 'installment'],
  'aid.further-money': ['further', 'another', 'additional'],
  'aid.arrived': ['arrived', 'delivered', 'reached'],
  'aid.package': ['package', 'tranche', 'shipment', 'deliver'],
  'aid.goods-to': ['to '],
  'aid.approved-transfer': ['approv', 'authori', 'cleared', 'green'],
  'aid.resumed': ['resum', 'restor', 'restart'],
  'aid.bill': ['bill', 'package', 'legislation'],
  'sanctions.verb': ['sanction', 'embargo', 'restrictive', 'asset freeze'],
  'sanctions.package': ['sanction'],
  'sanctions.sanctioned': ['sanctioned', 'blacklisted', 'sanctioning', 'to sanction'],
  'sanctions.anaphor': ['sanctions'],
  'sanctions.entry-ban': ['entering', 'entry ban'],
  'sanctions.assets': ['assets of'],
  'sanctions.export-ban': ['export'],
  'deportation.verb': ['deport', 'abduct', 'forcibly'],
  'deportation.passive': ['deported', 'abducted', 'transferred'],
  'deportation.noun': ['deportation', 'abduction'],
  'deportation.moved': ['moved', 'took', 'taken', 'removed', 'relocated', 'transferred', 'carried'],
  'deportation.adoption': ['adopt', 'foster', 'families'],
  'detention.verb': ['hold', 'held', 'detain', 'imprison', 'captur', 'arrest', 'jail', 'keep', 'kept'],
  'detention.sentenced': ['sentenced'],
  'detention.passive': ['detained', 'arrested', 'jailed', 'imprisoned', 'taken'],
  'detention.warrant': ['warrant'],
  'detention.behind-bars': ['behind bars'],
  'detention.jailed-for': ['jailed', 'imprisoned'],
  'detention.sentenced-to': ['sentenced'],
  'detention.custody': ['custody', 'detention', 'arrest', 'held'],
  'attack.weapon-verb': ['missile', 'drone', 'rocket', 'bomb', 'shell', 'artillery', 'strike', 'forces', 'troops'],
  'attack.weapon-noun': ['strike', 'attack', 'barrage', 'assault', 'bombardment', 'shelling', 'raid'],
  'attack.on-place': ['attack', 'strike', 'shelling', 'bombing', 'bombardment', 'assault', 'massacre', 'raid', 'explosion', 'blast'],
  'attack.killing': ['kill', 'wound', 'injur'],
  'attack.were-killed': ['killed'],
  'attack.verb': ['shelled', 'bombed', 'attacked', 'struck', 'stormed', 'ambushed'],
  'attack.actor-verb': ['hit', 'struck', 'shelled', 'bombed', 'pounded', 'targeted', 'attacked'],
  'attack.fired-at': ['fired', 'launched', 'lobbed'],
  'attack.downed': ['downed', 'shot down', 'intercepted', 'destroyed', 'repelled', 'repulsed'],
  'attack.drone-attack': ['drone', 'missile', 'rocket', 'artillery'],
  'attack.anaphor': ['attack', 'strike', 'shelling', 'bombing', 'assault'],
  'attack.launched': ['launch'],
  'attack.what-called': ['what'],
  'attack.counteroffensive': ['offensive'],
  'agreement.verb': DEAL_KEYS,
  'agreement.withdraw': DEAL_KEYS,
  'agreement.passive': DEAL_KEYS,
  'agreement.agreed': DEAL_KEYS,
  'agreement.cancellation': DEAL_KEYS,
  'agreement.suspend': ['participation', 'suspension', 'withdrawal', 'termination', 'denunciation'],
  'agreement.territory': ['agreed to'],
  'agreement.expired': ['expired', 'lapsed', 'ran out'],
  'agreement.targets': ['agreed'],
  'invasion.verb': ['invad', 'annexed'],
  'invasion.war-start': ['war', 'invasion', 'aggression'],
  'invasion.incursion': ['incursion', 'offensive', 'cross-border'],
  'invasion.noun': ['invasion', 'annexation'],
  'invasion.incursion-launched': ['incursion'],
  'ceasefire.noun': ['ceasefire', 'cease-fire', 'truce', 'armistice', 'moratorium', 'suspension', 'halt'],
  'ceasefire.stop-fighting': ['fighting', 'hostilities'],
  'policy.emergency': ['emergency', 'siege', 'alert', 'martial', 'curfew', 'mobili', 'conscription', 'lockdown', 'mourning', 'ban'],
  'policy.emergency-passive': ['emergency', 'siege', 'alert', 'martial', 'curfew', 'mobili', 'conscription', 'lockdown', 'mourning', 'ban'],
  'policy.vote': ['voted', 'decided', 'resolved'],
  'policy.government-agreed': ['agreed to'],
  'policy.law': ['law', 'bill', 'decree', 'legislation', 'resolution', 'order', 'ordinance', 'amendment'],
  'policy.ban': ['ban', 'prohibit', 'outlaw'],
  'policy.measure-extended': ['extended', 'prolonged', 'reinstated', 'renewed'],
  'policy.evacuation': ['evacuation'],
  'policy.requirement': ['requirement', 'restriction', 'obligation', 'quota', 'visa', 'ban'],
  'policy.status': ['status'],
  'policy.martial-law': ['martial', 'mobili', 'conscription', 'draft'],
  'policy.designation': ['undesirable', 'foreign agent', 'extremist', 'terrorist'],
  'policy.review': ['review', 'audit', 'overhaul'],
  'policy.border': ['border', 'airspace', 'checkpoint'],
  'policy.outlawed': ['banned', 'outlawed', 'dissolved', 'liquidated'],
};
