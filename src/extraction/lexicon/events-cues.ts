/** Cue words for event arguments, status and attribution, as plain data. */
import type { EventType } from '../types';

/** Nearest CAMEO code per event type (null where CAMEO has none). */
export const CAMEO: Record<EventType, string | null> = {
  PRISONER_EXCHANGE: '0841', PRISONER_RELEASE: '0841', BODY_REPATRIATION: null, PROTEST: '14', MEETING: '04',
  SPEECH: '01', AID_SUSPENSION: '162', AID_PROVISION: '07', SANCTIONS: '163', DEPORTATION: '174',
  DETENTION: '173', ATTACK: '18', AGREEMENT: '057', INVASION: '19', CEASEFIRE: '086', POLICY: null,
};

/**
 * People named by role, trade, side or kin: who is held, freed, swapped or deported ("two FSB agents", "three suspected
 * kidnappers", "11 opposition politicians"). Used for captive-like events only, where any such people are the count;
 * not those who act on captives or campaign for them (judges, prosecutors, relatives, parents, wives).
 */
export const CAPTIVE_PEOPLE = /^(?:suspects|kidnappers|abductors|agents|spies|informants|informers|collaborators|saboteurs|smugglers|traffickers|militants|rebels|insurgents|jihadists|extremists|gunmen|attackers|bandits|pirates|gangsters|gang members|members|leaders|supporters|opponents|critics|dissidents|politicians|lawmakers|legislators|deputies|senators|mayors|governors|ministers|officials|presidents|candidates|diplomats|lawyers|doctors|nurses|medics|paramedics|teachers|professors|academics|scientists|researchers|priests|clerics|monks|nuns|pastors|imams|worshippers|farmers|miners|drivers|truckers|pilots|seafarers|crewmembers|contractors|labou?rers|peacekeepers|policemen|police officers|conscripts|recruits|reservists|veterans|commanders|generals|cadets|defenders|marines|paratroopers|combatants|partisans|filmmakers|artists|writers|poets|musicians|athletes|footballers|fans|youths|adults|pensioners|sons|daughters|brothers|sisters|siblings|orphans|babies|infants|schoolchildren|schoolgirls|schoolboys|teens|adolescents|defendants|convicts|abductees|victims|survivors|evacuees|settlers|visitors|shoppers|commuters|expatriates|expats|campaigners|photographers|cameramen|editors|correspondents|staffers|staff members|servicemembers|bodyguards|firefighters|rescuers|engineers|technicians|individuals|figures|organi[sz]ers|protestors)$/;

/** Peoples named in the plural whose names no country suffix gives ("Uyghurs", "Poles", "Rohingya"): people, like "Armenians". */
export const PEOPLES = 'poles|danes|swedes|finns|czechs|slovaks|serbs|croats|slovenes|turks|greeks|scots|britons|spaniards|thais|filipinos|kosovars|uzbeks|kazakhs|tajiks|kyrgyz|turkmen|kurds|jews|arabs|uyghurs|uighurs|rohingyas?|roma|tatars|tamils|sikhs|hindus|muslims|druze|hazaras|pashtuns|baloch|yazidis|copts|alawites|shiites|berbers|tuaregs|fulani|maasai|hmong|chechens|bedouins?';

/** Head nouns of the count that belongs to each type ("150 POWs" fits an exchange, "34 people" an attack). */
/** A people named by its nation in the plural ("Armenians", "Senegalese"), not a trade in -ians ("electricians"). */
const NATION_PLURAL = '(?!(?:electric|physic|music|technic|statistic|mathemat|politic|librar|beautic|optic|mechan|pedestr|guard|custod|histor|vegetar|comed|magic|clin)ians)[a-z]+(?:ians|eans|cans|ese)';

export const FITTING_HEADS: Partial<Record<EventType, RegExp>> = {
  PRISONER_EXCHANGE: /^(?:prisoners(?: of war)?|pows|captives|soldiers|servicemen|servicemembers|troops|defenders|marines|fighters|combatants|officers|civilians|people|ukrainians|russians|men|women|detainees|hostages|citizens|persons|returnees|members|nationals|foreigners)$/,
  PRISONER_RELEASE: /^(?:prisoners(?: of war)?|pows|captives|soldiers|servicemen|troops|defenders|civilians|people|ukrainians|russians|men|women|detainees|hostages|citizens|persons|children|kids|minors|teenagers|orphans|nationals|foreigners)$/,
  BODY_REPATRIATION: new RegExp(`^(?:bodies|remains|soldiers|servicemen|troops|defenders|fighters|people|civilians|foreigners|volunteers|officers|men|women|children|migrants|nationals|sailors|crew|fishermen|victims|passengers|hostages|pows|prisoners|captives|${NATION_PLURAL}|${PEOPLES})$`),
  PROTEST: new RegExp(`^(?:crowd|people|protesters|traders|labou?rers|vendors|merchants|shopkeepers|fisherfolk|fishermen|unionists|protestors|demonstrators|participants|activists|residents|students|marchers|supporters|citizens|workers|women|men|veterans|relatives|families|farmers|exiles|emigres|émigrés|pensioners|retirees|miners|doctors|nurses|teachers|drivers|truckers|hauliers|mothers|wives|opponents|members|locals|youths|employees|voters|believers|parishioners|lawyers|journalists|artists|colleagues|friends|campaigners|mourners|parents|neighbou?rs|survivors|refugees|migrants|environmentalists|feminists|dissidents|[a-z]+ians|emigrants|immigrants|expatriates|expats|[a-z]+ists|${PEOPLES})$`),
  MEETING: /^(?:countries|nations|states|delegations|delegates|leaders|organizations|organisations|governments|ministers|participants|heads)$/,
  ATTACK: /^(?:people|civilians|persons|children|residents|soldiers|killed|dead|injured|wounded|others|passengers|victims|lives|prisoners|nationals|pows|captives|detainees|inmates|officers|servicemen|troops|sailors|crew|workers|officials|policemen|fighters|marines|pilots|journalists|women|men|teenagers|miners|firefighters|rescuers|medics|volunteers|employees|students|peacekeepers|guards|police|engineers|staff|patients|guests|shoppers|worshippers|commuters|tourists|farmers|fishermen)$/,
  DEPORTATION: new RegExp(`^(?:children|kids|minors|people|civilians|ukrainians|residents|orphans|teenagers|persons|citizens|nationals|families|migrants|refugees|seekers|deportees|foreigners|detainees|prisoners|men|women|workers|fishermen|students|afghans|${PEOPLES}|[a-z]+(?:ians|eans|cans|ese))$`),
  DETENTION: new RegExp(`^(?:civilians|prisoners(?: of war)?|pows|people|soldiers|journalists|activists|children|ukrainians|citizens|servicemen|hostages|captives|detainees|men|women|protesters|persons|employees|workers|staff|personnel|residents|volunteers|sailors|crew|fishermen|officials|priests|clerics|monks|pastors|imams|students|teachers|mayors|bloggers|lawyers|reporters|demonstrators|fighters|combatants|defenders|marines|troops|detentions|arrests|figures|leaders|organi[sz]ers|members|supporters|opponents|critics|politicians|lawmakers|suspects|individuals|vendors|traders|migrants|refugees|drivers|farmers|fans|ultras|hackers|spies|launderers|smugglers|traffickers|${NATION_PLURAL}|${PEOPLES})$`),
  // ("agreed to swap 1,200 prisoners", "to return 6,000 bodies": a deal on a swap is counted by those it frees or returns.)
  AGREEMENT: /^(?:documents|agreements|deals|memorandums|memoranda|contracts|accords|prisoners(?: of war)?|pows|captives|detainees|hostages|bodies|remains)$/,
  AID_PROVISION: /^(?:money|containers|trucks|lorries|tankers|tonnes|tons|litres|liters|generators|ambulances|tanks|missiles|shells|systems|jets|rounds|vehicles|howitzers|drones|launchers|aircraft|fighters|warplanes|helicopters|batteries|[a-z]{1,4}-\d+\w*s|abrams|leopards|bradleys|strykers|marders|patriots|gripens|mirages|patients|returnees|refugees|families|households|survivors|beneficiaries|doses|staff|specialists|experts|doctors|medics|nurses|rescuers|engineers|epidemiologists)$/,
  AID_SUSPENSION: /^(?:money|awards|grants|programs|programmes|projects|contracts|licen[cs]es|arms|permits|shipments|deliveries|people|families|refugees|children|beneficiaries)$/,
  SANCTIONS: /^(?:sanctions|individuals|entities|designations|listings|heads|commanders|judges|oligarchs|businessmen|executives|officers|prosecutors|members|figures|airlines|aircraft|companies|vessels|tankers|ships|banks|people|persons|officials|firms|organizations|organisations|nationals|citizens|lawmakers|politicians|journalists)$/,
  INVASION: /^(?:civilians|people|soldiers|troops)$/,
  CEASEFIRE: /^(?:violations)$/,
  POLICY: new RegExp(`^(?:people|refugees|workers|employees|pensioners|households|voters|constituencies|wards|districts|provinces|municipalities|regulations|ukrainians|migrants|persons|men|women|citizens|children|residents|inhabitants|families|civilians|students|pupils|tonnes|tons|money|diplomats|envoys|reservists|conscripts|recruits|troops|soldiers|servicemen|afghans|${NATION_PLURAL})$`),
};

/** Verbs whose object the participle after them describes: "repatriate abducted kids", "return deported children" (the deported, not a deportation;
 * "help deport 20 children" is a bare verb after "help", still a deportation). */
export const BRING_BACK = '(?:repatriate|return|rescue|bring back|track down|trace|identify|find|locate|search for|reunite|protect|help|save)';
/** Let go after questioning, not freed from captivity: "released that evening", "freed on bail", "released from hospital", "hours later". */
export const LET_GO = '(?:from\\s+(?:the\\s+|a\\s+)?(?:hospital|police station|police custody)|on\\s+(?:\\w+\\s+)?bail|(?:later\\s+)?(?:that|the same)\\s+(?:evening|night|day|afternoon|morning)|(?:several\\s+|a few\\s+)?(?:hours|minutes)\\s+later|after\\s+(?:questioning|(?:several|a few|\\d+|two|three)\\s+hours))';
/** Ordinals as a regex source: "the tenth meeting", "the 3rd round", "the eighth protest since December". */
export const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))';

/** Verbs whose bare-number object counts the people an event concerns: "detained the three", "freed all five". */
export const PEOPLE_OBJECT_VERBS: Partial<Record<EventType, string>> = {
  DETENTION: 'detained|arrested|jailed|sentenced|captured',
  PRISONER_RELEASE: 'freed|released|pardoned',
  DEPORTATION: 'deported|expelled',
  PRISONER_EXCHANGE: 'swapped|exchanged|freed|released',
};

/** Counts that are running totals, not this event's own. */
export const CUMULATIVE_CUE = /\b(?:since|in total|a total of|total of|so far|to date|overall|altogether|brought the (?:total |number )|the number of(?!\s+(?:people|those|civilians|victims|soldiers)\s+(?:killed|dead|injured|wounded))|in the (?:last|past) \w+ (?:years|months)|throughout)\b/i;

/** Status cues, read around the trigger. */
export const REFUSAL_CUE = /\b(?:refus(?:ed|es|e|ing)|reject(?:ed|s|ing)?|declin(?:ed|es)|turned down|vetoed|ruled out|blocked)\b/i;
export const REFUSAL_OBJECT = /^\s*(?:the|this|that|such|any|an?)?\s*(?:proposal|offer|idea|plan|request|demand|initiative|it|them|deal|exchange|swap|talks|ceasefire|truce)\b/i;
/**
 * Postponed or called off: the event did not happen (on that date). What was halted ends at "after", "amid", "when": a clause there tells another event.
 * ("strikes during the delay killed 19", "the delayed swap took place": a delay named as a noun postpones nothing, unless it is a delay in or to the event.)
 */
export const POSTPONE_BEFORE = /\b(?:postpon\w+|(?<!\b(?:the|a|an|this|any|further|long|short)\s+)delay(?:ed|s|ing)?|(?<=\b(?:the|a|an|this|any|further|long|short)\s+)delays?(?=\s+(?:in|to)\b)|call(?:ed|s|ing)? off|put off|cancel(?:l?ed|s|ling)?|thwart\w*|disrupt\w*|freez(?:e|es|ing)|froze|frozen|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|br(?:eak|oke|eaking) off|walk(?:ed)? out of|pull(?:ed)? out of)\s+(?:(?!(?:after|following|amid|because|when|since|as|before|until|while|once)\s)[\w'’-]+\s+){0,8}$/i;
/** A threat or warning of what might happen ("a threatened halt", "warned that it could stop"): no event is reported. */
export const THREAT_BEFORE = /\b(?:threaten(?:ed|s|ing)?(?:\s+to)?|threats?\s+(?:of|to)|warn(?:ed|s|ing)?\b[^.;]{0,40}?\b(?:could|might|may))\s+(?:[\w'’-]+\s+){0,2}$/i;
export const NEGATION_BEFORE = /\b(?:not|never|n't|no longer|has yet to|have yet to|failed to|without)\s+(?:\w+\s+){0,2}$/i;
export const PROPOSAL_CUE = /\b(?:press(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,4}to|discuss(?:ed|es|ing)?|call(?:ed|s|ing)? (?:for|on)|push(?:ed|es|ing)? for|demand(?:ed|s|ing)?|propos(?:ed|es|ing|al)|urg(?:ed|es|ing)|suggest(?:ed|s|ing)?|offer(?:ed|s|ing)?|seek(?:s|ing)?|sought|insist(?:ed|s)?|should|want(?:s|ed)? (?:to|a|an)|appeal(?:ed|s)? for|advocat\w+|lobb\w+ for)\b(?:(?!,\s+and\s)[^.;])*$/i;
export const PLAN_CUE = /\b(?:will|shall|'ll|would|provides? for|providing for|envisag\w+|foresees?|stipulat\w+|allows? for|paving the way for|to be signed|(?:is|are|was|were|had been)\s+(?:expected|scheduled|set|due|poised|slated|going|supposed|ready|prepared|preparing|planning)\s+to|plan(?:s|ned)? to|planning to|intends? to|hopes? to|to be held|upcoming|ready to|poised to|expects?)\b[^.;]*$/i;
export const PLAN_AFTER = /^[^.;]{0,30}?\b(?:will|would|could|may|might|can|is to|are to|should)\s+(?:\w+\s+)?(?:take place|be held|happen|begin|start|go ahead|be signed)\b|^\s+(?:was|is|were|are)\s+(?:imminent|within reach|in the works)\b/i;
/** "…, a proposal Moscow has rejected": the refusal follows its object. */
export const REFUSED_AFTER = /^[^.;]{0,40}?\b(?:proposal|offer|idea|plan|request|demand|initiative)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?(?:has|have|had)?\s*(?:repeatedly\s+|consistently\s+|already\s+|flatly\s+)?(?:rejected|refused|dismissed|turned down|ruled out)\b/i;
export const ONGOING_CUE = /\b(?:continu(?:e|es|ed|ing)|ongoing|still)\b/i;
/** Hypothetical or generic contexts: no event is reported. */
export const HYPOTHETICAL_BEFORE = /\b(?:if|unless|whether|how many|before any|any|despite(?: the)?|amid(?: the)?|without(?: a| any)?|evade|avoid|circumvent|plott(?:ing|ed)|(?:was|were)\s+preparing)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** The grounds of another act ("a warrant on suspicion of deporting children", "warrants over missile strikes"): background, not a report. */
export const GROUNDS_BEFORE = /\b(?:on suspicion of|suspected of|accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,3}?of|charged with|on charges of|(?:warrants?|charges|indictments?|case|cases)\b[^.;]{0,90}?\s(?:over|for))\s+(?:[\w'’-]+\s+){0,3}$|\b(?:guilty|convicted|sentenced|jailed|fined|prosecuted)\b[^;]{0,100}?\s(?:over|for)\s+(?:[\w'’-]+\s+){0,3}(?:posts?|comments?|videos?|statements?|remarks|publications?|articles?)\s+(?:about|on|describing|criticising|criticizing)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Determiners that make a noun trigger refer back to an event already reported. */
// ("His seizure prompted protests": a verb after a noun between the determiner and the event's noun ends the phrase; the noun is
// new. A verb's form right after the determiner or an adverb is an adjective: "the hastily called meeting", "the announced truce".)
export const DEFINITE_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her|whose|such)\s+(?!(?!(?:[\w'’-]+ly|long|so|much|well|often|once|newly)\s)[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:prompted|sparked|triggered|provoked|caused|fuell?ed|ignited|drew|led|followed|saw|faced|met|staged|held|organi[sz]ed|joined|called|announced|began|started|launched)\s+(?:[\w'’-]+\s+)?$)(?:[\w'’-]+\s+){0,3}$/i;
export const GENERIC_BEFORE = /\b(?:previous|past|earlier|multiple|several|many|numerous|regular|future|further|more|other|possible|potential|new|any|accession|membership|prefers?|preferred|favou?rs|favou?red|daily|weekly|monthly|routine|usual)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** Reporting verbs: "X said", "X reported". */
export const SAID_RE = /\b(?:said|says|reported|reports|told|wrote|announced|claimed|stated|confirmed|added|noted|declared|alleged)\b/g;
export const ACCORDING_RE = /\b(?:according to|citing|cited by|as reported by|reported by)\s+/gi;

/** Words before a place that make it the event's location. */
export const PLACE_PREP = /\b(?:in|near|outside|at|into|on|across|through|to|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** Demonyms that name a country acting in an event ("Russian missiles", "Ukrainian POWs"). */
export const DEMONYMS: Record<string, string> = {
  russian: 'Russia', russians: 'Russia', ukrainian: 'Ukraine', ukrainians: 'Ukraine', american: 'United States',
  americans: 'United States', british: 'United Kingdom', french: 'France', german: 'Germany', polish: 'Poland',
  turkish: 'Turkey', chinese: 'China', belarusian: 'Belarus', lithuanian: 'Lithuania', israeli: 'Israel',
  iranian: 'Iran', emirati: 'United Arab Emirates', qatari: 'Qatar', saudi: 'Saudi Arabia', 'north korean': 'North Korea',
};

/** Words before a participant that give its role. */
export const MEDIATOR_CUE = /\b(?:mediat\w*|brokered|broker|with the (?:assistance|help|mediation) of|through the mediation of|helped|credited|facilitated|thanks to)\b[^.;]{0,60}$/i;
export const RECIPIENT_CUE = /\b(?:to|with|against|on|for|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** "(AP Photo/Pedro Linares)", "(Reuters)": a photo credit right after a sentence marks it a caption. */
export const PHOTO_CREDIT_AFTER = /^\s*\((?:AP|AFP|EPA|Reuters|Xinhua|Anadolu|DPA|ANSA|Getty|Photo|Image)\b[^()]{0,60}\)/i;

/** A photo caption, or a newsletter's teaser ("In this issue: …"), restates the story: it is read like a headline. */
export const CAPTION_CUE = /\b(?:in this (?:handout )?(?:picture|photo|image)|poses? for a (?:picture|photo)|handout (?:picture|photo)|(?:picture|photo) (?:taken|released|obtained|provided)|(?:photo|image) (?:credit|courtesy))\b|\((?:photo|image)\b|\bPhoto:|^\s*(?:In|Also in)\s+(?:this|today['’]s)\s+(?:issue|newsletter|edition|briefing)\s*:/i;

/** "A day later, …": the sentence is dated a number of days after the one before it. */
export const DAYS_LATER = /^\W*(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(later|earlier)\b/i;
/**
 * "N days after/before": "The swap came a day after X hit Y" dates X that many days before the subject;
 * "held the ceremony nine days after Putin ordered …", "came days after X ordered …" likewise.
 */
export const DAYS_AFTER = /\b(?:(?:less|more) than\s+|just\s+|only\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|24|48|\d+|(?=days|weeks))\s*(days?|nights?|weeks?|hours)\s+(after|before)\b/i;

/** Disasters and accidents: what they kill is no attack's toll ("quake-hit" and "Storm Shadow" are no disaster). */
const ACCIDENTS = '(?:earthquakes?|quakes?|aftershocks?|tremors?|floods?|flooding|landslides?|mudslides?|avalanches?|storms?|cyclones?|typhoons?|hurricanes?|stampedes?|collapses?|crash(?:es)?|derailments?|(?:house|building|forest|bush)\\s+fires?|blazes?|wildfires?|heatwaves?|accidents?)(?![\\w-])';
/** A structure that collapsed, a vehicle that crashed: "the canopy collapsed on November 1, killing 15 people". */
const MISHAP = '(?:(?:canopy|building|bridge|roof|mine|dam|stand|tower|block|house|wall|stage|tunnel|ceiling)\\s+(?:[\\w-]+\\s+){0,10}?collapsed|(?:plane|jet|helicopter|bus|train|aircraft|car|truck|boat|ferry|vessel|ship)\\s+(?:[\\w-]+\\s+){0,3}?(?:crashed|derailed|capsized|sank|caught fire))';
/** A named storm: "Typhoon Haiyan", "Cyclone Freddy", "Hurricane Helene" (not "Storm Shadow" missiles, not "Typhoon jets"). */
const NAMED_STORM = '(?:Typhoon|Cyclone|Hurricane|Storm|Tropical Storm)\\s+(?!Shadows?\\b)[A-Z][a-z]+\\b(?!\\s+(?:jets?|fighters?|aircraft|missiles?))';
/** A disaster or accident told before the toll (lower case: "Storm Shadow" is a missile; a named storm is capitalised). */
export const ACCIDENT_BEFORE = new RegExp(`\\b(?:${ACCIDENTS}|${MISHAP}|${NAMED_STORM})(?:[^.;]|\\.\\d){0,15}[^.;]{0,135}$`);
/** "2,053 people had been killed in Saturday's earthquakes". */
export const ACCIDENT_AFTER = new RegExp(`^[^.;]{0,40}?\\b(?:in|by|from)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,2}?${ACCIDENTS}`);
/** Words of war around a toll: whatever else is named, the dead are an attack's. */
export const ATTACK_WORDS = /\b(?:strikes?|airstrikes?|air strikes?|missiles?|drones?|shell(?:s|ed|ing)|bomb(?:s|ed|ing|ers?)?|rockets?|artillery|gunm[ae]n|gunfire|shootings?|stabbings?|troops|forces|militants|attack(?:s|ed)?|raids?)\b/i;

/** A time told as the day something was said ("…, a group said on Thursday"). */
export const REPORT_DAY_BEFORE = /\b(?:said|says|reported|announced|confirmed|stated|told)\s+(?:\w+\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** "the first swap since …", "the deadliest attack since …": a superlative's range, no running total. */
export const FIRST_SINCE = /\b(?:first|largest|biggest|deadliest|worst|heaviest|longest|only)\s+(?:[\w'’-]+\s+){0,8}since\b/gi;

/**
 * A clause set off after the act, with its own subject and verb, running up to a time: ", after Trump announced on Monday"
 * (not ", shortly after midnight on Tuesday" or ", following talks in Doha on Monday", which time the act itself).
 */
export const SET_OFF_ADJUNCT = /,\s+(?:(?:just|only|shortly|hours|days|soon)\s+)?after\s+(?:[\w'’.-]+\s+){1,5}?(?:[a-z]{3,}ed|said|says|agreed|met|spoke|took|began|won|came|went|fell|held|made)\s[^.;,]*$/;

/** "in response to what he called a terrorist act …", "in retaliation for …": what follows tells the act answered. */
export const ANSWERED_BEFORE = /\b(?:in\s+)?(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b[^.;,]{0,100}$/i;

/** "killed in the strikes so far": the toll of the act told, still rising, not a running total. */
const TOLL_SO_FAR = /(\b(?:in|by)\s+(?:the|today['’]s|this\s+(?:morning|evening)['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|overnight)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardments?|barrage|raids?|blasts?|explosions?))\s+so far\b/gi;
export const withoutTollSoFar = (text: string): string => text.replace(TOLL_SO_FAR, '$1');
