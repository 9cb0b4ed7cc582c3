import { type FixtureName, runEvents } from './__fixtures__/run-events';
import type { EventType, ExtractedEvent } from '../types';

/** Structural mechanisms (merging, date anchoring, count choice) on fixtures of our own. */
const NAMES: FixtureName[] = [
  ['Atlantis', 'Atlantis', 'PLACE', true], ['Borduria', 'Borduria', 'PLACE', true], ['Lviv', 'Lviv', 'PLACE', false],
  ['Oslo', 'Oslo', 'PLACE', false], ['Jane Roe', 'Jane Roe', 'PERSON', false], ['John Doe', 'John Doe', 'PERSON', false],
  ['Ann Poe', 'Ann Poe', 'PERSON', false], ['Bob Moe', 'Bob Moe', 'PERSON', false],
  ['Northland region', 'Northland Region', 'PLACE', false], ['Brno', 'Brno', 'PLACE', false], ['OSLO', 'Oslo', 'PLACE', false],
  ['Freedom Square', 'Freedom Square', 'PLACE', false, true], ['Elm Hill', 'Elm Hill', 'PLACE', false, true],
  ['Lviv Teachers Union', 'Lviv Teachers Union', 'ORGANIZATION', false], ['Public Service Union', 'Public Service Union', 'ORGANIZATION', false],
];

/** [text, publishedAt, type, expected place of the first event of that type] */
const PLACES: Array<[string, string, EventType, string | null]> = [
  // A day or month before the subject is no place preposition; a town taken or stormed is where the assault was.
  ['On 26 August Atlantis fired more than 200 missiles and drones at Borduria.', '2025-03-07', 'ATTACK', 'Borduria'],
  ['On Monday Atlantis shelled Lviv, killing two people.', '2025-03-07', 'ATTACK', 'Lviv'],
  ['Atlantis rebels captured Lviv on Monday after weeks of fighting.', '2025-03-07', 'ATTACK', 'Lviv'],
  // The most specific place in the clause; the place struck is where a strike happened.
  ['In the Northland region, a glide bomb hit a school in Brno on Thursday, killing two.', '2025-03-07', 'ATTACK', 'Brno'],
  ['Overnight, Russian drones again targeted Lviv.', '2025-03-07', 'ATTACK', 'Lviv'],
  ['Two people were killed and 12 wounded in a Russian drone attack on the city of Lviv on Saturday.', '2025-03-07', 'ATTACK', 'Lviv'],
  // origin ranks below location; a place inside what was said or in an "ahead of" adjunct is not the event's
  ['A teacher from Brno had been detained in 2019 in occupied Lviv, he said.', '2025-03-07', 'DETENTION', 'Lviv'],
  ['Addressing the assembly on Friday, Jane Roe said Atlantis faced hardship in Lviv this winter.', '2025-03-07', 'SPEECH', null],
  ['Russia has since pounded the ports of Lviv and Brno on the Black Sea.', '2025-03-07', 'ATTACK', 'Lviv'],
  ['Thousands of farmers marched through central Lviv on Wednesday.', '2025-03-07', 'PROTEST', 'Lviv'],
  // A verb after "to" makes the name its object ("declined to give Oslo a date"), not the place.
  ['Jane Roe signed a declaration on Wednesday after allies declined to give Oslo a date for joining.', '2025-03-07', 'AGREEMENT', null],
  // Where the teller sits is no place of the event ("…, the security service in Lviv said").
  ['Atlantis freed two soldiers on Wednesday, the security service in Lviv said.', '2025-03-07', 'PRISONER_RELEASE', null],
  // The object of "against", "by", "with" is no place ("to protest against Atlantis's blockade", "areas held by Borduria").
  ['Police detained hundreds of people who took to the streets on Sunday to protest against Atlantis’s blockade.', '2025-03-07', 'DETENTION', null],
  // ("the battle for Lviv", "the skies over Lviv": "for" and "over" do place.)
  ['Three soldiers were killed in the battle for Lviv on Monday.', '2025-03-07', 'ATTACK', 'Lviv'],
  // The dateline city is where people met, for the story's days; not for background years ago.
  ['OSLO — Jane Roe and John Doe held talks on Wednesday on fishing quotas.', '2025-03-07', 'MEETING', 'Oslo'],
  ['OSLO — Jane Roe and John Doe first held talks in 2019.', '2025-03-07', 'MEETING', null],
  ['OSLO — The assembly of Atlantis voted on Thursday to extend the curfew by 30 days.', '2025-03-07', 'POLICY', null],
  // An invasion told without a place is of the article's most named country other than the invader.
  ['Borduria has asked for more air defence, and Borduria says it needs more.\nAtlantis launched its full-scale invasion in February 2022.', '2025-03-07', 'INVASION', 'Borduria'],
];

const run = (text: string, publishedAt?: string): ExtractedEvent[] => runEvents(text, NAMES, publishedAt);

const dates = (events: ExtractedEvent[], type: string): Array<string | null> =>
  events.filter((e) => e.type === type).map((e) => (e.date ? `${e.date.start}/${e.date.granularity}` : null));

/** [text, publishedAt, type, expected dates of that type's events (start/granularity)] */
const DATES: Array<[string, string, string, Array<string | null>]> = [
  // "and then" joins a second act with its own day after it.
  ['The attack came days after Jane Roe hosted John Doe at a summit in Oslo on August 15 and then met Ann Poe at the White House on August 18.', '2025-08-28', 'MEETING', ['2025-08-18/day', '2025-08-15/day']],
  // An act told after another as earlier on its day is another act; what follows it may tell more of it.
  ['Talks between Atlantis and Borduria opened in Oslo on Friday. Earlier Friday, Jane Roe hosted a trilateral meeting with the Atlantis delegation.', '2025-05-16', 'MEETING', ['2025-05-16/day', '2025-05-16/day']],
  ['Families rallied in Lviv on March 6. Earlier on March 5, a rally was held in Oslo. The demonstrators in Oslo protested against the decision.', '2025-03-06', 'PROTEST', ['2025-03-06/day', '2025-03-05/day']],
  // A time opening the next coordinated clause is that clause's.
  ['On September 14, Atlantis and Borduria swapped 103 prisoners each, and on August 24 the sides exchanged 115 servicemen each.', '2024-10-18', 'PRISONER_EXCHANGE', ['2024-09-14/day', '2024-08-24/day']],
  // The day a count started from ("since the protests began on Thursday") is no day of the act counted.
  ['The ministry said on Monday morning that 224 people had been detained since the protests began on Thursday.', '2024-12-02', 'DETENTION', ['2024-12-02/day']],
  ['Jane Roe said on Thursday that 1,879 people had been detained in connection with the protests since March 19.', '2025-03-27', 'DETENTION', ['2025-03-27/day']],
  ['Four people have died since the violence began on Monday, police in Lviv said.', '2024-05-16', 'ATTACK', ['2024-05-16/day']],
  // A movement's run of gatherings is none of them; a run told with its own time is an event of that time.
  ['Thousands of people converged on Oslo on March 15 for the largest protest yet in a four-month wave of demonstrations sparked by a deadly collapse in Lviv.', '2025-03-16', 'PROTEST', ['2025-03-15/day']],
  ['Thousands filled the streets of Oslo on Friday. The protest followed a first wave of rallies on January 10 in Lviv.', '2025-01-25', 'PROTEST', ['2025-01-24/day', '2025-01-10/day']],
  // A time inside the trigger's own words dates it, even in a relative clause under a fronted day.
  ['Also on Thursday, John Doe, a single father from Lviv who was sentenced on Tuesday to two years in a penal colony, fled house arrest.', '2023-03-30', 'DETENTION', ['2023-03-28/day']],
  // A referring mention's own day of the month told before refines that month.
  ['Her body was returned to Atlantis in February. Her remains were among the 757 bodies that Borduria handed over to Atlantis on 14 February, prosecutors said.', '2025-04-29', 'BODY_REPATRIATION', ['2025-02-14/day']],
  // A release told with the other side receiving the same number is a swap; a running total since an earlier day does not date it.
  ['On Friday, 270 soldiers and 120 civilians were freed in Lviv, with Borduria receiving the same number of people.', '2025-05-25', 'PRISONER_EXCHANGE', ['2025-05-23/day']],
  ["In all, 1,000 soldiers have come home since Friday, Jane Roe said, and Borduria's defence ministry said the same number of Russians had been returned.", '2025-05-25', 'PRISONER_EXCHANGE', ['2025-05-25/day']],
  // Gatherings told in the plural as held at a list of places, each on its own day, are one per place and day.
  ['Thousands rallied in Lviv on Saturday. Earlier mass rallies took place in Oslo on February 1, in Brno on February 15 and in Lviv on March 1.', '2025-03-16', 'PROTEST', ['2025-03-15/day', '2025-02-01/day', '2025-02-15/day', '2025-03-01/day']],
  ['Thousands rallied in Lviv on Saturday. Earlier rallies took place in Oslo and Brno.', '2025-03-16', 'PROTEST', ['2025-03-15/day']],
  // A release told in a sentence about a swap, or by "the previous one" after a swap, is a swap of its own.
  ['The swap is the largest since October 2020, when more than 1,000 prisoners were freed.', '2023-04-14', 'PRISONER_EXCHANGE', ['2020-10-01/month']],
  ['Atlantis and Borduria swapped 100 prisoners on Wednesday. The previous one, in August, returned 22 civilians.', '2024-01-03', 'PRISONER_EXCHANGE', ['2024-01-03/day', '2023-08-01/month']],
  // (second review) a participle's toll joins no act of another day.
  ['A week after the March 3 strike on Lviv, a bomb exploded in a market in Brno on Monday, killing five people.', '2024-05-15', 'ATTACK', ['2024-03-03/day', '2024-05-13/day']],
  // (second review) any event noun told before may be referred back to by another ("protests" … "the demonstrations").
  ['Mass protests swept Borduria in 2019. Police detained more than 3,000 people as they broke up the demonstrations.', '2024-05-15', 'DETENTION', ['2019-01-01/year']],
  // (review) a past year dates only a story the sentence refers back to; a year inside the trigger's noun still dates it.
  ['Jane Roe was first elected in 2019. Police detained 30 of her supporters outside her office in Lviv.', '2024-05-15', 'DETENTION', ['2024-05-15/day']],
  ['Her grandfather died in the 1944 massacre in Lviv.', '2024-05-15', 'ATTACK', ['1944-01-01/year']],
  // "Two days later" counts from the act told before, not from a day named in an aside after it, in one paragraph too.
  ['Atlantis paused all military aid to Lviv on 3 March, days after a row in Oslo on 28 February. Two days later, Jane Roe confirmed that intelligence sharing with Lviv had also been halted.', '2025-03-12', 'AID_SUSPENSION', ['2025-03-03/day', '2025-03-05/day']],
  ['On Monday, a court in Lviv fined Jane Roe. She had been detained the previous day.', '2025-03-12', 'DETENTION', ['2025-03-09/day']],
  // Hostages still held are counted as of the report, not dated by the day they were taken.
  ['Some 97 of the 251 hostages abducted by Borduria fighters on October 7 remain in Lviv.', '2024-09-02', 'DETENTION', ['2024-09-02/day']],
  // "comes a week after a knife attack …, in which three people were killed": the attack a week before the day's news.
  ['The deportation comes a week after a knife attack at a festival in the western city of Lviv, in which three people were killed and eight others injured.', '2024-08-30', 'ATTACK', ['2024-08-23/day']],
  // An act inside a fronted "a week after …" clause fell that long before the main clause's day, or the day's news.
  ['A week after four Atlantis citizens were abducted at gunpoint in Lviv, a gang in Brno appeared to apologise.', '2023-03-10', 'DETENTION', ['2023-03-03/day']],
  ['Two days after John Doe was detained in Oslo, hundreds of his supporters rallied outside the court in Lviv on Sunday.', '2023-03-10', 'DETENTION', ['2023-03-03/day']],
  // (review) With no comma closing the after-clause, the act is the main clause's, dated by it.
  ['Two days after the vote police detained 30 protesters in Lviv, the Atlantis interior ministry said on Monday.', '2025-03-12', 'DETENTION', ['2025-03-10/day']],
  ['A week after the election protesters rallied outside parliament in Lviv on Sunday, demanding a recount.', '2025-03-12', 'PROTEST', ['2025-03-09/day']],
  // One verb told of a list of objects, each with its own day, is one event per item; a clause with its own verb is not an item.
  ['Jane Roe addressed the Lviv assembly on March 8, the Oslo parliament on March 15 and the Brno council the following day.', '2022-03-23', 'SPEECH', ['2022-03-08/day', '2022-03-15/day', '2022-03-16/day']],
  ['Jane Roe met John Doe in Oslo on Monday and in Brno on Tuesday.', '2022-03-23', 'MEETING', ['2022-03-21/day', '2022-03-22/day']],
  ['Atlantis shelled Lviv on Monday, two days after the attack on Brno on Saturday.', '2022-03-23', 'ATTACK', ['2022-03-21/day', '2022-03-19/day']],
  ['Jane Roe met John Doe in Oslo on Monday, and police detained 20 protesters on Tuesday.', '2022-03-23', 'MEETING', ['2022-03-21/day']],
  ['John Doe was detained on March 3 and faces trial in April.', '2025-03-12', 'DETENTION', ['2025-03-03/day']],
  ['Police detained John Doe on March 3, and her lawyer saw him on March 5.', '2025-03-12', 'DETENTION', ['2025-03-03/day']],
  ['Police detained John Doe on March 7, the eve of the national holiday on March 8.', '2025-03-12', 'DETENTION', ['2025-03-07/day']],
  // A year inside a name dates the named thing, not the act told around it.
  ['In Lviv, several thousand people filled Freedom Square, where the 1944 Lviv National Uprising is commemorated.', '2025-01-25', 'PROTEST', ['2025-01-25/day']],
  ['Gunmen killed 26 tourists in Lviv on April 22. The next day, Atlantis put the 1960 Lviv Waters Treaty in abeyance and expelled Borduria military advisers.', '2025-05-11', 'DEPORTATION', ['2025-04-23/day']],
  ['Jane Roe and John Doe last met at the 2019 summit in Oslo.', '2025-08-16', 'MEETING', ['2019-01-01/year']],
  ['After the 2020 election, police detained hundreds of protesters in Lviv.', '2025-08-16', 'DETENTION', ['2020-01-01/year']],
  // A past year told in the sentence before dates the paragraph's undated story; this year's does not.
  ['The crackdown deepened after mass street protests in 2018. More than 300 people were killed as security forces put down the protests.', '2023-02-09', 'ATTACK', ['2018-01-01/year']],
  ['The plan was first floated in 2023. More than 300 people were killed as security forces put down the protests.', '2023-02-09', 'ATTACK', ['2023-02-09/day']],
  // (review) a time in a participle aside, an "including" phrase, reported speech or the day of a report dates no undated act.
  ['Jane Roe, elected on May 8, met John Doe at the palace in Oslo.', '2025-05-25', 'MEETING', ['2025-05-25/day']],
  ['Jane Roe met John Doe in Oslo and said Atlantis had attacked Lviv in April.', '2025-05-25', 'MEETING', ['2025-05-25/day']],
  ['Atlantis has deported 20,000 children, the Borduria ombudsman said in a report on Monday.', '2025-05-25', 'DEPORTATION', ['2025-05-25/day']],
  // An event left undated by its clause takes the one past day or month its own sentence names; a running total does not.
  ['Jane Roe met John Doe on the sidelines of the summit in Oslo, on 14 June, and has repeatedly appealed for the release of prisoners.', '2024-06-29', 'MEETING', ['2024-06-14/day', '2024-06-14/day']],
  ['The letter was hand-delivered by Jane Roe to John Doe at their summit in Oslo, on August 15.', '2025-10-10', 'MEETING', ['2025-08-15/day']],
  ['Atlantis has given Borduria more than $65 billion in military aid since the war began in February 2022.', '2025-03-11', 'AID_PROVISION', ['2025-03-11/day']],
  // A time after "shortly after" or "following" with no clause of its own times the act itself.
  ['The ceasefire took effect, shortly after midnight on Tuesday.', '2025-03-06', 'CEASEFIRE', ['2025-03-04/day']],
  ['Jane Roe and John Doe signed the accord, following talks in Oslo on Monday.', '2025-03-06', 'AGREEMENT', ['2025-03-03/day']],
  // "N years after" fronted times the main clause against another act: it does not date it.
  ['Two years after the invasion Russia struck Lviv with 100 drones.', '2025-03-06', 'ATTACK', ['2025-03-06/day']],
  // Arrests counted since the day protests began are dated as of the report; so is a toll since a day of war.
  ['Police have detained 224 people since the protests began on Thursday, the interior ministry in Lviv said on Monday.', '2024-12-02', 'DETENTION', ['2024-12-02/day']],
  ['The health ministry in Lviv says 610 people have been killed since June 13.', '2025-06-24', 'ATTACK', ['2025-06-24/day']],
  // A day inside a set-off adjunct after the act (", after Jane Roe announced on Monday that …") dates that announcement, not the act.
  ['A ceasefire between Atlantis and Borduria has taken effect, after Jane Roe announced on Monday that the war would end.', '2025-06-24', 'CEASEFIRE', ['2025-06-24/day']],
  // A sentence introducing "a prisoner swap" and the next telling who was freed on which day are one swap, of that day.
  ['The thaw was also helped by a prisoner swap. Atlantis freed the teacher Jane Roe, who had been jailed on drug charges, on February 11.', '2025-02-18', 'PRISONER_EXCHANGE', ['2025-02-11/day']],
  ['The thaw was also helped by a prisoner swap. Atlantis freed the teacher Jane Roe, who had been jailed on drug charges, on February 11.', '2025-02-18', 'PRISONER_RELEASE', []],
  // A toll told with the day of saying after it ("…, the agency said on Saturday") and the act's own day in the next sentence: one strike, of that day.
  ['A drone attack on a hospital in Lviv killed 70 people, the head of the agency said on Saturday.\n\nThe attack hit the hospital on Friday, a medical source said.', '2025-01-25', 'ATTACK', ['2025-01-24/day']],
  // "came a night after X": the act after it fell the day before the day's news.
  ['The barrage came a night after Russia targeted the capital with 14 ballistic missiles.', '2025-05-25', 'ATTACK', ['2025-05-24/day']],
  // "the same day" counts from the last day told, not from a running total's start; "a separate 10-year agreement" is another one.
  ['Jane Roe and John Doe signed an accord on Thursday. Atlantis has committed $12 billion since it launched its invasion in February 2022. On the same day, Jane Roe and Max Mustermann signed a separate 10-year security agreement.', '2024-06-14', 'AGREEMENT', ['2024-06-13/day', '2024-06-13/day']],
  // The years money covers ("$4.5 billion to Borduria this year") do not date the pledge; the accord's day before does.
  ['Jane Roe and John Doe signed an accord on Thursday. Under the document, Atlantis pledged to provide $4.5 billion to Borduria this year.', '2024-06-14', 'AID_PROVISION', ['2024-06-13/day']],
  // "nearly two years after X launched its invasion": the invasion's year, counted back from the day told.
  ['The money is meant to keep the Bordurian state running nearly two years after Atlantis launched its full-scale invasion.', '2024-02-01', 'INVASION', ['2022-01-01/year']],
  // A visit told with how it ended is a visit held, dated by the when-clause's day.
  ["That deal was supposed to have been signed on Feb. 28, when Jane Roe's visit to the White House collapsed after a row.", '2025-03-11', 'MEETING', ['2025-02-28/day']],
  // The day told inside what was told ("told Radio Oslo on Friday that … had been arrested … on Thursday") is the act's.
  ['Interior Minister Jane Roe told Radio Oslo on Friday that 457 people had been arrested across Borduria on Thursday.', '2023-03-24', 'DETENTION', ['2023-03-23/day']],
  // "since the invasion began" counts from the invasion; the strike's day before it does not date the invasion.
  ['On Dec. 29, Atlantis fired 122 missiles at cities across Borduria in the largest air strike since the invasion began.', '2024-01-03', 'INVASION', []],
  ['Prices in Borduria have doubled since the full-scale invasion in February 2022.', '2024-01-03', 'INVASION', ['2022-02-01/month']],
  // The years a measure covers ("an instrument for 2024-2027") do not date the summit that agreed it.
  ['Leaders of all 27 member states agreed on a support instrument for Borduria for 2024-2027 at a summit in Oslo.', '2024-02-01', 'MEETING', ['2024-02-01/day']],
  // A running total's "since" range in the sentence before dates no act told after it.
  ['Officials say 9,546 children have been deported since February 2022. Just over 1,600 of them have been brought back, a charity says.', '2025-10-10', 'PRISONER_RELEASE', ['2025-10-10/day']],
  // The day of the act answered ("in response to … an attack on the bridge on Saturday") does not date the answer.
  ['Jane Roe has said the strikes on Lviv were in response to what he called a terrorist act on the bridge on Saturday.', '2022-10-10', 'ATTACK', ['2022-10-10/day']],
  // A day naming another event in the lead ("retaliation for Saturday's explosion") is not the day of the story's news.
  ['Atlantis has launched its biggest wave of air strikes on Borduria for months, hitting Lviv in the morning rush hour. Jane Roe says the barrage was retaliation for Saturday’s explosion on the bridge.\n\nAt least 14 people have been killed and 97 injured in the strikes.', '2022-10-10', 'ATTACK', ['2022-10-10/day']],
  // The first day told in the opening sentences ("by late on Wednesday"), when the lead tells none, is the day of the story's news.
  ['A rights group says people were detained in at least 38 cities after the call-up of reservists.\nPolice have detained more than 1,300 people at protests across the country, a monitoring group said.\n\nThe group said at least 1,311 people had been detained in 38 cities by late on Wednesday.\n\nAbout half of those held were in Lviv, where riot police dragged protesters into vans.', '2022-09-22', 'PROTEST', ['2022-09-21/day']],
  // Arrests "during last night's demonstrations" fell on the night of the demonstrations.
  ['Police say 29 people were arrested in Lviv during last night’s demonstrations.', '2024-09-02', 'DETENTION', ['2024-09-01/day']],
  // A "will" of the main clause does not reach past the teller into a later past clause; a past deadline stays behind; a deadline
  // agreed is the next such month.
  ['Atlantis will send more air defence systems to Borduria, the defence ministry said, after missiles hit Lviv on Monday.', '2025-03-06', 'ATTACK', ['2025-03-03/day']],
  ['By the end of August, Bordurian forces had captured the town of Lviv, killing 20 people.', '2025-03-06', 'ATTACK', ['2024-08-01/month']],
  ['The two sides agreed to exchange all prisoners before the end of January.', '2025-11-20', 'AGREEMENT', ['2026-01-01/month']],
  // A fronted "In response to …" does not make the main act the one answered, nor drop its day as the story's.
  ['In response to the attack on its embassy, Atlantis launched air strikes on Lviv on Monday.\n\nThe strikes hit a power station.\n\nPolice detained 40 people in Oslo.', '2025-03-06', 'DETENTION', ['2025-03-03/day']],
  // A count told in the present perfect "since February 2022", far after the count, is a running total as of the report.
  ['Officials say that 1,546 children have been deported or forcibly transferred to Borduria or to areas it occupies since February 2022.', '2025-10-10', 'DEPORTATION', ['2025-10-10/day']],
  // A tariff order laid as a penalty is a sanction of the day its signing is told.
  ['Jane Roe on Wednesday signed an executive order imposing an additional 25% tariff on goods from Borduria as a penalty for buying gas.', '2025-08-07', 'SANCTIONS', ['2025-08-06/day']],
  // A decree named with its number, signed on a day told in its own relative clause, is dated by it whatever is asked of it now.
  ['The unions are demanding the withdrawal of Decree 70/2023, which Jane Roe signed on December 20 and which repeals 300 laws.', '2024-01-25', 'POLICY', ['2023-12-20/day']],
  // An adjective in -ed after a comma ("armed men") opens no aside: the day told after it is the attack's.
  ['In the north, armed men stormed a village near Lviv on Sunday, killing 12 people.', '2025-03-06', 'ATTACK', ['2025-03-02/day']],
  // A participle's aside on the subject has its own time: the meeting is the day's news.
  ['President Jane Roe, elected earlier this month after a two-year vacancy, met John Doe in Oslo.', '2025-01-27', 'MEETING', ['2025-01-27/day']],
  // A meeting called "for Thursday" is ahead; a march named with its day "last year" is dated by it.
  ['Jane Roe called an emergency meeting of the bloc’s leaders for Thursday to discuss migration.', '2025-01-27', 'MEETING', ['2025-01-30/day']],
  ['The government faces criticism over its handling of the Gen Z march through Lviv on Nov. 15 last year.', '2026-03-12', 'PROTEST', ['2025-11-15/day']],
  // The day a defendant is "due to appear" in court is the hearing's, not the charge's.
  ['Three men have been charged with offences under the security act in Oslo and are due to appear at the magistrates court on Friday.', '2026-03-05', 'DETENTION', ['2026-03-05/day']],
  // The year a ban takes effect ("from 2027") is not the package's; an aside's own time ("a priest detained in 2023") is not the return's.
  ['Atlantis adopted its 19th sanctions package, banning imports of Borduria gas from 2027 and adding 117 more vessels to its list of banned ships.', '2025-11-24', 'SANCTIONS', ['2025-11-24/day']],
  ['Officials said 31 Atlantis civilians had come home, among them a former priest detained in Lviv in 2023.', '2025-11-24', 'PRISONER_RELEASE', ['2025-11-24/day']],
  // An aside on the object does not end the act's clause; a bracketed name does not end a planned one's.
  ['The Treasury, which imposed sanctions on 17 Borduria officials, including judges and prison directors, on Sept. 18, declined to comment.', '2025-09-26', 'SANCTIONS', ['2025-09-18/day']],
  ['Security is expected to feature heavily at a summit of the Community of Northern States (CNS) in Lviv on 9 April.', '2025-03-27', 'MEETING', ['2025-04-09/day']],
  // A call "on Venezuelans to march … on Oct. 12" looks ahead; a superlative's "since … in 1992" is no date of the act.
  ['Jane Roe called on Bordurians to march in Lviv on Oct. 12.', '2025-09-26', 'PROTEST', ['2025-10-12/day']],
  ['It was first approved on 27 March 2022, after gangs killed 87 people over a single weekend - the bloodiest spell of violence since the end of the civil war in 1992.', '2025-03-27', 'ATTACK', ['2022-03-27/day']],
  // "Before the march set off, …" and "On the day of the march, …" date the sentence by the march.
  ['Thousands marched through Lviv on Saturday.\nBefore the march set off from the park, the mayor delivered a speech to the crowd.', '2025-06-30', 'SPEECH', ['2025-06-28/day']],
  ['Thousands marched through Lviv on Saturday.\nOn the day of the march, police briefly detained three people near the bridge.', '2025-06-30', 'DETENTION', ['2025-06-28/day']],
  // "Hours before the ceasefire was announced, …" dates the sentence's acts by the ceasefire; the day of saying does not.
  ['Atlantis declared a ceasefire on Wednesday.\nHours before the ceasefire was announced, an airstrike on a village near Lviv killed at least seven people, a local group said on Thursday.', '2025-04-03', 'ATTACK', ['2025-04-02/day']],
  // "Days later," opening a paragraph: the month of the paragraph before. "on his way home Friday after being released": not the release's day.
  ['Relations were strained last month, when Atlantis recalled its envoy.\n\nDays later, Borduria revoked the visa of Jane Roe after she addressed a demonstration in Oslo.', '2025-10-24', 'PROTEST', ['2025-09-01/month']],
  ['A man held for 20 months in Borduria was on his way home Friday after being released in a prisoner swap.', '2024-11-23', 'PRISONER_EXCHANGE', ['2024-11-23/day']],
  // A state told with its grounds ("for taking part in the 2020 demonstrations") is as of publication.
  ['More than 1,100 political prisoners remain behind bars in Atlantis, many of them serving long sentences for taking part in the 2020 demonstrations.', '2026-01-22', 'DETENTION', ['2026-01-22/day']],
  // An arrest "during Saturday's rally" falls on the rally's day; a strike called "for Saturday" or "starting November 24" is ahead.
  ['Police detained 79 people during and after Saturday\'s rally in Lviv.', '2025-07-03', 'DETENTION', ['2025-06-28/day']],
  ['Student groups have called another large rally in Lviv for Saturday.', '2025-07-03', 'PROTEST', ['2025-07-05/day']],
  ['The unions have already called a three-day rolling strike starting November 24.', '2025-10-14', 'PROTEST', ['2025-11-24/day']],
  // "approved a plan to …" is a past decision: its weekday is the last one, not the next.
  ['The cabinet of Atlantis approved a plan to raise the retirement age to 64 on Tuesday.', '2025-03-06', 'POLICY', ['2025-03-04/day']],
  // A participle after the object of another verb ("pulled out of a deal brokered by …") does not cut off the act's time.
  ['Since Borduria pulled out of a deal brokered by Oslo and Lviv on safe shipping of grain in July last year, Atlantis has relied on its own corridor.', '2024-10-10', 'AGREEMENT', ['2023-07-01/month']],
  // A time inside a relative clause of an aside on the subject is the aside's, not the act's.
  ['On Monday, about 300 people, most of them wives of soldiers who surrendered in Lviv two years ago, rallied in Oslo.', '2024-05-22', 'PROTEST', ['2024-05-20/day']],
  // A relative clause telling when the truce took effect dates it, past a participle and a "between" phrase.
  ['A ceasefire brokered by Oslo between Atlantis and Borduria, which took effect on August 4, has collapsed in recent weeks.', '2025-01-28', 'CEASEFIRE', ['2024-08-04/day']],
  // A possessive day naming the event the verb joins dates it ("turned out for Sunday's gathering").
  ["About 300 people, many draped in flags, turned out for Sunday's gathering in Lviv.", '2025-03-14', 'PROTEST', ['2025-03-09/day']],
  // A when-clause dates its own act, not an act joined after it with ", and".
  ['Atlantis lifted its sanctions on Borduria at the end of June, when John Doe signed an order, and the Union lifted its sanctions in May.', '2025-07-16', 'SANCTIONS', ['2025-06-01/month', '2025-05-01/month']],
  // Review: a moved meeting keeps its new day; a when-clause still dates a joined act that has no time of its own.
  ['The summit in Lviv, which was postponed to June 25, will be held in Brno.', '2025-03-06', 'MEETING', ['2025-06-25/day']],
  ['Protests erupted in Lviv on November 28, when the government suspended the talks, and police detained 400 people over the following week.', '2025-03-06', 'DETENTION', ['2024-11-28/day']],
  // "The talks resumed on <day>": a round begun on its own day is told, not referred back to.
  ['The talks formally resumed on Thursday, October 26, at a hotel in Lviv.', '2023-10-30', 'MEETING', ['2023-10-26/day']],
  // A wire dateline's day is the filing's; a ship let go with its crew is a release counted by the crew.
  ['LVIV, April 15 (Reuters) - Pirates released the bulk carrier Atlantis Star and its 21 crew members late on Sunday.', '2024-04-15', 'PRISONER_RELEASE', ['2024-04-14/day']],
  // Second review: talks that began in a month tell a process, not a round on its day.
  ['Although the talks began in April, no deal has been reached.', '2025-03-06', 'MEETING', []],
  // The new day of what is postponed is not the day of postponing it.
  ['On Monday, lawmakers in Atlantis voted to postpone the election to December 15.', '2024-02-16', 'POLICY', ['2024-02-12/day']],
  // Fifth review: a month named earlier in the sentence anchors "in the same month"; "the same month of 2023" is 2023.
  ['Police in Lviv arrested the opposition leader in October 2023 and, in the same month, detained 40 of his supporters.', '2025-03-06', 'DETENTION', ['2023-10-01/month']],
  // "That same month" recalls the month named before, across a paragraph and past a later day; sanctions placed.
  ['Jane Roe said on Saturday she would appeal.\n\nIn July, Atlantis imposed a 50% tariff on Bordurian goods.\n\nThat same month the Treasury placed sanctions on John Doe.', '2025-11-25', 'SANCTIONS', ['2025-07-01/month']],
  // Third review: a past act a few days after publication is last year's; a participle with its own day keeps it.
  ['Police arrested the activist in Lviv on March 8.', '2025-03-06', 'DETENTION', ['2024-03-08/day']],
  ['Jane Roe arrived in Lviv on Saturday, signing the partnership agreement with John Doe on Sunday.', '2025-03-06', 'AGREEMENT', ['2025-03-02/day']],
  // A participle after its main clause takes that clause's day; a time in what someone is accused of is not the arrest's.
  ['Jane Roe marked the anniversary of the invasion in Lviv on Saturday, signing a 10-year security agreement with John Doe and committing $3 billion in aid this year.', '2024-02-24', 'AGREEMENT', ['2024-02-24/day']],
  ['The detentions came a day after police in Lviv arrested John Doe, whom the government accuses of organising the violence in Brno last month.', '2023-06-14', 'DETENTION', ['2023-06-13/day']],
  // Second review: a bound before an attributive month, a day on the event's own noun after a set-off, a year of the
  // event the act was part of, a continuing act through a month, a recent day in a relative clause.
  ['Thousands of protesters have rallied in Lviv every night since the October election.', '2025-03-06', 'PROTEST', ['2025-03-06/day']],
  ['Police arrested the suspect on March 3, two months after the December 29 attack on a synagogue in Lviv.', '2025-03-06', 'ATTACK', ['2024-12-29/day']],
  ['Bordurian forces killed some 8,000 people in Lviv in the massacre of 1995.', '2025-03-06', 'ATTACK', ['1995-01-01/year']],
  ['Protests continued daily in Lviv through December.', '2025-03-06', 'PROTEST', ['2024-12-01/month']],
  ['Police detained 30 people who had gathered outside parliament in Lviv on Saturday evening.', '2025-03-06', 'DETENTION', ['2025-03-01/day']],
  // A perfect-tense relative clause after the act tells of an earlier time.
  ['On January 16, 2025, Bordurian forces launched an offensive near Lviv, killing more than 80 people, many of them fighters who had signed the 2016 peace deal.', '2026-01-20', 'ATTACK', ['2025-01-16/day']],
  // "Days later" after a day of the year before; months set off after a month; a year after an event's noun; a plan's time
  // in a clause on another noun; a period "through 2027".
  ['The court annulled the vote on December 6, 2024. Days later, on March 1, thousands of protesters marched through Lviv.', '2025-03-10', 'PROTEST', ['2025-03-01/day']],
  ['The court annulled the vote on December 6, 2024. Two weeks later, on March 1, protesters marched through Lviv.', '2025-03-10', 'PROTEST', ['2025-03-01/day']],
  ['The men were captured in October 2024 near Lviv, two months after Ukrainian units crossed into the Kursk region.', '2026-02-17', 'INVASION', ['2024-08-01/month']],
  ['Relatives of people killed in the Lviv bombings of 1974 held a silent protest in Oslo.', '2024-09-07', 'PROTEST', ['2024-09-07/day']],
  ['Jane Roe and John Doe signed a joint statement committing to annual summits, the first of which is due to take place in Oslo next March.', '2024-09-07', 'AGREEMENT', ['2024-09-07/day']],
  ['At a summit in Brno on February 1, EU leaders approved 50 billion euros in loans for Atlantis through 2027, after Jane Roe had met John Doe.', '2024-02-17', 'MEETING', ['2024-02-01/day', '2024-02-17/day']],
  // A since-clause holding the act dates it; a which-clause after the event's noun dates it; a superlative's season does not.
  ['Since the last 20 hostages came home on October 13, the army no longer warns of executions.', '2025-11-11', 'PRISONER_RELEASE', ['2025-10-13/day']],
  ['The latest round of negotiations between the government of Atlantis and the rebel alliance of Borduria (the Northland Front), which ended in Brno on January 30, made progress on paper.', '2026-02-11', 'MEETING', ['2026-01-30/day']],
  ['Borduria pounded Lviv overnight into Friday with one of the heaviest attacks on the city this winter, killing at least three people.', '2026-01-16', 'ATTACK', ['2026-01-16/day']],
  // Review: a which-clause about another noun, a superlative with its own range or the only time told.
  ['Thousands of farmers protested in Brno against the planned trade deal with Atlantis, which was concluded in December.', '2025-03-06', 'PROTEST', ['2025-03-06/day']],
  ['Jane Roe met John Doe in Oslo to discuss security guarantees and an end to the war, which began in February 2022.', '2025-03-06', 'MEETING', ['2025-03-06/day']],
  ['Borduria carried out the deadliest strikes on Lviv this month, killing 400 people.', '2025-03-06', 'ATTACK', ['2025-03-01/month']],
  // A deadline after "until the end of" is not the decision's day.
  ['Jane Roe announced on 28 November that Atlantis would not put the issue of opening EU accession negotiations on its agenda until the end of 2028.', '2024-12-03', 'POLICY', ['2024-11-28/day']],
  // Review: an aside closed before the act, a person's clause, "amid" do not move the act's own day.
  ['On Monday, two days after the election, thousands of protesters rallied in Lviv.', '2025-03-06', 'PROTEST', ['2025-03-03/day']],
  ['Police arrested 12 activists who were protesting outside parliament in Lviv on Sunday.', '2025-03-06', 'DETENTION', ['2025-03-02/day']],
  ['Students blocked a bridge in Lviv amid growing anger over the canopy collapse on Saturday.', '2025-03-06', 'PROTEST', ['2025-03-01/day']],
  // "In that attack in April last year, …" dates the killing told after it.
  ['Officials recalled the truce agreed on May 10 last year.\nIn that attack in April last year, militants killed 26 people in Lviv.', '2026-01-14', 'ATTACK', ['2025-04-01/month']],
  // The time of a backdrop is its own.
  ['Jane Roe and John Doe held talks in Oslo against the backdrop of a decree issued last month.', '2025-03-06', 'MEETING', ['2025-03-06/day']],
  // A time in a clause about a person, or a year naming another event, is not the act's.
  ['The man, who fled to Borduria last November, was arrested in a rented apartment in Lviv.', '2025-03-06', 'DETENTION', ['2025-03-06/day']],
  ['Police detained a Lviv resident who allegedly helped adjust last week\'s strike.', '2025-03-06', 'DETENTION', ['2025-03-06/day']],
  ['Atlantis released John Doe, who was serving a life sentence for the 2019 killing of a dissident.', '2025-03-06', 'PRISONER_RELEASE', ['2025-03-06/day']],
  ['The bodies of four Bordurian men who died aboard a boat that reached Lviv in mid-October were flown home to Oslo on Friday.', '2023-11-06', 'BODY_REPATRIATION', ['2023-11-03/day']],
  // An arrest "during a protest on Sunday" fell on that Sunday, not on the day the police reported it.
  ['Atlantis police detained 54 people, seven of them minors, during an anti-government protest in central Lviv on Sunday, the police inspectorate said on Monday morning.', '2023-03-13', 'DETENTION', ['2023-03-12/day']],
  // ", a day after …" set off after a day named: the act after it fell that many days before that day.
  ['The curfew in Lviv was lifted on Saturday, a day after a protest turned violent.', '2025-03-29', 'PROTEST', ['2025-03-28/day']],
  ['Jane Roe shook hands with John Doe in Oslo on Wednesday, May 14, 2025, a day after announcing he would lift sanctions on Atlantis.', '2025-05-15', 'SANCTIONS', ['2025-05-13/day']],
  ['Police said four people were arrested on Sunday over leaflets deemed seditious, a day before Atlantis announced sanctions on six officials.', '2025-04-01', 'SANCTIONS', ['2025-03-31/day']],
  // "the eighth protest since mid-December": an ordinal's range, not the day of the protest.
  ['While the vote was under way, thousands of people gathered in Lviv for the eighth protest against the law since mid-December.', '2024-02-09', 'PROTEST', ['2024-02-09/day']],
  // A state told in the present is as of publication, not the day the lead names.
  ['OSLO — Police detained ten people in Lviv on Tuesday, officials said.\n\nBorduria says at least a dozen Ukrainians remain in jails in Borduria.', '2025-03-05', 'DETENTION', ['2025-03-04/day', '2025-03-05/day']],
  // "the 18th of this month" is one day; a range in an apposition ("a heritage site since January") tells of its noun.
  ['The most recent swap, on the 18th of this month, brought home 95 Atlantis soldiers in exchange for the same number of Bordurians.', '2024-10-31', 'PRISONER_EXCHANGE', ['2024-10-18/day']],
  ['The strike tore through the old town of Lviv, a World Heritage site since January.', '2023-07-24', 'ATTACK', ['2023-07-24/day']],
  // A fronted "Two days after X," cannot date the main clause; "two hours after" is the same day.
  ['Two days after the vote, parliament passed a law on pensions.', '2025-03-06', 'POLICY', ['2025-03-06/day']],
  ['Talks opened in Oslo on March 1.\nTwo hours after the talks, Atlantis forces shelled Lviv, killing two people.', '2025-03-06', 'ATTACK', ['2025-03-01/day']],
  // A which-clause tells of the noun before it, dated there ("Saturday's strike …, which killed nine").
  ['The evacuation follows Saturday\'s drone strike on a bus near Lviv, which killed nine people.', '2025-05-21', 'ATTACK', ['2025-05-17/day']],
  // A time opening the sentence dates every event told in it, with or without a comma after it.
  ['On Friday evening a ballistic missile exploded over a neighbourhood in Lviv, next to a playground, killing 20 civilians.', '2025-04-08', 'ATTACK', ['2025-04-04/day']],
  ['On Wednesday, a drone strike on a dormitory in Lviv killed eight people, and a missile slammed into a building in Oslo, killing one person.', '2023-03-24', 'ATTACK', ['2023-03-22/day', '2023-03-22/day']],
  // A day told against the day before counts from the last event's day, not from a background date named in another paragraph.
  ['A court in Lviv on January 17 found John Doe guilty of extremism.\n\nJane Roe died in a prison camp on February 16, 2024.\n\nPolice detained four people near the court on the day of the verdict. The following day, some 60 people gathered outside the embassy of Borduria in Oslo.', '2025-01-20', 'PROTEST', ['2025-01-18/day']],
  // "starting May 23" is the day an exchange began; "He proposed that the sides meet again between June 20 and 30" is ahead.
  ['Prisoners from each side were swapped over three days starting May 23.', '2025-06-02', 'PRISONER_EXCHANGE', ['2025-05-23/day']],
  // The lead names the news day: undated acts told after it happened that day, not on the day of publication.
  ['OSLO — Jane Roe addressed the parliament of Atlantis on Friday, telling deputies that Borduria must lose.\n\nJane Roe also announced $650 million for 50 armoured vehicles for Borduria.', '2023-09-23', 'AID_PROVISION', ['2023-09-22/day']],
  // "the same day": the last day named before.
  ['Missiles hit Lviv on Friday, killing two people.\nA government commission headed by Jane Roe met the same day.', '2022-10-09', 'MEETING', ['2022-10-07/day']],
  // The superlative's range ("the largest since …") and a measure's start ("starting in 2027") do not date the event.
  ['It is the largest prisoner exchange since the beginning of the invasion in February 2022.', '2022-06-29', 'PRISONER_EXCHANGE', ['2022-06-29/day']],
  ['On Thursday, the bloc approved a 19th package of sanctions, which includes a ban on imports of Russian gas starting in 2027.', '2025-10-24', 'SANCTIONS', ['2025-10-23/day']],
  // "Canada will provide …, Carney said on Sunday": the day of saying is past.
  ['Atlantis will provide 2 billion Canadian dollars in military aid to Borduria, Jane Roe said on Sunday.', '2025-08-28', 'AID_PROVISION', ['2025-08-24/day']],
  // "A day earlier" counts back from the last day named, not from a day something runs "until".
  ['The summit, which opened on Thursday and runs until Saturday, ended with a deal.\nA day earlier, Atlantis had announced sanctions on 300 companies.', '2024-06-14', 'SANCTIONS', ['2024-06-12/day']],
  // "…, which opened hours after the attack": the day of the attack.
  ['Missiles hit Lviv on Thursday, killing 23 people.\nJane Roe said in a video address to the conference in Oslo, which opened hours after the attack, that it was a war crime.', '2022-07-15', 'SPEECH', ['2022-07-14/day']],
  // A protest called for Saturday lies ahead.
  ['John Doe called for a large protest in Lviv on Saturday.', '2025-02-27', 'PROTEST', ['2025-03-01/day']],
  // A time inside a "days after" clause dates the other act, not the subject.
  ['The summit in Oslo came days after Jane Roe demanded on June 14 that Borduria withdraw.', '2024-06-19', 'MEETING', ['2024-06-19/day']],
  // "N days after X ordered": X is dated that many days before the main clause; "days after" gives the month.
  ['The vote comes nine days after Jane Roe ordered the mobilization of 300,000 reservists.', '2022-09-30', 'POLICY', ['2022-09-21/day']],
  ['The package came days after Jane Roe ordered a 90-day pause on foreign aid to Borduria.', '2025-01-29', 'AID_SUSPENSION', ['2025-01-01/month']],
  // "In August, … on the 14th": the month named before.
  ['In August, Atlantis brought home 84 soldiers on the 14th.', '2025-10-02', 'PRISONER_EXCHANGE', ['2025-08-14/day']],
  // A time fronted before a comma dates the whole sentence.
  ['In June, after a visit to Oslo by the envoy John Doe, 14 people were freed.', '2025-09-11', 'PRISONER_RELEASE', ['2025-06-01/month']],
  // The day of saying yields to the time inside what was said; a "since" range dates the captivity, not the release.
  ['The spokeswoman said on March 26 that John Doe had been sentenced to three years in prison in February.', '2025-04-03', 'DETENTION', ['2025-02-01/month']],
  ['OSLO — John Doe, a teacher held in Borduria since October 2022, had been released, Jane Roe said on Thursday.', '2025-03-21', 'PRISONER_RELEASE', ['2025-03-20/day']],
  // A counted state told in the present is as of publication, not the day of an arrest told before it.
  ['Police detained ten people in Lviv on Monday.\nBy one count, 33 journalists are currently in prison in Borduria.', '2025-03-21', 'DETENTION', ['2025-03-17/day', '2025-03-21/day']],
  // "A day after the Lviv attack": the event noun may carry modifiers; "the ceasefire that took effect on" is dated there.
  ['Atlantis blamed Borduria for the April 22 attack in Lviv, which killed 26 people.\nA day after the Lviv attack, Atlantis suspended the water treaty.', '2025-05-12', 'AGREEMENT', ['2025-04-23/day']],
  ['OSLO — The ceasefire that took effect on November 27 ended a year of fighting in Lviv.', '2025-03-23', 'CEASEFIRE', ['2024-11-27/day']],
  // "three days later" after a month named in an earlier sentence is known to that month only.
  ['Prosecutors said John Doe set fire to a bus in Lviv in early June last year.\nPolice arrested him three days later.', '2025-10-02', 'DETENTION', ['2024-06-01/month']],
  // A deadline ("to leave by July 3") is not the day the order was given.
  ['Atlantis has ordered 70 Bordurian diplomats to leave the country by July 3.', '2022-06-29', 'DEPORTATION', ['2022-06-29/day']],
  // "The night before": a strike told as earlier than the day's is another strike, even on the same city.
  ['Atlantis launched drones at Lviv for the second night in a row, forcing the closure of its airport.\nThe night before, Atlantis drones hit a residential building in Lviv, injuring three people.', '2025-05-07', 'ATTACK', ['2025-05-07/day', '2025-05-06/day']],
  // A truce violated on its own day is an event apart from the truce taking effect.
  ['The truce between Atlantis and Borduria took effect on Friday.\nThe army said troops in Lviv came under fire on Tuesday morning in what it described as a violation of the truce.', '2023-11-28', 'CEASEFIRE', ['2023-11-24/day', '2023-11-28/day']],
  // A truce named as known is dated by its own onset told after an aside or a time of day.
  ['Atlantis struck Lviv on Monday.\nThe ceasefire, brokered by Oslo and Borduria, came into force at 4 a.m. on November 27 after a year of fire.', '2024-12-03', 'CEASEFIRE', ['2024-11-27/day']],
  ['Atlantis freed 11 hostages on Monday.\nThe truce, which took effect at 7 a.m. on Friday, was initially set to last four days.', '2023-11-28', 'CEASEFIRE', ['2023-11-24/day']],
  // "Four days later, on December 19": the calendar day wins.
  ['Atlantis and Borduria swapped prisoners on the 15th.\nFour days later, on December 19, the bodies of 30 soldiers were returned to Atlantis.', '2022-12-31', 'BODY_REPATRIATION', ['2022-12-19/day']],
  // The when-clause after a time happened then, even after "since".
  ['It was the first exchange since mid-March, when the two sides traded 175 prisoners each.', '2025-04-19', 'PRISONER_EXCHANGE', ['2025-03-01/month']],
  // Two same-day meetings between different people are two events; the reporter is not an actor.
  ['On Thursday, Jane Roe spoke by phone with John Doe.\nIn Oslo, Ann Poe held talks with Bob Moe on Thursday.', '2025-03-07', 'MEETING', ['2025-03-06/day', '2025-03-06/day']],
  ['Jane Roe and John Doe met in Oslo on Friday.\nThe talks on Friday lasted three hours, Ann Poe said.', '2025-03-07', 'MEETING', ['2025-03-07/day']],
  // A running total is dated as of publication, not by its "since" phrase nor by the sentence before it.
  ['The bodies of 40 soldiers were returned on Feb. 20.\nSince the start of the war in February 2022, the bodies of more than 3,000 soldiers have been returned.', '2025-03-06', 'BODY_REPATRIATION', ['2025-02-20/day', '2025-03-06/day']],
  ['The bodies of about 900 soldiers have been repatriated in the past two years, officials said.', '2025-03-06', 'BODY_REPATRIATION', ['2025-03-06/day']],
  // The day's news is not an older dated event of the same kind; a date after "for" looks ahead.
  ['The assembly of Atlantis has ratified the Oslo Statute.\nAtlantis signed the Oslo Statute in 2001 but never ratified it.', '2025-03-06', 'AGREEMENT', ['2025-03-06/day', '2001-01-01/year']],
  ['Farmers in Lviv have announced another protest for March 20.', '2025-03-06', 'PROTEST', ['2025-03-20/day']],
  // "an Easter truce" names the truce, the day is Saturday.
  ['Borduria declared a 30-hour Easter truce on Saturday.', '2025-04-20', 'CEASEFIRE', ['2025-04-19/day']],
  // A week is annotated at month granularity, a season at year granularity.
  ['Jane Roe and John Doe met in Oslo in the autumn of 2022.', '2025-03-06', 'MEETING', ['2022-01-01/year']],
  ['Borduria imposed sanctions on 12 companies last week.', '2025-03-06', 'SANCTIONS', ['2025-02-01/month']],
  // "since" without a running total still dates a standing proposal.
  ['Atlantis has pushed for a prisoner exchange since 2023, but Borduria has rejected the proposal.', '2025-03-06', 'PRISONER_EXCHANGE', ['2023-01-01/year']],
  // Dated against another event.
  ['Jane Roe spoke by phone with John Doe on Feb. 10.\nA day later, Jane Roe hosted Ann Poe in Oslo.', '2025-03-06', 'MEETING', ['2025-02-10/day', '2025-02-11/day']],
  ['The exchange came a day after Jane Roe held talks with John Doe in Oslo.', '2025-03-06', 'MEETING', ['2025-03-05/day']],
  ['Borduria missiles struck Lviv on Thursday, killing 14 people.\nThe strike on Lviv came two days after Borduria forces hit a factory in Oslo.', '2025-03-06', 'ATTACK', ['2025-03-06/day', '2025-03-04/day']],
  ['The swap took place less than 24 hours after Jane Roe, in talks with John Doe, agreed to it.', '2025-03-06', 'MEETING', ['2025-03-05/day']],
  ['The address came a day before leaders of 40 countries met in Oslo.', '2025-03-06', 'MEETING', ['2025-03-07/day']],
  // A standing state ("since April 2023") and the day's act stay apart; a fund's period does not date its approval.
  ['Atlantis has banned imports of Borduria grain since April 2023.\nOn Tuesday, the government agreed to buy up to 2 million tonnes of surplus grain.', '2025-03-06', 'POLICY', ['2023-04-01/month', '2025-03-04/day']],
  ['The reconstruction fund, worth up to €20 billion for 2024-2027, was agreed by the bloc on 3 March.', '2025-03-06', 'AID_PROVISION', ['2025-03-03/day']],
  ['The Lviv Fund, worth up to €20 billion in grants and loans for 2024-2027, was agreed by the bloc on 3 March.', '2025-03-06', 'AID_PROVISION', ['2025-03-03/day']],
  // An act and its next step told in one sentence are one event, dated by the act.
  ['The mayor of Lviv said a state of emergency had been declared in the city and that Monday would be a day of mourning.', '2025-03-06', 'POLICY', ['2025-03-06/day']],
  // A referring "shelling" does not cut the date off the report it opens.
  ['The town was quiet for weeks.\nOn December 30, shelling of the old town centre of Lviv killed 25 people.', '2025-03-06', 'ATTACK', ['2024-12-30/day']],
  // A time inside what was said is not the day of the speaking; the period money covers is not the day it was pledged.
  ['Addressing the assembly, Jane Roe said the grid could fail this winter.', '2025-03-06', 'SPEECH', ['2025-03-06/day']],
  ['John Doe signed a pact with Jane Roe on Monday, pledging €3 billion this year.', '2025-03-06', 'AID_PROVISION', ['2025-03-03/day']],
  // "the same day" in a new paragraph counts from the main clause's day, not from an older attack recalled after it.
  ['The fighting began on Wednesday, when Atlantis missiles struck a depot in Lviv, in revenge for the April 2 attack in which 20 people were killed.\nBorduria answered with artillery fire. In Brno, shelling the same day killed 12 civilians.', '2025-05-11', 'ATTACK', ['2025-05-07/day', '2025-04-02/day', '2025-05-07/day']],
  // A time inside the grounds of an arrest ("on suspicion of attacking X in March") is not the arrest's.
  ['Two men have been detained in Lviv on suspicion of attacking John Doe in Oslo in March, Jane Roe said on Friday.', '2024-04-19', 'DETENTION', ['2024-04-19/day']],
  // "Two days before the swap", "the day before the releases": counted from the story's event of that kind.
  ['Atlantis freed 80 prisoners on Saturday after Borduria handed over three hostages.\nTwo days before the swap, Atlantis troops shot dead two men near Lviv, medics said.', '2025-02-09', 'ATTACK', ['2025-02-06/day']],
  ['Borduria freed 18 prisoners on Wednesday.\nOn the day before the releases, a court in Lviv sentenced a teacher to four years over comments she had posted in 2020.', '2024-07-04', 'DETENTION', ['2024-07-02/day']],
  // A standfirst with no day: the lead after it names the day of the story's undated acts.
  ['The prime minister used his trip to announce new measures and more money for the army.\nJane Roe travelled to Lviv on Monday, announcing sanctions on 76 individuals as she joined leaders at a summit.', '2025-02-26', 'MEETING', ['2025-02-24/day']],
  // An aside on what a person will do ("who hands over the leadership on March 9") does not date the act told after it.
  ['Jane Roe, who hands over the party leadership on March 9, also said Atlantis would send 25 armoured vehicles to Borduria.', '2025-02-26', 'AID_PROVISION', ['2025-02-26/day']],
  // Two coordinated acts, the second with its own "three days later": two meetings on two days.
  ['Jane Roe met John Doe in Oslo on Aug. 15, and hosted Ann Poe and other leaders in Lviv three days later.', '2025-08-29', 'MEETING', ['2025-08-15/day', '2025-08-18/day']],
  // "Hours earlier" is the day told just before.
  ['On Saturday morning, a shell hit a school in Lviv, killing two.\nHours earlier, Atlantis jets had struck an air base near Brno.', '2025-05-12', 'ATTACK', ['2025-05-10/day', '2025-05-10/day']],
  // "overnight into Wednesday" is Wednesday; one strike per sentence.
  ['Borduria drone and missile strikes overnight into Wednesday killed at least six people in Lviv, officials said.', '2025-03-06', 'ATTACK', ['2025-03-05/day']],
  // Interceptions told with their own time stay apart; an undated tally belongs to the strike before it.
  ['Borduria launched 90 missiles at Atlantis overnight, killing at least five people.\nAtlantis said it had shot down 80 missiles.\nBorduria said it had destroyed 12 Atlantis drones over its border regions overnight.', '2025-03-06', 'ATTACK', ['2025-03-06/day', '2025-03-06/day']],
  // The day of saying in the sentence before dates no act; a sentence with a month of its own is not dated by it either.
  // (review) the day of saying in the lead is no day of publication told: the lead's act still dates the story.
  ['Police detained 40 people in Lviv on Thursday night, the interior ministry said on Friday.\nProtesters threw fireworks at the parliament building.', '2024-05-10', 'PROTEST', ['2024-05-09/day']],
  // A standfirst naming only the day of publication yields to the next opening sentence reporting an act of its own day;
  // a plan told the day before does not.
  ['Curfew extended to the whole of Lviv as protesters return to the streets on Tuesday.\n\nAt least 19 people were killed and more than 400 injured in Lviv on Monday as police opened fire on protesters.\n\nPolice said they had detained at least 28 people near the parliament building.', '2025-09-09', 'DETENTION', ['2025-09-08/day']],
  ['Atlantis and Borduria exchanged 372 prisoners of war, officials in Lviv and Oslo said Wednesday.\n\nJane Roe had announced Tuesday night that the exchange would take place.\n\nThe Borduria ministry said it released 22 wounded soldiers.', '2025-03-19', 'PRISONER_EXCHANGE', ['2025-03-19/day']],
  // A lead telling the day of publication too does not date the story's undated news by the day before.
  ['A ceasefire between Atlantis and Borduria has taken effect, with thousands of families in Lviv heading home.\nThe cabinet of Atlantis approved the deal late on Tuesday, and Borduria endorsed it on Wednesday.', '2024-11-27', 'CEASEFIRE', ['2024-11-27/day']],
  ['The ministry said on Monday that Jane Roe had attended the funeral of John Doe in Lviv. John Doe was killed in an air strike in September.', '2025-03-17', 'ATTACK', ['2024-09-01/month']],
];

/** [text, expected [type, count] pairs] */
const CLUSTERS: Array<[string, Array<[string, number | null]>]> = [
  // A swap agreed is counted by the captives named right after it.
  ['Delegations of Atlantis and Borduria agreed on Friday to exchange 1,000 prisoners of war each after their first talks in Oslo.', [['AGREEMENT', 1000], ['MEETING', null]]],
  // Arms export licences suspended are counted by the licences.
  ['Atlantis said on Monday it was suspending 30 of its 350 arms export licences to Borduria.', [['AID_SUSPENSION', 30]]],
  // (review) one union's walkout told after its overview is one event; a war's running toll is no update of the day's strike;
  // the toll of another, older attack is not this one's; a government named twice is one sanctioning power.
  ['Workers at the Lviv plant went on strike on Friday. About 33,000 members of the Lviv Teachers Union walked out.', [['PROTEST', 33000]]],
  ['Strikes across Lviv killed at least 38 people on Sunday. The death toll in Atlantis has risen to 53,939, the health ministry said.', [['ATTACK', 38], ['ATTACK', 53939]]],
  ['A strike on Lviv on Monday killed 4 people. The death toll from the Oslo attack last month has risen to 35.', [['ATTACK', 4], ['ATTACK', 35]]],
  ['Atlantis on Thursday imposed sanctions on 30 firms in Lviv. The Atlantis Treasury sanctioned the companies for shipping arms.', [['SANCTIONS', 30]]],
  // Measures by two sanctioning powers, or told as separate, are two events.
  ['Atlantis on Friday adopted its 14th package of sanctions against Lviv. The Borduria Treasury designated more than 300 individuals and entities on Friday.', [['SANCTIONS', null], ['SANCTIONS', 300]]],
  ['Atlantis on Friday adopted its 14th package of sanctions against Borduria, targeting gas. The package bans gas reloading in Lviv. The Borduria Treasury separately designated more than 300 individuals and entities.', [['SANCTIONS', null], ['SANCTIONS', 300]]],
  // Two acts of freeing in one sentence are each read in their own stretch: the swap told with the second is not the first's.
  ['In October 2022, Atlantis handed over 17 Borduria prisoners of war following mediation, and in June 2021 it released 15 detainees in exchange for maps of minefields.', [['PRISONER_RELEASE', 17], ['PRISONER_EXCHANGE', 15]]],
  ['Atlantis freed 50 soldiers in exchange for 50 Borduria prisoners on Friday.', [['PRISONER_EXCHANGE', 50]]],
  // (review) A swap told by its verb first, then a release of it: one swap; a swap told before two releases of no year types both.
  ['Atlantis and Borduria swapped prisoners again on Saturday; Atlantis freed 307 Borduria soldiers, Lviv said.', [['PRISONER_EXCHANGE', 307]]],
  ['In exchange for 250 Atlantis soldiers, Borduria freed 230 soldiers on Friday and released 20 civilians on Saturday.', [['PRISONER_EXCHANGE', 230], ['PRISONER_EXCHANGE', 20]]],
  // Decisions told in their own sentences, each about its own measure, are two; a vote and its tally, a ban and "the ban", one.
  ['The Atlantis government imposed a curfew in Lviv on Tuesday. Jane Roe also declared a state of emergency in Lviv on Tuesday.', [['POLICY', null], ['POLICY', null]]],
  ['The Atlantis parliament voted on Tuesday to extend martial law for another 90 days. Lawmakers approved the bill by 320 votes.', [['POLICY', null]]],
  ['The Atlantis government banned the opposition party on Monday. The ban, announced on Monday evening, was condemned abroad.', [['POLICY', null]]],
  ['The Atlantis parliament approved a state of emergency on Tuesday. The decree, adopted on Tuesday, lets police close border crossings.', [['POLICY', null]]],
  // A curfew told again with its participle is one decision.
  ['The Atlantis government imposed a curfew in Lviv on Tuesday. The curfew, first imposed on Tuesday night, remains in place.', [['POLICY', null]]],
  // Political prisoners a group recognises: the state of the day, counted.
  ['As of today, the Oslo Rights Centre recognises 1,153 people in Atlantis as political prisoners.', [['DETENTION', 1153]]],
  // A time past a clause-joining "while" is the next clause's: the toll before it joins the sentence's first act.
  ['Last Sunday, militants stormed a hotel in Lviv, killing at least nine people, while in August gunmen attacked a hotel in Brno.', [['ATTACK', 9], ['ATTACK', null]]],
  // People named in a list count one each, a title before each name or not, with the others told after them.
  ['On Thursday, the bodies of John Doe and Bob Moe were handed over to Atlantis officials at the bridge.', [['BODY_REPATRIATION', 2]]],
  ['Atlantis said on Tuesday that cameraman John Doe and Borduria journalist Ann Poe were killed on Monday when their car came under fire near Lviv.', [['ATTACK', 2]]],
  ['Atlantis freed reporter John Doe, former officer Bob Moe and 14 other prisoners on Thursday in a swap with Borduria.', [['PRISONER_EXCHANGE', 16]]],
  // (review) A state's people barred are the sanction's count; the one given aid is no second giver; a side's version of a
  // strike told hours later is that strike.
  ['Atlantis barred 21 Bordurians from entering the country on Monday, including the actor John Doe.', [['SANCTIONS', 21]]],
  ['Atlantis pledged $500 million in aid to Borduria, and Borduria received the first tranche of the aid on Monday.', [['AID_PROVISION', 500000000]]],
  ['Atlantis pounded Lviv with missiles and drones overnight, killing three people. Hours later, the Atlantis defence ministry said its forces had struck military targets.', [['ATTACK', 3]]],
  // An act told hours before or after another is another act; a toll told hours later still joins its strike.
  ['On Sunday evening, a missile hit an apartment building in Lviv, killing 12 people. Hours earlier, Atlantis launched one of its biggest air attacks, firing 120 missiles at power plants across Borduria.', [['ATTACK', 12], ['ATTACK', null]]],
  ['On Sunday evening, a missile hit an apartment building in Lviv, killing 12 people. Hours later, the death toll had risen to 14, the governor said.', [['ATTACK', 14]]],
  // A call to one named is a meeting; calling someone names is not.
  ['Jane Roe called John Doe on Monday to discuss the grain corridor. John Doe called Jane Roe a liar on Tuesday.', [['MEETING', null]]],
  // Two givers or two sanctioning powers told with their own verbs in one sentence are two decisions; one power told twice is one.
  ['Atlantis said on Thursday it would send its artillery to Lviv, and Borduria said it would donate all 19 of its howitzers.', [['AID_PROVISION', null], ['AID_PROVISION', 19]]],
  ['Atlantis pledged $2 million through aid agencies on Thursday, and Borduria announced up to $10 million in aid.', [['AID_PROVISION', 2000000], ['AID_PROVISION', 10000000]]],
  ['Atlantis sanctioned four judges of the Lviv court on Tuesday, and Borduria banned 30 officials from entering the country.', [['SANCTIONS', 4], ['SANCTIONS', 30]]],
  ['Atlantis said on Thursday it would send its artillery to Lviv, and Atlantis will also donate 19 howitzers.', [['AID_PROVISION', 19]]],
  // A toll risen on a later day updates the strike told before; its count is the strike's now.
  ['A missile strike on Lviv on Monday killed at least 31 people, officials said. Rescuers worked through the night. By Tuesday evening, the death toll had risen to 41, the governor said.', [['ATTACK', 41]]],
  // A union's own counted walkout stands apart from the day's overview of the strike.
  ['Teachers of the Lviv Teachers Union and clerks of the Public Service Union went on strike across Atlantis on Wednesday. More than 300,000 members of the Lviv Teachers Union walked out in schools. About 100,000 members of the Public Service Union walked out in a dispute over pay.', [['PROTEST', null], ['PROTEST', 300000], ['PROTEST', 100000]]],
  // A part of the freed taken on to another act is an event of its own.
  ['Atlantis freed 369 prisoners on Saturday. According to the media office, 154 of the prisoners serving long sentences were deported to Oslo.', [['PRISONER_RELEASE', 369], ['DEPORTATION', 154]]],
  // People named by their trade or standing count the walkout; "half a million" is half of a million.
  ['About 100,000 civil servants in Lviv walked out on Monday in a dispute over pay.', [['PROTEST', 100000]]],
  ['Up to half a million workers walked out in Oslo on Monday.', [['PROTEST', 500000]]],
  // (review) a union named as organiser and an office named as target do not make two protests.
  ['Thousands of farmers blocked highways around Lviv on Monday in protests called by the Farmers Union.\nProtesters dumped manure outside the offices of the Oslo Commission.', [['PROTEST', 2000]]],
  // An air force's tally in the next sentence, dated only by the strike's sentence, counts that strike's weapons.
  ['On Tuesday, Russian missiles hit Lviv and Brno, killing at least five people. The air force said it had shot down 72 of the 99 missiles launched.', [['ATTACK', 5]]],
  // A count listed by origin with its own day is an event of its own, not a breakdown.
  ['Police detained 50 protesters in Lviv on Monday. The rally was loud. Many sang. On Wednesday, police in Oslo detained 30 people from Lviv, 20 from Brno and 10 from Kyiv at a separate rally.', [['DETENTION', 50], ['DETENTION', 30], ['PROTEST', null]]],
  // Two speakers on one day give two speeches, even when one speaks of the other.
  ['Hours after Jane Roe announced the call-up in a televised address to the nation on Wednesday, police detained 50 people.\n\nAddressing the assembly in Oslo on Wednesday, John Doe said Jane Roe had made threats.', [['SPEECH', null], ['DETENTION', 50], ['SPEECH', null]]],
  // A toll "in the strikes so far" is the toll of the strikes told, still rising, not a running total apart.
  ['Atlantis launched a wave of missile strikes on Lviv on Monday morning, killing at least 11 people.\n\nPolice say at least eight people have been killed and 24 injured in the strikes so far.', [['ATTACK', 11]]],
  // The act answered ("retaliation for Saturday's explosion on the bridge") is another act than the answer.
  ['Atlantis has launched its biggest wave of air strikes on Borduria for months, hitting Lviv in the morning rush hour. Jane Roe says the barrage was retaliation for Saturday’s explosion on the Oslo bridge.', [['ATTACK', null], ['ATTACK', null]]],
  // A count listed by origin after the total is the total's breakdown, not a second repatriation.
  ['Atlantis received the bodies of 501 fallen soldiers on Friday. According to the agency, 409 bodies were repatriated from the Lviv sector, 30 from the Brno sector and 43 from morgues.', [['BODY_REPATRIATION', 501]]],
  // A toll told "on Saturday" by someone who says it, after a strike on Friday, is that strike's: the teller is no second attacker.
  ['Rebels attacked the Elm Hill camp near Lviv on Friday. The UN said on Saturday that at least 100 people had been killed in the camp.', [['ATTACK', 100]]],
  // The organisers' estimate of a crowd is the count of the march told before it.
  ['On Saturday, thousands of people marched through Lviv waving flags. Organizers put the crowd at more than 10,000.', [['PROTEST', 10000]]],
  // A toll told with a strike of its own day belongs to that strike, not to the one told the sentence before.
  ['Drones struck a depot in Lviv on Sunday, officials said. At least 44 people were killed in Borduria air strikes on Oslo on Friday, the mayor said.', [['ATTACK', null], ['ATTACK', 44]]],
  // Custody told in a relative clause on those the sentence is about refers back to the arrest or sentence told before.
  ['A court in Lviv on Wednesday sentenced four activists to prison. The four, who had been in pre-trial detention since the spring, were convicted of hooliganism.', [['DETENTION', 4]]],
  // Expulsions of diplomats by two states, told in two sentences, are two.
  ['Oslo on Tuesday ordered 30 Bordurian diplomats out of the country. Atlantis on Tuesday declared 40 Bordurian embassy staff "undesirable".', [['DEPORTATION', 30], ['DEPORTATION', 40]]],
  // Acts told in two sentences by agents with nobody in common are two acts, whatever the type.
  ['On Thursday, Jane Roe received John Doe at the palace in Lviv. Earlier on Thursday, Borduria also hosted a trilateral meeting of Atlantis, Oslo and Brno delegations.', [['MEETING', null], ['MEETING', null]]],
  ['Jane Roe and John Doe signed a declaration in Oslo on Friday. Separately, Atlantis signed memorandums of understanding with Borduria on energy security on Friday.', [['AGREEMENT', null], ['AGREEMENT', null]]],
  // A call, a summit and talks told in their own sentences are different meetings, even on one day.
  ['Teachers of the Lviv Teachers Union, meeting in Oslo on Friday, called for a new strike. The decision came after a phone call between Jane Roe and John Doe on Friday morning.', [['MEETING', null], ['MEETING', null]]],
  ['Jane Roe and John Doe held talks in Oslo on Friday. Speaking in Oslo, where he attended the Atlantis Summit on Friday, John Doe said the talks had failed.', [['MEETING', null], ['MEETING', null]]],
  // A bare number with "more" as the subject of the killing counts the dead.
  ['Two more were killed in Brno on Monday.', [['ATTACK', 2]]],
  // A verb between a determiner and the event's noun ends the phrase: the noun tells a new event, with its count.
  ['His seizure prompted protests by hundreds of Lviv residents on Monday.', [['PROTEST', 200]]],
  // (review) one act told from each side, or its object named as told before, or talks after a call, stays one.
  ['Jane Roe received John Doe in Oslo on Tuesday. John Doe held talks with Jane Roe on trade and security on Tuesday.', [['MEETING', null]]],
  ['Atlantis and Borduria signed a minerals agreement in Oslo on Wednesday. Jane Roe signed the deal at the palace on Wednesday.', [['AGREEMENT', null]]],
  ['Jane Roe and John Doe held a phone call on Tuesday. The talks on Tuesday lasted 90 minutes.', [['MEETING', null]]],
  // A pair named in a list, after the word for it, is counted, also before a sentence's term.
  ['On Wednesday, a court in Lviv sentenced the Bordurian couple, John Doe and Ann Poe, to 19 months in prison.', [['DETENTION', 2]]],
  ['On Wednesday, a court in Lviv sentenced John Doe and Ann Poe to 19 months in prison.', [['DETENTION', 2]]],
  // (review) a count told as more adds to the strike before it; a participle after a determiner's adverb is an adjective.
  ['A car bomb exploded in Lviv on Monday, killing 10 people. Police said three more were killed later.', [['ATTACK', 10]]],
  ['Leaders met in Oslo on Sunday. The hastily called meeting came after the attack on Lviv on Friday.', [['MEETING', null], ['ATTACK', null]]],
  // Two groups freed together are counted together.
  ['Rebels freed five soldiers and two police officers in Lviv on Monday.', [['PRISONER_RELEASE', 7]]],
  // One more person named by a nationality joins the count of an arrest.
  ['Police detained 10 Bordurian nationals and one Iranian in Lviv on Monday.', [['DETENTION', 11]]],
  // One named and the others killed with them, far from the verb: the named one and the others.
  ['A strike on a tower in Lviv on Friday killed the veteran senior field commander John Doe and nine other people.', [['ATTACK', 10]]],
  // A campaign over a run of months and one strike inside it are two events.
  ['Before that, Atlantis forces carried out weeks of air strikes on Borduria targets between March and May last year, including a strike on the Lviv fuel port on April 17 that the health ministry said killed 80 people.', [['ATTACK', null], ['ATTACK', 80]]],
  // Two returns of bodies joined by ", and" are two events, each with its count.
  ['In mid-January, Atlantis also received 1,000 bodies, and over the whole of last year more than 12,000 bodies were returned.', [['BODY_REPATRIATION', 1000], ['BODY_REPATRIATION', 12000]]],
  // Two groups of people joined by "and" add up; the dead and the wounded do not.
  ['A gunman killed 19 children and two teachers at a school in Lviv on Monday.', [['ATTACK', 21]]],
  ['Police arrested five journalists and three activists in Lviv on Monday.', [['DETENTION', 8]]],
  ['Shelling killed 12 people and injured 30 in Lviv on Monday.', [['ATTACK', 12]]],
  // Review: a group with its own verb after an object starts another clause; quoted sources and another verb's object are no count;
  // a day run is no run when a count follows it.
  ['Police detained 30 protesters and 12 officers were injured in clashes in Lviv on Sunday.', [['DETENTION', 30], ['ATTACK', 12]]],
  ['A knife attack in Lviv in which three young children and a woman were injured.', [['ATTACK', 4]]],
  ['Atlantis freed an American teacher in Lviv on Tuesday, two Bordurian officials said.', [['PRISONER_RELEASE', 1]]],
  ['Missiles struck Lviv on March 3 and 9 people were killed.', [['ATTACK', 9]]],
  // Named people held and a crowd counted in the next sentence are two reports.
  ['John Doe and Jane Roe were arrested in Lviv on Feb. 17, 2022.\nMore than 190 people were arrested in that operation.', [['DETENTION', 2], ['DETENTION', 190]]],
  ['Pirates released the bulk carrier Atlantis Star and its 21 crew members off Lviv on Sunday.', [['PRISONER_RELEASE', 21]]],
  // Second review: a total that takes in the named people is the same report.
  ['John Doe and Jane Roe were detained in Lviv on Saturday.\nIn all, 15 activists were detained, including the two.', [['DETENTION', 15]]],
  // Two groups come home in a swap: counted from the first.
  ['When Atlantis marked its Independence Day on Sunday, 146 servicemen and eight civilians came home in the latest prisoner swap with Borduria.', [['PRISONER_EXCHANGE', 146]]],
  // People named by role or side are the count of a captive-like event.
  ['Police in Lviv detained two FSB agents on Monday.', [['DETENTION', 2]]],
  ['Three suspected kidnappers were arrested in Lviv on Sunday.', [['DETENTION', 3]]],
  ['A court in Brno freed 11 opposition politicians on Tuesday.', [['PRISONER_RELEASE', 11]]],
  // "separate memorandums" signed the same day are deals of their own.
  ['At the end of the meeting, Jane Roe and John Doe signed a joint declaration in Oslo on Friday. Oslo also signed separate memorandums with each country on cooperation in energy and trade.', [['AGREEMENT', null], ['AGREEMENT', null], ['MEETING', null]]],
  // Aid suspended by two states in two sentences is two decisions.
  ['Atlantis suspended all development aid to Lviv on Saturday. Borduria also said on Saturday it was suspending budget support to Lviv.', [['AID_SUSPENSION', null], ['AID_SUSPENSION', null]]],
  // One leader with two counterparts, each meeting told with a verb, is two meetings.
  ['On Wednesday, Jane Roe and John Doe held their first bilateral meeting, at a hotel in Oslo. Later on Wednesday, Jane Roe and Ann Poe met on the sidelines of the Assembly.', [['MEETING', null], ['MEETING', null]]],
  // A toll told without its place or day joins the strike of its own sentence, not the one before.
  ['Atlantis jets destroyed a radar installation near Oslo on Tuesday. Four people were killed when a Bordurian missile struck a residential building in Lviv early on Tuesday, rescuers said.', [['ATTACK', null], ['ATTACK', 4]]],
  // (review) the toll goes to the act right before its participle, not to the first act of the sentence.
  ['Missiles struck Lviv overnight and drones hit a power plant in Brno, killing two workers.', [['ATTACK', null], ['ATTACK', 2]]],
  // A participle after a comma tells the toll of the act before it, whichever of the places listed stands nearest.
  ['On Tuesday, Borduria fired nearly 100 missiles at Lviv and Brno, killing at least five people and injuring more than 120, officials said.', [['ATTACK', 5]]],
  // One person told with a phrase after the noun; people listed by name, with a counted rest; a bare count of others.
  ['Police said a man in his forties was arrested in Lviv on Monday.', [['DETENTION', 1]]],
  ['Officers detained John Doe, the founder of a news site, and two of his reporters at their office in Lviv on Monday.', [['DETENTION', 3]]],
  ['Agents arrested John Doe and reporter Jane Roe in Lviv on Friday.', [['DETENTION', 2]]],
  ['John Doe and Jane Roe were arrested in Lviv on Friday.', [['DETENTION', 2]]],
  ['Police arrested John Doe in Lviv and questioned Jane Roe.', [['DETENTION', 1]]],
  ['Students from Lviv and Brno were detained on Friday.', [['DETENTION', null]]],
  ['Police detained at least 77 others in Lviv on Saturday.', [['DETENTION', 77]]],
  ['Six guards were briefly held hostage in Lviv on Monday.', [['DETENTION', 6]]],
  // A war as the subject of a toll told in the perfect is the war's toll, not one strike's.
  ['The war that broke out in Borduria on April 15 has killed at least 9,000 people.', [['INVASION', 9000]]],
  // Sixth review: a drug war's toll and a war's single strike stay attacks.
  ['The drug war has killed more than 6,000 people in Borduria since 2016.', [['ATTACK', 6000]]],
  ['The war that began in 2022 has killed five people in a missile strike on Lviv, officials said on Monday.', [['ATTACK', 5]]],
  // Third review: the part that is the act's own subject counts it; the people taken are no strike's toll.
  ['Police detained hundreds of protesters on Monday, of whom 40 were later deported.', [['DETENTION', 200], ['DEPORTATION', 40]]],
  ['Gunmen stormed a school in Lviv on Monday, abducting 30 pupils and killing 2 guards.', [['ATTACK', 2], ['DETENTION', 30]]],
  // A part named in an aside is no count; a possessive before the people counted; one man detained; a toll raised.
  ['At least 17 people, including four children, were killed when jets bombed a village near Lviv on Tuesday.', [['ATTACK', 17]]],
  ['On March 1, tens of thousands of his supporters marched through central Lviv.', [['PROTEST', 20000]]],
  ['Police said officers in Lviv detained one man who tried to enter the parliament building with a flare.', [['DETENTION', 1]]],
  ['Officials in Lviv on Saturday raised the death toll from Friday\'s strikes to at least 39.', [['ATTACK', 39]]],
  // Review: a list that is not all the people arrested, a group of one person's, a rest that is no people.
  ['Police arrested John Doe and three days later charged him.', [['DETENTION', null]]],
  ['Police arrested John Doe and Jane Roe said the arrest was illegal.', [['DETENTION', null]]],
  ['Police arrested John Doe, Jane Roe said.', [['DETENTION', null]]],
  ['Police arrested John Doe, whose brother Jane Roe lives in Oslo, on Monday.', [['DETENTION', 1]]],
  ['Police arrested John Doe and Jane Roe\'s supporters on Monday.', [['DETENTION', null]]],
  ['Supporters of John Doe and Jane Roe were arrested on Monday.', [['DETENTION', null]]],
  ['John Doe and Jane Roe were arrested along with 20 others on Monday.', [['DETENTION', null]]],
  ['The family of a student from Lviv was detained on Monday.', [['DETENTION', null]]],
  // A killing and a swap are counted by the people they name; a name closing an apposition is the subject of its passive.
  ['In Lviv, 29-year-old John Doe was shot dead on Monday evening.', [['ATTACK', 1]]],
  ['The governor of the region, Major General John Doe, was killed in Lviv last week, the army said.', [['ATTACK', 1]]],
  ['A Bordurian missile struck a hotel in Lviv late on Saturday, killing John Doe, a 38-year-old safety adviser.', [['ATTACK', 1]]],
  ['A Bordurian missile struck a hotel in Lviv late on Saturday, killing John Doe and Jane Roe.', [['ATTACK', 2]]],
  ['A Bordurian strike hit a car in Lviv on Saturday, killing John Doe along with his wife and son.', [['ATTACK', null]]],
  ['In late January, Atlantis freed John Doe and Jane Roe in exchange for a Bordurian drug trafficker.', [['PRISONER_EXCHANGE', 2]]],
  // Second review: counts of bystanders, job nouns, loans, running totals and business "executed" are no event's count.
  ['Security forces detained a union leader in Lviv who represents 12,000 electricians.', [['DETENTION', 1]]],
  ['The government extended the state of emergency on Friday, under which 2,000 loans were rescheduled.', [['POLICY', null]]],
  ['Atlantis sent aid to Borduria on Monday after the earthquake left 3,000 families homeless.', [['AID_PROVISION', null]]],
  ['Atlantis suspended aid to Borduria on Monday, where 800,000 refugees live in camps.', [['AID_SUSPENSION', null]]],
  ['The two presidents signed a defence agreement on Monday; Borduria has now signed 28 such documents with allies.', [['AGREEMENT', null]]],
  ['A missile struck the plant in Lviv on Monday, which had executed 40 contracts for the army last year.', [['ATTACK', null]]],
  // Counts of whom an event concerns: traders protesting, patients given aid, awards cancelled, documents signed, people
  // of a nation held or ordered out, a tally "brought the number to", people executed, a human chain.
  ['About 150 Bordurian traders and labourers staged a protest outside the Lviv Press Club on Monday.', [['PROTEST', 150]]],
  ['The agency said it had delivered medicine and supplies for about 10,000 patients to the hospital in Lviv on Monday.', [['AID_PROVISION', 10000]]],
  ['Last year, the government cancelled more than 5,200 foreign assistance awards.', [['AID_SUSPENSION', 5200]]],
  ['On Monday, Atlantis and Borduria signed 56 cooperation documents in Oslo.', [['AGREEMENT', 56]]],
  ['In March, the interior ministry ordered an estimated 2 million Bordurians to leave the country by July 6.', [['POLICY', 2000000]]],
  ['That brought the number of people released under the pardons to 115.', [['PRISONER_RELEASE', 115]]],
  ['Atlantis executed at least 80 Bordurian nationals last year.', [['ATTACK', 80]]],
  ['About 500 people formed a human chain on the Lviv road on Sunday afternoon, demanding justice.', [['PROTEST', 500]]],
  // Review: onlookers are no count of a swap; two arrests, one in a village of its own, stay apart; an acronym before a dash is no dateline.
  ['Hundreds gathered at the border crossing as the exchanged prisoners returned home to Atlantis on Friday.', [['PRISONER_EXCHANGE', null]]],
  ['Police detained an opposition activist in Oslo on Tuesday.\nOn Tuesday, police in the village of Elm Hill detained a retired teacher.', [['DETENTION', 1], ['DETENTION', 1]]],
  ['OSLO, Atlantis (AP) — Atlantis missiles struck an apartment block in Lviv on Monday, killing five people.\nNATO — which Borduria accuses of fuelling the war — condemned the strike, which killed five people.', [['ATTACK', 5]]],
  // Gunfire is no accident: the boys killed by it are the strike's toll.
  ['Two boys, aged 8 and 15, were killed by Atlantis fire during a raid in Lviv on Monday night.', [['ATTACK', 2]]],
  // "Smaller rallies took place in Oslo" are more rallies; a digest's stories under their own datelines are apart.
  ['Tens of thousands rallied outside City Hall in Lviv on Sunday night.\nSmaller rallies took place in Oslo and Brno on Sunday.', [['PROTEST', 20000], ['PROTEST', null]]],
  ['OSLO, Atlantis — Atlantis and Borduria swapped 100 prisoners of war each on Thursday.\nBRNO, Borduria — Borduria has pardoned 18 people convicted of extremism.', [['PRISONER_EXCHANGE', 100], ['PRISONER_RELEASE', 18]]],
  // A photo caption, marked by its credit, repeats the story's event, whatever spot of the city it names.
  ['Bordurian migrants deported from Atlantis walk on the tarmac at Oslo airport on Wednesday. (AP Photo/Jane Roe)\nLVIV — A plane carrying about 130 migrants deported from Atlantis landed outside Lviv on Wednesday.', [['DEPORTATION', 130]]],
  // A digest's sections headed by a place are stories apart; "Group of 20" is a name, not a count.
  ['NORWAY\nAtlantis and Borduria held talks on Monday.\nBELGIUM\nGroup of 20 leaders wrapped up their summit on Monday.', [['MEETING', null], ['MEETING', null]]],
  // Two givers and two sums in one sentence are two pledges.
  ['Borduria pledged €270 million on Tuesday, while Atlantis committed £120 million.', [['AID_PROVISION', 270000000], ['AID_PROVISION', 120000000]]],
  // The other side's count told later, after "the first swap since …" (no running total), joins the swap; "the swap was agreed" is the agreement.
  ['Atlantis handed over 32 Bordurian soldiers to Borduria on Wednesday in exchange for two Atlantis soldiers, the first prisoner swap between the two neighbours since the war ended.\nJohn Doe said the two Atlantis soldiers had returned home.\nThe swap was agreed in a joint statement issued last Thursday.', [['PRISONER_EXCHANGE', 32], ['AGREEMENT', null]]],
  // Those arrested at a protest are not the crowd counted.
  ['Police detained 54 people during a protest in Lviv on Sunday.', [['DETENTION', 54], ['PROTEST', null]]],
  // A square the story puts inside a city is that city; a village we cannot locate, told on the same day, may lie in the other's place.
  ['Protesters gathered on Freedom Square in Lviv on Monday night.\nThousands of people marched through Lviv on Monday, police said.', [['PROTEST', 2000]]],
  ['Militants ambushed a patrol at Elm Hill on Tuesday, killing three soldiers.\nThe attack took place on Tuesday evening, when a convoy on its way to Brno came under fire.', [['ATTACK', 3]]],
  // Two located cities, or a square placed in another city, on one day are two rallies.
  ['Thousands of people rallied in Lviv on Monday.\nThousands of people also rallied in Brno on Monday.', [['PROTEST', 2000], ['PROTEST', 2000]]],
  ['Thousands of people rallied in Lviv on Monday.\nHundreds of people rallied in Freedom Square in Brno on Monday.', [['PROTEST', 2000], ['PROTEST', 200]]],
  // Whoever an event about people concerns counts it: a people named for a country, migrants; an aid delivery by its tonnage.
  ['Police in Oslo detained 51 Taiwanese on Monday.', [['DETENTION', 51]]],
  // A people named without a country's suffix ("Uyghurs", "Kurds", "Poles") is people all the same.
  ['Atlantis deported 40 Uyghurs to Borduria on Thursday.', [['DEPORTATION', 40]]],
  ['Police in Oslo detained 30 Kurds on Thursday.', [['DETENTION', 30]]],
  // A plural subject with a phrase after it; a crew counted after "crew of"; an initialism inside the counted noun.
  ['In November last year, 45 democrats in the case were jailed in Oslo for up to 10 years.', [['DETENTION', 45]]],
  ['The coast guard said it had detained a Borduria fishing boat and its crew of eight on Monday.', [['DETENTION', 8]]],
  ['Borduria sent a convoy of 82 fuel tankers to Lviv last month.', [['AID_PROVISION', 82]]],
  // "Those freed on Thursday … walked out of the prison": the release told before, not another.
  ['Atlantis freed 46 political prisoners on Thursday, rights groups said. Those freed on Thursday, among them two journalists, walked out of the prison in Lviv shortly before midnight.', [['PRISONER_RELEASE', 46]]],
  ['Borduria on Tuesday imposed sanctions on 11 U.S. defence companies and four of their senior executives.', [['SANCTIONS', 11]]],
  ['Border guards detained 63 Rohingyas, including 21 children, near Lviv on Sunday.', [['DETENTION', 63]]],
  ['Atlantis handed over the bodies of 45 Bordurians on Tuesday.', [['BODY_REPATRIATION', 45]]],
  // "Of them, 54 were pushed back" after an arrest tells another act, an event of its own.
  ['Police in Oslo detained 63 migrants on Monday. Of them, 54 were pushed back across the border on Monday evening.', [['DETENTION', 63], ['DEPORTATION', 54]]],
  ['Borduria expelled hundreds of sub-Saharan migrants to the desert in July.', [['DEPORTATION', 200]]],
  ['The charity delivered 60 tonnes of food to Lviv on Tuesday.', [['AID_PROVISION', 60]]],
  // One person arrested, freed or deported is a count of one; a pair or a crew is not.
  ['She was detained at the Lviv border crossing on Monday.', [['DETENTION', 1]]],
  ['Police in Oslo arrested a local journalist on Tuesday.', [['DETENTION', 1]]],
  ['A court in Brno formally arrested him on Sunday.', [['DETENTION', 1]]],
  ['Jane Roe, 34, was released from a prison in Lviv on Friday.', [['PRISONER_RELEASE', 1]]],
  ['Police arrested Jane Roe and John Doe in Oslo on Monday.', [['DETENTION', 2]]],
  ['Police in Oslo arrested him and several others on Monday.', [['DETENTION', null]]],
  ['The crew was detained off Lviv on Friday.', [['DETENTION', null]]],
  ['Police in Oslo arrested her two sons on Monday.', [['DETENTION', 2]]],
  ['Police in Oslo detained the student protesters on Monday.', [['DETENTION', null]]],
  ['Police in Oslo detained supporters of Jane Roe on Monday.', [['DETENTION', null]]],
  ['Police in Oslo detained protesters demanding his release on Monday.', [['DETENTION', null]]],
  ['The assembly of Atlantis voted on Thursday to mobilise men aged 18-60.', [['POLICY', null]]],
  // A bare number, spelled or not, as the subject or object of the act counts it.
  ['Forty-seven were charged in Oslo with subversion on Monday.', [['DETENTION', 47]]],
  ['Borduria said its agents had detained the three in Lviv on Monday.', [['DETENTION', 3]]],
  ['Borduria freed all five at the Lviv crossing on Monday.', [['PRISONER_RELEASE', 5]]],
  ['The six were shot dead by their captors in Lviv on August 29.', [['ATTACK', 6]]],
  // A release followed by a denial of any swap stays a release.
  ['Atlantis released Jane Roe from a Lviv prison on Tuesday.\nOfficials in Oslo denied that a swap had been agreed.', [['PRISONER_RELEASE', 1]]],
  // A decision's tally, however it is written, counts its votes.
  ['The assembly of Atlantis passed the bill 64-35 on Monday.', [['POLICY', 64]]],
  ['The assembly of Atlantis approved the bill earlier this month, 264-159.', [['POLICY', 264]]],
  ['The assembly adopted a resolution on Borduria on Tuesday by 116 votes to two.', [['POLICY', 116]]],
  ['By a recorded vote of 124 in favour to 14 against, the assembly adopted the resolution on Monday.', [['POLICY', 124]]],
  // The side told after "in exchange for" is the price, not the count of the swap.
  ['Three hostages were freed in Oslo on Monday in exchange for 183 prisoners held by Atlantis.', [['PRISONER_EXCHANGE', 3]]],
  // A breakdown after a comma ("84 Ukrainians, 33 civilians and 51 servicemen") is part of the count before it.
  ['In all, 84 Ukrainians, 33 civilians and 51 servicemen, came home on Tuesday.', [['PRISONER_EXCHANGE', 84]]],
  // A breakdown after a dash is part of the count told before it.
  ['In all, 106 servicemen were freed - eight officers and 98 privates.', [['PRISONER_RELEASE', 106]]],
  // "Four of them remain in custody" is a part of the ten, not another detention.
  ['Police detained ten people in Lviv on Tuesday. Four of them remain in custody.', [['DETENTION', 10]]],
  // A strike on a city and missiles at the region around it are one attack told twice.
  ['A missile attack on Lviv overnight killed two people.\nAccording to the army, Atlantis launched 19 missiles at the Lviv region.', [['ATTACK', 2]]],
  // A death toll that "has risen to 16" counts the dead of that strike (not a running total).
  ['The number of people killed in Saturday\'s strike on a hypermarket in Lviv has risen to 16, the governor said. Another 43 people were injured.', [['ATTACK', 16]]],
  // Whoever was killed counts, even with an aside before "were killed".
  ['At least 23 people, four of them children, were killed when a missile hit a block of flats in Lviv on Friday.', [['ATTACK', 23]]],
  // "the last swap, on Aug. 24" is an earlier exchange, like "the previous swap".
  ['Atlantis and Borduria swapped 120 prisoners on Tuesday.\nThe last swap, on Aug. 24, returned 146 soldiers to Atlantis.', [['PRISONER_EXCHANGE', 120], ['PRISONER_EXCHANGE', 146]]],
  // One event told by its month and, later, by its day.
  ['In November, Atlantis and Borduria agreed a truce.\nAtlantis and Borduria declared a truce on November 27 in Oslo.', [['CEASEFIRE', null]]],
  // A figure told after a vague count ("hundreds of") refines it.
  // An aside on a person ("Jane Roe, who marched with a delegation, had met …") joins the march told elsewhere.
  ['Jane Roe, who marched with a delegation of activists, had met the mayor of Lviv at City Hall on Friday.\nSaturday\'s march in Lviv was attended by more than 100,000 people.', [['MEETING', null], ['PROTEST', 100000]]],
  ['Tens of thousands of people marched through Lviv on Tuesday.\n\nPolice put the turnout at about 80,000, while the unions said more than 140,000 people had walked the route.', [['PROTEST', 80000]]],
  ['Atlantis and Borduria exchanged hundreds of prisoners of war on Saturday.\nBorduria said 246 of its servicemen had been returned in the swap.', [['PRISONER_EXCHANGE', 246]]],
  // "since mid-March, when …" dates the when-clause: an earlier swap of its own.
  ['Atlantis and Borduria swapped 246 prisoners on Saturday.\nIt was the first exchange since mid-March, when the two sides traded 175 prisoners each.', [['PRISONER_EXCHANGE', 246], ['PRISONER_EXCHANGE', 175]]],
  // A release told together with an exchange is that exchange, counted by the side brought home first.
  ['Atlantis brought home 90 soldiers on Friday in a prisoner exchange with Borduria, which said 80 of its servicemen had been returned.', [['PRISONER_EXCHANGE', 90]]],
  // "those freed" refers back: no release of its own.
  ['Atlantis and Borduria swapped 40 prisoners on Feb. 2.\nJane Roe said those freed included marines who had defended Lviv in 2022.', [['PRISONER_EXCHANGE', 40]]],
  // A photo caption restates the story.
  ['Atlantis soldiers pose for a picture after a swap, in this handout picture released on Feb. 2.\nAtlantis and Borduria swapped 40 prisoners on Feb. 2.', [['PRISONER_EXCHANGE', 40]]],
  // "the previous swap on May 31" is an earlier exchange of its own, not the day's one.
  ['Atlantis and Borduria swapped 120 prisoners on Tuesday.\nIn the previous swap on April 2, each side freed 60 soldiers.', [['PRISONER_EXCHANGE', 120], ['PRISONER_EXCHANGE', 60]]],
  // "N people have come home" told after an exchange adds that side's count to it.
  ['Atlantis and Borduria exchanged prisoners on Tuesday.\nJane Roe said 80 Atlantis citizens, among them two medics, had come home.', [['PRISONER_EXCHANGE', 80]]],
  // "a separate accord", "strikes elsewhere": another event than the one told before.
  ['Jane Roe and John Doe signed a trade pact on Monday.\nAnn Poe signed a separate accord with John Doe the same day.', [['AGREEMENT', null], ['AGREEMENT', null]]],
  ['On Thursday, Russian missiles destroyed a power plant near Lviv, and strikes elsewhere that night killed four people in Brno.', [['ATTACK', null], ['ATTACK', 4]]],
  // A package's worth is the amount given; a government's purchase counts its tonnes.
  ['Atlantis unveiled a package worth about €300 million on Tuesday, including 12 tanks.', [['AID_PROVISION', 300000000]]],
  ['On Tuesday, the government agreed to buy up to 2 million tonnes of surplus grain.', [['POLICY', 2000000]]],
  ['Borduria missiles struck a tanker near Oslo on Friday.\nRussia has since pounded the ports of Lviv and Brno, destroying grain.', [['ATTACK', null], ['ATTACK', null]]],
  // A sentence by a court, a standing custody and an arrest by police are three events.
  ['A court in Lviv on Wednesday sentenced John Doe to six years in prison.\nJohn Doe has been in custody since July.\nOutside the court, police detained at least four people.', [['DETENTION', 1], ['DETENTION', null], ['DETENTION', 4]]],
  // Two acts of different agents in one sentence stay two events.
  ['Atlantis unveiled a package worth about €300 million on Tuesday, while Jane Roe said Borduria would send 40 tanks.', [['AID_PROVISION', 300000000], ['AID_PROVISION', 40]]],
  // "voted 103-0 on Tuesday to withdraw": the act, counted by its tally.
  ['The assembly of Atlantis voted 103-0 on Tuesday to withdraw from the Oslo Convention.', [['AGREEMENT', 103]]],
  // "in exchange for the release of 14 prisoners" is a release, not a prisoner exchange.
  ['Atlantis lifted sanctions on a Borduria airline in exchange for the release of 14 prisoners.', [['SANCTIONS', null], ['PRISONER_RELEASE', 14]]],
  // A vote tally told right after the passing counts it.
  ['The assembly of Atlantis has ratified the Oslo Statute.\n214 deputies voted in favour on Tuesday.', [['AGREEMENT', 214]]],
  // A bare number after a verb of killing counts the dead; the wounded rank below them.
  ['Borduria shelled a market in Lviv on Tuesday, wounding six and killing three, officials said.', [['ATTACK', 3]]],
  // Who protested: any group of people counted ("pensioners", "exiles", "farmers").
  ['About 60 pensioners held a picket outside the town hall in Lviv on Monday.', [['PROTEST', 60]]],
  // A bare number as the subject of the act counts it ("31 of the 94 were locked up", "Thirty more were pardoned").
  ['At least 31 of the 94 were locked up in a migrant centre in Lviv on Monday.', [['DETENTION', 31]]],
  ['Thirty more were pardoned in August.', [['PRISONER_RELEASE', 30]]],
  // "the two were detained in April" recalls people already named: one arrest, not two.
  ['Two Atlantis citizens have been detained in Borduria on suspicion of attacking John Doe in Oslo last month.\nProsecutors said the two were detained at the beginning of April.', [['DETENTION', 2]]],
  // A meeting counts the countries or delegations taking part.
  ['Delegations of 40 countries met in Oslo on Monday to discuss the grain corridor.', [['MEETING', 40]]],
  // Whoever a strike killed is its count, whatever they are called, an aside between or not; one victim counts one.
  ['Three Borduria border guards, among them a captain, were killed on Monday when their post near Lviv came under fire.', [['ATTACK', 3]]],
  ['On Monday, a drone struck a depot near Brno, killing one maintenance worker.', [['ATTACK', 1]]],
  // Sanctions count whoever is listed; a picket counts any group that held it.
  ['Atlantis sanctioned four judges of the Lviv court on Tuesday.', [['SANCTIONS', 4]]],
  ['About 30 Atlantis expatriates held a picket outside the embassy in Oslo on Friday.', [['PROTEST', 30]]],
];

/** [text, type expected, or null when the type must not be reported] */
const FAMILIES: Array<[string, EventType, boolean]> = [
  ['Jane Roe announced the measures on Friday as she met leaders of the northern group in Oslo.', 'MEETING', true],
  ['On Monday, Jane Roe met her Borduria counterpart on the border.', 'MEETING', true],
  ['The parliament of Atlantis has ratified the Oslo Statute on Wednesday.', 'AGREEMENT', true],
  ['On Sunday, Atlantis announced it would give Borduria 2.5 billion kroner (€200 million) for repairs.', 'AID_PROVISION', true],
  ['Air defense systems had intercepted and destroyed 20 Borduria unmanned aerial vehicles overnight.', 'ATTACK', true],
  // Hostages and prisoners both freed in one sentence are a swap; hostages freed under a truce, told alone, a release.
  ['Atlantis has released 90 prisoners from its jails, hours after three hostages were freed by Borduria on Sunday.', 'PRISONER_EXCHANGE', true],
  ['Three hostages were freed by Borduria on Sunday under the truce deal.', 'PRISONER_EXCHANGE', false],
  // false positives: diplomatic protests, victims who protested, grounds of a warrant, topics of talks, refusals to supply
  ['The ministry said on Sunday it had sent a note of protest to the committee.', 'PROTEST', false],
  ['The first declaration came in 2014, after the killings of protesters in Lviv.', 'PROTEST', false],
  ['In March 2023, the court issued an arrest warrant for Jane Roe on suspicion of unlawfully deporting children.', 'DEPORTATION', false],
  ['A year later, it issued warrants for two commanders, John Doe and Bob Moe, over missile strikes on Lviv.', 'ATTACK', false],
  ['Jane Roe met John Doe on Monday, and they discussed the exchange of wounded prisoners.', 'PRISONER_EXCHANGE', false],
  // threats and warnings of what might happen
  ['The gas company warned on Monday that it could stop deliveries to Atlantis from January 1.', 'AID_SUSPENSION', false],
  ['The assembly acted ahead of a threatened halt to arms deliveries to Lviv.', 'AID_SUSPENSION', false],
  ['John Doe, who was once a protest leader himself, joined the cabinet in Lviv.', 'PROTEST', false],
  ['Ferry traffic to the annexed peninsula was halted for three hours on Monday.', 'INVASION', false],
  ['The court issued warrants for two generals of the Borduria army, John Doe and Bob Moe, over missile strikes on Lviv.', 'ATTACK', false],
  ['A judge in Oslo found Jane Roe guilty under Article 12.4 of the code over three blog posts about the bombing of a Lviv hospital.', 'ATTACK', false],
  ['On Friday, Jane Roe declined to commit to supplying Atlantis with long-range missiles.', 'AID_PROVISION', false],
];

describe('event structure', () => {
  it.each(FAMILIES)('%s → %s %s', (text, type, present) => {
    expect(run(text).map((e) => e.type).includes(type)).toBe(present);
  });

  it('keeps a breakdown ("Of them, …") and a running total out of the day\'s count', () => {
    const events = run('The bodies of 700 soldiers have been returned to Atlantis.\nOf them, 600 bodies were returned from Lviv.\nSince the start of the war, Atlantis has managed to repatriate the bodies of more than 5,000 soldiers, officials said.', '2025-02-14');
    expect(events.map((e) => [e.type, e.quantity?.value, e.date?.start])).toEqual([['BODY_REPATRIATION', 700, '2025-02-14'], ['BODY_REPATRIATION', 5000, '2025-02-14']]);
  });

  it.each([
    ['Borduria freed 11 more hostages on Monday in exchange for 33 Atlantis prisoners.', 'PRISONER_EXCHANGE', 11, [33]],
    ['Over four days, Borduria released 50 hostages, while Atlantis freed 150 prisoners.', 'PRISONER_EXCHANGE', 50, [150]],
    ['Borduria fired 122 missiles at Lviv on Friday, killing at least 31 civilians and wounding about 160.', 'ATTACK', 31, [160]],
  ])('%s → %s counted %s, also %j', (text, type, value, others) => {
    const event = run(text).find((e) => e.type === type);
    expect([event?.quantity?.value, (event?.quantities ?? []).map((q) => q.value)]).toEqual([value, others]);
  });

  it.each([
    ['John Doe and two other men were detained in Lviv on Monday night.', 'DETENTION', 3],
    // One person told by a kin or a trade noun, and the rest counted after "his", "her" or "their".
    ['A father and his two children were killed when a missile hit their home in Lviv.', 'ATTACK', 3],
    ['A missile hit Lviv and two people were killed.', 'ATTACK', 2],
    ['Prosecutors on Monday detained the head of the Lviv health directorate and two procurement officials.', 'DETENTION', 3],
    ['Police in Lviv have since arrested at least 30 vendors for defying the ban.', 'DETENTION', 30],
    ['On Tuesday, Atlantis received about 1.1 million doses of oral cholera vaccine from a global stockpile.', 'AID_PROVISION', 1100000],
    ['The Oslo IT office has sent a team of four specialists to Lviv on Monday.', 'AID_PROVISION', 4],
    ['Atlantis and two other countries imposed sanctions on Borduria on Monday.', 'SANCTIONS', undefined],
    ['Security forces detained members of the opposition in Lviv and three journalists on Monday.', 'DETENTION', 3],
    // A phrase on whose they are, a short bracket and a listed aside stand between the count and the killing.
    ['Seven aid workers with the charity Lviv Kitchen (LK), including nationals of Atlantis, Borduria and Oslo, have been killed in an air strike.', 'ATTACK', 7],
    ['The attack on Lviv killed 1,200 people and 251 others were taken hostage.', 'DETENTION', 251],
    // A spelled count with "of them" and an aside before its verb; people named by their posts; a count that acts is no captive.
    ['Three of them, all women, were released in early September after talks in Oslo.', 'PRISONER_RELEASE', 3],
    // (review) those who act and are then taken count; the sources quoted do not.
    ['About 50 activists stormed the ministry in Lviv and were arrested on Monday.', 'DETENTION', 50],
    ['Atlantis released the teacher Jane Roe on Friday, three relatives said.', 'PRISONER_RELEASE', 1],
    ['Police in Lviv arrested five senior executives and editors of the paper on Monday.', 'DETENTION', 5],
    ['The outlet closed in December 2021 after more than 200 police officers raided its newsroom in Lviv and arrested seven current and former staff.', 'DETENTION', 7],
  ])('%s → %s counted %s', (text, type, value) => {
    expect(run(text).find((e) => e.type === type)?.quantity?.value).toBe(value);
  });

  it.each(PLACES)('%s (%s) → %s at %s', (text, published, type, place) => {
    expect(run(text, published).find((e) => e.type === type)?.place ?? null).toBe(place);
  });

  it('gives an exchange told without its sides the sides of the story\'s other exchange', () => {
    const events = run('Atlantis and Borduria swapped 120 prisoners on Tuesday.\nIn the previous swap on Feb. 2, which Oslo mediated, each side freed 60 soldiers.');
    const earlier = events.find((e) => e.type === 'PRISONER_EXCHANGE' && e.date?.start === '2025-02-02');
    expect(earlier?.participants.map((p) => p.name).sort()).toEqual(['Atlantis', 'Borduria']);
  });

  it('gives aid told without a recipient the recipient of the story\'s other aid', () => {
    const events = run('Atlantis will send two more air defence systems to Borduria, its minister said on Saturday.\nLviv pledged €245 million in February for artillery ammunition.');
    const pledge = events.find((e) => e.type === 'AID_PROVISION' && e.date?.granularity === 'month');
    expect(pledge?.participants.map((p) => p.name)).toContain('Borduria');
  });

  it('gives a strike told without its attacker the attacker of the strike before it', () => {
    const events = run('Borduria missiles struck a tanker near Oslo on Friday, the navy of Atlantis said.\nLess than a day earlier, sea drones attacked the Atlantis naval base at Lviv.');
    const earlier = events.filter((e) => e.type === 'ATTACK')[1];
    expect(earlier?.participants.map((p) => p.name)).toContain('Borduria');
  });

  it.each(CLUSTERS)('%s → %j', (text, expected) => {
    expect(run(text).map((e) => [e.type, e.quantity?.value ?? null])).toEqual(expected);
  });

  it("reads a newsletter's teaser as restating the story: the body's sentence is the evidence", () => {
    const text = "In this issue: Atlantis's military declares a temporary ceasefire, Borduria stages drills.\nAtlantis's military declared a temporary ceasefire on Saturday (March 29).";
    const events = run(text, '2025-04-03').filter((e) => e.type === 'CEASEFIRE');
    expect(events.map((e) => [e.date?.start, e.evidence.text.slice(0, 20)])).toEqual([['2025-03-29', "Atlantis's military "]]);
  });

  it.each(DATES)('%s (%s) → %s %j', (text, published, type, expected) => {
    expect(dates(run(text, published), type)).toEqual(expected);
  });
});
