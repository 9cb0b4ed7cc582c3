import { type FixtureName, runEvents } from './__fixtures__/run-events';
import type { ExtractedEvent } from '../types';

/** Known names for the fixtures: [surface form, canonical name, type, country kind]. */
const NAMES: FixtureName[] = [
  ['Atlantis', 'Atlantis', 'PLACE', true], ['Borduria', 'Borduria', 'PLACE', true], ['Lviv', 'Lviv', 'PLACE', false],
  ['Oslo', 'Oslo', 'PLACE', false], ['Jane Roe', 'Jane Roe', 'PERSON', false], ['John Doe', 'John Doe', 'PERSON', false],
];

const run = (text: string, publishedAt?: string): ExtractedEvent[] => runEvents(text, NAMES, publishedAt);

/** [text, type, status] */
const STATUS: Array<[string, string, string]> = [
  ['Atlantis and Borduria swapped 40 prisoners of war on Feb. 2.', 'PRISONER_EXCHANGE', 'occurred'],
  ['Atlantis has pushed for a prisoner exchange since 2023, but Borduria has rejected the proposal.', 'PRISONER_EXCHANGE', 'refused'],
  ['The two governments will sign the treaty in Oslo on Friday.', 'AGREEMENT', 'planned'],
  ['Jane Roe pardoned John Doe in Oslo on Tuesday, a sign that a wider deal was imminent.', 'AGREEMENT', 'planned'],
  ['Activists called for a ceasefire on March 1.', 'CEASEFIRE', 'proposed'],
  ['Thousands of people rallied in Lviv on Sunday.', 'PROTEST', 'occurred'],
  ['Jane Roe said Atlantis would send long-range missiles to Borduria.', 'AID_PROVISION', 'planned'],
  ['The assembly of Atlantis voted on Friday to declare a 30-day state of emergency.', 'POLICY', 'occurred'],
  ['Atlantis will send two more air-launched systems to Borduria, its defence minister said on Wednesday.', 'AID_PROVISION', 'planned'],
  ['Atlantis delivered 18 self-propelled howitzers to Borduria in May.', 'AID_PROVISION', 'occurred'],
];

/** [text, expected type] rows for trigger phrasings; each must yield an event of that type. */
const TRIGGERS: Array<[string, string]> = [
  // (second review) a delayed swap that took place; an expulsion from a named country.
  ['The delayed prisoner swap between Atlantis and Borduria took place in Oslo on Monday.', 'PRISONER_EXCHANGE'],
  ['After a delay of two hours the prisoner swap between Atlantis and Borduria took place in Oslo on Monday.', 'PRISONER_EXCHANGE'],
  ['Borduria ordered two Atlantean journalists to leave Borduria within 48 hours on Monday.', 'DEPORTATION'],
  ['After protests by students, the government blocked access to social media sites in Borduria on Monday.', 'POLICY'],
  ['The opposition summoned farmers to rallies across Borduria on Saturday.', 'PROTEST'],
  ['Five soldiers died in the ambush near Lviv on Wednesday.', 'ATTACK'],
  ["At least 12 people died in Monday's strike on Lviv.", 'ATTACK'],
  ['Atlantis ordered two Bordurian journalists to leave the country within 48 hours.', 'DEPORTATION'],
  // Aid signed off, or funded.
  ['Atlantis signed off on a $300 million tranche of budget support for Borduria on Monday.', 'AID_PROVISION'],
  ['Atlantis will fund the purchase of 100,000 artillery shells for Borduria.', 'AID_PROVISION'],
  // A delay named as a noun postpones nothing; an envoy summoned by name and post; manure sprayed over a building.
  ['Bordurian strikes during the delay killed at least 19 people, according to the civil defence agency.', 'ATTACK'],
  ['Its Foreign Ministry on Wednesday summoned John Doe, the acting deputy chief of mission at the Atlantean Embassy in Lviv.', 'MEETING'],
  ['Farmers had earlier in the week sprayed manure over the prefecture building in Lviv.', 'PROTEST'],
  ['Farmers blocked access to the port of Lviv on Thursday.', 'PROTEST'],
  ['The government blocked access to two news sites in Lviv on Monday.', 'POLICY'],
  ['Atlantis freed 14 political prisoners after a visit to Oslo by US envoy John Doe on Saturday.', 'MEETING'],
  ['Jane Roe arrived in Oslo on Sunday for a two-day state visit, her first trip to the region in five years.', 'MEETING'],
  // A cap set on visas; restrictions on asylum are a domestic policy, not a sanction.
  ['The Atlantis government on Monday announced a cap on care worker visas.', 'POLICY'],
  ['The Atlantis government on Tuesday introduced new restrictions on asylum claims.', 'POLICY'],
  ['Atlantis said it had frozen the assets of 50 more firms on Monday.', 'SANCTIONS'],
  // Airdrops told as nouns.
  ['Atlantis and Borduria carried out airdrops of aid over northern Lviv on Saturday.', 'AID_PROVISION'],
  ['Atlantis conducted its first airdrop of food into Lviv on Saturday.', 'AID_PROVISION'],
  // A vote told with its day and place before what was decided.
  ['Foreign ministers of the bloc voted on May 7 in Oslo to readmit Atlantis.', 'POLICY'],
  // Children taken from an occupied land or reunited with their families; people sent back; protesters setting fire; budget support suspended.
  ['Atlantis has taken at least 314 children from occupied Borduria and placed them into foster care.', 'DEPORTATION'],
  ['Atlantis has also stepped up deportations this year, sending back hundreds of thousands of Bordurians.', 'DEPORTATION'],
  ['Over the past 24 hours, eight children deported to Borduria have been reunited with their families in Lviv, she said.', 'PRISONER_RELEASE'],
  ['In the port of Lviv, a group of protesters attacked the police station and set fire to part of the building.', 'PROTEST'],
  ['Atlantis also said on Saturday it was suspending budget support and all security cooperation with Borduria.', 'AID_SUSPENSION'],
  // A call with a leader named by title; aid counted in lorries arriving; a court ordering a named person held.
  ['Jane Roe said she had spoken to Atlantis’s Foreign Minister John Doe on Tuesday.', 'MEETING'],
  ['Jane Roe said she had spoken to the Atlantis president on Monday about the package.', 'MEETING'],
  ['More than 630 lorries of aid entered Borduria on Sunday, according to the UN.', 'AID_PROVISION'],
  ['A court in Lviv on Sunday ordered Doe jailed pending trial on corruption charges.', 'DETENTION'],
  ['On Friday, a court in Oslo approved the arrest of the national police chief.', 'DETENTION'],
  ['President Jane Roe and Prime Minister John Doe agreed Wednesday to restore military communications.', 'AGREEMENT'],
  ['Demonstrations for media freedom spread to five cities in Borduria on Sunday.', 'PROTEST'],
  ['Police held the candidate’s campaign office workers in Lviv for hours on Monday.', 'DETENTION'],
  ['Jane Roe and John Doe met for more than four hours in Oslo on Feb. 3.', 'MEETING'],
  ['Later Wednesday, Jane Roe addressed a dinner with business executives in Oslo.', 'SPEECH'],
  ['Jane Roe struck a defiant note in her State of the Nation Address in Oslo on Thursday.', 'SPEECH'],
  ['Atlantis on Friday took its first steps to unwind decades of sanctions on Borduria.', 'SANCTIONS'],
  ['Jane Roe spoke by phone with John Doe on Wednesday.', 'MEETING'],
  ['The sides held their first high-level talks in Oslo on Tuesday.', 'MEETING'],
  ['The talks followed a phone call on Feb. 12 between Jane Roe and John Doe.', 'MEETING'],
  ['Russian forces hit a military factory in Lviv on Monday.', 'ATTACK'],
  ['Russia also struck the port of Lviv.', 'ATTACK'],
  ['Borduria said its air defenses had downed 33 drones overnight.', 'ATTACK'],
  ['A drone attack on Lviv injured three people.', 'ATTACK'],
  ['Police also briefly held a reporter in Oslo.', 'DETENTION'],
  ['On Sunday, courts sentenced at least 154 people to short jail terms.', 'DETENTION'],
  ['Seven children who had been deported to Borduria have been returned to Atlantis.', 'PRISONER_RELEASE'],
  ['On Dec. 30, the ombudsman reported the return of four children.', 'PRISONER_RELEASE'],
  ['Tens of thousands of people took to the streets of Lviv on Sunday.', 'PROTEST'],
  ['The assembly of Atlantis voted on Monday to extend the curfew by 30 days.', 'POLICY'],
  ['The cabinet declared a nationwide state of emergency on Tuesday.', 'POLICY'],
  ['Borduria banned imports of Atlantis cheese in May 2023.', 'POLICY'],
  ['The mayor of Oslo ordered the mandatory evacuation of three districts on Friday.', 'POLICY'],
  ['Sunday will be a day of national mourning in Lviv, the governor said.', 'POLICY'],
  ['Addressing lawmakers on Thursday, Jane Roe called for unity.', 'SPEECH'],
  ['In a rare speech to foreign envoys on Friday, John Doe set out his terms.', 'SPEECH'],
  ['Jane Roe delivered a televised address on Sunday.', 'SPEECH'],
  ['Atlantis pulled out of the Northern Fisheries Initiative on July 3.', 'AGREEMENT'],
  ['Ministers from both countries signed a joint declaration in Oslo on Monday.', 'AGREEMENT'],
  ['Jane Roe held separate phone calls with both leaders on Saturday.', 'MEETING'],
  ['John Doe met union representatives last Thursday.', 'MEETING'],
  ['The fund paid out €2.1 billion to Atlantis on Thursday.', 'AID_PROVISION'],
  ['The first Patriot battery arrived in Lviv in April.', 'AID_PROVISION'],
  ['A court in Oslo sentenced activist John Doe to four years in prison on Wednesday.', 'DETENTION'],
  ['Jane Roe has been in custody since March.', 'DETENTION'],
  ['Officials said Jane Roe and John Doe had spoken by phone for an hour on Monday.', 'MEETING'],
  ['On May 3, Borduria fired an experimental ballistic missile at the city of Lviv.', 'ATTACK'],
  ['Atlantis forces launched a surprise incursion into the Northland region on Aug. 6.', 'INVASION'],
  ['Hundreds of students blocked a main avenue in Lviv on Friday.', 'PROTEST'],
  ['Jane Roe approved the transfer of anti-personnel landmines to Atlantis on Tuesday.', 'AID_PROVISION'],
  ['Atlantis unveiled a package worth about €300 million on Tuesday.', 'AID_PROVISION'],
  ['The reconstruction fund, worth up to €20 billion, was agreed by the bloc on 3 March.', 'AID_PROVISION'],
  ['Since January, lorry drivers have blocked the main border crossings into Borduria.', 'PROTEST'],
  ['On Tuesday, the government agreed to buy up to 2 million tonnes of surplus wheat.', 'POLICY'],
];

/** [text, type that must NOT be reported] */
const NOT_EVENTS: Array<[string, string]> = [
  // (review) funds as nouns, loans to a country's own firms, evacuations, hunger strikes, courts and police summoning, a swap
  // delayed, words exchanged, manure on fields, protesters named before a government's act.
  ['A funding shortfall has left the army short of shells.', 'AID_PROVISION'],
  ['Investigators traced the funds to an arms dealer in Brno.', 'AID_PROVISION'],
  ['Police said the gang funded weapons purchases with drug money in Lviv.', 'AID_PROVISION'],
  ['The central bank of Borduria approved new credit lines for small businesses on Monday.', 'AID_PROVISION'],
  ['Atlantis ordered its nationals to leave Borduria immediately on Monday.', 'DEPORTATION'],
  ['The UN ordered its non-essential staff to leave Lviv on Monday.', 'DEPORTATION'],
  ['Jane Roe died during a hunger strike in a prison in Lviv on Monday.', 'ATTACK'],
  ['A court in Oslo summoned John Doe, a former envoy to Borduria, to testify on Monday.', 'MEETING'],
  ['Police in Oslo summoned Jane Roe, the wife of the ambassador, for questioning on Monday.', 'MEETING'],
  ['Jane Roe blamed Borduria for a dispute that delayed the prisoner swap planned for Friday.', 'PRISONER_EXCHANGE'],
  ['The heated exchange between Jane Roe and John Doe came after Borduria freed 12 journalists on Monday.', 'PRISONER_EXCHANGE'],
  ['Farmers in Borduria spread manure over their fields in March.', 'PROTEST'],
  ['Fearing large crowds, police blocked access to the main square in Oslo on Monday.', 'PROTEST'],
  ['Jane Roe died in a car crash in Oslo.', 'ATTACK'],
  ['The army ordered residents to leave their homes in Lviv.', 'DEPORTATION'],
  ['The state funded the new stadium in Oslo.', 'AID_PROVISION'],
  // A report released, a day after the verb: its object ends there (no person freed).
  ['Researchers at the Lviv School of Public Health released a report Tuesday documenting what they call a program to place children with families.', 'PRISONER_RELEASE'],
  // A ministry that summons an envoy to protest makes a diplomatic protest, not a demonstration.
  ['The ministry summoned the Bordurian ambassador on Monday to protest the strike.', 'PROTEST'],
  // Protesters who block access to a place protest; they make no policy.
  ['Around 200 protesters briefly blocked access to Terminal 1 at Oslo airport on Thursday.', 'POLICY'],
  // (review) a condition, talks agreed, and a ceasefire agreed are no joint-step agreement; a statement released is no freeing.
  ['If Atlantis and Borduria agreed to extend the pause, more hostages would be freed.', 'AGREEMENT'],
  ['Jane Roe and John Doe agreed on Monday to launch merger talks in Oslo.', 'AGREEMENT'],
  ['Atlantis released 30 prisoners on Monday, and families of hostages still held in Lviv released a statement urging a deal.', 'PRISONER_EXCHANGE'],
  ['Jane Roe and John Doe agreed on Monday to meet again in Oslo next month.', 'AGREEMENT'],
  ['Atlantis relaxed Covid restrictions on Monday.', 'SANCTIONS'],
  // A deal struck is no blow; a crowd gathered to celebrate is no protest.
  ['Each side handed over 1,000 people under a deal struck at talks in Oslo on 16 May.', 'ATTACK'],
  ['The announcement set off celebrations in Lviv, where hundreds of people gathered in the main square.', 'PROTEST'],
  // A bounty or a reward is no aid.
  ['Atlantis dropped its $10m bounty on him on Monday after diplomats met the new leaders.', 'AID_PROVISION'],
  // Talks named as a stance or a hindrance are not held.
  ['Officials in Oslo said on Wednesday the swap did not signal any change in Atlantis’s approach to talks with Borduria.', 'MEETING'],
  ['Officials in Oslo accused Atlantis of stalling talks in Lviv on further exchanges.', 'MEETING'],
  ['The Atlantis government on Tuesday introduced new restrictions on asylum claims.', 'SANCTIONS'],
  // (review) children back from an evacuation, a toll of a war, reporters who spoke to a leader, a court freezing assets.
  ['Children evacuated during the floods were reunited with their families in Lviv on Monday.', 'PRISONER_RELEASE'],
  ['Reporters who had spoken to the Atlantis president on Monday said he was tired.', 'MEETING'],
  ['A court in Lviv has frozen the assets of the former minister.', 'SANCTIONS'],
  ['The loan is funded by interest on the frozen assets of the Atlantis central bank.', 'SANCTIONS'],
  ['Aid agencies in Lviv say airdrops of food are a costly and ineffective way of feeding people.', 'AID_PROVISION'],
  ['Riot police in Lviv forced back thousands of people who tried to reach parliament on Monday.', 'DEPORTATION'],
  ['Social services in Lviv have taken 12 children from the compound.', 'DEPORTATION'],
  ['Insurers in Lviv imposed a limit on claims on Monday.', 'POLICY'],
  // What an office releases is media, not captives.
  ['Videos released by the Atlantis interior ministry showed men in shackles being led off the planes.', 'PRISONER_RELEASE'],
  ['The Lviv police released figures showing 300 people had been detained.', 'PRISONER_RELEASE'],
  ['Atlantis waived visa restrictions on Bordurian tourists on Friday.', 'SANCTIONS'],
  ['Jane Roe flew in to address tensions over the summit on Thursday.', 'SPEECH'],
  ['The studio addressed the film’s poor reception in a statement on Monday.', 'SPEECH'],
  ['On January 3, a labour appeals court suspended the decree at the request of the unions, which argued that it curtailed the right to strike.', 'PROTEST'],
  ['Jane Roe was scheduled to meet John Doe on Friday, as the 21-member forum holds its leaders’ meetings in Oslo.', 'DETENTION'],
  ['The Bordurian Foreign Ministry welcomed Friday’s decision as a positive step in the right direction.', 'MEETING'],
  ['Borduria welcomed Atlantis’s decision to lift sanctions as a step in the right direction.', 'MEETING'],
  ['An Atlantean serviceman walks past an air defense launcher during a demonstration for journalists in Oslo on Sunday.', 'PROTEST'],
  ['Riot police used water cannon against demonstrators outside parliament.', 'PROTEST'],
  ['Opposition parties said dozens of protesters had been beaten in custody.', 'PROTEST'],
  ['Seven children who had been deported to Borduria have been returned to Atlantis.', 'DEPORTATION'],
  ['Crowds rallied on Sunday against the decision to freeze talks on joining the bloc.', 'MEETING'],
  ['Jane Roe said the swap could take place as early as next week.', 'PRISONER_EXCHANGE'],
  ['Opposition parties said dozens of protesters had been beaten in custody.', 'DETENTION'],
  ['The minister addressed the concerns of farmers in Lviv on Monday.', 'SPEECH'],
  ['Talks were held in Oslo on Monday.', 'DETENTION'],
  ['Allies also announced new weapons.', 'AID_PROVISION'],
  ['Atlantis extended the ban when the embargo expired in May.', 'SANCTIONS'],
  ['Borduria agreed to the talks on Tuesday.', 'POLICY'],
];

/** [text, type, participant, expected role] */
const ROLES: Array<[string, string, string, string]> = [
  // The subject of a passive undergoes the act; an actor named before an active verb does it.
  ['In Lviv, 29-year-old John Doe was shot dead on Monday evening.', 'ATTACK', 'John Doe', 'target'],
  ['The governor of the region, Major General John Doe, was killed in Lviv last week.', 'ATTACK', 'John Doe', 'target'],
  ['Jane Roe was arrested by officers in Oslo on Monday.', 'DETENTION', 'Jane Roe', 'target'],
  ['Police said Jane Roe and John Doe were detained in Oslo on Monday.', 'DETENTION', 'John Doe', 'target'],
  ['Jane Roe ordered the arrest of 20 officers in Oslo on Monday.', 'DETENTION', 'Jane Roe', 'agent'],
  ['Jane Roe met John Doe in Oslo on Monday.', 'MEETING', 'Jane Roe', 'agent'],
];

describe('extractEvents', () => {
  it.each(ROLES)('%s → %s: %s is %s', (text, type, name, role) => {
    const event = run(text).find((e) => e.type === type);
    expect(event?.participants.find((p) => p.name === name)?.role).toBe(role);
  });

  it.each(TRIGGERS)('%s → %s', (text, type) => {
    expect(run(text).map((e) => e.type)).toContain(type);
  });

  it.each(NOT_EVENTS)('%s reports no %s', (text, type) => {
    expect(run(text).map((e) => e.type)).not.toContain(type);
  });

  it('marks a proposal refused when the refusal follows it', () => {
    const events = run('Atlantis demanded a 30-day ceasefire, a proposal Borduria has repeatedly rejected.');
    expect(events.map((e) => [e.type, e.status])).toContainEqual(['CEASEFIRE', 'refused']);
  });

  it('gives a follow-up report the day of the report before it, but keeps distinct places apart', () => {
    const events = run('Police detained 366 people across Atlantis on Saturday.\nAmong those detained in Oslo were three journalists. Police also held a reporter in Lviv.', '2024-02-18');
    expect(events.filter((e) => e.type === 'DETENTION').map((e) => e.date?.start)).toEqual(['2024-02-17', '2024-02-17', '2024-02-17']);
  });

  it('does not date an "after a strike" adjunct with the date of the main clause', () => {
    const events = run('At least 14 people were killed when missiles slammed into Lviv on Friday night.\nRescuers work in Lviv after a missile attack in Lviv, Atlantis, Saturday, Nov. 23, 2024.', '2024-11-23');
    expect(events.filter((e) => e.type === 'ATTACK').map((e) => e.date?.start)).toEqual(['2024-11-22']);
  });

  it.each(STATUS)('%s → %s %s', (text, type, status) => {
    const events = run(text);
    expect(events.map((e) => [e.type, e.status])).toContainEqual([type, status]);
  });

  it('keeps a count, its qualifier and the evidence offsets', () => {
    const text = 'Borduria released 25 detainees on Feb. 3.';
    const [e] = run(text);
    expect(e.type).toBe('PRISONER_RELEASE');
    expect(e.quantity).toMatchObject({ value: 25, qualifier: 'exact' });
    expect(e.date).toMatchObject({ start: '2025-02-03', granularity: 'day', source: 'explicit' });
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(e.cameo).toBe('0841');
  });

  it('attributes a claim to the person after "according to"', () => {
    const [e] = run('According to Ombudsman Jane Roe, Atlantis holds over 500 civilians.');
    expect(e.type).toBe('DETENTION');
    expect(e.attribution?.claimant).toBe('Jane Roe');
    expect(e.quantity).toMatchObject({ value: 500, qualifier: 'at_least' });
  });

  it('dates an undated report of the day with the publication date', () => {
    const [e] = run('The bodies of 40 fallen soldiers were returned to Atlantis.', '2024-05-10');
    expect(e.type).toBe('BODY_REPATRIATION');
    expect(e.date).toMatchObject({ start: '2024-05-10', source: 'publication' });
    expect(e.quantity?.value).toBe(40);
  });

  it('merges a follow-up sentence and a caption into one protest', () => {
    const events = run('Hundreds of people protested in Lviv on March 2.\nThe protest was peaceful.\nProtesters hold placards in Lviv on March 2, 2025. (Photo: Agency)');
    expect(events.filter((e) => e.type === 'PROTEST')).toHaveLength(1);
  });

  it('takes the count from the next sentence when the event has none', () => {
    const events = run('People gathered in Lviv to protest on March 2. About 300 people came.');
    expect(events).toHaveLength(1);
    expect(events[0].quantity).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('keeps two exchanges on different dates apart', () => {
    const events = run('On Feb. 5, Atlantis and Borduria exchanged 150 prisoners.\nOn Jan. 3, the sides swapped 90 soldiers.');
    expect(events.filter((e) => e.type === 'PRISONER_EXCHANGE').map((e) => e.date?.start)).toEqual(['2025-02-05', '2025-01-03']);
  });

  it('counts the marchers, not the dead of an earlier disaster', () => {
    const events = run('Thousands of Serbians marched in Lviv on Sunday, months after a roof collapse killed 15 people.');
    expect(events.find((e) => e.type === 'PROTEST')?.quantity?.value).toBe(2000);
  });

  it('marks running totals as cumulative', () => {
    const [e] = run('Since 2022, more than 4,000 soldiers have returned home from captivity.');
    expect(e.cumulative).toBe(true);
  });

  it('reports nothing for negated, quoted or hypothetical mentions', () => {
    expect(run('Borduria has not signed the convention.')).toEqual([]);
    expect(run('"We will never stop the talks with them," he said.')).toEqual([]);
    expect(run('It is unclear how many soldiers were killed.')).toEqual([]);
  });
});
