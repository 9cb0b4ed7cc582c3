import { type FixtureName, runEvents } from './__fixtures__/run-events';
import { findPredicates, ingForms, pastForms } from './predicates';

const NAMES: FixtureName[] = [
  ['Atlantis', 'Atlantis', 'PLACE', true], ['Borduria', 'Borduria', 'PLACE', true], ['Lviv', 'Lviv', 'PLACE', false],
  ['Oslo', 'Oslo', 'PLACE', false], ['Jane Roe', 'Jane Roe', 'PERSON', false], ['John Doe', 'John Doe', 'PERSON', false],
];
const rules = (text: string): string[] => runEvents(text, NAMES, '2025-06-10').map((e) => `${e.type} ${e.rule}`);

describe('verb frames: inflection', () => {
  it.each([
    ['seize', ['seized']], ['ram', ['rammed']], ['rally', ['rallied']], ['dial', ['dialled', 'dialed']], ['catch', ['caught']],
    ['transfer', ['transferred']], ['target', ['targeted']], ['free', ['freed']], ['jail', ['jailed']], ['destroy', ['destroyed']],
    ['overrun', ['overran', 'overrun']], ['let', ['let']],
  ])('the past of %s is %j', (verb, forms) => {
    expect(pastForms(verb)).toEqual(forms);
  });

  it.each([
    ['seize', ['seizing']], ['ram', ['ramming']], ['free', ['freeing']], ['target', ['targeting']], ['hit', ['hitting']],
    ['overrun', ['overrunning']], ['quit', ['quitting']], ['dial', ['dialling', 'dialing']],
  ])('the -ing forms of %s are %j', (verb, forms) => {
    expect(ingForms(verb)).toEqual(forms);
  });
});

describe('verb frames: events told in phrasings no trigger lists', () => {
  /** [text, type, frame rule] — each sentence was reported as no event before the frames. */
  it.each([
    ['Border guards detained the deputy mayor of Lviv on Friday.', 'DETENTION', 'verb.detain.people'],
    ['On Thursday, the Atlantis government presented a package of restrictions, including cutting benefits for asylum seekers.', 'POLICY', 'verb.issue.law'],
    ['The Lviv city council unveiled a raft of new rules on Monday.', 'POLICY', 'verb.issue.law'],
    ['The government earlier this week ordered the requisition of strikers at the Lviv fuel depot.', 'POLICY', 'verb.decide.authority'],
    ['Coast guard officers boarded a cargo ship off Oslo on Tuesday.', 'DETENTION', 'verb.board.vessel'],
    ['Atlantis navy sailors impounded two trawlers near Lviv in June.', 'DETENTION', 'verb.board.vessel'],
    ['A court in Lviv on Wednesday sentenced the blogger over a post about the army.', 'DETENTION', 'verb.court.people'],
    ['Masked men abducted the village priest from his home near Lviv on Sunday.', 'DETENTION', 'verb.detain.people'],
    ['Militiamen overran the garrison at Lviv late on Monday.', 'ATTACK', 'verb.overrun.site'],
    ['A mob torched the party headquarters in Oslo on Thursday night.', 'ATTACK', 'verb.strike.site'],
    ['Gunmen ambushed a bus carrying miners near Lviv on Saturday.', 'ATTACK', 'verb.assail.site'],
    ['Late on Tuesday Jane Roe dialled John Doe to discuss the dam.', 'MEETING', 'verb.meet.person'],
    ['On Friday, Jane Roe received at the foreign ministry a group of fishermen from Lviv.', 'MEETING', 'verb.meet.group'],
    ['The rebels freed the engineer on Thursday after 40 days.', 'PRISONER_RELEASE', 'verb.free.people'],
    ['Kidnappers let go all 12 hostages near Lviv on Friday.', 'PRISONER_RELEASE', 'verb.free.people'],
    ['Atlantis extradited the banker to Borduria on Monday.', 'DEPORTATION', 'verb.deport.people'],
    ['Atlantis and Borduria inked a grain accord in Oslo on Monday.', 'AGREEMENT', 'verb.sign.deal'],
    ['Last week the interior ministry revoked the permits of 40 Bordurian students in Lviv.', 'POLICY', 'verb.decide.authority'],
    ['On Monday Atlantis allowed women over 60 to cross into Borduria.', 'POLICY', 'verb.decide.authority'],
    ['Prison authorities in Oslo hanged four men convicted of spying on Tuesday.', 'ATTACK', 'verb.harm.people'],
    ['Atlantis and Borduria exchanged 64 people at the border near Lviv on Friday.', 'PRISONER_EXCHANGE', 'verb.swap.people'],
    ['The assembly impeached the defence minister on Friday.', 'POLICY', 'verb.decide.authority'],
    ['The activist was led away by police outside the court in Lviv on Monday.', 'DETENTION', 'verb.detain.people'],
    ['Jane Roe announced the fisheries deal in Oslo on Monday.', 'AGREEMENT', 'verb.sign.deal'],
    ['By noon on Saturday, about 300 supporters of the nurses had assembled outside the hospital in Oslo.', 'PROTEST', 'verb.gather.protesters'],
  ])('%s → %s', (text, type, rule) => {
    expect(rules(text)).toContain(`${type} ${rule}`);
  });
});

describe('verb frames: the same verbs in other senses', () => {
  /** [text] — findPredicates reports nothing: adjectives, other senses, descriptions of people, possibilities. */
  it.each([
    ['The minister visited wounded soldiers in a Lviv hospital on Monday.'],
    ['Lawyers for deported children met in Oslo on Monday.'],
    ['A partially destroyed school stands at the edge of Lviv.'],
    ['Atlantis hit the port of Lviv with new tariffs on Monday.'],
    ['The treasury targeted the port of Lviv in its sanctions on Friday.'],
    ['She was released the same evening without charge.'],
    ['Officials said the sanctions package was approved on Monday.'],
    ['Soldiers captured in Lviv last year were shown on television on Monday.'],
    ['Six people were injured in a stampede in Oslo on Friday.'],
    ['Police detained him for questioning on Monday.'],
    ['He could still be arrested on his return.'],
    ['Families of the men who were abducted in 2019 met the envoy.'],
    ['About 50 sick and wounded children left for treatment.'],
    ['Western-supplied tanks were destroyed near the town.'],
    ['The Russian-seized tanker left port on Monday.'],
    ['The two armies exchanged fire across the river overnight.'],
    ['The champion beat her rival in straight sets on Tuesday to reach the final.'],
    ['Worshippers gathered in the square in Lviv on Sunday.'],
    ['The summit closed in Oslo on Friday afternoon.'],
    ['The president ordered the army to strike back on Monday.'],
  ])('%s', (text) => {
    expect(findPredicates(text).map((h) => h.def.id)).toEqual([]);
  });

  it('takes a country named right before the verb as its government, but not a place inside a phrase', () => {
    expect(rules('On Friday Atlantis revoked the visas of 40 Bordurian students.')).toContain('POLICY verb.decide.authority');
    expect(rules('A judge in Lviv on Friday ordered the two to be held for another month.')).not.toContain('POLICY verb.decide.authority');
  });

  it('reads coordinated clauses and perfect tenses as verbs', () => {
    expect(findPredicates('Protesters blocked roads and torched a police station.').map((h) => h.def.id)).toEqual(['verb.strike.site']);
    expect(findPredicates('Police had already arrested three men.').map((h) => h.def.id)).toEqual(['verb.detain.people']);
  });

  it('types a verb by its passive subject and marks harm so told as a detail of the attack around it', () => {
    const [hit] = findPredicates('Two schools were damaged in the city centre.');
    expect(hit.def).toMatchObject({ id: 'verb.strike.site', type: 'ATTACK', follows: true });
  });

  it('takes a person named after the verb from the entities', () => {
    const text = 'The rebels freed Jane Roe on Thursday.';
    const start = text.indexOf('Jane');
    expect(findPredicates(text, [{ start, end: start + 8, type: 'PERSON' }]).map((h) => h.def.id)).toEqual(['verb.free.person']);
  });

  it('lets a phrase rule win over a frame on the same words', () => {
    expect(rules('Rebels stormed the provincial airport in Lviv on Sunday.')).toEqual(['ATTACK attack.verb']);
  });
});
