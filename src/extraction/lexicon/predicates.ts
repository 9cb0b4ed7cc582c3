/**
 * Verb frames, as plain data: the predicate–argument layer types an event by the class of the verb
 * and the class of its argument (the object of an active verb, the subject of a passive one),
 * instead of by a phrase. "detained the chief editor", "the tanker was seized", "hosted the
 * Ukrainian leader": each is one frame (verb class × argument class), whatever the words around.
 *
 * Verbs are lemmas; `pastForms` and `ingForms` in events/predicates.ts make their forms ("seized", "caught",
 * "rounded up"). Phrasal verbs carry their particle ("round up", "set fire to").
 */
import type { EventType } from '../types';

/** What an argument is, by its head word or its entity. */
export type ArgClass = 'person' | 'people' | 'protesters' | 'crowd' | 'group' | 'authority' | 'institution' | 'vessel' | 'site' | 'place' | 'aid' | 'deal' | 'law' | 'org' | 'gathering' | 'rally' | 'captive';

export interface VerbFrame {
  id: string;
  lemmas: string[];
  /** Argument class → the event type the verb makes with it. */
  args: Partial<Record<ArgClass, EventType>>;
  /** The verb takes no object: its subject is the argument ("about 400 people gathered in the square"). */
  intransitive?: boolean;
  /** Types made by the class of the agent, whatever the object ("the ministry cancelled all Russian events"). */
  agents?: Partial<Record<ArgClass, EventType>>;
  /** Only a government acting in the active voice makes the event ("the ministry issued a directive", not "Apple introduced new rules"). */
  byAuthority?: boolean;
}

export const VERB_FRAMES: VerbFrame[] = [
  { id: 'detain', lemmas: ['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'abduct', 'kidnap', 'nab', 'intern', 'handcuff', 'round up', 'pick up', 'lock up', 'lead away', 'catch', 'take away', 'take into custody'], args: { person: 'DETENTION', people: 'DETENTION', group: 'DETENTION', vessel: 'DETENTION' } },
  { id: 'court', lemmas: ['sentence', 'convict', 'arraign', 'indict', 'remand'], args: { person: 'DETENTION', people: 'DETENTION', group: 'DETENTION' } },
  { id: 'capture', lemmas: ['capture', 'seize', 'take control of'], args: { person: 'DETENTION', people: 'DETENTION', group: 'DETENTION', vessel: 'DETENTION', site: 'ATTACK', place: 'ATTACK' } },
  { id: 'overrun', lemmas: ['take over', 'overrun', 'storm', 'besiege', 'liberate', 'retake', 'recapture'], args: { site: 'ATTACK', place: 'ATTACK' } },
  { id: 'board', lemmas: ['board', 'impound'], args: { vessel: 'DETENTION' } },
  { id: 'assail', lemmas: ['attack', 'shell', 'bomb', 'bombard', 'ambush'], args: { person: 'ATTACK', people: 'ATTACK', group: 'ATTACK', vessel: 'ATTACK', site: 'ATTACK', place: 'ATTACK' } },
  // Things struck, never people: "the crisis hit families", "the campaign targeted voters" are no attacks.
  { id: 'strike', lemmas: ['strike', 'hit', 'pound', 'torch', 'sink', 'ram', 'destroy', 'damage', 'set fire to', 'set alight', 'blow up', 'loot'], args: { vessel: 'ATTACK', site: 'ATTACK', place: 'ATTACK' } },
  // "targeted Russia's financial sector": a country aimed at may be aimed at by sanctions.
  { id: 'target', lemmas: ['target'], args: { vessel: 'ATTACK', site: 'ATTACK' } },
  { id: 'harm', lemmas: ['kill', 'wound', 'injure', 'shoot', 'stab', 'beat', 'assault', 'murder', 'massacre', 'execute', 'run over', 'hang', 'gun down', 'pelt', 'behead', 'maim', 'lynch', 'strangle', 'bludgeon', 'stone to death', 'hack to death', 'burn to death', 'club to death', 'burn alive'], args: { person: 'ATTACK', people: 'ATTACK', group: 'ATTACK' } },
  // "exchanged 390 people", "swapped two journalists": people traded are a swap ("exchanged fire", "traded blows" are not).
  { id: 'swap', lemmas: ['exchange', 'swap', 'trade'], args: { person: 'PRISONER_EXCHANGE', people: 'PRISONER_EXCHANGE', group: 'PRISONER_EXCHANGE' } },
  // "pirates released the bulk carrier Helena Star and its 21 crew members": a ship held with its crew, let go.
  { id: 'free', lemmas: ['release', 'free', 'let go', 'discharge', 'pardon', 'amnesty', 'set free', 'unshackle'], args: { person: 'PRISONER_RELEASE', people: 'PRISONER_RELEASE', group: 'PRISONER_RELEASE', vessel: 'PRISONER_RELEASE' } },
  { id: 'meet', lemmas: ['meet', 'host', 'receive', 'welcome', 'dial', 'phone', 'ring', 'call', 'sit down with', 'meet with', 'brief'], args: { person: 'MEETING', group: 'MEETING' } },
  // "hosted a conference on migration", "convened an emergency summit": a gathering of leaders held.
  { id: 'convene', lemmas: ['host', 'convene', 'chair', 'hold', 'begin', 'open', 'attend', 'resume'], args: { gathering: 'MEETING' } },
  { id: 'deport', lemmas: ['deport', 'extradite'], args: { person: 'DEPORTATION', people: 'DEPORTATION', group: 'DEPORTATION' } },
  // "three men had been removed to Nauru", "flew 29 Colombians back to Medellín": people sent to a named country or city.
  // "police banned the march", "the rally was prohibited": a public gathering forbidden is a decision about those who would join it.
  { id: 'forbid', lemmas: ['ban', 'prohibit', 'outlaw', 'forbid'], args: { rally: 'POLICY' } },
  { id: 'remove', lemmas: ['remove', 'fly back', 'bus back', 'send back'], args: { person: 'DEPORTATION', people: 'DEPORTATION' } },
  // "moved more than 600 inmates to a new maximum-security prison", "transferred 29 detainees to Borduria": people held, moved by force.
  { id: 'transfer', lemmas: ['transfer', 'move', 'send', 'fly', 'hand over'], args: { captive: 'DEPORTATION' } },
  { id: 'pushback', lemmas: ['push back', 'drive back', 'force back'], args: { person: 'DEPORTATION', people: 'DEPORTATION', group: 'DEPORTATION' } },
  // "3,500 people were moved out of the displacement site", "families evicted from the camp": people forced from where they live.
  { id: 'evict', lemmas: ['evict', 'move out', 'force out', 'forcibly transfer', 'forcibly displace', 'forcibly relocate'], args: { person: 'DEPORTATION', people: 'DEPORTATION', group: 'DEPORTATION' } },
  { id: 'give', lemmas: ['send', 'dispatch', 'deploy', 'deliver', 'provide', 'supply', 'pledge', 'allocate', 'approve', 'grant', 'donate', 'ship', 'transfer', 'give', 'commit', 'earmark', 'unveil', 'hand over', 'disburse', 'receive', 'agree', 'promise', 'offer', 'distribute', 'airlift', 'drop', 'airdrop'], args: { aid: 'AID_PROVISION' } },
  { id: 'suspend', lemmas: ['suspend', 'halt', 'pause', 'freeze', 'cut', 'stop', 'withhold', 'cut off', 'cancel', 'scrap', 'reduce', 'slash', 'block', 'hold up'], args: { aid: 'AID_SUSPENSION', deal: 'AGREEMENT' } },
  { id: 'sign', lemmas: ['sign', 'ink', 'conclude', 'ratify', 'seal', 'endorse', 'broker', 'finalise', 'finalize', 'initial', 'announce'], args: { deal: 'AGREEMENT', law: 'POLICY' } },
  { id: 'quit', lemmas: ['withdraw from', 'quit', 'exit', 'abandon', 'denounce', 'terminate', 'walk out of', 'pull out of', 'accede to', 'join', 'revoke', 'annul', 'renounce', 'tear up'], args: { deal: 'AGREEMENT' } },
  // "approved the 24th extension", "revoked the decree".
  { id: 'enact', lemmas: ['adopt', 'pass', 'enact', 'approve', 'impose', 'extend', 'declare', 'decree', 'lift', 'tighten', 'ease', 'revoke', 'rescind', 'renew', 'reinstate', 'promulgate', 'activate', 'invoke'], args: { law: 'POLICY' } },
  // "the government issued a notification", "unveiled the reform": measures a government issues (a company's new rules are no policy).
  { id: 'issue', lemmas: ['issue', 'unveil', 'introduce', 'present'], args: { law: 'POLICY' }, byAuthority: true },
  { id: 'sanction', lemmas: ['sanction', 'blacklist'], args: { person: 'SANCTIONS', org: 'SANCTIONS', people: 'SANCTIONS', group: 'SANCTIONS', vessel: 'SANCTIONS' } },
  // A government deciding about people, places or permits: "the Foreign Ministry restricted the movement of Russian diplomats",
  // "Kyiv allowed men aged 18 to 22 to leave", "the Security Council authorised the mission".
  { id: 'decide', lemmas: ['order', 'authorize', 'authorise', 'allow', 'restrict', 'revoke', 'cancel', 'appoint', 'designate', 'enforce', 'close', 'reopen', 'evacuate', 'ban', 'bar', 'outlaw', 'dissolve', 'expel', 'impeach', 'requisition', 'nationalise', 'nationalize', 'suspend', 'halt', 'extend', 'scrap', 'sack', 'abolish', 'reinstate', 'postpone', 'delay', 'waive', 'widen', 'shut', 'federalize', 'federalise', 'decree', 'fix', 'set'], args: { institution: 'POLICY' }, agents: { authority: 'POLICY' } },
  // "Hundreds of protesters gathered outside parliament": a crowd of protesters gathering is a protest; worshippers gathering is not.
  { id: 'gather', intransitive: true, lemmas: ['gather', 'assemble', 'converge'], args: { protesters: 'PROTEST' } },
  // "hundreds marched through the capital": a crowd told by its size alone marching protests (a crowd gathering may wait for aid or mourn).
  { id: 'rally', intransitive: true, lemmas: ['rally', 'march', 'protest', 'demonstrate', 'picket'], args: { people: 'PROTEST', group: 'PROTEST', crowd: 'PROTEST' } },
];

/**
 * Events told as nouns with their argument after "of" ("the arrest of the opposition leader", "the release of the 14
 * prisoners", "the delivery of 31 tanks"): the noun → the frames of its verb, typed by the class of the argument.
 */
export const NOMINALS: Record<string, string[]> = {
  arrest: ['detain'], arrests: ['detain'], detention: ['detain'], abduction: ['detain'], abductions: ['detain'], kidnapping: ['detain'],
  kidnappings: ['detain'], capture: ['capture'], seizure: ['capture'], release: ['free'], freeing: ['free'], handover: ['free'],
  deportation: ['deport'], deportations: ['deport'], expulsion: ['deport'], expulsions: ['deport'], extradition: ['deport'],
  adoption: ['enact'], passage: ['enact'], enactment: ['enact'], approval: ['give', 'enact', 'sign'], signing: ['sign'], ratification: ['sign'],
  delivery: ['give'], deliveries: ['give'], shipment: ['give'], shipments: ['give'], provision: ['give'], donation: ['give'],
  suspension: ['suspend'], killing: ['harm'], killings: ['harm'], murder: ['harm'], assassination: ['harm'], massacre: ['harm'],
  shelling: ['assail'], bombing: ['assail'], storming: ['overrun'],
};

/** Past forms no rule makes ("struck", "caught"): lemma → past tense and participle. */
export const IRREGULAR_PAST: Record<string, string[]> = {
  catch: ['caught'], take: ['took', 'taken'], strike: ['struck'], hit: ['hit'], sink: ['sank', 'sunk'],
  set: ['set'], lead: ['led'], hang: ['hanged'], blow: ['blew', 'blown'], shoot: ['shot'], beat: ['beat', 'beaten'], let: ['let'], meet: ['met'],
  ring: ['rang'], send: ['sent'], give: ['gave', 'given'], overrun: ['overran', 'overrun'], cut: ['cut'], quit: ['quit'],
  withdraw: ['withdrew', 'withdrawn'], sit: ['sat'], fly: ['flew', 'flown'], bus: ['bused', 'bussed'],
  retake: ['retook', 'retaken'], run: ['ran', 'run'], drop: ['dropped'], airdrop: ['airdropped'], hold: ['held'], begin: ['began', 'begun'], freeze: ['froze', 'frozen'], withhold: ['withheld'],
};

/** Verbs that double their last consonant ("rammed", "committed"), besides the one-syllable ones a rule finds. */
export const DOUBLING = new Set(['commit', 'dial', 'cancel', 'expel', 'initial', 'transfer', 'kidnap', 'overrun', 'quit']);
/** British and American spellings both: "dialled" and "dialed", "cancelled" and "canceled". */
export const EITHER_DOUBLING = new Set(['dial', 'cancel', 'initial']);

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Head words of each argument class (lower case, singular and plural). */
export const ARG_WORDS: Partial<Record<ArgClass, Set<string>>> = {
  people: set(`
people persons defendants civilians residents protesters protestors demonstrators activists students journalists reporters men women
children boys girls teenagers minors soldiers troops servicemen fighters officers officials crew sailors seamen fishermen
guards inmates prisoners detainees hostages passengers workers employees staff relatives families supporters members fans
villagers farmers drivers truckers migrants refugees suspects critics dissidents lawmakers lawyers mps senators
ministers medics doctors nurses volunteers citizens nationals foreigners tourists pilgrims worshippers believers clergymen
monks nuns bloggers artists athletes players scientists engineers researchers teachers pupils contractors missionaries
policemen police gunmen militants rebels insurgents mourners voters youths youngsters elders priests bystanders shoppers
patients pensioners man woman child boy girl teenager soldier officer official guard inmate prisoner detainee hostage worker
suspect activist student journalist reporter lawyer teacher researcher missionary priest nun doctor nurse driver farmer
fisherman sailor citizen national editor blogger artist athlete player scientist engineer contractor pastor imam rabbi monk
businessman businesswoman executive pilot volunteer pensioner resident civilian banker financier tycoon oligarch hacker spy
smuggler trafficker kingpin fugitive defendant accused convict militant terrorist commander dissident critic
reformer cleric scholar academic professor economist analyst photographer cameraman correspondent presenter anchor filmmaker
director writer poet novelist rapper singer musician actor footballer boxer wrestler chess coach lawmaker councillor
councilor deputy senator mayor governor candidate politician diplomat envoy consul aide adviser advisor staffer employee
tourist traveller traveler migrant refugee seafarer captain crewman guardsman policeman gunman rebel insurgent fighter
conscript recruit veteran convicts criminals offenders deportees immigrants seekers wife husband son sons daughter daughters father mother brother brothers sister sisters
parents grandson granddaughter nephew niece cousin marine marines sergeant lieutenant colonel corporal airman airmen paratrooper
paratroopers couple pair duo`),
  protesters: set('protesters protestors demonstrators marchers strikers activists supporters opponents'),
  crowd: set('crowd crowds thousands hundreds dozens scores'),
  // "suspended parliament", "postponed the elections": an institution of the state decided on, whoever decides.
  institution: set('parliament legislature constitution elections election referendum'),
  group: set(`
delegation delegations delegates negotiators counterpart counterparts leaders leader envoys envoy diplomats diplomat
ambassador ambassadors president prime premier chancellor mayor governor minister ministers head heads chief chiefs secretary
commander commanders relatives families representatives group groups members elders governors mayors lawmakers senators
director directors official officials commissioner commissioners chairman chairwoman king emir sultan pope`),
  vessel: set('tanker tankers ship ships vessel vessels boat boats carrier freighter freighters ferry yacht trawler trawlers barge warship warships frigate submarine cargo'),
  site: set(`
building buildings house houses home homes apartment apartments hospital hospitals school schools station stations plant
plants facility facilities site sites infrastructure bridge bridges port ports airport airports airfield airbase base bases
garrison depot depots warehouse warehouses market markets mall store stores shop shops office offices headquarters embassy
consulate village villages town towns city cities district districts neighbourhood neighborhood camp camps convoy convoys
vehicle vehicles car cars bus buses train trains checkpoint checkpoints positions position radar radars refinery refineries
substation substations grid pipeline pipelines dam church mosque synagogue cathedral monastery campus studio studios square
parliament palace courthouse prison prisons jail jails hotel restaurant cafe café shelter clinic ambulance ambulances
settlement settlements capital outpost outposts hq compound compounds terminal terminals tower towers factory factories
railway railways locomotive locomotives pylon pylons crossing crossings cable cables interconnector patrol patrols column columns`),
  aid: set(`
aid assistance weapons arms munitions ammunition funding funds loan loans grant grants tranche package packages equipment
tanks generators supplies food medicines medicine donations howitzers interceptors blankets tents kits meals vaccines rations doses vaccine
rescuers firefighters disbursements payments commitments fuel`),
  gathering: set('conference conferences summit summits talks meeting meetings forum roundtable negotiations consultations'),
  captive: set('inmates prisoners detainees convicts deportees suspects'),
  rally: set('march marches rally rallies protest protests demonstration demonstrations parade parades pride vigil vigils procession processions picket pickets'),
  deal: set('agreement agreements deal deals treaty treaties accord accords pact pacts memorandum declaration charter protocol partnership convention statute'),
  law: set(`
law laws bill bills decree decrees amendment amendments legislation ban bans restrictions restriction curfew resolution decision
budget ordinance rules limits curbs quotas quota reform reforms emergency lockdown mobilisation mobilization conscription
proclamation proclamations regulation regulations directive directives notification extension closure closures
austerity ordinances edict edicts rule proposal instruction instructions moratorium
outbreak epidemic pandemic screening controls`),
};

/** Words that end an argument: prepositions, clause words ("what", "how") and days ("released a report Tuesday documenting what they call …"). */
export const ARG_STOPS = set(`
in on at by for from to into with over after before during since until near outside inside across through against as of
and but or that which who whom whose when while where because although though if than then said says what how
would will could should can may might must monday tuesday wednesday thursday friday saturday sunday yesterday today tonight`);
