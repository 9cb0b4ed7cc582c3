import { type FixtureName, runEvents } from './__fixtures__/run-events';
import type { ExtractedEvent } from '../types';

/** Phrasings found missing on unseen articles (issue #4), each written anew for the fixtures. */
const NAMES: FixtureName[] = [
  ['Atlantis', 'Atlantis', 'PLACE', true], ['Borduria', 'Borduria', 'PLACE', true], ['Lviv', 'Lviv', 'PLACE', false],
  ['Oslo', 'Oslo', 'PLACE', false], ['Jane Roe', 'Jane Roe', 'PERSON', false], ['John Doe', 'John Doe', 'PERSON', false],
  ['AEC', 'Atlantis Electoral Commission', 'ORGANIZATION', false],
];

const run = (text: string, publishedAt?: string): ExtractedEvent[] => runEvents(text, NAMES, publishedAt);
const types = (text: string): string[] => run(text).map((e) => e.type);

/** [text, expected type] */
const TRIGGERS: Array<[string, string]> = [
  // "help" before a bare verb is an infinitive, not a participle
  ['Officials in Lviv help deport Bordurian children, investigators said on Monday.', 'DEPORTATION'],
  // a state closing or reopening another's or its own airspace decides a policy
  ["Air traffic controllers on Sunday closed Borduria's airspace, citing the threat of a military intervention.", 'POLICY'],
  ["The airports authority said Atlantis's airspace had been fully reopened for all flights on Saturday.", 'POLICY'],
  // a speech given at a gathering tells the gathering too
  ['Speaking at the G20 summit in Oslo on Monday, Jane Roe called the strikes an escalation.', 'MEETING'],
  ['Speaking at the G20 summit in Oslo on Monday, Jane Roe called the strikes an escalation.', 'SPEECH'],
  // Leverage used is no aim pursued.
  ['Borduria used its leverage to secure the release of 50 prisoners on Monday.', 'PRISONER_EXCHANGE'],
  ['In May, the envoy secured the release of Air Force veteran Jane Roe.', 'PRISONER_RELEASE'],
  // A law ratifying an accession is the agreement's step.
  ["The parliament in Oslo adopted the bill on Borduria's accession protocol with 287 votes in favour and 55 against.", 'AGREEMENT'],
  // "had spoken to X on Thursday" is a call; an expulsion announced with "says it will" is decided.
  ['Jane Roe said she had spoken to John Doe on Thursday about the investigation.', 'MEETING'],
  ['Atlantis says it will expel 45 Bordurian diplomats and embassy employees.', 'DEPORTATION'],
  ['Atlantis announced a retaliatory military operation on Saturday.', 'ATTACK'],
  // Deals cancelled in the progressive, negotiated, renewed; a convention left.
  ['Atlantis and Borduria said they were cancelling their bilateral air services agreements with Oslo.', 'AGREEMENT'],
  ['Jane Roe said she had negotiated a deal with John Doe to halt the march.', 'AGREEMENT'],
  ['The government in Lviv renewed the agreement for another year.', 'AGREEMENT'],
  ['Atlantis formally left the convention on Friday.', 'AGREEMENT'],
  ['Borduria withdrew from the grain deal on Monday.', 'AGREEMENT'],
  // leaders' quarrel face to face at a seat of government is their meeting
  ['Atlantis halted aid after a heated Oval Office exchange between Jane Roe and John Doe on Feb. 28.', 'MEETING'],
  ['It followed a public clash between Jane Roe and John Doe in the Oval Office on Feb. 28.', 'MEETING'],
  ['The signing did not take place after a heated exchange in the Oval Office.', 'MEETING'],
  // deaths in unrest
  ['Four people have died since the violence began on Monday, police in Lviv said.', 'ATTACK'],
  // a deal not extended is a refusal of it; people counted as held by a state are held
  ['Borduria will not extend the grain deal with Atlantis, its spokesman said on Monday.', 'AGREEMENT'],
  ['Atlantis extended the agreement with Borduria on Monday.', 'AGREEMENT'],
  ['The group has documented nearly 1,900 civilians held by Borduria.', 'DETENTION'],
  ['Atlantis cut off aid to Borduria on Monday.', 'AID_SUSPENSION'],
  ['Atlantis lifted restrictions on Bordurian oil exports on Monday.', 'SANCTIONS'],
  ['Borduria launched a raid on Lviv overnight.', 'ATTACK'],
  ['Police held three protesters in Lviv on Monday.', 'DETENTION'],
  ['Atlantis pledged $50 million in aid to Lviv on Monday.', 'AID_PROVISION'],
  // A host's gathering; escaped inmates taken back.
  ['Atlantis is hosting a conference in Oslo marking two years of war.', 'MEETING'],
  ['Police said 1,500 inmates escaped from the jail in Lviv, adding that 150 had so far been recaptured.', 'DETENTION'],
  // A call told with its day between verb and partner; ties cut; a town taken by an armed force; the release of a jailed leader;
  // a named person among those detained.
  ['In Oslo, Jane Roe spoke Saturday with John Doe and Ann Poe.', 'MEETING'],
  ['Atlantis severed diplomatic relations with Borduria on Saturday.', 'POLICY'],
  ['Rebels swept into Lviv, the largest city, on Nov. 29.', 'ATTACK'],
  ['The rebels captured Brno on Thursday after a day of fighting.', 'ATTACK'],
  ['The president has ordered the release of jailed opposition leader Jane Roe.', 'PRISONER_RELEASE'],
  ['Among those detained is opposition politician Jane Roe, who was taken by hooded men on Tuesday.', 'DETENTION'],
  // A strike on "the country" or "the capital" with its weapons counted.
  ["Ukraine's air force said Russia attacked the country overnight with 85 drones and one ballistic missile.", 'ATTACK'],
  ['Russia targeted the capital with 14 ballistic missiles and 250 drones.', 'ATTACK'],
  // Arms export licences suspended; a talk "held" with quoted words; the release of "those detained"; an evacuation ordered.
  ['The government in Oslo is suspending 30 of its roughly 350 arms export licences to Atlantis.', 'AID_SUSPENSION'],
  ['The Bordurian president said he held a “long and substantive” conversation with Jane Roe early on Saturday.', 'MEETING'],
  ['Early on Thursday, a judge in Lviv ordered the release of 114 of those detained.', 'PRISONER_RELEASE'],
  ['Residents of the Lviv district were ordered to evacuate last week.', 'POLICY'],
  ['The breakthrough came after Jane Roe sat down early Thursday morning with John Doe at the Europa building.', 'MEETING'],
  ['Jane Roe, who had single-handedly blocked the money at a summit in December, gave way.', 'AID_SUSPENSION'],
  // The return beats the longer capture told of those returned.
  ['Atlantis has brought back 115 servicemen who had been taken prisoner in the Lviv region.', 'PRISONER_EXCHANGE'],
  // Sanctions "including entry bans" are sanctions, not a policy of bans.
  ['On Monday, Atlantis and Borduria imposed sanctions, including entry bans, on 11 officials.', 'SANCTIONS'],
  // The dead recovered by troops.
  ['His body was recovered by troops on Saturday from a tunnel in Lviv, along with the bodies of five other hostages.', 'BODY_REPATRIATION'],
  // Food dropped from the air.
  ['The Atlantis military on Saturday dropped more than 38,000 meals over Lviv in the first of a series of airdrops.', 'AID_PROVISION'],
  // Protests spreading "as" police act; deportations begun or planned ("to deport"); a postal union's strike.
  ['Police fired tear gas as protests spread to Lviv on Sunday.', 'PROTEST'],
  ['Atlantis began to deport hundreds of migrants to Borduria on Monday.', 'DEPORTATION'],
  ['The government plans to deport 300 migrants next month.', 'DEPORTATION'],
  ["Atlantis's postal union said the strike would continue on Monday.", 'PROTEST'],
  // Money for support agreed, named in apposition.
  ['Leaders of all member states have agreed on the Lviv Facility, a EUR 50 billion support instrument for Borduria, at a summit in Oslo.', 'AID_PROVISION'],
  // Sides agreeing to carry out a swap, during talks: a deal on the act, and the talks.
  ['Atlantis and Borduria agreed during a third round of direct talks in Oslo on Wednesday to carry out another large exchange of prisoners of war.', 'AGREEMENT'],
  ['Atlantis and Borduria agreed during a third round of direct talks in Oslo on Wednesday to carry out another large exchange of prisoners of war.', 'MEETING'],
  // Leaving a bloc or a court joined by treaty.
  ['The military governments of Atlantis and Borduria have announced the immediate withdrawal of their countries from the Economic Community of Northern States.', 'AGREEMENT'],
  ['Atlantis announced its withdrawal from the International Criminal Court on Thursday.', 'AGREEMENT'],
  // Bodies traded or swapped are a repatriation.
  ['Atlantis and Borduria traded the bodies of 160 fighters each last Thursday along the front line.', 'BODY_REPATRIATION'],
  // Weapons a government "would send"; a measure passed by a chamber; an aid measure signed into law.
  ['President Jane Roe said Atlantis would send 31 M1 Abrams tanks to Borduria.', 'AID_PROVISION'],
  ['The Senate passed the measure 79-18 late Tuesday.', 'POLICY'],
  ['President Jane Roe signed into law a $95 billion war aid measure on Wednesday.', 'AID_PROVISION'],
  // Stop-work orders halt aid; a truce shattered; the signing "on Tuesday in Oslo, Atlantis, of an agreement"; a patrol ambushed.
  ['Four days later, the State Department sent stop-work orders to aid programmes around the world.', 'AID_SUSPENSION'],
  ['The deal comes after fighting resumed on Aug. 24, shattering a humanitarian truce that had held since March.', 'CEASEFIRE'],
  ['The releases followed the signing on Tuesday in Oslo, Atlantis, of an agreement between the government and the opposition.', 'AGREEMENT'],
  ['Rebel fighters ambushed their patrol near Lviv on Monday, killing one soldier.', 'ATTACK'],
  // A cessation of hostilities; a deal signed "late on Saturday"; two sides agreeing; trade with a country cut; a licence easing
  // sanctions; orders barring people; visas suspended.
  ['The government of Atlantis and Bordurian forces have agreed to a permanent cessation of hostilities.', 'CEASEFIRE'],
  ['The agreement, signed late on Saturday in Oslo, is due to take effect on Monday.', 'AGREEMENT'],
  ['The two governments agreed on Oct. 5 to restart the flights.', 'AGREEMENT'],
  ['Four days later, Jane Roe agreed with UN relief chief John Doe to open two more crossings.', 'AGREEMENT'],
  ['All trade with Borduria, including to and from any third country, was suspended with immediate effect, the statement said.', 'SANCTIONS'],
  ['Atlantis suspended all trade with Borduria on Thursday.', 'SANCTIONS'],
  ['The Atlantis Treasury on Feb. 9 issued a 180-day general licence authorising all transactions related to earthquake relief.', 'SANCTIONS'],
  ['The government issued orders barring the doctors from leaving their jobs.', 'POLICY'],
  ['All visas issued to Bordurian nationals under the exemption scheme were suspended.', 'POLICY'],
  // A former Marine freed in exchange for another is a swap.
  ['In April, Borduria freed another former Marine, John Doe, in exchange for Bob Moe, a Bordurian pilot.', 'PRISONER_EXCHANGE'],
  // Money added to aid; the same pause announced by others; a donor's own act told in its words after "said it had".
  ['Atlantis said on Wednesday it was doubling its flood relief to £15 million.', 'AID_PROVISION'],
  ['The bank said late on Wednesday it would redirect about $350m from existing projects to flood relief in Lviv.', 'AID_PROVISION'],
  ['Atlantis said on Tuesday it would put a further €250 million into the PURL mechanism for Borduria.', 'AID_PROVISION'],
  ['Atlantis, the mission’s main funder, announced on Sept. 26 an additional $160 million for the force.', 'AID_PROVISION'],
  ['Borduria and Oslo announced similar pauses late Friday.', 'AID_SUSPENSION'],
  ['The State Department said Friday it had "temporarily paused additional funding" for the agency.', 'AID_SUSPENSION'],
  // Diplomats expelled are deported (CAMEO 174 "expel or deport individuals"), however the expulsion is told.
  ['Atlantis, Borduria and Oslo on Tuesday ordered dozens of Bordurian diplomats out of their countries.', 'DEPORTATION'],
  ['Jane Roe said 30 Bordurian diplomats had been told to leave for reasons of national security.', 'DEPORTATION'],
  ['John Doe said 15 Bordurian intelligence officers working at the embassy in Oslo had been given two weeks to leave the country.', 'DEPORTATION'],
  ['The moves came a day after Atlantis declared 40 Bordurian embassy staff "undesirable".', 'DEPORTATION'],
  ['Lviv ordered out Borduria\'s ambassador on Monday.', 'DEPORTATION'],
  ['Atlantis declared the Bordurian defence, naval and air advisers posted at the Bordurian High Commission persona non grata.', 'DEPORTATION'],
  ['Atlantis also gave the defence, naval and air advisers at the Bordurian High Commission in Oslo a week to leave.', 'DEPORTATION'],
  // Staff seized; a court ordering a government to stop a practice; a pause in fighting "which began" on a day.
  ['Days later, Houthi security forces stormed UN offices in Lviv and seized at least 11 staff.', 'DETENTION'],
  ['A federal judge on Friday ordered the Atlantis administration to stop deporting migrants to third countries.', 'POLICY'],
  ['The four-day pause in fighting, which began at 7 a.m. Friday, largely held through its first day.', 'CEASEFIRE'],
  // Rockets fired at towns; a day spent on the phone; crossings sealed; aid trucks entering; decrees and orders signed; funds
  // released; decisions announced; summits wrapped up; aid agencies suspending their work; people rounded up; crowds storming
  // buildings; deportees flown to third countries; hostages back home; a speech on the floor.
  ['The army said some 1,100 rockets were fired at Atlantis towns in response.', 'ATTACK'],
  ['Borduria intelligence officials spent most of Sunday on the phone with Atlantis officials.', 'MEETING'],
  ['Atlantis sealed its crossings with Borduria last Tuesday.', 'AID_SUSPENSION'],
  ['On Monday morning, trucks carrying fuel and humanitarian supplies began entering Lviv.', 'AID_PROVISION'],
  ['Decree 70/2023, which Jane Roe signed on December 20, deregulates the economy.', 'POLICY'],
  ['Jane Roe signed the order in January, directing the ministry to find third countries willing to accept deportees.', 'POLICY'],
  ['The fund’s staff agreed earlier this month to release some US$4.7 billion to Atlantis.', 'AID_PROVISION'],
  ['The rule follows a decision announced on Oct. 7 by Jane Roe to make thousands of officials inadmissible to Atlantis.', 'POLICY'],
  ['Group of 20 leaders wrapped up their summit in Oslo on Wednesday.', 'MEETING'],
  ['The WFP suspended its work in the northern province of Lviv in February 2025.', 'AID_SUSPENSION'],
  ['The detainees were among roughly 1,200 people rounded up on Monday morning in Lviv.', 'DETENTION'],
  ['On Sunday afternoon an estimated 4,000 supporters of Jane Roe broke through police lines in Lviv.', 'PROTEST'],
  ['Since then, the ministry says, it has flown more than 600 people to third countries.', 'DEPORTATION'],
  ['Thirteen Atlantis citizens held hostage in Lviv since October 7 were back in Atlantis early on Saturday.', 'PRISONER_RELEASE'],
  ['John Doe used his own remarks on the floor to warn colleagues against isolationism.', 'SPEECH'],
  // Tariffs laid on a country as a penalty or in retaliation are sanctions; prisoners sent to another country; relatives gathered
  // outside a prison; deals approved, extended, signed on a weekday or agreed to as terms.
  ['Jane Roe on Wednesday signed an executive order imposing an additional 25% tariff on goods from Borduria as a penalty for buying gas.', 'SANCTIONS'],
  ['Borduria first hit back by ordering its own 25% tariffs on Atlantis imports.', 'SANCTIONS'],
  ['Atlantis sent 31 alleged members of drug trafficking organizations to Borduria on Wednesday.', 'DEPORTATION'],
  ['In February last year, Atlantis sent 29 prisoners north, among them a veteran trafficker.', 'DEPORTATION'],
  ['Around 40 relatives of the transferred men gathered outside the Lviv maximum-security prison on Wednesday.', 'PROTEST'],
  ['A majority of Atlantis regional governments approved the deal on January 9th.', 'AGREEMENT'],
  // (a cabinet approving a deal ratifies it, as the taxonomy's AGREEMENT has it)
  ['The security cabinet of Atlantis approved the deal on Friday.', 'AGREEMENT'],
  ['The deal allowing Atlantis to ship grain out of its ports was extended on Thursday for another 120 days.', 'AGREEMENT'],
  ['The flights resumed under an agreement signed Tuesday in Oslo between the government and the opposition.', 'AGREEMENT'],
  ['Late on Sunday, officials said the government of Borduria had agreed to all of Jane Roe’s terms.', 'AGREEMENT'],
  // Farmers blocking a stretch of a highway; a court quashing detention orders; a minister replying to a debate; a fuel price
  // decision.
  ['More than 300 farmers from 11 villages blocked the Lviv-Oslo stretch of the national highway on July 4.', 'PROTEST'],
  ['The High Court of Atlantis on Wednesday set aside the detention orders passed against seven farmers.', 'PRISONER_RELEASE'],
  ['The industries minister, replying to a debate in the Assembly on June 26, said the project would go ahead.', 'SPEECH'],
  ['On 10 June, the government of Atlantis announced that the price of subsidized petrol would rise by 30 percent.', 'POLICY'],
  // Inmates moved by force to a prison or a named place; a ministry issuing a decision.
  ['Authorities moved more than 600 inmates from the country\'s largest prison to a newly built maximum-security lockup on Tuesday.', 'DEPORTATION'],
  ['Atlantis transferred 29 detainees to Borduria in February.', 'DEPORTATION'],
  ['The Atlantis Ministry of Interior issued a decision on Monday, 15 September, exempting returnees from fees.', 'POLICY'],
  // Protesters "have continued" to act; "Typhoon jets" are aircraft, no storm; helicopters that kill.
  ['Demonstrators have continued to block the main road into Lviv.', 'PROTEST'],
  ['Borduria Typhoon jets struck the camp on Monday, killing 5 soldiers.', 'ATTACK'],
  ['Helicopters killed 12 fighters near Lviv on Monday.', 'ATTACK'],
  // A ship seized with no sanctions told is a vessel detained; people "held in Borduria prisons"; the Treasury "targeted" firms;
  // ministers "meeting on" an island.
  ['Also on April 13, commandos seized the container ship Aries near the Strait of Hormuz with 25 crew aboard.', 'DETENTION'],
  ['Around 2,000 Atlantis citizens are held in Borduria prisons.', 'DETENTION'],
  ['The US Treasury said it had targeted 16 individuals and two entities that enable the drone programme.', 'SANCTIONS'],
  ['G7 foreign ministers meeting on the Italian island of Capri said in a statement on Friday that they urged restraint.', 'MEETING'],
  // Remains taken into custody; a list of officials barred from entry expanded.
  ['Atlantis took custody on Thursday of the remains of 1,000 people that Borduria says are Atlantis soldiers.', 'BODY_REPATRIATION'],
  ['On Thursday, the foreign ministry of Borduria said it had expanded its list of Atlantis officials and lawmakers barred from entering the country.', 'SANCTIONS'],
  ['Borduria sent a convoy of 82 fuel tankers to Lviv last month.', 'AID_PROVISION'],
  // People handed over for people received in return were swapped; a count of suspects arrested opening a line; a fire set at a warehouse.
  ['Atlantis handed over three people convicted of spying at the Lviv border checkpoint on Wednesday evening, receiving in return two Atlantis citizens who had been imprisoned in Borduria.', 'PRISONER_EXCHANGE'],
  ['12 suspects arrested (5 in Atlantis, 3 in Borduria and 4 in Oslo)', 'DETENTION'],
  ['Investigators believe the group was responsible for a fire at a logistics warehouse in Lviv on 17 January.', 'ATTACK'],
  ['On Tuesday, the Government of Atlantis announced it would provide emergency relief goods, including tents and blankets.', 'AID_PROVISION'],
  ['Ukraine used Storm Shadow to strike a depot, killing 12 soldiers.', 'ATTACK'],
  // A release told with its day before "of"; people remaining "arbitrarily detained".
  ['Responding to the release on Monday of 23 people imprisoned for political reasons in Atlantis, Jane Roe said the move was welcome.', 'PRISONER_RELEASE'],
  ['At least 73 people remain arbitrarily detained for political reasons in Atlantis.', 'DETENTION'],
  // A summit named with its members' acronyms, a place and a day; people moved out of a camp; money announced by a donor.
  ['Aid groups repeated the call made at the joint summit of the Northern Community (NC) and the Southern Community (SC) in Dar es Salaam on 8 February.', 'MEETING'],
  ['On Tuesday, at least 3,500 people were moved out of the displacement site west of Lviv.', 'DEPORTATION'],
  ['Aid groups welcomed the additional €60 million in humanitarian funding for Borduria announced by Atlantis last month.', 'AID_PROVISION'],
  // Ships added to a list of banned ships; a state put on a list of sponsors of terror; a cable damaged.
  ['Atlantis in December added 41 more vessels to its list of shadow fleet ships banned from its ports.', 'SANCTIONS'],
  ['Atlantis put Borduria back on its list of State Sponsors of Terrorism in January.', 'SANCTIONS'],
  ['The cable, which links Lviv with the port of Oslo, was damaged early on Tuesday.', 'ATTACK'],
  ['Outside the prison, relatives of detainees whose names were not on the list held a vigil on Friday morning.', 'PROTEST'],
  // Money announced, told as a noun; a government's compensation to its people is a policy.
  ['Aid groups welcomed the announcement by Atlantis on Monday of €12 million in new humanitarian funding for returnees.', 'AID_PROVISION'],
  ['The provincial government on Thursday announced compensation of Rs 1 million for the families of each policeman killed.', 'POLICY'],
  ['The minister said on Wednesday that the state government would pay an ex gratia of Rs 4 lakh to the next of kin of each victim.', 'POLICY'],
  // Money in any currency a state announces as aid: yuan, a code before the number.
  ['Borduria announced 100 million yuan in emergency humanitarian assistance on Saturday.', 'AID_PROVISION'],
  ['Atlantis on Monday announced USD 5.2 million in emergency food assistance for refugees in Lviv.', 'AID_PROVISION'],
  // A US terrorist listing is a sanction; a migrant status ended is a policy; captives still held are detained.
  ['The move follows the State Department\'s designation of the Borduria Front as a Specially Designated Global Terrorist.', 'SANCTIONS'],
  ['On Friday, DHS said it would end Temporary Protected Status for about 7,000 Bordurians.', 'POLICY'],
  ['The militants also continue to hold the 25 crew members of the tanker, which they seized on November 19, 2023.', 'DETENTION'],
  // Farmers' tractors driven into a city; stones thrown at police; a march banned; a measure adopted after an aside, or its outline.
  ['Hundreds of tractors rolled into Lviv on Wednesday.', 'PROTEST'],
  ['Last Thursday, thousands of farmers drove some 1,300 tractors into Oslo.', 'PROTEST'],
  ['Masked men threw cobblestones and fireworks at riot police in Lviv on Tuesday.', 'ATTACK'],
  ['On 19 June, Oslo police banned the march, arguing that it fell under the new law.', 'POLICY'],
  ['On 18 March 2025, the assembly of Atlantis adopted, by 136 votes to 27, amendments to the law on assembly.', 'POLICY'],
  ['The cabinet of Atlantis approved the outline of the pension reform in July.', 'POLICY'],
  ['A court in Lviv on Wednesday ordered the release of eight university students who had been held in custody since the weekend.', 'PRISONER_RELEASE'],
  ['Helicopters airdropped around 12 tonnes of food packets to villages near Lviv on Monday.', 'AID_PROVISION'],
  ['The warring parties agreed to a humanitarian pause in Lviv on Saturday.', 'CEASEFIRE'],
  ['The U.S. Treasury designated three companies on Thursday for supplying drones to Borduria.', 'SANCTIONS'],
  ['The assembly of Atlantis approved a law on Wednesday banning foreign funding of charities.', 'POLICY'],
  // soldiers released in a deal, or by each side, were swapped
  ['In late September, more than 200 Atlantis fighters were released in a deal mediated by Borduria and Oslo.', 'PRISONER_EXCHANGE'],
  ['In December 2023, Atlantis released 32 Bordurian servicemen and Borduria freed two Atlantis soldiers.', 'PRISONER_EXCHANGE'],
  // a traditional address delivered; a final reading; a register of foreign agents; soldiers to be recruited; jets striking
  // crossings; firebombs thrown; aid commitments frozen
  ['In the evening, the president delivered his traditional 28 October address at Lviv Castle.', 'SPEECH'],
  ['The Atlantis parliament on Tuesday passed in its third and final reading a bill that lets officials strip citizenship.', 'POLICY'],
  ['On Friday, the Ministry of Justice added four journalists, including editor John Doe, to its register of "foreign agents".', 'POLICY'],
  ["Atlantis's caretaker government has said it will recruit about 1,500 new soldiers to reinforce army units in Lviv.", 'POLICY'],
  ['Last week, Atlantis jets struck two crossings near the town of Lviv.', 'ATTACK'],
  ['Overnight into Monday, unknown attackers threw Molotov cocktails at a military enlistment office in Lviv.', 'ATTACK'],
  ['In August, the finance ministry froze new commitments for Atlantis from the federal budget.', 'AID_SUSPENSION'],
  // a measure told before "under which" and the clause's own subject
  ['The president signed a decree on Monday under which about 160,000 men were called up in Atlantis.', 'POLICY'],
  ['The deal under which 200 prisoners were freed was signed in Oslo.', 'AGREEMENT'],
  // hostages abducted are held; intelligence sharing halted with a country; a speech at a general audience; aid dropped
  ['The militants abducted about 250 people during their attack on Lviv on October 7, 2023.', 'DETENTION'],
  ['On March 5, the intelligence chief confirmed that intelligence sharing with Atlantis had also been halted.', 'AID_SUSPENSION'],
  ['Speaking at his general audience in Oslo on Wednesday, the pope again appealed for the return of children.', 'SPEECH'],
  ['Atlantis air force planes dropped food parcels and medical supplies over Lviv on Wednesday, the army said.', 'AID_PROVISION'],
  // bodies recovered from the other side
  ['The swaps came after Atlantis recovered the bodies of 62 fallen soldiers on Nov. 22, the ministry said.', 'BODY_REPATRIATION'],
  ['Atlantis troops recovered the six bodies on Saturday and brought them back to Atlantis the same night.', 'BODY_REPATRIATION'],
  // a government's second verb; a measure announced in the passive; a bill recalled after a comma; parliament suspended
  ["Atlantis's government condemned the killings and on Tuesday banned motorcycle traffic at night across Lviv.", 'POLICY'],
  ['Defence Minister John Doe announced on Tuesday that 3,000 additional troops would be sent to Lviv.', 'POLICY'],
  ['The government on Wednesday announced that workers would be able to buy rice at subsidised prices from December.', 'POLICY'],
  ['The government has since tried to revive those measures through the Lviv bill, which the Chamber of Deputies approved on April 30.', 'POLICY'],
  ['The president suspended parliament on July 25 and later dissolved it.', 'POLICY'],
  // a crowd told by its size alone gathering or marching
  ['The first took place on October 28, when tens of thousands marched along the same avenue in Lviv.', 'PROTEST'],
  ['In late June, Atlantis mediated another exchange in which 90 prisoners from each side were released.', 'PRISONER_EXCHANGE'],
  // house arrest lifted; a local emergency; an evacuation forced; rations reduced, disbursements frozen
  ['On Sunday, the Lviv court lifted the house arrest under which John Doe had been held for two years.', 'PRISONER_RELEASE'],
  ['On Monday, Mayor Jane Roe declared a state of local emergency in Lviv.', 'POLICY'],
  ['In late September, the storm forced the evacuation of more than 25,000 people in Lviv.', 'POLICY'],
  ['The agency reduced rations for eight million people in Atlantis in January.', 'AID_SUSPENSION'],
  ['The fund froze disbursements for its malaria programme in Atlantis in mid-2018.', 'AID_SUSPENSION'],
  // consultations begun, ambassadors briefed
  ['The UN envoy began consultations in Oslo on Monday with representatives of the government, his office said.', 'MEETING'],
  ['Minister Jane Roe briefed ambassadors and heads of UN agencies in Lviv on Tuesday on the damage.', 'MEETING'],
  // the subject of a passive before an apposition, with an auxiliary after the comma
  ['The alleged leader of the ring, a 34-year-old man identified only by the initials J.D., had already been arrested on 14 May at Lviv airport, police said.', 'DETENTION'],
  // a cyberattack told as a noun with its time, or as hackers taking control of systems
  ['A ransomware attack paralysed the computer systems of the Lviv hospital group on Saturday.', 'ATTACK'],
  ['In January, hackers briefly took control of the systems of a water treatment plant in Lviv.', 'ATTACK'],
  // a speech to a council, to delegates or lawmakers, or to a meeting addressed
  ['UN investigators told the Human Rights Council in Oslo on Tuesday that Atlantis is holding at least 73 people.', 'SPEECH'],
  ['Speaking to the Lviv Human Rights Council in Oslo on Tuesday, Jane Roe said the pardons were not enough.', 'SPEECH'],
  ['Deputy Health Minister Jane Roe told delegates on Monday that the clinics in Lviv had run out of insulin.', 'SPEECH'],
  ['The mayor addressed a special meeting of Lviv city council on Tuesday evening.', 'SPEECH'],
  // aid handed out, the act told after "began"
  ['The agency on Wednesday began distributing emergency rations to about 1,500 families in Lviv.', 'AID_PROVISION'],
  // killings told by their manner; money promised; a conference hosted
  ['Earlier this month, activist John Doe was stoned to death by a mob in Lviv.', 'ATTACK'],
  ['On Friday, two activists were hacked to death in Lviv.', 'ATTACK'],
  ['Under the deal, Borduria promised €100 million to Atlantis to fight smuggling.', 'AID_PROVISION'],
  ['Prime Minister Jane Roe hosted a conference on migration in Oslo on July 23.', 'MEETING'],
  // a public body known by its short name, a board, a department named with "and"; decrees, fixed wages, instructions, a law activated
  ['Hours earlier, the AEC suspended the publication of results in three districts of Lviv.', 'POLICY'],
  ['The Atlantis Wage Board on Tuesday fixed the monthly minimum wage at 9,000 crowns.', 'POLICY'],
  ['The Lviv Pay Commission set next year\'s minimum hourly wage at 40 crowns on June 29.', 'POLICY'],
  ['On Monday, the government decreed a 9 percent increase in pensions for May.', 'POLICY'],
  ['The Department of Mines and Energy issued an instruction halting all work at the Lviv shaft on 7 February.', 'POLICY'],
  ['Since it activated the Atlantis Military Service Law in February 2024, the junta has called up about 60,000 people.', 'POLICY'],
  // the subject of a passive is not a noun in a phrase after it, nor in a relative clause
  ['Four soldiers seized by rebels near Lviv in March were freed on Sunday, the ministry said.', 'PRISONER_RELEASE'],
  ['Two men who reached Atlantis in small boats were flown back to Borduria on Thursday.', 'DEPORTATION'],
  // people removed to a named country; rescuers dispatched
  ['Officials confirmed on Monday that three men had been removed to Atlantis.', 'DEPORTATION'],
  ['Borduria dispatched about 30 firefighters to Atlantis on Monday.', 'AID_PROVISION'],
  ['In 2023, a ransomware group stole data belonging to more than 85,000 patients of a clinic network in Lviv.', 'ATTACK'],
  ["Hackers breached the Atlantis ministry's email servers on Monday.", 'ATTACK'],
  ['The Atlantis foreign office imposed matching asset freezes and travel bans on the three in Lviv the same day.', 'SANCTIONS'],
  // a security alert raised; an outbreak declared
  ['The Crisis Centre raised the terror threat level for Lviv to 4, the highest, late on Monday night.', 'POLICY'],
  ['Atlantis raised its own terror alert to the second-highest level in August.', 'POLICY'],
  ["Atlantis's health ministry declared the outbreak last Thursday.", 'POLICY'],
  // people taken to a place of detention or kept in immigration detention; a riot; vaccine doses arriving; a government delaying
  ['After screening at the port on Wednesday, they were moved to the detention facility at Lviv.', 'DETENTION'],
  ['Officials spoke on Monday.\nJohn Doe remains in immigration detention at Lviv.', 'DETENTION'],
  ['Later the same day a crowd threw objects and started a fire at a hotel in Lviv.', 'PROTEST'],
  ['An initial 400 doses of the Ebola vaccine arrived in Lviv on Monday.', 'AID_PROVISION'],
  ['The government delayed the reopening of primary schools in Lviv by two weeks on Monday.', 'POLICY'],
  // a government's decision told in the present perfect, with no day, is the day's news
  ["Officials met on Friday.\nThe Atlantis government has banned the app on ministers' and civil servants' work phones.", 'POLICY'],
  // medical aid: vaccine doses and teams of experts; people expelled (CAMEO 174), a diplomat declared persona non grata
  ['On Tuesday, Atlantis received about 1.1 million doses of oral cholera vaccine from a global stockpile.', 'AID_PROVISION'],
  ['The charity has sent a team of around 40 staff to support treatment centres in Lviv.', 'AID_PROVISION'],
  ['Nineteen Borduria supporters of the club were expelled to Borduria on Thursday.', 'DEPORTATION'],
  ['The ministry handed him a note on Wednesday declaring embassy counsellor John Doe persona non grata.', 'DEPORTATION'],
  ['Health Minister Jane Roe met the regional director for Atlantis, John Doe, in Lviv on Wednesday.', 'MEETING'],
  // A government announcing its decision: "announced that X would extend", "said it would end".
  ['On Monday, Migration Minister John Doe announced that Atlantis would extend the visa programme for another year.', 'POLICY'],
  ['The Atlantis military announced in February that it would enforce a long-dormant conscription law.', 'POLICY'],
  ['The caretaker government of Atlantis had announced on Oct 3 that all foreigners living in the country without valid documents must leave by November 1.', 'POLICY'],
  ['In February the Atlantis Department of Homeland Security said it would end protected status for Bordurians.', 'POLICY'],
  // A government or regulator suspending, extending, halting or abolishing something is a decision.
  ["On Saturday, the Atlantis Media Authority suspended the station's broadcasting licence for 30 days.", 'POLICY'],
  ['Last Wednesday the government of Atlantis extended the closure to three more crossings.', 'POLICY'],
  ['The ministry on Monday halted all flights to Lviv.', 'POLICY'],
  // Review: marches told with "there were"; a list of names with ", and" inside the bodies' phrase; a flag-waving crowd held.
  ['There were marches in Lviv and several other cities on Saturday.', 'PROTEST'],
  ['The bodies of four hostages — Jane Roe, her two sons, and John Doe — were handed over to Atlantis on Thursday.', 'BODY_REPATRIATION'],
  ['Police held two flag-waving protesters in Lviv on Monday.', 'DETENTION'],
  // Prisoners walking out of the gates are freed.
  ['When the gates of the Lviv prison opened on Tuesday, 34 political prisoners walked out to cheers from relatives.', 'PRISONER_RELEASE'],
  ['Doctors in Atlantis launched a nationwide strike on Monday.', 'PROTEST'],
  // Read from the new sets after their blind scoring: a deal with its parties before "was signed", memorandums signed,
  // a leader telling a chamber or Parliament.
  ['A separate policing agreement between Atlantis and Borduria was signed last December.', 'AGREEMENT'],
  ['Following the summit in Lviv, the two sides signed six memorandums of understanding.', 'AGREEMENT'],
  ['The Atlantis ambassador told the chamber in Lviv that the resolution was flawed.', 'SPEECH'],
  ['President John Doe told Parliament on Wednesday that the border with Borduria was closed.', 'SPEECH'],
  // Read from the new sets: a speech used or opened with, a final declaration adopted, a walkout from talks in protest,
  // a railway set on fire, drones launched overnight.
  ['The same day in Lviv, President John Doe used his speech to call oil and gas a gift.', 'SPEECH'],
  ['The foreign minister opened the proceedings in Lviv with a speech on Tuesday.', 'SPEECH'],
  ['The leaders in Lviv later adopted a lengthy final statement, the Lviv Declaration.', 'AGREEMENT'],
  ['Delegates of small states walked out of a meeting with the presidency in Lviv in protest.', 'PROTEST'],
  ['Partisans said they had set fire to a railway relay cabinet near Lviv on Sunday.', 'ATTACK'],
  ['The air force said Atlantis had launched 38 drones at Lviv overnight.', 'ATTACK'],
  ['The air force said Atlantis had launched 38 drones overnight.', 'ATTACK'],
  // Read from the new sets: goods barred from entering, trucks entering a place, names off a sanctions list, a deal or a
  // measure "that X signed on <day>", a vote "in September to", a state programme approved, freed men deported.
  ['Since March 2, Atlantis has barred all goods from entering Lviv, including food.', 'AID_SUSPENSION'],
  ['About 4,200 trucks entered Lviv in the week to 15 January, the UN said.', 'AID_PROVISION'],
  ['In March, Atlantis removed more than 60 individuals and entities from its sanctions list.', 'SANCTIONS'],
  ['The deal builds on a declaration of principles that the two countries signed in Lviv on April 25.', 'AGREEMENT'],
  ['It followed a separate measure that John Doe signed on April 2 in Lviv, lowering the mobilisation age.', 'POLICY'],
  ['The Atlantis parliament voted in September to tighten criminal liability for spotters.', 'POLICY'],
  ['On Tuesday, the Atlantis Cabinet of Ministers approved a state program for former prisoners.', 'POLICY'],
  ['Seventy of the freed men were deported to Lviv via Brno.', 'DEPORTATION'],
  // A flight of nationals sent back: on board, under a readmission agreement.
  ['Two Atlantis Air Force planes landed in Lviv on Tuesday with 201 Bordurians deported from Oslo.', 'DEPORTATION'],
  ['A plane carrying 38 Bordurian nationals left Lviv airport on Wednesday under the readmission agreement.', 'DEPORTATION'],
  // Labour action: workers walking out, a nationwide strike staged; a named avenue blocked by a crowd.
  ['Tens of thousands of resident doctors in Lviv walked out at 7am on Tuesday.', 'PROTEST'],
  ['More than 40 unions in Atlantis staged a nationwide strike on Wednesday.', 'PROTEST'],
  ['About 300 students blocked the Via Expresa in Lviv on Thursday morning.', 'PROTEST'],
  // A passive verb's subject stands before a noun-phrase apposition: a person seized is held, not a place captured.
  ['Jane Roe, a 73-year-old nurse who had lived in Lviv for three decades, was seized from her home in Brno in January.', 'DETENTION'],
  // Sixth review: detaining after "for" is still an arrest told.
  ['Borduria was condemned for detaining journalists in Lviv on Sunday.', 'DETENTION'],
  // Troops crossing "the border into" a region; a counter-terrorist operation regime declared.
  ['On August 6, several thousand Bordurian troops backed by armoured vehicles crossed the border into Atlantis\'s Northland region.', 'INVASION'],
  ['On Friday, the committee declared a "counter-terrorist operation" regime in the Northland region.', 'POLICY'],
  // Fourth review: the facts police insist on, a truce near collapse.
  ['Police in Lviv insisted that the demonstration had been peaceful for most of the day, with thousands marching through the city centre, and that officers arrested 40 people only after clashes broke out.', 'DETENTION'],
  ['The ceasefire in Lviv was near collapse on Friday.', 'CEASEFIRE'],
  // A support package presented, a letter of intent signed, a Nordic parliament addressed, a package in reais announced.
  ['The government in Oslo this morning presented its 21st military support package to Lviv, worth 16.5 billion kronor.', 'AID_PROVISION'],
  ['Jane Roe and John Doe signed a letter of intent in Oslo in October.', 'AGREEMENT'],
  ['Jane Roe addressed the Riksdag by video link on Tuesday.', 'SPEECH'],
  ['Jane Roe on Thursday announced a package of R$50.9 billion in federal support for the flooded state.', 'AID_PROVISION'],
  // One body named, with a title and an aside, returned.
  ['On Sunday, the body of Lt. John Doe, held in Oslo since the 2014 war, was returned to Lviv.', 'BODY_REPATRIATION'],
  // Captives seized with a count before them, people held for hours or held hostage.
  ['On Thursday, gunmen seized more than 280 pupils and staff from a school in Lviv.', 'DETENTION'],
  ['Two reporters were held for several hours in Lviv on Monday.', 'DETENTION'],
  ['Six guards were briefly held hostage in Lviv before being freed on Monday.', 'DETENTION'],
  // Second review: people held during a protest, over posts; a toll after a quake with its own attacker.
  ['Police held 40 protesters during demonstrations in Lviv on Sunday.', 'DETENTION'],
  ['The authorities held three bloggers over posts criticising the government.', 'DETENTION'],
  ['An earthquake of magnitude 6.3 shook Lviv on Saturday, hours after a suicide bomber killed 20 worshippers at a mosque in Oslo.', 'ATTACK'],
  // Review of the 2026-11-30 late session: missiles named after storms, strikes after a collapse of talks, a quake-hit town,
  // a collapse caused by a missile, a rally on an anniversary, a prisoner-swap, wounded soldiers returned home.
  ['Storm Shadow missiles struck a command post in the Lviv region on Tuesday, killing two generals.', 'ATTACK'],
  ['The ceasefire collapsed on Tuesday and Atlantis strikes killed more than 400 people across Lviv.', 'ATTACK'],
  ['Military airstrikes killed 12 people in quake-hit Lviv on Sunday.', 'ATTACK'],
  ['Three people were killed in a building collapse caused by an Atlantis missile strike on Lviv.', 'ATTACK'],
  ["On Saturday, opposition supporters marked the anniversary of John Doe's death with a rally in Oslo.", 'PROTEST'],
  ['The prisoner-swap took place on the Borduria border on Friday.', 'PRISONER_EXCHANGE'],
  ['150 wounded soldiers were returned home on Friday.', 'PRISONER_EXCHANGE'],
  // A war's toll tells the war.
  ['Atlantis regained the enclave in a 44-day war in 2020 that killed about 6,500 people.', 'INVASION'],
  // A state declared in quotes; a deployment announced; a strike near a palace; water cannons; masked men breaking in;
  // a border delimited; a legislature passing a package; a town evacuated.
  ['A week later he declared a "state of internal commotion" in the region.', 'POLICY'],
  ['On Monday, the defence minister announced the deployment of 1,500 additional troops to Lviv.', 'POLICY'],
  ['Earlier this month, Atlantis warplanes struck near the presidential palace in Lviv.', 'ATTACK'],
  ['Atlantis ships blasted three Borduria fishing boats with water cannons near the shoal on Saturday.', 'ATTACK'],
  ['Masked men broke into the Lviv office of the opposition on Monday afternoon.', 'ATTACK'],
  ['Last April, the two governments agreed to delimit a 12.7-kilometre stretch of the border.', 'AGREEMENT'],
  ['Last Thursday, the Bundestag passed a controversial security package.', 'POLICY'],
  ['Fort Smith has been evacuated for nearly a week.', 'POLICY'],
  // Fighting that broke out between two sides starts a war.
  ['Nearly three years after fighting broke out between Atlantis and Borduria in April 2023, the war goes on.', 'INVASION'],
  // Food and tents sent; undocumented foreigners deported; an act invoked; a decree barring a group.
  ['Atlantis said it had sent a rescue team, tents and medicine to Lviv on Sunday.', 'AID_PROVISION'],
  ['On Wednesday the government began deporting undocumented foreigners to Borduria.', 'DEPORTATION'],
  ['On Feb. 14, 2022, the government invoked the Emergencies Act for the first time.', 'POLICY'],
  ['The talks followed a decree issued last month barring women from working in clinics.', 'POLICY'],
  // Bodies flown home; people counted as detained; a deportation carried out; entry barred; awards cancelled.
  ['The bodies of four young Bordurian men who died aboard a boat were flown home to Oslo on Friday.', 'BODY_REPATRIATION'],
  ['Observers counted more than 2,400 people detained in the first week alone.', 'DETENTION'],
  ['Last month Atlantis carried out its first deportation to Borduria in more than a decade.', 'DEPORTATION'],
  ['In May 2022, Atlantis barred entry to 63 Bordurian nationals.', 'SANCTIONS'],
  ['Last year, the government cancelled more than 5,200 foreign assistance awards.', 'AID_SUSPENSION'],
  // Reporters of every kind detained; people named by their nation held; a forcible repatriation; people sent back to a country.
  ['Police in Oslo detained a Bordurian photojournalist at his home on Sunday.', 'DETENTION'],
  ['Borduria says Atlantis is still holding 23 Bordurians.', 'DETENTION'],
  ['The arrests bring to 73 the number of aid workers held by the rebels.', 'DETENTION'],
  ['In 2019 the Atlantis government forcibly repatriated two Bordurian fishermen.', 'DEPORTATION'],
  ['In July 2015 Atlantis sent 109 of that group back to Borduria.', 'DEPORTATION'],
  // Entry bans on officials are sanctions; terms accepted and a treaty text finished are agreements; radars given are aid.
  ['On Sunday, Atlantis imposed entry bans on 11 Bordurian officials.', 'SANCTIONS'],
  // Diplomats expelled with a quoted count, declared persona non grata, or spies ordered out.
  ['Borduria said it would expel "about 25" diplomats and embassy staff.', 'DEPORTATION'],
  ['Jane Roe declared 19 members of the Borduria mission to Atlantis "persona non grata".', 'DEPORTATION'],
  ['Atlantis alone ordered out 45 suspected spies in March.', 'DEPORTATION'],
  // A surrender to police is an arrest; a man run over by a police vehicle was attacked.
  ['The suspect turned himself in to police in Lviv the following evening.', 'DETENTION'],
  ['A motorcycle taxi driver was run over by an armored police vehicle late Thursday near the parliament in Oslo.', 'ATTACK'],
  // A measure told with a participle set off after it: "The curfew, imposed by the authorities on Tuesday, …".
  ['An overnight curfew from 6pm to 6am, first imposed in Lviv on Tuesday night, remains in place.', 'POLICY'],
  ['The state of emergency, declared by Jane Roe at a cabinet meeting in Oslo on Wednesday, took effect on Thursday.', 'POLICY'],
  ['The curfew, imposed by the authorities in Lviv on Tuesday, remains in place.', 'POLICY'],
  // A state shutting a channel of speech: platforms blocked, mobile internet cut.
  ['The Atlantis government on Thursday had blocked 26 social media platforms, including Facebook and X.', 'POLICY'],
  ['Jane Roe told reporters in Oslo on Wednesday that the social media platform TikTok had been blocked in Lviv.', 'POLICY'],
  ['Authorities in Lviv cut mobile internet in the region on Monday.', 'POLICY'],
  // A cabinet voting to keep troops in place decides; workers voting to extend their strike do not.
  ['The Atlantis security cabinet voted on Thursday night to keep troops in the corridor under any agreement.', 'POLICY'],
  // (review) A deal named by its year, suspended, is a decision of the day.
  ['Atlantis suspended the 2015 nuclear deal.', 'AGREEMENT'],
  // Live fire on a crowd, a crowd of students dispersed, countermeasures against firms, a deal revoked, a named captive freed.
  ['Seventeen people died in Lviv alone after police fired live rounds, rubber bullets and tear gas at the crowd.', 'ATTACK'],
  ['In Oslo, police used pepper spray and water cannon to disperse students trying to reach the main square.', 'PROTEST'],
  ['Earlier this month, Atlantis announced countermeasures against 13 U.S. military companies and six senior executives.', 'SANCTIONS'],
  ['The junta announced on August 3 that it had revoked military cooperation agreements with Borduria.', 'AGREEMENT'],
  ['In May, Jane Roe secured the release of John Doe, an Air Force veteran.', 'PRISONER_RELEASE'],
  // A state's people barred from entering, a long list between; assets frozen, told of whose they were.
  ['The Atlantis foreign ministry said it had barred 313 Bordurians, including John Doe, cabinet ministers, MPs and military leaders, from entering Atlantis.', 'SANCTIONS'],
  ['Atlantis has also frozen the assets of Borduria President John Doe and other individuals.', 'SANCTIONS'],
  ['Late on Sunday Borduria said Atlantis had agreed to all of its terms.', 'AGREEMENT'],
  ['Atlantis and Borduria said on March 13 that they had finished negotiating the text of a peace treaty.', 'AGREEMENT'],
  ['Atlantis agreed on Monday to provide the Bordurian navy with coastal surveillance radars.', 'AID_PROVISION'],
  // Core verbs with a light check on the object: people or boats seized, imports halted, convoys that arrived,
  // help offered or money promised, evacuation orders and decrees, gunfire and fighting, ground operations, coffins returned.
  // Core verbs with a counted people object or a people subject: deported, extradited, freed, discharged; sessions,
  // envoys called in, resolutions and motions, sanctions placed on someone, a decreed state of emergency.
  ['Atlantis deported 120 Bordurians to Oslo on Friday under an old law.', 'DEPORTATION'],
  // a release "in return for" others is a swap, as "in exchange for" is
  ['In October 2022, Atlantis released seven Bordurians, five of them oil executives, in return for two nephews of the first lady who were serving sentences in Oslo.', 'PRISONER_EXCHANGE'],
  ['He was extradited to Atlantis in May after a year in custody.', 'DEPORTATION'],
  ['A judge in Lviv on Monday discharged 64 people held over the march.', 'PRISONER_RELEASE'],
  ['Three of the students seized at the rally were freed on Tuesday evening.', 'PRISONER_RELEASE'],
  ['The Borduria council held an emergency session in Oslo on Sunday.', 'MEETING'],
  ['The foreign minister called in the Bordurian ambassador on Friday.', 'MEETING'],
  ['The assembly adopted a resolution on the dam on Thursday by 120 votes.', 'POLICY'],
  ['A motion to pause the cut was defeated by 70 votes to 58 on Tuesday.', 'POLICY'],
  ['The treasury placed two Bordurian banks under sanctions on Monday.', 'SANCTIONS'],
  ['The president decreed a 30-day state of emergency in Lviv on Friday.', 'POLICY'],
  ['Gunmen seized two aid workers at a checkpoint near Lviv on Saturday.', 'DETENTION'],
  ['A fishing boat and its crew of five were seized by the Atlantis coast guard near Lviv in July.', 'DETENTION'],
  ['Borduria responded by halting imports of Atlantis fruit and fish.', 'SANCTIONS'],
  ['A humanitarian convoy of seven trucks reached Lviv on Thursday.', 'AID_PROVISION'],
  ['Jane Roe offered Atlantis help with demining on Thursday.', 'AID_PROVISION'],
  ['Under the deal, Borduria promised 105 million euros to help Atlantis stop departures.', 'AID_PROVISION'],
  ['On Monday, the army ordered residents of 25 more villages to move north of the river.', 'POLICY'],
  ['The cabinet on Monday approved measures to keep rejected asylum seekers in detention for up to 18 months.', 'POLICY'],
  ['In December, the group barred women from studying at medical institutes.', 'POLICY'],
  ['Gunfire hit a commercial plane as it came in to land in Lviv, wounding a flight attendant.', 'ATTACK'],
  ['Heavier fighting broke out late on Tuesday between government forces and a militia in Oslo.', 'ATTACK'],
  ['According to the statement, the killing took place in January last year near Lviv.', 'ATTACK'],
  ['Atlantis launched what it called limited ground operations in southern Borduria on 1 October.', 'INVASION'],
  ['Late Monday night, the Red Cross handed over the coffins of four hostages to Atlantis forces.', 'BODY_REPATRIATION'],
  // An event noun with an ordinal, or the subject of its own staging, is told, not referred to.
  ['The tenth meeting of the border commissions of Atlantis and Borduria was held in Oslo on Friday.', 'MEETING'],
  ['The sides agreed on the border at the eighth meeting of the commissions, held on April 19.', 'MEETING'],
  // What was suspended ends at "after": the strike told after it happened.
  ['Two charities have suspended their work in Borduria after an air strike killed seven aid workers late on Monday.', 'ATTACK'],
  // Pardons, releases with an aside, named people freed by role, releases secured without a count.
  ['The president of Borduria pardoned another 25 people jailed over the protests on Tuesday.', 'PRISONER_RELEASE'],
  ['Forty more were pardoned in June.', 'PRISONER_RELEASE'],
  ['In March, four prisoners, including a Bordurian pilot, were freed after talks in Oslo.', 'PRISONER_RELEASE'],
  ['In April, Borduria freed Atlantis Navy veteran John Doe.', 'PRISONER_RELEASE'],
  ['Jane Roe said the accord also secured the release of "many" Atlantis political prisoners.', 'PRISONER_RELEASE'],
  // A release paid for by another release is an exchange.
  ['In 2022 Atlantis released Bordurian arms dealer John Doe in exchange for a jailed athlete.', 'PRISONER_EXCHANGE'],
  ['Borduria freed 90 prisoners on Sunday after Atlantis handed over four hostages.', 'PRISONER_EXCHANGE'],
  // A named person deported; people sent away to be deported.
  ['The Oslo correspondent John Doe was deported on 3 May.', 'DEPORTATION'],
  ['Five men were flown to Borduria to be deported, the ministry said.', 'DEPORTATION'],
  // A person seized or locked up; police detaining "him".
  ['The reporter Jane Roe was seized at a checkpoint near Lviv in June 2022.', 'DETENTION'],
  ['At least 12 of the 40 were locked up in a migrant centre in Oslo.', 'DETENTION'],
  ['Police detained him at his flat in Lviv on May 2.', 'DETENTION'],
  ['By the union\'s count, 41 reporters are currently in prison in Borduria.', 'DETENTION'],
  ['John Doe has been under de facto house arrest since Sunday.', 'DETENTION'],
  // A single body returned.
  ['Her body was returned to Atlantis in March.', 'BODY_REPATRIATION'],
  // Calls with a counterpart or a named leader.
  ['The Atlantis army chief called his Bordurian counterpart on Friday.', 'MEETING'],
  ['Jane Roe spoke to Borduria Foreign Minister John Doe on Friday.', 'MEETING'],
  ['Officials from 30 countries met online on Tuesday.', 'MEETING'],
  ['Atlantis and Borduria officials then sat down in Oslo on the 12th.', 'MEETING'],
  // A ceasefire as "agreed to stop all firing"; a treaty held in abeyance.
  ['Atlantis and Borduria agreed on Saturday to stop all firing and military action.', 'CEASEFIRE'],
  ['Atlantis decided on May 2 to hold the Lviv Water Treaty in abeyance.', 'AGREEMENT'],
  ['The accord itself was signed in Oslo in May 2021.', 'AGREEMENT'],
  // A bombing told as a noun; people shot dead.
  ['Borduria is still assessing the Atlantis bombing of two air bases on May 3.', 'ATTACK'],
  ['Atlantis troops shot dead two men near Lviv on Thursday, medics said.', 'ATTACK'],
  // A vigil outside an embassy; crowds given as a range; a gathering with flags outside parliament.
  ['Several hundred exiles held a candlelight vigil outside the Bordurian embassy in Oslo on Sunday.', 'PROTEST'],
  ['On 3 May between 20,000 and 30,000 people filled central Lviv.', 'PROTEST'],
  ['About 50 people gathered with flags outside the parliament in Oslo on Monday.', 'PROTEST'],
  // Arms sales cleared, packages of money, contributions in a currency code.
  ['The ministry on Thursday approved a possible Foreign Military Sale to Borduria of 500 missiles.', 'AID_PROVISION'],
  ['Atlantis followed with a package of roughly $200 million on Friday.', 'AID_PROVISION'],
  ['Jane Roe said Atlantis will contribute ISK 300 million to the ammunition initiative.', 'AID_PROVISION'],
  // A crowd with an aside before its verb; a definite truce that "was agreed when" is the day's news.
  ['About 30 people, most of them students from Lviv, gathered with flags outside the parliament on Friday.', 'PROTEST'],
  ['The ceasefire was agreed when the two army chiefs spoke on Saturday afternoon.', 'CEASEFIRE'],
  // Expulsions ordered by count, a person "driven … and deported", people counted as deported from a country.
  ['Courts in occupied Lviv have ordered at least 40 Atlantis citizens expelled since January.', 'DEPORTATION'],
  ['He was held for a week before he was driven to the border and deported to Oslo on the 9th.', 'DEPORTATION'],
  ['Last week nine Atlanteans deported from Borduria spent two nights at the border.', 'DEPORTATION'],
  // Sanctions announced in a participle after the main clause.
  ['Jane Roe travelled to Lviv on Monday, announcing sanctions on 40 individuals and entities.', 'SANCTIONS'],
  // A person released later, told with a pronoun; a crowd after a call, joined by ", and".
  ['John Doe was arrested at Oslo airport on 3 March; he was released in May after a court fined him.', 'PRISONER_RELEASE'],
  ['Jane Roe called on members to defend the office, and by midnight several thousand people had gathered outside it.', 'PROTEST'],
  // Adults abducted by an occupying force are detained; children abducted are deported.
  ['At least nine civilians have been abducted by Bordurian officers in occupied Lviv since July.', 'DETENTION'],
  ['Some 300 children have been abducted from occupied Lviv since 2022, officials said.', 'DEPORTATION'],
  // A crowd of two groups with an adjective ("exiled journalists and activists") gathering.
  ['On Sunday, about 70 exiled journalists and activists gathered in Oslo to mark the anniversary.', 'PROTEST'],
  // Calls with a named person; briefings by phone; a text initialled; an envoy called to the ministry.
  ['Jane Roe then spoke with John Doe.', 'MEETING'],
  ['Later on Monday she briefed other leaders, including John Doe, by phone.', 'MEETING'],
  ['Technical teams had initialled the text on the 18th.', 'AGREEMENT'],
  ['The Bordurian ambassador was previously called to the ministry on November 18.', 'MEETING'],
  // A captive freed, told in an appositive; an attack "launched what X said was its largest drone attack".
  ['The reporter John Doe, freed on Monday after two years in captivity, landed in Oslo.', 'PRISONER_RELEASE'],
  ['Borduria launched what the Atlantis air force said was its largest drone attack of the war.', 'ATTACK'],
  // Aid in yuan; drones coming down on a neighbour; a tanker hit.
  ['Atlantis has pledged 1 billion yuan in relief to Borduria.', 'AID_PROVISION'],
  ['Two Bordurian drones came down on the territory of Atlantis overnight.', 'ATTACK'],
  ['Less than an hour later, a second tanker was hit off the coast of Lviv.', 'ATTACK'],
  // A court "gave 14 years to" someone; new arrests counted; a placard "reading"; a law passed by a parliament.
  ['On the 14th, the Lviv Regional Court gave 12 years to a 60-year-old pensioner for treason.', 'DETENTION'],
  ['The security service reported at least five new arrests on treason charges last week.', 'DETENTION'],
  ['His mother came to the court in Lviv with a placard reading "Free my son".', 'PROTEST'],
  ['The law was passed by the Atlantis Assembly on April 8.', 'POLICY'],
  // A pause in fighting announced; a discussion with an alliance's chief; a national day's address.
  ['The rebel alliance announced a two-week pause of its own on Saturday.', 'CEASEFIRE'],
  ['On Friday, Jane Roe discussed the incident with NATO Secretary General John Doe.', 'MEETING'],
  ['In her Independence Day address on Saturday, Jane Roe told the nation the war would end.', 'SPEECH'],
  // Embassy operations suspended.
  ['Atlantis suspended the embassy\'s operations in Lviv on 1 August.', 'POLICY'],
  ['Atlantis first sent armoured ambulances to Borduria in 2021.', 'AID_PROVISION'],
  ['A coalition of donors delivered roughly 800,000 artillery rounds to Borduria in 2023.', 'AID_PROVISION'],
  ['Atlantis, which builds the jets, authorized their transfer to Borduria in March.', 'AID_PROVISION'],
  ['Military assistance resumed on April 4 after a two-week pause.', 'AID_PROVISION'],
  ['Atlantis has held back shipments of artillery shells to Borduria since Monday.', 'AID_SUSPENSION'],
  ['A court in Oslo sentenced the blogger John Doe to nine years on treason charges on Friday.', 'DETENTION'],
  ['Six of the union leaders remain behind bars.', 'DETENTION'],
  ['The foreign ministry of Atlantis summoned the Bordurian ambassador on Tuesday.', 'MEETING'],
  ['The Bordurian envoy was summoned to the ministry in Oslo on Monday.', 'MEETING'],
  ['Members at the Oslo meeting agreed to raise military spending to 3% of output by 2030.', 'AGREEMENT'],
  ['Jane Roe said on Monday that Atlantis was suspending its participation in the arms treaty.', 'AGREEMENT'],
  ['The Atlantis parliament voted on Thursday to endorse the withdrawal.', 'AGREEMENT'],
  ['A ten-year gas supply deal between Atlantis and Borduria expired on March 31.', 'AGREEMENT'],
  ['Borduria launched its biggest aerial attack so far on Lviv on Sunday.', 'ATTACK'],
  ['Borduria launched a massive drone assault overnight, officials in Lviv said.', 'ATTACK'],
  ['Bordurian troops launched a surprise incursion into Atlantis in August.', 'INVASION'],
  ['Jane Roe called on both armies to stop fighting over the holidays on Wednesday.', 'CEASEFIRE'],
  ['Borduria added the Lviv Free Press to its list of "undesirable" organizations in May.', 'POLICY'],
  ['The interior ministry designated the group as an extremist organization on Friday.', 'POLICY'],
  ['Jane Roe ordered a review of the munitions stockpile in June.', 'POLICY'],
  ['In April 2023, Borduria barred 40 Atlantis lawmakers, among them John Doe, from entering the country.', 'SANCTIONS'],
  ['The cabinet decided on Friday to ban exports of machine tools to 30 more companies in Borduria.', 'SANCTIONS'],
  ['Investigators say 200 children whom Bordurian troops took from an orphanage in Lviv were never returned.', 'DEPORTATION'],
  ['At least 90 children from Lviv had been put up for adoption in Borduria, the report found.', 'DEPORTATION'],
  ['In Lviv, police estimated the crowd on the main square at about 12,000.', 'PROTEST'],
  ['The two leaders met on the Atlantis border earlier this week.', 'MEETING'],
  ['Jane Roe made a surprise visit to Lviv on Monday.', 'MEETING'],
  ['Jane Roe visited Lviv on Monday.', 'MEETING'],
  ['Borduria handed over 45 prisoners of war on Friday in exchange for 45 of its own soldiers.', 'PRISONER_EXCHANGE'],
  ['Several hundred people gathered outside the Oslo parliament on Sunday to condemn the new law.', 'PROTEST'],
  ['Atlantis froze the assets of four Bordurian banks on Wednesday.', 'SANCTIONS'],
  ['The bodies of 212 soldiers were handed to Atlantis on Thursday.', 'BODY_REPATRIATION'],
  ['Mediators helped reunite nine children with their families in Lviv on Monday.', 'PRISONER_RELEASE'],
  ['A court in Oslo jailed a theatre director for seven years on Monday.', 'DETENTION'],
  ['Borduria fired 70 missiles and 120 drones at Atlantis overnight.', 'ATTACK'],
  ['The Atlantis senate passed a $20 billion aid bill for Borduria on April 9.', 'AID_PROVISION'],
  ['Jane Roe and John Doe spoke for two hours on Tuesday.', 'MEETING'],
  ['Atlantis closed its border crossings with Borduria on Thursday.', 'POLICY'],
  ['Atlantis banned the pro-Borduria party on Aug. 2.', 'POLICY'],
  ['Borduria agreed to a 30-day halt on strikes against energy infrastructure on March 3.', 'CEASEFIRE'],
  ['Atlantis followed suit on Monday, sanctioning two Bordurian shipping firms.', 'SANCTIONS'],
  ['The treasury moved on Friday to sanction more Bordurian banks.', 'SANCTIONS'],
  ['Atlantis is no longer supplying weapons to Borduria, Jane Roe said on Tuesday.', 'AID_SUSPENSION'],
  ['Jane Roe told the Atlantis parliament on Monday that the reform would pass.', 'SPEECH'],
  ['Speaking at a security forum in Oslo on Friday, John Doe warned of new threats.', 'SPEECH'],
  ['The pact, drafted by Atlantis and mediated by Oslo, was signed in Lviv on May 3.', 'AGREEMENT'],
  ['The grain deal was last renewed in March for four months.', 'AGREEMENT'],
  ['Borduria froze its participation in the regional arms treaty in February.', 'AGREEMENT'],
  ['On Sunday, 60 states endorsed a joint communique on nuclear safety in Oslo.', 'AGREEMENT'],
  ['The cabinet decided on 3 March to keep its national ban on Bordurian poultry in place.', 'POLICY'],
  ['Bordurian soldiers detained three priests in Lviv in March 2023.', 'DETENTION'],
  ['Officials said Borduria had forcibly deported between 2,000 and 3,500 Atlantis citizens.', 'DEPORTATION'],
  ['The first Leopard tanks from Atlantis reached Borduria in early 2023.', 'AID_PROVISION'],
  ['In May Atlantis handed over the first four of its 12 fighter jets.', 'AID_PROVISION'],
  ['On Monday police in Lviv fired tear gas at thousands of protesters outside parliament.', 'PROTEST'],
  ['Borduria launched what its army described as \u201cpunitive strikes\u201d on Lviv overnight.', 'ATTACK'],
  ['Atlantis troops pressed a counteroffensive in the Lviv region in early May.', 'ATTACK'],
  ['In March the Atlantis government agreed to return three disputed villages to Borduria.', 'AGREEMENT'],
  // accession, sanctions lists, price caps, expulsions, readings, crowds (holdout H round)
  ['Atlantis formally became the 33rd member of the alliance on Tuesday.', 'AGREEMENT'],
  ['The Bordurian parliament ratified Atlantis\'s membership bid on Thursday.', 'AGREEMENT'],
  ['The handover was agreed in a joint statement issued on May 3 by both governments.', 'AGREEMENT'],
  ['The bloc on June 3 added 12 people and two firms in Borduria to its sanctions list.', 'SANCTIONS'],
  ['John Doe was placed under Atlantis sanctions in October 2022.', 'SANCTIONS'],
  ['The embargo itself was adopted in June as part of a wider package.', 'SANCTIONS'],
  ['A price cap of $45 a barrel on Bordurian crude came into force on Monday.', 'SANCTIONS'],
  ['Atlantis expelled 14 Bordurian diplomats on Friday.', 'DEPORTATION'],
  ['Atlantis will cut the number of Bordurian embassy staff in Oslo, Jane Roe announced on Wednesday.', 'POLICY'],
  ['Last month a court in Oslo declared the Unity Party unconstitutional.', 'POLICY'],
  ['The bill, which cleared its first reading on Tuesday, would restrict foreign funding.', 'POLICY'],
  ['The ruling party said on Thursday it would withdraw the draft law on foreign funding.', 'POLICY'],
  ['A nationwide state of emergency declared on May 5 remains in force.', 'POLICY'],
  ['Jane Roe said he had authorized the police to open fire without warning.', 'POLICY'],
  ['Several thousand people came to the courthouse in Lviv on the day of the verdict.', 'PROTEST'],
  ['The crowds came back on Wednesday evening, filling the square.', 'PROTEST'],
  ['Several thousand protesters gathered outside the parliament in Oslo on Friday.', 'PROTEST'],
  ['Atlantis vetoed the aid package for Borduria at a meeting of ministers on Tuesday.', 'AID_SUSPENSION'],
  ['The ceasefire took effect at noon on Wednesday.', 'CEASEFIRE'],
  // holdout I/J round
  ['Police in Oslo detained five opposition figures on Sunday.', 'DETENTION'],
  ['Jane Roe said Atlantis would donate 12 F-16s to Borduria over two years.', 'AID_PROVISION'],
  ['The defence ministers of Atlantis and Borduria signed documents on the storage of munitions in Oslo on Thursday.', 'AGREEMENT'],
  ['Borduria, the other holdout, ratified Atlantis\'s bid in January.', 'AGREEMENT'],
  ['On Friday, the assembly voted 170 to 37 to lift its veto on the talks.', 'POLICY'],
  ['Leaders decided on Thursday evening to open accession negotiations with Borduria.', 'POLICY'],
  ['Leaders also granted Borduria the status of candidate country on Thursday.', 'POLICY'],
  ['The decision to station missiles in Borduria was announced by Jane Roe on March 25.', 'POLICY'],
  ['Atlantis first shut four crossings on its eastern border on 18 November.', 'POLICY'],
  ['Atlantis has ordered 70 Bordurian diplomats to leave the country by July 3.', 'DEPORTATION'],
  ['The regulator blocked access to two social networks on Friday.', 'POLICY'],
  ['Atlantis added 50 new designations of its own on Thursday.', 'SANCTIONS'],
  ['The new government of Atlantis has refused to approve a military aid package for Borduria worth €40 million.', 'AID_SUSPENSION'],
  ['Supporters of the ruling party beat a student with a baseball bat in Lviv in January.', 'ATTACK'],
  ['Jane Roe discussed the supply of fighter jets with Prime Minister John Doe in Oslo on Saturday.', 'MEETING'],
  ['The jets were shown during a visit by Jane Roe to Oslo on Sunday.', 'MEETING'],
  ['Jane Roe presented his peace plan to parliament on Wednesday.', 'SPEECH'],
  ['He also announced that five more children, including two brothers from Lviv, had been returned to Atlantis.', 'PRISONER_RELEASE'],
  // holdout G round
  ['The missile that fell on a farm near Lviv, killing two men, was fired by mistake.', 'ATTACK'],
  ['At least 300 children aged between six and 17 were taken from occupied areas to Borduria in 2022.', 'DEPORTATION'],
  ['Jane Roe traveled to Oslo last week to meet John Doe.', 'MEETING'],
  ['Atlantis said sanctions on Borduria\'s largest bank, imposed in November, had cut its gas payments.', 'SANCTIONS'],
  ['On the 12th, the security council approved a plan to stop the unrest.', 'POLICY'],
  // holdout K round
  ['On 11 October, Atlantis returned 32 soldiers.', 'PRISONER_EXCHANGE'],
  ['On 13 October, 20 Atlantis servicemen returned home in exchange for 20 Bordurians.', 'PRISONER_EXCHANGE'],
  ['The 17th package, adopted on 20 May, had listed nearly 200 tankers.', 'SANCTIONS'],
  ['The suspected gunman was overpowered by bodyguards and detained at the scene in Lviv on Wednesday.', 'DETENTION'],
  ['On Thursday, prosecutors charged the man with attempted murder.', 'DETENTION'],
  ['Politicians in Oslo condemned the assassination attempt on the prime minister of Borduria on Wednesday.', 'ATTACK'],
  ['In a televised statement delivered in the early hours of Sunday, Jane Roe proposed new talks.', 'SPEECH'],
  ['Earlier on Wednesday, speaking at an expanded meeting of the defence ministry board, John Doe said the army would grow.', 'SPEECH'],
  ['From Lviv, they held a video call with around 20 other leaders on Saturday.', 'MEETING'],
  ['The talks between Jane Roe and John Doe at the air base in Oslo on Friday lasted three hours.', 'MEETING'],
  ['About 30 supporters and foreign diplomats gathered outside the courthouse in Lviv on Monday.', 'PROTEST'],
  // holdout L round
  ['The Atlantis parliament voted on Wednesday to amend the constitution.', 'POLICY'],
  ['In August, Atlantis brought home 84 people on the 14th, 33 soldiers and 51 civilians.', 'PRISONER_EXCHANGE'],
  ['Thousands of Atlantis civilians are still being held in Russia without any legal grounds.', 'DETENTION'],
  ['Jane Roe said Oslo had begun the process of seizing a Bordurian cargo jet.', 'SANCTIONS'],
  ['Jane Roe said on Monday he had ordered troops to deploy along the border.', 'POLICY'],
  ['Atlantis and Borduria formally submitted their applications to join the alliance on May 18.', 'AGREEMENT'],
  ['Jane Roe announced that Atlantis was applying for fast-track membership of the alliance.', 'AGREEMENT'],
  ['The ministry said 1,730 Atlantis fighters had surrendered at the steel plant since Monday.', 'DETENTION'],
  ['The US pledged 31 M1A1 Abrams to Borduria in January.', 'AID_PROVISION'],
  ['Jane Roe announced 650 million Canadian dollars in military aid for Borduria on Friday.', 'AID_PROVISION'],
  ['The Senate on Thursday passed a $39.8 billion emergency spending package for Borduria.', 'AID_PROVISION'],
  // holdout N round
  ['Police in Lviv detained at least 10 of them within minutes on Sunday.', 'DETENTION'],
  ['On September 21, Jane Roe announced a "partial mobilization" in Atlantis.', 'POLICY'],
  ['This morning, a local resident opened fire at the enlistment office in Lviv.', 'ATTACK'],
  ['Atlantis said on Thursday it had finished handing over the 24 F-16s it promised Borduria.', 'AID_PROVISION'],
  ['Jane Roe first announced the transfer of the jets to Borduria in June last year.', 'AID_PROVISION'],
  ['The last Atlantis package of weapons for Borduria, worth $250 million, was announced on Dec. 27.', 'AID_PROVISION'],
  // holdout M round
  ['On Saturday, 307 more Atlantis soldiers came home.', 'PRISONER_EXCHANGE'],
  ['Each side handed over another 303 soldiers on Sunday, the last stage of a 1,000-for-1,000 exchange.', 'PRISONER_EXCHANGE'],
  ['The previous exchange took place on August 24, when 115 Atlantis defenders came home.', 'PRISONER_EXCHANGE'],
  ['In Lviv, falling debris and drone strikes wounded at least 15 people on Sunday.', 'ATTACK'],
  ['In a separate memorandum signed the same day, Oslo undertook to help Borduria export grain.', 'AGREEMENT'],
  ['Last month, Jane Roe agreed with John Doe that Atlantis would not block the mission.', 'AGREEMENT'],
  ['Atlantis announced measures against 50 more people and companies on Thursday.', 'SANCTIONS'],
  // holdout O/P round
  ['Several dozen people came to the courthouse in Lviv on Friday to support him.', 'PROTEST'],
  ['Jane Roe had approved the delivery on January 25th after weeks of hesitation.', 'AID_PROVISION'],
  ['Jane Roe announced that Atlantis had given its air defence systems to Borduria on Friday.', 'AID_PROVISION'],
  ['Jane Roe has become the first foreign leader to address the Atlantis parliament, speaking by video link on Tuesday.', 'SPEECH'],
  ['John Doe announced an immediate ban on all Russian oil, gas and coal imports on Tuesday.', 'SANCTIONS'],
  ['A government commission headed by Jane Roe met the same day.', 'MEETING'],
  ['The attack came ten days after Jane Roe welcomed Mr. Doe and a group of leaders to the presidential palace in Oslo.', 'MEETING'],
  ['Since February 24, monitors in Atlantis have recorded more than 19,000 detentions for anti-war statements.', 'DETENTION'],
  ['On August 14, 84 Atlantis citizens – 33 military personnel and 51 civilians – came home.', 'PRISONER_EXCHANGE'],
  ['Four more children were brought back from the occupied territories of Atlantis on Friday.', 'PRISONER_RELEASE'],
  ['Jane Roe showed off the first F-16 fighters delivered to Borduria on Sunday.', 'AID_PROVISION'],
  ['The parliament of Atlantis on Tuesday accepted the resignation of the president.', 'POLICY'],
  ['In October, Oslo ordered the closure of Borduria\'s consulate in Lviv.', 'POLICY'],
  ['The protesters were detained on Monday, and the five were released two days later.', 'PRISONER_RELEASE'],
  ['An investment agreement with Borduria, signed in Oslo on October 30, was withdrawn.', 'AGREEMENT'],
  // holdout Q/R round
  ['Jane Roe told the House of Commons on Thursday that the missiles were already in use.', 'SPEECH'],
  ['The two leaders also issued a joint statement on Tuesday elevating ties.', 'AGREEMENT'],
  ['In Oslo, Jane Roe and John Doe signed a statement on deepening their partnership on Tuesday.', 'AGREEMENT'],
  ['Atlantis will adopt the full package of sanctions against Borduria, the government announced on Monday.', 'SANCTIONS'],
  ['The government said it would also send eight tonnes of relief supplies to Borduria.', 'AID_PROVISION'],
  ['The blast in the early hours of Friday killed 53 prisoners and wounded 75 in Lviv.', 'ATTACK'],
  // holdout S round
  ['The security service has detained Jane Roe, a citizen of Atlantis, in Lviv on Thursday.', 'DETENTION'],
  ['Basketball player John Doe was released in December in exchange for an arms dealer.', 'PRISONER_EXCHANGE'],
  ['The parliament of Atlantis on Thursday unanimously approved the Nansen Support Programme for Borduria, worth NOK 75bn.', 'AID_PROVISION'],
  ['The Lviv Grain Initiative lapsed in July after Borduria withdrew.', 'AGREEMENT'],
  // holdout T round
  ['About a hundred people gathered outside the court building in Lviv on Monday morning with flowers.', 'PROTEST'],
  ['The call came a day after Borduria freed John Doe, an Atlantis schoolteacher who had been jailed in 2021.', 'PRISONER_RELEASE'],
  ['Earlier on Wednesday, Jane Roe told a meeting of defence ministers in Oslo that aid would continue.', 'SPEECH'],
  ['The bloc on Friday decided to keep some €210 billion of Bordurian central bank assets immobilised.', 'SANCTIONS'],
  ['Jane Roe flew to Oslo last Friday for a dinner with John Doe.', 'MEETING'],
  // holdout U/V round
  ['Ninety-four Bordurian servicemen who had been in captivity were returned on Sunday.', 'PRISONER_EXCHANGE'],
  ['The previous exchange took place in early April, when Borduria got back 20 servicemen.', 'PRISONER_EXCHANGE'],
  ['Police in Lviv later also detained eight Bordurian nationals.', 'DETENTION'],
  ['On Saturday, several hundred relatives of servicemen gathered on the main square of Lviv.', 'PROTEST'],
  ['Speaking by video link to the Security Council on Wednesday evening, Jane Roe called for a tribunal.', 'SPEECH'],
  ['The explosion went off on Sunday at about 18:00 in a cafe in Lviv.', 'ATTACK'],
  ['The government decided on Thursday morning to grant Borduria 50 MW of electricity at a preferential price.', 'AID_PROVISION'],
  ['The Borduria Sanctions Bill went through all three readings under urgency on Wednesday.', 'SANCTIONS'],
  ['Parliament has unanimously passed a law allowing Atlantis to impose its own sanctions on Wednesday.', 'SANCTIONS'],
  // holdout W round
  ['Atlantis has brought 45 of its defenders home from Bordurian captivity, officials said on Saturday.', 'PRISONER_EXCHANGE'],
  ['John Doe, 43, was assaulted on the evening of March 12 outside his house in Lviv.', 'ATTACK'],
  ['On Sunday the ministry reported that Atlantis forces had carried out a strike with precision weapons on Lviv.', 'ATTACK'],
  ['The number of people killed in Saturday\'s shelling of Lviv has risen to 24, the governor said on Sunday.', 'ATTACK'],
  ['Jane Roe later took part from Lviv in a video conference of leaders on Saturday.', 'MEETING'],
  ['Jane Roe today showed off the first F-16 fighters delivered to his country at an airbase.', 'AID_PROVISION'],
  // holdout X round
  ['Oslo also helped return 22 Atlantis children to their families in March.', 'PRISONER_RELEASE'],
  ['Jane Roe also announced £40million to help the economy of Borduria recover on Thursday.', 'AID_PROVISION'],
  ['Ministers also agreed separate listings of 21 individuals and six entities on Tuesday.', 'SANCTIONS'],
  // holdout Z round and a blind phrase table
  ['Borduria launched 310 drones and 40 missiles overnight, targeting power plants in three regions.', 'ATTACK'],
  ['In the eastern city of Lviv, 27 people were injured.', 'ATTACK'],
  ['Borduria battered the power grid of Atlantis with more than 60 missiles on Sunday.', 'ATTACK'],
  ['Borduria pounds Lviv with guided bombs', 'ATTACK'],
  ['Explosions rocked central Lviv on Monday morning.', 'ATTACK'],
  ['Shelling of a market in Lviv on Tuesday claimed the lives of 14 people.', 'ATTACK'],
  ['Investigators blamed Borduria for an act of sabotage on a railway line near Lviv on Sunday.', 'ATTACK'],
  ['Atlantis troops opened a new front near Lviv on Friday.', 'INVASION'],
  ['Jane Roe sat down with John Doe in Oslo on Monday.', 'MEETING'],
  ['In a call lasting about an hour on Wednesday, Jane Roe and John Doe discussed energy.', 'MEETING'],
  ['Farmers drove tractors into central Oslo on Thursday.', 'PROTEST'],
  ['Students blocked a major Lviv intersection for an hour on Monday.', 'PROTEST'],
  ['Police in Oslo arrested two Bordurian nationals over an alleged plot on Tuesday.', 'DETENTION'],
  ['The security service has detained a 45-year-old Lviv resident suspected of spying.', 'DETENTION'],
  ['More than 40 migrants were apprehended by border guards on Monday night.', 'DETENTION'],
  ['A court in Oslo remanded the director John Doe in custody for two months on Saturday.', 'DETENTION'],
  ['About 900 residents of Lviv were forcibly relocated deeper into Borduria on Sunday.', 'DEPORTATION'],
  ['Atlantis expelled 900 Bordurian citizens who failed to register on Monday.', 'DEPORTATION'],
  ['Borduria traded the arms dealer John Doe for the athlete Jane Roe in Oslo on Thursday.', 'PRISONER_EXCHANGE'],
  ['Borduria released American teacher John Doe on Tuesday.', 'PRISONER_RELEASE'],
  ['Borduria has begun handing over the first 900 bodies of Atlantis soldiers.', 'BODY_REPATRIATION'],
  ['Atlantis will lend Borduria £2bn to rebuild its grid, Jane Roe announced.', 'AID_PROVISION'],
  ['Borduria secured more than €1 billion in pledges at a donor conference in Oslo on Tuesday.', 'AID_PROVISION'],
  ['A cargo plane carrying 40 tonnes of humanitarian supplies landed in Lviv on Tuesday.', 'AID_PROVISION'],
  ['Borduria has taken delivery of its first F-16 jets, Jane Roe said on Sunday.', 'AID_PROVISION'],
  ['EU ambassadors on Wednesday agreed to top up the fund with €5bn for Borduria.', 'AID_PROVISION'],
  ['Military assistance to Borduria was put on hold on Monday evening.', 'AID_SUSPENSION'],
  ['Sanctions against the central bank of Borduria were tightened on Monday.', 'SANCTIONS'],
  ['Atlantis sanctions 90 more tankers', 'SANCTIONS'],
  ['On August 28 Atlantis banned vehicles with Bordurian plates from entering the country.', 'POLICY'],
  ['Atlantis will close four crossing points on its border with Borduria from Saturday.', 'POLICY'],
  ['Atlantis said on Wednesday it would close the last Bordurian consulate in Lviv.', 'POLICY'],
  ['Allies also agreed to set up a new command in Oslo on Tuesday.', 'POLICY'],
  ['Jane Roe dismissed all regional recruitment chiefs on Friday.', 'POLICY'],
  ['Authorities on Saturday ordered all civilians to leave Lviv.', 'POLICY'],
  ['The parliament of Atlantis overrode a presidential veto on Tuesday.', 'POLICY'],
  ['The parliament on Tuesday approved a loosening of the debt brake.', 'POLICY'],
  ['Atlantis has signed into law a bill lowering the mobilisation age.', 'POLICY'],
  ['Atlantis designated the Lviv-based news outlet Free Voice an \'undesirable organisation\' on Thursday.', 'POLICY'],
  ['Jane Roe will address the nation on television on Wednesday evening.', 'SPEECH'],
  ['Atlantis and Borduria initialled a peace agreement in Oslo on Friday.', 'AGREEMENT'],
  ['"Each of them will get the treatment he needs," Jane Roe said in her evening address on Tuesday.', 'SPEECH'],
  ['A government portal lists 16,000 children as deported to Borduria.', 'DEPORTATION'],
  // holdout ZA round
  ['On Saturday, some 150 drivers stranded outside Lviv held their own protest.', 'PROTEST'],
  ['The blockade of the Lviv, Oslo and Atlantis crossings, which began on November 6, has left 2,900 lorries stranded.', 'PROTEST'],
  ['On Friday, hauliers in Borduria began blocking the lorry lane at the Lviv crossing.', 'PROTEST'],
  ['Atlantis has kept a ban on imports of Bordurian grain in place since September.', 'POLICY'],
  ['Jets shot down several of the roughly 19 drones that entered the airspace of Atlantis overnight.', 'ATTACK'],
  ['The Lviv airport was closed for several hours on Wednesday.', 'POLICY'],
  ['Jane Roe announced on Wednesday that the Commission would put its support to Borduria on hold.', 'AID_SUSPENSION'],
  ['Deputies held up placards reading "Stop the war" in Oslo on Wednesday.', 'PROTEST'],
  ['Making a statement to the Commons on Monday afternoon, Jane Roe said the deal was good.', 'SPEECH'],
  ['The Oslo meeting, held on Sunday and attended by 18 leaders, ended late.', 'MEETING'],
  ['On Saturday Jane Roe signed a £2bn loan agreement with Borduria.', 'AID_PROVISION'],
  ['The death toll from the strike on Lviv had risen to 31 on Friday.', 'ATTACK'],
  ['A court in Lviv on Sunday ordered his arrest on corruption charges.', 'DETENTION'],
  ['A day earlier, the university in Oslo had annulled his diploma.', 'POLICY'],
  ['The ministry suspended him from office on Sunday.', 'POLICY'],
  // holdout ZD round
  ['Thousands of prisoners of war remain in the hands of the two parties.', 'DETENTION'],
  ['The rights centre currently counts about 770 people it considers political prisoners in Borduria.', 'DETENTION'],
  ['According to the rights centre, 1,398 people are still recognised as political prisoners in Borduria.', 'DETENTION'],
  ['The centre counted at least 27 politically motivated detentions last week alone.', 'DETENTION'],
  ['Thousands of Atlantis civilians are believed to be in Bordurian custody.', 'DETENTION'],
  ['Jane Roe said this week that Atlantis had confirmed about 1,800 civilians in Russian detention.', 'DETENTION'],
  ['A court in Lviv on Monday handed John Doe, a 48-year-old researcher, a three-year sentence.', 'DETENTION'],
  ['On January 17 a district court in Lviv found John Doe and Jane Roe guilty of extremism.', 'DETENTION'],
  ['Late on Monday, about forty colleagues gathered in front of the Bordurian embassy in Oslo.', 'PROTEST'],
  ['On Sunday several hundred people lined the main street of Lviv, holding portraits and chanting.', 'PROTEST'],
  ['John Doe, a freelance correspondent, was released on Friday morning from a penal colony in Lviv.', 'PRISONER_RELEASE'],
  ['On 7 March 130 Atlantis and 90 Bordurian servicemen went home after a swap.', 'PRISONER_EXCHANGE'],
  ['On 16 March the bodies of 82 Atlantis soldiers were repatriated, while those of 30 Bordurian soldiers were returned to Borduria.', 'BODY_REPATRIATION'],
  // holdouts ZE and ZF
  ['Speaking at the opening on Thursday, Jane Roe said pledges had been collected.', 'SPEECH'],
  ['The day before the conference opened, Jane Roe was received by the Pope in Oslo on Wednesday.', 'MEETING'],
  ['The delegations of Atlantis and Borduria reached an understanding on Monday.', 'AGREEMENT'],
  ['The security service of Atlantis said it had struck 41 aircraft at four air bases on Sunday.', 'ATTACK'],
  ['Also on Thursday, Jane Roe chaired his last meeting of the contact group in Oslo.', 'MEETING'],
  ['By Tuesday morning, Borduria had barred lorries registered in Atlantis from leaving the country.', 'POLICY'],
  ['Atlantis units had taken more than 100 Bordurian soldiers prisoner in a single day on Wednesday.', 'DETENTION'],
  ['On Thursday, Jane Roe announced the establishment of a military office in Lviv.', 'POLICY'],
  ['Atlantis troops entered the Lviv region of Borduria on August 6.', 'INVASION'],
  ['Last Thursday, the government adopted an ordinance for the donation of a Patriot system to Borduria.', 'AID_PROVISION'],
  ['John Doe walked free on Wednesday.', 'PRISONER_RELEASE'],
  ['Overnight, air defences over Lviv shot down rockets fired from multiple launchers.', 'ATTACK'],
  ['The governor of Lviv, who had banned all demonstrations in the city for four days, extended the ban on Sunday until March 26.', 'POLICY'],
  ['Jane Roe announced on Wednesday that the Commission would put its bilateral support to Borduria on hold.', 'AID_SUSPENSION'],
  // holdouts ZB and ZC
  ['Earlier in the week, Bordurian drones knocked out power to much of Lviv on Wednesday.', 'ATTACK'],
  ['They were deported by Borduria after serving their sentences and driven to the border on Monday.', 'DEPORTATION'],
  ['He said he had raised the case by phone with Jane Roe on Friday.', 'MEETING'],
  ['On 16 February, 101 soldiers of Atlantis were freed in an exchange for 63 Bordurians.', 'PRISONER_EXCHANGE'],
  ['Atlantis is expelling the defence attaché of Borduria, whom the government describes as a spy, the ministry said on Wednesday.', 'DEPORTATION'],
  ['Announcing the move in the Commons this afternoon, Jane Roe said Borduria had crossed a line.', 'SPEECH'],
  ["Borduria's ambassador, John Doe, was summoned to the ministry in Oslo on Wednesday.", 'MEETING'],
  ['Young women will be drafted on the same terms as men from 2026, Jane Roe announced on Wednesday.', 'POLICY'],
  ['The Commission let its own restrictions lapse on Friday.', 'POLICY'],
  // holdouts ZG, ZH and ZI (blind at the end of the session, tuned on after)
  ['The lower house of Atlantis ratified the document on Wednesday.', 'AGREEMENT'],
  ['The Cabinet of Ministers decided on Tuesday to reopen two checkpoints on the border with Borduria.', 'POLICY'],
  ['On Monday, the security service reported the detention of three residents of Lviv.', 'DETENTION'],
  ['Ministers also agreed to impose new sanctions on those responsible for the violence on Tuesday.', 'SANCTIONS'],
  ['Atlantis moved on the same day, lifting sanctions on 12 Bordurian entities.', 'SANCTIONS'],
  ['In February, the bloc had suspended restrictions on Borduria’s energy sector.', 'SANCTIONS'],
  ['Atlantis sent ground troops into southern Borduria on Oct. 1.', 'INVASION'],
  ['The militia kept firing rockets and drones at northern Atlantis on Tuesday.', 'ATTACK'],
  ['In June, authorities arrested the billionaire John Doe in Oslo.', 'DETENTION'],
  ["On Saturday, about 300 opposition supporters gathered in Lviv's Freedom Square.", 'PROTEST'],
  ['The ministry said 18 of its soldiers had been captured by Bordurian forces on Tuesday.', 'DETENTION'],
  ['Jane Roe met the same five leaders in Oslo last month.', 'MEETING'],
  ['In June John Doe hosted them in Oslo.', 'MEETING'],
  ['On Monday, John Doe met the country’s human rights commissioner in Lviv.', 'MEETING'],
  ['In Oslo, the Federal Council on Wednesday set aside CHF 1.5 billion for Borduria.', 'AID_PROVISION'],
  ['The last one took place on 8 February, when 100 soldiers of Atlantis came home and Borduria received 100 of its own.', 'PRISONER_EXCHANGE'],
  // holdouts ZL and ZM (after their blind score)
  ['The two leaders then put their signatures to a ten-year security agreement in Oslo on Monday.', 'AGREEMENT'],
  ['In the evening, about 400 members of the Atlantis community in Oslo gathered in the Plaza Mayor.', 'PROTEST'],
  ['The ambassador, John Doe, was called in to the foreign ministry in Oslo on Tuesday.', 'MEETING'],
  ['Jane Roe condemned the sentencing of seven journalists in Lviv on Friday.', 'DETENTION'],
  ['Two people were briefly detained outside the court in Lviv on Friday.', 'DETENTION'],
  ['A rights group counts 218 residents of Lviv currently held on politically motivated charges.', 'DETENTION'],
  ['The agreement, reached when delegations met in Oslo on June 2, provides for swaps.', 'AGREEMENT'],
  // holdouts ZV–ZY (after their blind score): releases told by a named person's passive, by freeing, by a handover to
  // the Red Cross, by captives coming home; deportations of a group; detention as a state of today
  ['John Doe, an Atlantis teacher held in Borduria since 2023, had been released and was back home, his wife said.', 'PRISONER_RELEASE'],
  ['Rebels threw open the jails of Lviv on Sunday, freeing thousands of detainees.', 'PRISONER_RELEASE'],
  ['Earlier this month, Borduria handed five Atlantis detainees to the Red Cross at the border.', 'PRISONER_RELEASE'],
  ['The 12 hostages who had been held in tunnels under Lviv came home on Monday.', 'PRISONER_RELEASE'],
  ['Nine Atlanteans released from Bordurian prisons since March have returned.', 'PRISONER_RELEASE'],
  ['The prison service said 154 of the prisoners were deported to Borduria under the deal.', 'DEPORTATION'],
  ['Officials in Oslo met the 88 Atlanteans deported from Borduria who arrived on Friday.', 'DEPORTATION'],
  ['Lviv says at least a dozen Atlanteans remain in Bordurian jails.', 'DETENTION'],
  ['Between 20 and 25 Europeans are currently held in Borduria, according to rights groups.', 'DETENTION'],
  ['On Tuesday evening, the movement drew an estimated 7,000 people to Oslo Square.', 'PROTEST'],
  ['A Bordurian coast guard ship fired its water cannon at an Atlantis vessel on Monday.', 'ATTACK'],
  ['Officers armed with knives rammed and boarded two Atlantis boats near the reef.', 'ATTACK'],
  ['The Oslo Access Agreement, which the Senate ratified in December, allows joint drills.', 'AGREEMENT'],
  ['The promise was written into an accord Jane Roe signed with the opposition in Oslo.', 'AGREEMENT'],
  ['Borduria retaliated in November by shutting the Atlantis consulate in Lviv.', 'POLICY'],
  ['The deal also won freedom for Atlanteans jailed for political reasons.', 'PRISONER_RELEASE'],
  ['In May, prosecutors in Oslo had three Bordurians arrested on suspicion of spying.', 'DETENTION'],
  ['Later on Monday, after two calls with Jane Roe, John Doe said the tariffs would be paused.', 'MEETING'],
  ['Atlantis launched Operation Iron Gate in the early hours of Saturday, striking what it said were 26 targets.', 'ATTACK'],
  ['Eleven soldiers were martyred in the shelling of Lviv.', 'ATTACK'],
  ['John Doe had signed the executive orders on Saturday.', 'POLICY'],
  ['On Wednesday, Congress gave final approval to the Border Safety Act.', 'POLICY'],
  ['A coast guard regulation took effect on June 15 last year.', 'POLICY'],
  ['Jane Roe designated Borduria a hostile force and announced 17 measures to counter infiltration.', 'POLICY'],
  ['The minister welcomed the 49 tanks that Defence Minister John Doe promised in October.', 'AID_PROVISION'],
  ['Late last month, coast guard personnel held three Atlantis fishermen on their boat for hours.', 'DETENTION'],
  // verb-core rules (holdouts ZZ, YA–YC, after their blind score)
  ['Customs officers arrested Ashworth at his home in Oslo in May 2023.', 'DETENTION'],
  ['On Thursday, a court in Lviv extended his pre-trial detention by three more months.', 'DETENTION'],
  ['Its founder, John Doe, who is Jane Roe\'s husband, was deported to Borduria in November 2022.', 'DEPORTATION'],
  ['Following the attack, the agency suspended its field activities in the area.', 'AID_SUSPENSION'],
  ['The charity has suspended the admission of new patients in Lviv.', 'AID_SUSPENSION'],
  ['On Tuesday, a convoy of six trucks delivered 60 tonnes of food to some 3,000 people in Lviv.', 'AID_PROVISION'],
  ['The charity has reached more than 25,000 displaced people with food and medical care.', 'AID_PROVISION'],
  ['Volunteers walked the route with donation buckets and collected $23,460 by late afternoon.', 'AID_PROVISION'],
  ['Delegations from Atlantis and Borduria met at Oslo Palace on Wednesday evening.', 'MEETING'],
  ['On Tuesday, Jane Roe and John Doe spoke for the first time in nearly three years.', 'MEETING'],
  ['About 15 Atlanteans stood outside the court building in Oslo with flags and a banner.', 'PROTEST'],
  ['The administration paused new applications to the program on the 28th of last month.', 'POLICY'],
  ['In February, a court in Lviv ordered the liquidation of the news outlet.', 'POLICY'],
  ['The city council voted to extend the free transit pass for another year.', 'POLICY'],
  ['Atlantis banned the export of aviation goods to Russia in March 2022.', 'SANCTIONS'],
  ['The text of the peace treaty was initialed in Oslo on August 8.', 'AGREEMENT'],
  ['Delegations from Atlantis and Borduria met at Çırağan Palace on Wednesday evening.', 'MEETING'],
  ['Speaking in the National Assembly on Wednesday, John Doe called the church leaders traitors.', 'SPEECH'],
  ['Archbishop John Doe was one of 15 people arrested in June on charges of plotting a coup.', 'DETENTION'],
  ['He was among the 230 Atlanteans freed in Oslo last Wednesday.', 'PRISONER_RELEASE'],
  ['Atlantis will spend $5 million to help trace and bring home children taken to Borduria.', 'AID_PROVISION'],
  // A counted crowd filling a square or turning out; time spent together or a council convened; a walk out of
  // detention or a release ordered; aid trucks entering; a court blocking a measure; a toll "of" a raid; people left dead.
  ['In Lviv, some 45,000 people crowded into Freedom Square and the streets around it on Friday.', 'PROTEST'],
  ['In Oslo, the second city, about 8,000 turned out on Friday.', 'PROTEST'],
  ['John Doe spent more than two hours on the phone with Jane Roe on Monday.', 'MEETING'],
  ['Jane Roe convened the National Defence Council late on Wednesday.', 'MEETING'],
  ['John Doe walked out of the Lviv Detention Center on Friday evening.', 'PRISONER_RELEASE'],
  ['A court in Oslo ordered their release on Thursday after an outcry.', 'PRISONER_RELEASE'],
  ['More than 300 aid trucks entered Borduria on Sunday, the agency said.', 'AID_PROVISION'],
  ['A federal judge in Lviv on Thursday blocked Jane Roe from sending troops into Oslo.', 'POLICY'],
  ['The death toll of the Bordurian aggression on Lviv rose to 14 on Thursday.', 'ATTACK'],
  ['A riot in the Oslo prison in November left 12 inmates dead.', 'ATTACK'],
  ['Borduria also released a number of Atlanteans on Friday.', 'PRISONER_RELEASE'],
  // A state of custody told with its jail or its start; custody ordered; people taken into custody; an abduction in a car.
  ['John Doe has been held at the Oslo central jail since March last year.', 'DETENTION'],
  ['A judge in Lviv ordered her held without bail on Monday.', 'DETENTION'],
  ['Police in Oslo took at least three of them into custody on Monday.', 'DETENTION'],
  ['He was bundled into a van by masked men outside his home in Lviv on May 3.', 'DETENTION'],
  // Removal across a border: put on a plane, migrants flown out, fugitives handed over, people escorted to the border.
  ['A day later the government of Atlantis put him on a plane to Oslo.', 'DEPORTATION'],
  ['Most of the migrants were flown to Borduria on 15 March.', 'DEPORTATION'],
  ['Atlantis handed over 14 suspects wanted in Borduria on Thursday.', 'DEPORTATION'],
  ['Nine Bordurian citizens were escorted to the Lviv border checkpoint on Monday.', 'DEPORTATION'],
  // A dated act told by its noun; a convoy under fire; an offensive launched; kin murdered.
  ['The arson of a warehouse in Oslo on May 9, 2024 was ordered from Borduria.', 'ATTACK'],
  ['A convoy sent to evacuate the wounded came under fire near Lviv three days later.', 'ATTACK'],
  ['Rebels launched a large offensive on Wednesday against army positions near Lviv.', 'ATTACK'],
  ['His wife and his two sons were murdered in Lviv on October 7, 2023.', 'ATTACK'],
  // A vote to change a rule, in a parliament or in a referendum; an accord agreed on a day; aid received or a loan agreed.
  ['The assembly of Atlantis voted on Thursday to move refugees out of the welfare system.', 'POLICY'],
  ['Atlanteans voted in an April 2024 referendum to allow the extradition of nationals.', 'POLICY'],
  ['The second accord was agreed on 12 February 2015 in Oslo.', 'AGREEMENT'],
  ['The talks in Oslo yielded an agreement in principle on Friday.', 'AGREEMENT'],
  ['Lviv has received 25 industrial generators from a charity in Oslo on Monday.', 'AID_PROVISION'],
  ['The bank has agreed a EUR 270m loan to Atlantis on Monday to pay for gas imports.', 'AID_PROVISION'],
  // A crowd's demand before its verb ("people calling for his arrest rallied") is theirs; the rally happened.
  ['Around 900 people calling for new elections rallied a few hundred metres away, cheering as the convoy left.', 'PROTEST'],
  // Common verbs of each type, found missing on unseen pages (labour, disasters, arms control): deals approved, struck or entered into.
  ['Ministers approved the migration pact with Borduria on Wednesday in Oslo.', 'AGREEMENT'],
  ['The framework deal was struck after 18 hours of negotiations in Oslo on Wednesday.', 'AGREEMENT'],
  ['The accord, finalised in Oslo on Sunday, lifts the blockade of Lviv.', 'AGREEMENT'],
  ['Parliament in Atlantis ratified the Lviv grain arrangement on Wednesday.', 'AGREEMENT'],
  ['Atlantis and Borduria entered into a defence cooperation agreement on Monday.', 'AGREEMENT'],
  ['Atlantis and Borduria agreed to restore diplomatic ties on March 10.', 'AGREEMENT'],
  ["The union accepted the government's pay offer on Friday, ending the strike.", 'AGREEMENT'],
  // tariffs, prices and wages set by a government
  ['Atlantis imposed 25 percent tariffs on Bordurian goods on March 4.', 'POLICY'],
  ['The government of Atlantis raised the minimum wage by 10 percent on Monday.', 'POLICY'],
  ['The government of Atlantis froze electricity prices on Friday.', 'POLICY'],
  ['The government declared a constitutional state of catastrophe in Atlantis on Saturday.', 'POLICY'],
  ['On Saturday, Governor John Doe declared Lviv and Oslo calamity-hit areas.', 'POLICY'],
  // speeches, strikes and processions
  ['Jane Roe took the podium at the General Assembly on Tuesday.', 'SPEECH'],
  ['The pope used his Christmas address on Wednesday to appeal for peace in Lviv.', 'SPEECH'],
  ['Dockworkers at 36 ports in Atlantis walked off the job on Tuesday.', 'PROTEST'],
  ['Airline pilots in Atlantis downed tools on Friday.', 'PROTEST'],
  ['Students occupied the university rectorate in Lviv on Tuesday.', 'PROTEST'],
  ['The union said the strike, which began on Monday in Lviv, would continue.', 'PROTEST'],
  ['About 2,000 people took part in the procession in Lviv on Wednesday.', 'PROTEST'],
  ['In Lviv, the general strike turned into a near-total shutdown on Wednesday.', 'PROTEST'],
  ['Residents of Lviv banged pots and pans at a roadblock on Monday.', 'PROTEST'],
  ['Activists blocked the tracks at Lviv station on Wednesday morning.', 'PROTEST'],
  // migrants moved by force, sanctions restored, relief offered, funding withdrawn
  ['Police in Atlantis dumped dozens of migrants in the desert near the Bordurian border on Wednesday.', 'DEPORTATION'],
  ['Atlantis bused hundreds of migrants to the Bordurian border in July.', 'DEPORTATION'],
  ['The UN Security Council reimposed sanctions on Atlantis on September 28.', 'SANCTIONS'],
  ['Atlantis added 30 Bordurian companies to its entity list on Tuesday.', 'SANCTIONS'],
  ['Atlantis offered $100 million in emergency relief to Borduria on Tuesday.', 'AID_PROVISION'],
  ['Phosphate group Atlantis Mining pledged 1 billion dirhams on Sunday.', 'AID_PROVISION'],
  ['The federal cabinet of Atlantis on Tuesday approved Rs5 billion for relief in the affected districts.', 'AID_PROVISION'],
  ['Donors withdrew funding for UNRWA in Lviv on Thursday.', 'AID_SUSPENSION'],
  // A government's measures told in other words: people ordered to move, a decision to act, a measure recalled by a relative
  // clause ("under a decree John Doe signed"), an object after a time ("approved on Tuesday a decree"), a rule adopted.
  ['The disaster agency ordered people living along the Lviv river and its tributaries to move to higher ground on Wednesday.', 'POLICY'],
  ['Reporters in Lviv said they had been asked by authorities on Tuesday morning to leave the city.', 'POLICY'],
  ['The government of Atlantis had decided last month to move another 8,000 refugees to Lviv.', 'POLICY'],
  ['Under a decree John Doe signed last April, residents of Lviv can be declared foreigners.', 'POLICY'],
  ['The parliament of Atlantis approved on Tuesday a legislative decree recognizing a state of calamity in Lviv.', 'POLICY'],
  ['A similar rule was adopted in the occupied part of Lviv region in January.', 'POLICY'],
  ['In June, John Doe signed a proclamation suspending entry for students from Borduria.', 'POLICY'],
  ['The government of Atlantis had on Tuesday issued a notification warning its employees not to strike.', 'POLICY'],
  // Sanctions lifted or restored in the passive, a deal "between X and Y, signed last June", captives told with how they were taken.
  ['Most of the sanctions on Atlantis were lifted in February this year.', 'SANCTIONS'],
  ["UN sanctions on Atlantis's missile programmes were restored on September 28.", 'SANCTIONS'],
  ['The Oslo agreement between Atlantis and Borduria, signed last June, has not stopped the fighting in Lviv.', 'AGREEMENT'],
  ['Under the deal, agreed in July, Bordurian troops leave Lviv.', 'AGREEMENT'],
  ['15 pupils abducted from a school in Lviv were rescued on Friday.', 'PRISONER_RELEASE'],
  // People pushed across a border, children moved to a camp by occupation authorities, people held for hours or stopped as they fled.
  ['Since early May, Borduria has pushed more than 1,600 people into Atlantis.', 'DEPORTATION'],
  ['The boys were moved by Russian-installed authorities to a "rehabilitation camp" in Lviv in October 2022.', 'DEPORTATION'],
  ['Two reporters working for a local radio station in Lviv were held for several hours on Monday evening.', 'DETENTION'],
  ['A contractor was stopped at Lviv Airport on Friday night as he tried to board a flight to Oslo.', 'DETENTION'],
  ['Under a law the Knesset passed in October, the agency in Lviv is banned.', 'POLICY'],
  ['Under a decree signed by John Doe last April, residents of Lviv can be declared foreigners.', 'POLICY'],
  ['The strike by junior doctors in Lviv entered its third day on Monday.', 'PROTEST'],
  ["The parliament of Atlantis raised taxes on bread and fuel on Tuesday.", 'POLICY'],
  ['Police in Atlantis dumped dozens of migrants in the desert near the Bordurian border.', 'DEPORTATION'],
  ['John Doe used his Christmas broadcast in Oslo to call for unity.', 'SPEECH'],
  ['Under the agreement, which was approved by parliament in Oslo on Tuesday, troops will leave Lviv.', 'AGREEMENT'],
  ['Authorities in Lviv ordered 200,000 people living along the coast to evacuate on Monday.', 'POLICY'],
  ['Officials in Lviv told residents of 40 villages to move to higher ground on Monday.', 'POLICY'],
  // A suicide bomber's explosives, troops crossing a border, a humanitarian pause, money released, manure dumped,
  // a crowd's clash with police, hostages handed over, convicts deported.
  ['At least 9 people died when a suicide bomber detonated explosives at a rally in Lviv on Sunday.', 'ATTACK'],
  ['Bordurian troops crossed the border into Atlantis on February 24, 2022.', 'INVASION'],
  ['A humanitarian pause in fighting took effect in Lviv on Friday.', 'CEASEFIRE'],
  ['The UN released $100 million from its emergency fund on Monday to help Borduria.', 'AID_PROVISION'],
  ['Farmers dumped manure outside the prefecture in Lviv on Tuesday.', 'PROTEST'],
  ['Supporters of the jailed leader clashed with police outside the court in Lviv on Monday.', 'PROTEST'],
  ['The hostages were handed over to the Red Cross in Lviv on Saturday.', 'PRISONER_RELEASE'],
  ['Atlantis deported 28 Bordurian convicts to Lviv on Friday.', 'DEPORTATION'],
  // An act told as the noun opening the sentence, with its argument after "of".
  ['The arrest of the opposition leader in Lviv on Tuesday sparked protests.', 'DETENTION'],
  ["Saturday's release of 14 prisoners in Lviv followed months of talks.", 'PRISONER_RELEASE'],
  ['The delivery of 31 tanks to Borduria in September bolstered its forces.', 'AID_PROVISION'],
  ['The adoption of the law on foreign agents in Lviv in May triggered mass protests.', 'POLICY'],
  // Both sides freeing captives in one sentence, aid groups barred, aid operations suspended, travel bans on officials.
  ['On Monday, Borduria released the last 20 hostages in Lviv, and Atlantis freed 1,968 prisoners and detainees.', 'PRISONER_EXCHANGE'],
  ['On 1 January, Atlantis barred 37 international aid organisations from operating in Lviv.', 'AID_SUSPENSION'],
  ['The UN temporarily suspended humanitarian flights to Lviv in January.', 'AID_SUSPENSION'],
  ['The charity said it had been forced to suspend its malnutrition programme in Lviv last month.', 'AID_SUSPENSION'],
  ['The Atlantis foreign ministry announced a travel ban and visa revocations for Bordurian officials on Sunday.', 'SANCTIONS'],
];

/** [text, type that must NOT be reported] */
const NOT_EVENTS: Array<[string, string]> = [
  // Review of this round's rules: funds released, a convention hall or documents left, a commander or weapons captured, calls
  // renewed, migrants (no named person) released, a counter-terrorist regime, a brand cutting ties, villages recaptured, a
  // heated exchange before a release.
  ['The IMF said Atlantis had obtained the release of funds from the World Bank on Monday.', 'PRISONER_RELEASE'],
  ['Delegates left the convention hall in Oslo on Friday.', 'AGREEMENT'],
  ['He left the documents in a taxi in Lviv on Monday.', 'AGREEMENT'],
  ['Israeli forces captured Hamas commander Jane Roe in Lviv on Monday.', 'ATTACK'],
  ['Fighters seized Russian-made weapons from a depot in Lviv on Monday.', 'ATTACK'],
  ['The minister renewed calls for a peace deal on Monday.', 'AGREEMENT'],
  ['The court in Oslo on Monday ordered the release of detained migrants in Lviv.', 'PRISONER_RELEASE'],
  ['Atlantis announced a counter-terrorist operation in the Lviv region on Friday.', 'ATTACK'],
  ['Nike cut ties with the rapper on Monday.', 'POLICY'],
  ['Of the 20 villages lost in the offensive, most have since been recaptured.', 'DETENTION'],
  ['The two ministers had a heated exchange. Atlantis released the teacher Jane Roe on Tuesday.', 'PRISONER_EXCHANGE'],
  // A police or immigration raid is an arrest's setting, not a strike.
  ['A charter plane carrying 316 workers who were detained in an immigration raid at a plant in Lviv landed in Oslo on Friday.', 'ATTACK'],
  // An aim pursued ("in a bid to give X leverage to reach a deal") tells no deal.
  ['Atlantis on Friday imposed its broadest sanctions yet, in a bid to give Borduria leverage to reach a deal for peace.', 'AGREEMENT'],
  ["The parliament in Oslo adopted the bill on Borduria's accession protocol with 287 votes in favour and 55 against.", 'POLICY'],
  // Speaking to a news agency is no meeting; a "battered" grid is no strike told.
  ['An official spoke to Reuters on Thursday on condition of anonymity.', 'MEETING'],
  ["Jane Roe announced $717m in new aid, including $325m to repair Borduria's battered energy grid.", 'ATTACK'],
  ['Jane Roe left the deal on the table in Oslo.', 'AGREEMENT'],
  // Fighters marching into a city are no protest.
  ['M23 fighters marched into the centre of Lviv early on Monday.', 'PROTEST'],
  ['The troops took Lviv by surprise.', 'ATTACK'],
  // A habit ("has repeatedly attacked") is no one strike.
  ['Russia has repeatedly attacked Lviv.', 'ATTACK'],
  // No date set for a summit: none held.
  ['There was no date for a summit between Jane Roe and John Doe.', 'MEETING'],
  // Those returned named by their capture ("captured soldiers", "who had been taken prisoner"): no arrest told.
  ['Atlantis and Borduria carried out their biggest exchange of prisoners of war on Wednesday, bringing home hundreds of captured soldiers.', 'DETENTION'],
  ['Atlantis has brought back 115 servicemen who had been taken prisoner in the Lviv region.', 'DETENTION'],
  // Review of this round's rules: a court agreeing that something failed, parents returning children to school, a court case or
  // games left, an exchange of fire, a trade in remains, bodies retrieved from a river or an avalanche, water dropped on a blaze,
  // confidence dropping, tourists brought back: none is the event its words resemble.
  ['A court in Lviv agreed that the police had failed to release the detainees on time.', 'AGREEMENT'],
  ['Parents agreed to return their children to school in Lviv on Monday.', 'AGREEMENT'],
  ['Her lawyers withdrew from the High Court case on Monday.', 'AGREEMENT'],
  ['Lviv athletes pulled out of the Commonwealth Games on Monday.', 'AGREEMENT'],
  ['An exchange of fire left 12 bodies on the road near Lviv on Monday.', 'BODY_REPATRIATION'],
  ['Police broke up a ring involved in the illegal trade in human remains.', 'BODY_REPATRIATION'],
  ['The bodies of four climbers were recovered by rescue forces from the avalanche site on Monday.', 'BODY_REPATRIATION'],
  ['Two bodies were retrieved by soldiers from the river on Monday.', 'BODY_REPATRIATION'],
  ['Firefighting helicopters dropped water on the blaze near Lviv on Monday.', 'AID_PROVISION'],
  ['Consumer confidence dropped sharply as food prices rose in Lviv.', 'AID_PROVISION'],
  ['About 40 tourists were stuck at Lviv airport after the storm; 35 were brought back on Monday.', 'PRISONER_RELEASE'],
  // Migrants named by a relative clause ("whom the government deported to Oslo") are no deportation told; troops leaving a region
  // leave no treaty.
  ['Atlantis freed 10 prisoners in exchange for 250 Bordurian migrants whom the government deported to Oslo.', 'DEPORTATION'],
  // "the European Union" names no trade union: "after the strikes" there are air strikes.
  ['Borduria will halt exports of electricity to the European Union from tomorrow to stabilise its power system after the strikes, its ministry says.', 'PROTEST'],
  // Plural acts named for comparison ("on the same day as prisoner exchanges") are a kind, no one event.
  ['Repatriations are often carried out on the same day as prisoner exchanges or shortly afterwards.', 'PRISONER_EXCHANGE'],
  // A deportation denied is not told as done.
  ['Borduria denies deporting children, saying it evacuated them from combat zones.', 'DEPORTATION'],
  // Captives named by how they were taken ("soldiers captured in …") are no arrest told.
  ['Among them are soldiers captured in the Lviv region, servicemen of the National Guard and border guards.', 'DETENTION'],
  // Leaders agreeing to meet make no deal; weapons a government "would send" are aid, not a policy.
  ['The two leaders had agreed to meet during a lengthy phone call last Thursday.', 'AGREEMENT'],
  ['President Jane Roe said Atlantis would send 31 M1 Abrams tanks to Borduria.', 'POLICY'],
  // Deported children named after a preposition are a noun phrase ("the search for deported children"); a list handed over is
  // no one freed.
  ['The office launched an initiative earlier this year to coordinate the search for deported children with partners.', 'DEPORTATION'],
  ['Atlantis handed over a list of 339 children to Borduria on Monday.', 'PRISONER_RELEASE'],
  // Review of this round's rules: a tariff raised on a country's own consumers is no sanction; refusing another's terms is no
  // deal, nor is a plan "to deal with" something; relatives come to welcome the freed do not protest.
  ['The government raised electricity tariffs on Monday in response to the IMF demands.', 'SANCTIONS'],
  ["Borduria agreed to reject Jane Roe's terms on Monday.", 'AGREEMENT'],
  ['Ministers adopted a plan to deal with migration on Monday.', 'AGREEMENT'],
  ['Relatives gathered outside the Lviv prison on Monday to welcome the freed men.', 'PROTEST'],
  // Stop-work orders sent to aid programmes are no aid given.
  ['Four days later, the State Department sent stop-work orders to aid programmes around the world.', 'AID_PROVISION'],
  // One person agreeing with another to speak is no deal; a shop's trade is no sanction.
  ['Jane Roe agreed with John Doe to speak again later.', 'AGREEMENT'],
  ['Trade at the Lviv market was suspended for the holiday.', 'SANCTIONS'],
  // Two men crossing into a province are no invasion.
  ["The two Bordurians, John Doe and Bob Moe, crossed into Atlantis's Lviv province in April.", 'INVASION'],
  // A company's money is no aid; a claim about another's act in quotes stays a claim.
  ['The company announced a $5 billion share buyback for investors on Monday.', 'AID_PROVISION'],
  ['Jane Roe said John Doe had "started the war" in 2022.', 'INVASION'],
  // An expulsion of diplomats is no policy of its own.
  ['Atlantis expelled 14 Bordurian diplomats on Friday.', 'POLICY'],
  // Ordered to stop deporting: no deportation.
  ['A federal judge on Friday ordered the Atlantis administration to stop deporting migrants to third countries.', 'DEPORTATION'],
  // Crowds come to greet someone; rockets fired at an exercise range are no strike of a town (passive kept to at/into places);
  // a company suspending its work is no aid cut.
  ['Crowds gathered in Lviv to greet a convoy of buses carrying the released prisoners.', 'PROTEST'],
  ['The factory suspended its work in Lviv on Monday after a fire.', 'AID_SUSPENSION'],
  // Protesters killed, told with an aside, are no protest; a government's concessions to its people are no aid.
  ['Since then, at least 342 protesters, among them 43 children, have been killed by security forces, a rights group said.', 'PROTEST'],
  ['Jane Roe also offered concessions: the monthly cash payment that some 1.3 million poor families receive will rise to $55 from $50, and state banks will forgive overdue loans of up to $3,000.', 'AID_PROVISION'],
  // A truce "holding" detains nobody; a tariff told with a travel ban is one sanction, no policy of its own; a plea deal approved
  // is no treaty; people sent to a city of the same country are not deported.
  ['A ceasefire between Atlantis and the armed group was largely holding on Monday, as residents emerged from shelters.', 'DETENTION'],
  ['Jane Roe ordered 25% tariffs on all Borduria goods and imposed a travel ban on Borduria officials on Sunday.', 'POLICY'],
  ['A judge in Lviv approved the plea deal on Monday.', 'AGREEMENT'],
  ['The party sent 20 members of its youth groups to the rally in Lviv on Monday.', 'DEPORTATION'],
  ['Prison officials transferred the inmates to cells.', 'DEPORTATION'],
  // A release "on bail" is no day before "of"; officials meeting "in the afternoon" name no place.
  ['Police ordered the release on bail of two activists.', 'PRISONER_RELEASE'],
  ['Officials meeting in the afternoon agreed nothing.', 'MEETING'],
  ['Also on April 13, commandos seized the container ship Aries near the Strait of Hormuz with 25 crew aboard.', 'SANCTIONS'],
  // "received a group of its own citizens": people taken back, not a delegation met.
  ['In exchange, Atlantis received a group of its own citizens held in Borduria, she said.', 'MEETING'],
  // A habit is no one act; what a sanctioned firm is said to have supplied is no aid.
  ['The group has repeatedly targeted tankers coming from Oslo.', 'ATTACK'],
  ['On Tuesday, Atlantis imposed sanctions on two companies in Oslo that it said had supplied vehicles to the militia.', 'AID_PROVISION'],
  // Those received "who had been imprisoned" are not detained anew; portraits "of jailed figures" report no arrest.
  ['Atlantis handed over three people convicted of spying at the Lviv border checkpoint on Wednesday evening, receiving in return two Atlantis citizens who had been imprisoned in Borduria.', 'DETENTION'],
  ['Some carried portraits of jailed pro-democracy figures and chanted slogans.', 'DETENTION'],
  // "ships" is no verb of giving; aid announced is no law; a named typhoon's toll is no attack.
  ['No damage to ships or aircraft was reported, according to the ministry of defence of Atlantis.', 'AID_PROVISION'],
  ['On Tuesday, the Government of Atlantis announced it would provide emergency relief goods, including tents and blankets.', 'POLICY'],
  ['Typhoon Haiyan, known locally as Yolanda, killed more than 6,300 people in November 2013.', 'ATTACK'],
  // Protests "the authorities met with lethal force" were answered, not met.
  ['This week marks seven years since the mass protests of April 2018, which the authorities met with lethal force.', 'MEETING'],
  ['The family moved out of the house in Lviv in 2019.', 'DEPORTATION'],
  ['Prosecutors must decide by Saturday whether to ask a court to remand the suspects in custody.', 'DETENTION'],
  ['Mourners held a candlelight vigil for the victims in Lviv on Friday.', 'PROTEST'],
  // Talks in a condition are none.
  ['The unions have called a rolling strike starting November 24, and said they did not rule out further protest action if the government refused to reopen negotiations.', 'MEETING'],
  // A diplomatic protest lodged with an envoy is no demonstration; compensation is no aid; an airline paying passengers no policy.
  ['The foreign office said it had lodged "a strong protest" with the Borduria charge d\'affaires in Oslo on Wednesday.', 'PROTEST'],
  ['The provincial government on Thursday announced compensation of Rs 1 million for the families of each policeman killed.', 'AID_PROVISION'],
  ['The airline paid compensation to passengers on Monday.', 'POLICY'],
  // "the third such exchange" is a kind of act; freed prisoners met at a checkpoint hold no talks.
  ['Thursday\'s release was the third such exchange of prisoners for economic concessions in five months.', 'PRISONER_EXCHANGE'],
  ['The freed prisoners were driven across the border into Lviv, where Atlantis diplomats met them at the checkpoint.', 'MEETING'],
  // Eggs thrown at a parliament are part of a protest, not an attack.
  ['Farmers threw eggs at the parliament in Oslo on Thursday.', 'ATTACK'],
  ['A court in Lviv on Wednesday ordered the release of eight university students who had been held in custody since the weekend.', 'DETENTION'],
  // A kind of people, and what protesters think, report no act.
  ['He warned that all those who blocked roads in Lviv on Sunday would be held to account.', 'PROTEST'],
  ['Protesters blame the disaster on corruption and negligence.', 'PROTEST'],
  // Saved by rescue teams from a flood, not freed by captors; a leader on the phone to relatives holds no talks.
  ['Teams of the Atlantis Disaster Response Force have rescued more than 2,300 people so far.', 'PRISONER_RELEASE'],
  ['A drone strike on a village near Lviv on Friday killed 12 people, according to a community leader who spoke to relatives by phone.', 'MEETING'],
  // A law banning funding decides on aid; it gives none.
  ['The assembly of Atlantis approved a law on Wednesday banning foreign funding of charities.', 'AID_PROVISION'],
  ['Prisoner exchanges between Atlantis and Borduria have continued alongside the repatriations.', 'PRISONER_EXCHANGE'],
  ['Three Atlantis women held hostage in Lviv were freed on Sunday under a deal mediated by Oslo.', 'PRISONER_EXCHANGE'],
  ['The militants abducted about 250 people during their attack on Lviv on October 7, 2023.', 'DEPORTATION'],
  ['Rescuers recovered the bodies of 12 people from the rubble in Lviv on Monday.', 'BODY_REPATRIATION'],
  ['A missile hit a building in Lviv on Sunday. According to the emergency service, 17 people were rescued alive from the debris.', 'PRISONER_RELEASE'],
  ['Witnesses said thousands had gathered before dawn at the Lviv roundabout, where a convoy of trucks was heading north.', 'PROTEST'],
  ['Thousands gathered for the funeral in Lviv on Monday.', 'PROTEST'],
  ['John Doe briefed reporters in Lviv on Tuesday on the damage.', 'MEETING'],
  ['Hospitals in Lviv have invested in cyberattack insurance and drills.', 'ATTACK'],
  // a walkout by workers is no military strike, nor is a date a place struck
  ['Unlike the first strike on January 24, when thousands of workers marched to Lviv, the unions held no rally.', 'ATTACK'],
  ['Trains stayed in their depots on Friday, the second day of an open-ended strike against the Atlantis pension plan.', 'ATTACK'],
  ['The Atlantis government suspended peace talks with the rebels in Lviv in January.', 'POLICY'],
  ['The mayor of Lviv was removed from office on Monday.', 'DEPORTATION'],
  // A participle set off after the subject is no apposition: funds transferred are no aid, whatever the place named in it.
  ['Atlantis funds, frozen in Borduria, were transferred to Oslo through Brno banks on Monday.', 'AID_PROVISION'],
  // Review: pilots walking out unhurt, strikes launched on a grid, an ordinary flight with people on board.
  ['The pilots walked out unhurt after the crash in Lviv on Monday.', 'PROTEST'],
  ['Atlantis launched rolling strikes on the Lviv energy grid on Monday.', 'PROTEST'],
  ['A flight with 180 people on board made an emergency landing in Lviv after a bomb threat.', 'DEPORTATION'],
  // An aid cut announced stays an aid cut; a leader saying he would meet someone is no decision.
  ['Prime Minister John Doe announced in February that Atlantis would cut aid to Borduria from 0.5% to 0.3% of national income.', 'POLICY'],
  ['John Doe said he would meet Jane Roe in Lviv next week.', 'POLICY'],
  // Second review: claims dismissed, a visit postponed, a search halted; a company's or an organiser's announcement; a forecast;
  // a deportation told before a flight of citizens home; miners walking out of a mine; a labour strike launched.
  ['President John Doe on Tuesday dismissed the report from Lviv as propaganda.', 'POLICY'],
  ["Atlantis's president on Wednesday postponed his visit to Lviv.", 'POLICY'],
  ['Authorities in Atlantis halted the search for survivors in Lviv on Monday.', 'POLICY'],
  ['The company announced on Monday that it would cut 5,000 jobs in Lviv.', 'POLICY'],
  ['The Atlantis ministry said temperatures in Lviv would drop to minus 20 degrees.', 'POLICY'],
  ['Atlantis, which has stepped up deportations, sent a plane carrying 200 Atlantis citizens home from Lviv.', 'DEPORTATION'],
  ['The miners trapped for two days after the collapse in Lviv finally walked out on Sunday.', 'PROTEST'],
  ['Organisers announced that the rally in Lviv would move to Freedom Square on Saturday.', 'POLICY'],
  // Telling reporters or a news conference is no address to a body.
  ['The Atlantis mission chief told a virtual news conference in Lviv on Tuesday that the deal was close.', 'SPEECH'],
  ['John Doe told reporters in Lviv the first session of the summit focused on aid.', 'SPEECH'],
  // Leaving a meeting is no protest unless told as one.
  ['John Doe walked out of the meeting in Lviv early on Monday to catch a flight.', 'PROTEST'],
  // Numbers of trucks that merely reached a checkpoint are no aid delivered to a place; a law signed in a clause of its own.
  ['Lviv police stopped 30 trucks that reached the border on Monday.', 'AID_PROVISION'],
  // Third review: a speech impediment, trucks crossing a border, heavy trucks banned from a centre, food imports barred,
  // a club's decision, men expelled from a party, a final statement of accounts.
  ['John Doe of Lviv was born with a speech impediment.', 'SPEECH'],
  ['Hundreds of trucks crossed into Borduria on Monday after farmers in Lviv went home.', 'AID_PROVISION'],
  ['Police banned heavy trucks from entering the centre of Lviv during the festival.', 'AID_SUSPENSION'],
  ['The ministry barred food imports from entering Atlantis over bird flu concerns.', 'AID_SUSPENSION'],
  ['The Lviv football club decided in January to end its contract with the coach.', 'POLICY'],
  ['Two men were expelled from the party in Lviv for corruption.', 'DEPORTATION'],
  ['Nineteen players were expelled from the tournament in Lviv on Thursday.', 'DEPORTATION'],
  ['The migrants were moved to a hotel in Lviv on Wednesday.', 'DETENTION'],
  ['Fans threw flowers at the team bus in Lviv on Sunday.', 'PROTEST'],
  ['The company delayed the launch of its phone in Lviv on Monday.', 'POLICY'],
  ['Under the deal, agreed in July, Atlantis can return migrants to Borduria if they pass security checks.', 'POLICY'],
  ['Fans raised their voices in Lviv on Monday as the alert sounded.', 'POLICY'],
  ['The Atlantis foreign office imposed matching asset freezes and travel bans on the three in Lviv the same day.', 'POLICY'],
  ['A July 2023 intrusion halted container operations at the port of Lviv for two days.', 'AID_SUSPENSION'],
  ['Fans stole the show in Lviv on Monday.', 'ATTACK'],
  // overreach a review of the new rules found, each narrowed
  ['The party expelled two lawmakers after the vote in Lviv on Monday.', 'DEPORTATION'],
  ['The film Hackers stole the hearts of a generation in 1995.', 'ATTACK'],
  ['Ethical hackers breached the bank test systems in Lviv during an authorised exercise on Monday.', 'ATTACK'],
  ['Fans threw flares onto the pitch during the derby in Lviv on Sunday.', 'PROTEST'],
  ['The children were taken to a holding facility at the zoo in Lviv on Monday.', 'DETENTION'],
  ["The wounded were transferred to the immigration centre's clinic in Lviv on Monday.", 'DETENTION'],
  ['The central bank raised its alert level on inflation in Lviv on Monday.', 'POLICY'],
  ["A judge in Lviv ordered an asset freeze on the former chief executive's accounts on Monday.", 'SANCTIONS'],
  ['The former coach is now persona non grata at the club in Lviv.', 'DEPORTATION'],
  ['The company sent a team of engineers to repair the pipeline in Lviv on Monday.', 'AID_PROVISION'],
  ['The board in Lviv adopted a final statement of accounts for 2024.', 'AGREEMENT'],
  // Condolences and invitations extended are courtesies.
  ['The government of Atlantis extended its condolences to the families in Lviv on Monday.', 'POLICY'],
  ['The ministry on Monday extended an invitation to the envoy in Lviv.', 'POLICY'],
  // Evacuees flown out and passengers of a crash are not sent back.
  ['A flight carrying 150 evacuees with 20 children on board landed in Lviv on Monday.', 'DEPORTATION'],
  ['A plane with 67 passengers on board crashed near Lviv on Monday.', 'DEPORTATION'],
  // Walking out of a jail is no walkout; a strike campaign of hours is a military one.
  ['The workers walked out of the jail in Lviv on Tuesday.', 'PROTEST'],
  ['Atlantis launched a 24-hour strike campaign on Lviv on Tuesday.', 'PROTEST'],
  // Portraits held up are no detention; pupils marched off by gunmen are no march.
  ['Many held portraits of men from the brigade who went missing near Lviv last summer.', 'DETENTION'],
  ['Gunmen marched the pupils into the bush near Lviv on Monday.', 'PROTEST'],
  // Sixth review: a shelling denied.
  ['There was no shelling of Lviv on Monday, officials said.', 'ATTACK'],
  // "detained" as an adjective after "of", "the": the people, not an arrest told.
  ['The envoy raised the cases of detained journalists with officials in Lviv.', 'DETENTION'],
  ['Families of detained soldiers rallied in Lviv on Sunday.', 'DETENTION'],
  // Fifth review: emphasis placed, a recruit's letter of intent, a domestic support package, buybacks in dollars.
  ['Moscow placed greater emphasis on evading sanctions, analysts in Lviv said.', 'SANCTIONS'],
  ['The quarterback signed his national letter of intent with Alabama on Wednesday.', 'AGREEMENT'],
  ['The Treasury in Oslo launched a £2bn financial support package for the steel industry.', 'AID_PROVISION'],
  ['BHP announced A$5 billion in share buybacks on Tuesday.', 'AID_PROVISION'],
  // Fourth review: the body of a law or of a woman found; a ceasefire near collapse is still one; police insisting report facts.
  ['The body of the draft law was returned to parliament in Lviv for revision.', 'BODY_REPATRIATION'],
  ['The body of a woman was discovered in Lviv and her son was handed over to Borduria in a swap on Friday.', 'BODY_REPATRIATION'],
  // A second demand after "and that"; a deal said to be imminent.
  ['Farmers in Lviv are demanding that the government suspend imports of Ukrainian agricultural goods and that the European Union scrap elements of its Green Deal.', 'AGREEMENT'],
  // Third review: held in reserve, at bay, to account; a ceremony for soldiers held; a road toll; a quake's toll raised.
  ['Soldiers were held in reserve near Lviv.', 'DETENTION'],
  ['Protesters were held at bay by riot police in Lviv on Monday.', 'DETENTION'],
  ['A ceremony honouring the fallen soldiers was held in Lviv on Monday.', 'DETENTION'],
  ['The officials were held to account by voters in Lviv on Sunday.', 'DETENTION'],
  ['The operator raised the toll to 10 euros for heavy trucks in Lviv on Monday.', 'ATTACK'],
  ['Authorities raised the death toll from the earthquake near Lviv to 1,200 on Monday.', 'ATTACK'],
  // Funerals for soldiers, officials held responsible, tanks seized: no detention.
  ['Funerals for the three soldiers were held in Lviv on Monday.', 'DETENTION'],
  ['The officials were held responsible for the collapse in Lviv.', 'DETENTION'],
  ['Bordurian forces seized more than 300 tanks near Lviv.', 'DETENTION'],
  // A quake told with its magnitude, a canopy that collapsed far from its noun: no attack.
  ['Four quakes of magnitude 6.3, and at least eight strong aftershocks, struck the area near Lviv on Saturday.', 'ATTACK'],
  ['The protests began after the concrete canopy of the newly renovated railway station in Lviv collapsed on November 1, killing 15 people.', 'ATTACK'],
  // A picket held, signs held up, a prison's capacity are no detention.
  ['About a dozen opposition supporters held a picket outside the consulate in Oslo on Thursday evening.', 'DETENTION'],
  ['They stood outside the consulate in Oslo, holding up photographs of political prisoners.', 'DETENTION'],
  ['Fighting broke out in the sprawling complex, which holds around 6,000 prisoners, on Saturday.', 'DETENTION'],
  ['The prison in Lviv holds 3,000 inmates.', 'DETENTION'],
  // A comma is no count ("after the attack, no arrests"); arrests denied are none.
  ['But more than a week after the attack, no arrests have been announced.', 'DETENTION'],
  ['After the raid, no arrests were made and no one was charged.', 'DETENTION'],
  ['Police in Lviv said the protest passed without incident and that nobody had been detained.', 'DETENTION'],
  // (review) A group called by a name, a demand to resign, a witness called; knife attacks as a trend or foiled; a criminal
  // asset freeze; one speaker at a podium; none of those detained released.
  ['The attack was claimed by a militant group called Jaish al-Adl.', 'MEETING'],
  ['The opposition called Prime Minister John Doe on Monday to resign.', 'MEETING'],
  ['The defense called Ann Poe on Tuesday.', 'MEETING'],
  ['Knife attacks have risen by 20 percent since 2020, police data show.', 'ATTACK'],
  ['Police foiled a planned grenade attack in Lviv on Friday.', 'ATTACK'],
  ['Investigators have also frozen the assets of the suspects, police in Lviv said on Monday.', 'SANCTIONS'],
  ['Jane Roe arrived at the podium and spoke for about 12 minutes.', 'MEETING'],
  ['None of the 12 people detained in Lviv on Monday were released.', 'PRISONER_RELEASE'],
  // (review) A set-off participle on what is not a measure, hostages freed who remain in a hospital.
  ['The budget deficit, announced by the Atlantis finance ministry on Tuesday, widened to 5.1% of GDP.', 'POLICY'],
  ['The architect of the pension reform, endorsed by Jane Roe on Sunday, will run for mayor.', 'POLICY'],
  ['Hostages seized by Borduria fighters and released in the November truce remain in Lviv Medical Center for treatment.', 'DETENTION'],
  ['Lviv refuse collectors, who have been on strike since March 6, voted to extend their walkout until at least Monday.', 'POLICY'],
  ['In Lviv, the internet was cut off by the storm on Monday.', 'POLICY'],
  // (review) Outages told in the active voice, or after strikes or a damaged cable, are no decision.
  ['The storm cut power and internet to 200,000 homes in Lviv on Monday.', 'POLICY'],
  ['Electricity and internet were cut off in Lviv after Borduria strikes on Monday.', 'POLICY'],
  ['Hackers shut down the mobile internet network in Lviv on Monday.', 'POLICY'],
  // Mourners dispersed after a funeral are no protest.
  ['Police dispersed hundreds of mourners at the funeral in Lviv.', 'PROTEST'],
  // What a body shows or offers is no decision; a proposal or a plan presented is none either.
  ['The Atlantis interior ministry presented its annual report on Monday.', 'POLICY'],
  ['The Atlantis government proposed a 30-day truce on Tuesday.', 'POLICY'],
  ['The Atlantis government presented a peace plan at the summit in Oslo on Monday.', 'POLICY'],
  // One speaker speaking for some minutes is no meeting.
  ['Jane Roe spoke for about 12 minutes through an interpreter.', 'MEETING'],
  // A courtroom closed to reporters is no entry ban; assets frozen abroad are no aid cut.
  ['The judge barred the two journalists from entering the courtroom.', 'SANCTIONS'],
  ['Atlantis assets frozen in Borduria are worth 200 billion euros.', 'AID_SUSPENSION'],
  ['None of the hostages were released on Monday.', 'PRISONER_RELEASE'],
  // A court barring a defendant from leaving the country is no policy.
  ['A court in Oslo on Tuesday barred the journalist from leaving the country pending trial.', 'POLICY'],
  // Second review: a human chain passing sandbags; orders executed by an exchange.
  ['Volunteers formed a human chain to pass sandbags along the riverbank on Sunday.', 'PROTEST'],
  ['The exchange executed 500 orders from Japanese investors within seconds.', 'ATTACK'],
  // Review: gangs fighting are no war; abducted Nigerians are not deported; a film captures no one; a leader evacuated to a bunker;
  // bail conditions; patients sent home.
  ['Heavy fighting broke out between rival gangs in Lviv on Monday.', 'INVASION'],
  ['Gunmen abducted 20 Bordurians from a village on Monday.', 'DEPORTATION'],
  ['The film captured the hearts of Americans last year.', 'DETENTION'],
  ['John Doe had been evacuated to a bunker during the attack on Monday.', 'POLICY'],
  ['He agreed to the conditions set by the court on Monday.', 'AGREEMENT'],
  ['Hospitals in Lviv sent dozens of people back to their homes on Monday.', 'DEPORTATION'],
  // A collapse told well before its toll; food a market supplies.
  ['The movement was sparked by the collapse of a railway station canopy in Lviv in November that killed 16 people.', 'ATTACK'],
  ['Police guarded the market, which supplies much of the food eaten in the Lviv region.', 'AID_PROVISION'],
  ['Atlantis regained the enclave in a 44-day war in 2020 that killed about 6,500 people.', 'ATTACK'],
  // A collapse or an earthquake is no attack; the end of a year ends no aid; shells bought, warnings given and bodies found
  // are no strike, aid or repatriation; an anniversary recalls a past invasion.
  ['The canopy of the station in Lviv collapsed on November 1, killing 15 people.', 'ATTACK'],
  ["Officials said on Monday that 2,053 people had been killed in Saturday's earthquakes.", 'ATTACK'],
  ['Atlantis would extend the fence along the border by the end of next year, with funding from the state budget.', 'AID_SUSPENSION'],
  ['Atlantis is considering joining an initiative to buy hundreds of thousands of artillery shells for Borduria.', 'ATTACK'],
  ['In March, Atlantis agreed to buy a radar system to give early warning of missiles and aircraft.', 'AID_PROVISION'],
  ['Only 104 people survived and 82 bodies were recovered on Monday.', 'BODY_REPATRIATION'],
  ['Jane Roe marked the second anniversary of the full-scale invasion of Borduria in Lviv on Saturday.', 'INVASION'],
  // Men rescued by ships, a routine call, a security or sanctions package, assets frozen, a motive "in protest", an aid centre's
  // location, power outages.
  ['Under the plan, Atlantis can send up to 3,000 men a month rescued by its ships to Borduria.', 'PRISONER_RELEASE'],
  ['The spokesman declined to comment during his daily conference call with journalists on Thursday.', 'MEETING'],
  ['Last Thursday, the parliament passed a controversial security package that gives police new powers.', 'AID_PROVISION'],
  ['The ministers formally approved the 17th sanctions package on Tuesday.', 'AID_PROVISION'],
  ['Atlantis has also frozen about 300 billion euros of Bordurian central bank assets.', 'AID_SUSPENSION'],
  ['Borduria had held up the measures in protest at a decision by Atlantis.', 'PROTEST'],
  ['A woman who allegedly sent troops the location of a humanitarian aid centre in Lviv was detained on Monday.', 'AID_PROVISION'],
  ['Power outages hit Lviv and Oslo on Sunday.', 'ATTACK'],
  // A preference for a kind of talks is no meeting.
  ['Atlantis said on Monday that it prefers direct bilateral talks with Borduria.', 'MEETING'],
  // Currency swaps, an anti-picket rule, a street celebration, a standing designation, sources talking to a news outlet,
  // a pledge about one's own weapons, fighters disarming, a rescue at sea.
  ['Atlantis stepped in with $4 billion in credit lines and currency swaps.', 'PRISONER_EXCHANGE'],
  ['Rights groups say the anti-picket protocol has emptied the roads.', 'PROTEST'],
  ['In Lviv, people poured into the streets to celebrate the result.', 'PROTEST'],
  ['The group remains designated as a terrorist organisation by Atlantis.', 'POLICY'],
  ['Jets bombed the village on Monday, according to residents who spoke to Lviv Now.', 'MEETING'],
  ['Atlantis has repeatedly pledged to use non-lethal weapons at the border.', 'AID_PROVISION'],
  ['Under the deal, 150 fighters are to hand over their weapons this year.', 'AID_PROVISION'],
  ['Two of the men were rescued in March after their boat drifted south.', 'PRISONER_RELEASE'],
  // Wounded soldiers flown to hospital are no captives coming home.
  ['Two injured soldiers were airlifted to a hospital in Lviv on Monday.', 'PRISONER_EXCHANGE'],
  // A killing referred to in a relative clause, and a ban on a neighbour's grain, are no new attack or sanctions.
  ['Many carried photos of relatives who live in the slum where the killings took place.', 'ATTACK'],
  // A report released on a day is no release of people.
  ['The report was released on Monday in Oslo.', 'PRISONER_RELEASE'],
  ['Borduria has banned imports of Atlantis grain since April 2023.', 'SANCTIONS'],
  // A country expelled from a body is not a deportation; victims of an earlier shelling refer back; a vigil of mourning.
  ['Borduria was expelled from the Council of Nations in March.', 'DEPORTATION'],
  ['The swap came as Lviv mourned the victims of the bombing of the market.', 'ATTACK'],
  ['Hundreds held a candlelight vigil for the victims on Sunday.', 'PROTEST'],
  // Fans filling a stadium and a result that "turned out" are no protest; a president ordering the release of minors decides it.
  ['About 40,000 fans packed the stadium in Lviv on Saturday.', 'PROTEST'],
  ['Thousands of mourners filled the square in Oslo on Sunday.', 'PROTEST'],
  ['The vote in Lviv on Sunday turned out to be close.', 'PROTEST'],
  ['On Monday Jane Roe ordered the release of all the minors held in Lviv.', 'PRISONER_RELEASE'],
  // The freed had been held since the war began (a detail of the swap); a truce agreed is a truce; a court that ordered something halted.
  ['Most of the freed soldiers had been held since 2022.', 'DETENTION'],
  ['A ceasefire was agreed on September 16, 2022, in Oslo.', 'AGREEMENT'],
  // Other senses of the new phrasings: critics' fire, a film shoot, a festival held, a walkout from a debate, a later flight,
  // migrants sent to hospital, an escorted convoy, a judge barred, a driver's decision, flooded homes, a funeral, a shared ordeal,
  // talks that produced nothing.
  ['The minister came under fire from opposition lawmakers on Tuesday over the budget.', 'ATTACK'],
  ['The shooting of the film began in Lviv on Monday.', 'ATTACK'],
  ['The annual festival has been held since 1995 in Lviv.', 'DETENTION'],
  ['Opposition lawmakers walked out of the debate on prison reform in Oslo on Monday.', 'PRISONER_RELEASE'],
  ['Stranded passengers were put on a later flight to Oslo on Monday.', 'DEPORTATION'],
  ['Several injured migrants were sent to a hospital in Lviv on Monday.', 'DEPORTATION'],
  ['The aid convoy was escorted to the Lviv border crossing on Monday.', 'DEPORTATION'],
  ['A judge in Oslo was barred from the hearing on Monday.', 'POLICY'],
  ['The driver decided to stop in Lviv on Monday.', 'POLICY'],
  ['More than 2,000 homes flooded in the city centre of Lviv on Monday.', 'PROTEST'],
  ['Around 300 people turned out for the funeral in Lviv on Monday.', 'PROTEST'],
  ['The hostages spent 50 hours together in a basement in Lviv.', 'MEETING'],
  ['The talks in Oslo produced no agreement on Friday.', 'AGREEMENT'],
  ['She was handed over to Atlantis on 28 June, hours before the court in Lviv ordered the extradition halted.', 'POLICY'],
  // Sending a location is spying, not aid.
  ['Investigators said she had sent the location of Bordurian equipment to a friend in Lviv.', 'AID_PROVISION'],
  // Let go the same evening after a picket is no prisoner release; a "protest case" is a trial.
  ['She was released that evening with a fine for breaking the rules on public events.', 'PRISONER_RELEASE'],
  ['The largest of the protest cases opened in Lviv in April.', 'PROTEST'],
  // Let go from a police station is no prisoner release.
  ['She was released from a police station late in the evening.', 'PRISONER_RELEASE'],
  // A pause on aid is no ceasefire.
  ['Jane Roe ordered a 90-day pause on foreign aid to Borduria.', 'CEASEFIRE'],
  // Released after questioning is no detention news.
  ['Police detained him for questioning and released him hours later.', 'DETENTION'],
  ['The cabinet decided on Friday to ban exports of machine tools to 30 more companies in Borduria.', 'POLICY'],
  ['Borduria banned grain exports in May 2023.', 'SANCTIONS'],
  ['Atlantis sent its foreign minister to Oslo on Monday.', 'AID_PROVISION'],
  ['The parliament voted on Thursday to approve the withdrawal of troops from Lviv.', 'AGREEMENT'],
  ['The company launched a new campaign on Monday.', 'ATTACK'],
  ['If Atlantis sends tanks to Borduria, the talks will end.', 'AID_PROVISION'],
  ['Atlantis test-fired a ballistic missile from a range near Oslo on Thursday.', 'ATTACK'],
  ['On Saturday Jane Roe signed a £2bn loan agreement with Borduria.', 'AGREEMENT'],
  ['The death toll rose to 31 after the bodies of two people were recovered from the rubble in Lviv on Friday.', 'BODY_REPATRIATION'],
  ['Atlantis does not disclose the exact number of its soldiers held in Bordurian captivity.', 'DETENTION'],
  ['Speaking at a press conference in Oslo on Monday, Jane Roe said the talks went well.', 'SPEECH'],
  ['Flags flew at half-mast in Lviv on Friday, after one of the deadliest attacks since the war began.', 'INVASION'],
  ['Jane Roe said Atlantis would meet the NATO target of spending 2 per cent of GDP on defence this year.', 'MEETING'],
  ['The Kremlin said on Monday it had not been briefed on what was agreed in Oslo.', 'AGREEMENT'],
  ['Ministers also agreed to impose new sanctions on those responsible for the violence on Tuesday.', 'POLICY'],
  ['The ministry said the returning servicemen, many of whom were captured in August, were in Oslo.', 'DETENTION'],
  ['Ukraine returned 31 children who were forcibly deported to Borduria on Saturday.', 'DEPORTATION'],
  ['The city said the death toll had risen to 31 after the bodies of two more people were recovered overnight.', 'BODY_REPATRIATION'],
  ['Last Thursday, the government adopted an ordinance for the donation of a Patriot system to Borduria.', 'POLICY'],
  ['On 16 March the bodies of 82 Atlantis soldiers were repatriated, while those of 30 Bordurian soldiers were returned to Borduria.', 'PRISONER_EXCHANGE'],
  ['Jane Roe said the group was preparing acts of sabotage on railways.', 'ATTACK'],
  ['At least 10 people were injured in scuffles outside the parliament in Lviv.', 'ATTACK'],
  ['Ukrainian forces hold off Bordurian troops near Lviv.', 'DETENTION'],
  ['The freed soldiers were taken to Oslo for medical checks before being flown home.', 'DEPORTATION'],
  ['Jane Roe said the fighting did not stop for a minute.', 'CEASEFIRE'],
  ['Weeks later, Atlantis troops liberated Lviv on Nov. 11.', 'PRISONER_RELEASE'],
  ['Jane Roe said a visit to Lviv was possible.', 'MEETING'],
  ['Jane Roe walked through Lviv during an air raid alert on Monday.', 'ATTACK'],
  ['Borduria sent 90 drones to Lviv overnight.', 'AID_PROVISION'],
  ['Atlantis banned wheat exports to protect its own market on Monday.', 'SANCTIONS'],
  ['Jane Roe launched a scathing attack on John Doe in Oslo on Monday.', 'ATTACK'],
  ['Atlantis declared war on terrorist groups in 2001.', 'POLICY'],
  ['Crowds gathered in Lviv on Sunday to watch the parade.', 'PROTEST'],
  ['Atlantis fired its defence minister on Monday.', 'ATTACK'],
  ['The army launched an investigation into attacks on civilians.', 'ATTACK'],
  ['The police launched a raid on the offices of the newspaper on Monday.', 'ATTACK'],
  ['He visited Oslo in 2019 as a student.', 'MEETING'],
  ['Jane Roe repeated that Borduria had "started the war" and would pay for it.', 'INVASION'],
  ['The sanctioning regimes of Atlantis and Borduria differ.', 'SANCTIONS'],
  ['Borduria no longer needs weapons from Atlantis, John Doe said on Monday.', 'AID_SUSPENSION'],
  ['Speaking at a news conference in Oslo on Friday, John Doe warned of new threats.', 'SPEECH'],
  ['\u201cWe will not back down,\u201d Jane Roe told the parliament on Monday.', 'SPEECH'],
  ['The deal, John Doe said, was a mistake.', 'AGREEMENT'],
  ['The cabinet decided on Monday to keep the report private.', 'POLICY'],
  ['The trial of protesters arrested in Lviv opened without Jane Roe.', 'PROTEST'],
  ['Borduria launched what John Doe called a smear campaign on Monday.', 'ATTACK'],
  ['Jane Roe agreed to return the call on Monday.', 'AGREEMENT'],
  ['Ministers struck a deal in Oslo late on Monday.', 'ATTACK'],
  ['About 2,000 people gathered for the funeral in Lviv on Saturday.', 'PROTEST'],
  ['Around 300 people came to the shelters in Lviv overnight.', 'PROTEST'],
  ['Jane Roe met John Doe on Friday but acknowledged that no deal had been reached.', 'AGREEMENT'],
  ['On Monday, Atlantis freed 108 women from captivity.', 'PRISONER_EXCHANGE'],
  ['Jane Roe has been pressing other countries to hand over Patriots to Borduria.', 'AID_PROVISION'],
  ['Ten civilians, two priests who had been held by Russia for a year among them, were freed on Friday.', 'DETENTION'],
  ['Atlantis and Borduria have accused Oslo of supplying Borduria with artillery shells.', 'AID_PROVISION'],
  ['The 14th sanctions package was approved by ministers on Monday.', 'AID_PROVISION'],
  ['Several dozen people came to the hearing; some applauded when the verdict was read.', 'PROTEST'],
  ['The money for replacing weapons sent to Borduria ran out at the end of last year.', 'AID_PROVISION'],
  ['Three people were killed in Lviv, including a couple whose bodies were recovered from the river.', 'BODY_REPATRIATION'],
  ['In the previous swap on June 2, Atlantis and Borduria exchanged the bodies of fallen soldiers.', 'PRISONER_EXCHANGE'],
  ['On Tuesday, the government decided to adopt the tenth package of sanctions against Borduria.', 'POLICY'],
  ['The Lviv Film Festival was released in May.', 'PRISONER_RELEASE'],
  ['Police kept the protesters behind barriers in Lviv on Friday.', 'DETENTION'],
  ['Ministers in Oslo struck a deal with Borduria late on Monday.', 'ATTACK'],
  ['Volunteers said first aid delivered to the wounded saved lives in Lviv on Monday.', 'AID_PROVISION'],
  ['Two days after the vote, parliament passed a law on pensions.', 'NONE'],
  ['Two activists were detained on Monday. Both were released by evening.', 'PRISONER_RELEASE'],
  // talks held are a meeting, not a detention; a share "of them" still in custody follows the arrest told before
  ['A delegation from Lviv then held talks with Bordurian officials in Oslo on Saturday.', 'DETENTION'],
  ['Jane Roe was held accountable by the court.', 'DETENTION'],
  // verb-core rules stay off: a relative clause recalls a deportation, a plant is no captive, an offensive halted is no aid
  ['Atlantis returned 31 children who were forcibly deported to Borduria.', 'DEPORTATION'],
  ['The plant was seized by Bordurian forces in early March 2022.', 'DETENTION'],
  ['The rebels halted offensive operations in Lviv on Sunday.', 'AID_SUSPENSION'],
  ['Jane Roe has signed the law tightening the rules of mobilization.', 'AGREEMENT'],
  // capitals in these rules are names: targets met, a concert's crowd and released funds are no events
  ['The targets were met at the end of the year.', 'MEETING'],
  ['The concert drew thousands to the stadium on Friday.', 'PROTEST'],
  ['The ministry obtained the release of these funds in May.', 'PRISONER_RELEASE'],
  // ... and their limits: a prisoner deal concluded is the swap, a deal brokered by others is background, migrants bused to
  // other cities are not deported, a drone strike is no labour strike, a funeral procession no protest.
  ['A prisoner deal concluded on Saturday freed John Doe in Oslo.', 'AGREEMENT'],
  ['The deal, brokered by Borduria in Oslo, has allowed Atlantis to export grain.', 'AGREEMENT'],
  ['The city had bused about 1,400 migrants to Lviv and Oslo.', 'DEPORTATION'],
  ['A Bordurian drone strike killed two workers at the Lviv plant on Monday.', 'PROTEST'],
  ['Thousands joined the funeral procession in Lviv on Sunday.', 'PROTEST'],
  ['Troops withdrew weapons from the line near Lviv on Friday.', 'AID_SUSPENSION'],
  ['The storm hit the disaster zone near Lviv on Friday.', 'POLICY'],
  // A ban on protests is no protest; telling reporters is no order to leave.
  ['The Lviv governor on Sunday extended a ban on all demonstrations, marches and press statements in the city.', 'PROTEST'],
  ['John Doe told reporters that Atlantis wanted the railway project to move forward soon.', 'POLICY'],
  ['The state government warned employees that absence on the day of the strike in Lviv would cost a day of pay.', 'PROTEST'],
  ['The talks in Oslo were held for several hours on Monday.', 'DETENTION'],
  ['Traffic was stopped at the border near Lviv for two hours.', 'DETENTION'],
  ['The boys were taken to a football camp in Oslo last summer.', 'DEPORTATION'],
  // Review of the common-verb rules: strikes in sport and trading, ceremonial processions, companies' prices and rules,
  // possibilities, investors' funds, relief workers, concerts, migrants moved within a country, corporate deals.
  ['The strike price of the options was set at $120, traders at the union bank in Oslo said.', 'PROTEST'],
  ["The players' union in Oslo said the strike by the captain in the 89th minute was the goal of the season.", 'PROTEST'],
  ['Lightning strikes set fire to a warehouse in Lviv where dozens of workers were sleeping.', 'PROTEST'],
  ['Mourners joined a candlelit procession through Lviv on Sunday.', 'PROTEST'],
  ['A procession of tanks rolled through Lviv in the Victory Day parade.', 'PROTEST'],
  ['The storm caused a complete shutdown of the power grid in Lviv.', 'PROTEST'],
  ['Residents of Lviv banged pots and pans on Friday evening to thank health workers.', 'PROTEST'],
  ['Students occupied the university library in Lviv for a study marathon before exams.', 'PROTEST'],
  ['Atlantis Retail raised the minimum wage for its warehouse workers in Lviv on Monday.', 'POLICY'],
  ['Borduria could impose tariffs on Atlantis goods if talks fail.', 'POLICY'],
  ['The EU could reimpose sanctions on Atlantis if talks fail.', 'SANCTIONS'],
  ['Investors pulled funds from Bordurian bonds on Monday.', 'AID_SUSPENSION'],
  ['The city council of Lviv slashed funding for public libraries.', 'AID_SUSPENSION'],
  ['The hospital in Lviv sent relief workers home after a 24-hour shift.', 'AID_PROVISION'],
  ['The singer took the stage in Lviv on Friday.', 'SPEECH'],
  ['Borduria transferred 40 refugees to Lviv from overcrowded shelters.', 'DEPORTATION'],
  ['Seafarers were released from quarantine in Oslo on Monday.', 'PRISONER_RELEASE'],
  ['Shareholders in Oslo approved the merger agreement on Tuesday.', 'AGREEMENT'],
  ['Atlantis Tech introduced new rules for app developers in Oslo.', 'POLICY'],
  ['Fans were asked by police to leave the stadium in Lviv.', 'POLICY'],
  ['The bodies of four hostages were handed over to the Red Cross in Lviv on Thursday.', 'PRISONER_RELEASE'],
  ['Fans clashed with police outside the stadium in Lviv on Saturday.', 'PROTEST'],
  // ... not deep in a clause, where it is mostly a purpose or a background.
  ['The envoys were due in Oslo on Tuesday to negotiate the release of more hostages.', 'PRISONER_RELEASE'],
  ['The Lviv legislature passed a motion last spring condemning the deportation of children.', 'DEPORTATION'],
  ['Aid organisations in Lviv said on Monday that deliveries had resumed.', 'AID_SUSPENSION'],
  // Strikes in a sentence about arms, or after a hospital's staff, are blows; people moved to a dormitory are sheltered.
  ['The general staff in Lviv said the strikes were carried out by drone units together with the security service.', 'PROTEST'],
  ["The hospital's staff had moved mothers and newborns to the basement in Lviv minutes before the strike.", 'PROTEST'],
  ['About 60 people, including 23 children, were moved to a dormitory in Lviv on Sunday.', 'DEPORTATION'],
  // money that is no aid: bail, bribes, kickbacks; weapons given up are no aid either
  ['On Friday, a magistrate in Lviv granted them bail of $200 each.', 'AID_PROVISION'],
  ['The contracts are worth UAH 300 million, and the kickbacks already received total about US$1.2 million.', 'AID_PROVISION'],
  ['John Doe was detained in Lviv on Monday shortly after receiving US$85,000 in bribes.', 'AID_PROVISION'],
  ['Borduria will not withdraw from Lviv until the group gives up its weapons.', 'AID_PROVISION'],
  ['The rebels said they were willing to hand over heavy weapons to Atlantis but rejected calls to disarm fully.', 'AID_PROVISION'],
  // a disaster's toll told far from the disaster; a place hit hardest by a crisis
  ["The death toll from Friday night's earthquake has risen to 2,862, the Ministry of Interior said in an update late Monday, while 2,562 people have been injured.", 'ATTACK'],
  ['Scallop producers in Lviv, who sold most of their catch to Borduria, have been hit hardest.', 'ATTACK'],
  // workers voting on their strike decide no policy; adults "described as abducted" were arrested, not deported
  ['Rail workers at the state operator in Lviv voted on Tuesday evening to extend their strike for a second day.', 'POLICY'],
  ['Police in Lviv arrested at least 50 people, some of whom it described as having been abducted from their homes.', 'DEPORTATION'],
  // children to be brought back are the deported, not a new deportation
  ['Atlantis takes measures to identify, track down and repatriate abducted kids.', 'DEPORTATION'],
  // (review) "a couple of videos" are no people; measures of a company are no policy; critics of a government are no authority
  ['The army released a couple of videos of the fighting near Lviv on Monday.', 'PRISONER_RELEASE'],
  ['The company announced measures to cut costs on Monday.', 'POLICY'],
  ['The airport in Lviv was closed after the storm on Monday.', 'POLICY'],
  ['Critics of the government earlier this week presented a package of reforms.', 'POLICY'],
  ['The charity said on Monday it would help deported children return to Lviv.', 'DEPORTATION'],
  ['Volunteers work to return deported children to their families in Lviv.', 'DEPORTATION'],
  // a meeting held in a relative clause holds nobody; a call that did not go ahead did not happen; a ship leaving under a deal
  // quits no deal; legal aid to detainees is no aid to a state
  ["A video conference that Jane Roe had planned to hold with Lviv's political leaders on Thursday did not go ahead.", 'DETENTION'],
  ["A video conference that Jane Roe had planned to hold with Lviv's political leaders on Thursday did not go ahead.", 'MEETING'],
  ['The summit between the two leaders, planned for Friday in Oslo, was called off.', 'MEETING'],
  ['The last ship to leave under the deal departed from Lviv on Sunday.', 'AGREEMENT'],
  ['Atlantis withdrew its troops under the agreement on Monday.', 'AGREEMENT'],
  ['Your donation helps us provide legal aid to detainees in Lviv.', 'AID_PROVISION'],
  // a police raid on a home is an arrest, no attack; places cut off from aid saw no decision; restrictions on a state's use of
  // weapons are no sanctions; a union's aim is no deal
  ['Jane Roe was detained in a dawn raid on her home in Lviv on Wednesday along with 100 other people.', 'ATTACK'],
  ['Many villages near Lviv remain cut off from aid.', 'AID_SUSPENSION'],
  ["Reports said Atlantis had lifted restrictions on Borduria's use of the missiles against targets inside Lviv.", 'SANCTIONS'],
  ['The union said it aims to pressure the government into reaching a hostage deal.', 'AGREEMENT'],
  ['Atlantis extended the deadline for the agreement with Borduria.', 'AGREEMENT'],
  ['Around 300 people held by the hand formed a chain in Lviv.', 'DETENTION'],
];

describe('extractEvents: phrasings for recall', () => {
  it.each(TRIGGERS)('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('counts an aid bill passed by a chamber by its votes', () => {
    const events = run('Lawmakers debated the foreign aid package for weeks. The Senate passed the measure 79-18 late Tuesday.', '2024-04-24');
    expect(events.filter((e) => e.type === 'AID_PROVISION').map((e) => e.quantity?.value ?? null)).toContain(79);
  });

  it('keeps an act told after "agreed to the plan and" as done', () => {
    expect(run('Borduria agreed to the plan and Atlantis released 50 prisoners on Monday.', '2025-03-06').find((e) => e.type === 'PRISONER_RELEASE')?.status).toBe('occurred');
  });

  it('keeps a toll told with a superlative since-range out of the running totals', () => {
    expect(run('Twelve people have been killed in a missile strike on Lviv, the first attack on the city since January.', '2025-03-06').find((e) => e.type === 'ATTACK')?.cumulative).toBe(false);
  });

  it('tells a swap agreed during talks as planned, not done', () => {
    const events = run('At the second round, on June 2, the sides agreed to swap all severely wounded prisoners and to return 6,000 bodies.', '2025-07-24');
    expect(events.find((e) => e.type === 'BODY_REPATRIATION')?.status).toBe('planned');
    expect(events.find((e) => e.type === 'AGREEMENT')?.date?.start).toBe('2025-06-02');
  });

  it('keeps a council deciding a policy when its members decide', () => {
    expect(types('Members of the Lviv city council decided to ban parking downtown on Monday.')).toContain('POLICY');
  });

  it.each([
    ["The Lviv Governor's Office on Sunday extended the order on all demonstrations in the city until March 26.", "Lviv Governor's Office"],
    ['The Atlantis Border Protection Agency (ABPA) temporarily closed the railway bridges in Lviv on Dec. 18.', 'Atlantis Border Protection Agency'],
  ])('%s: a public body named decides a policy', (text, body) => {
    const names: FixtureName[] = [...NAMES, [body, body, 'ORGANIZATION', false]];
    expect(runEvents(text, names).map((e) => e.type)).toContain('POLICY');
    expect(runEvents(text.replace(body, 'Lviv Football Club'), NAMES).map((e) => e.type)).not.toContain('POLICY');
    const post = 'The Lviv Post Office on Monday closed 50 branches.';
    expect(runEvents(post, [...NAMES, ['Lviv Post Office', 'Lviv Post Office', 'ORGANIZATION', false]]).map((e) => e.type)).not.toContain('POLICY');
  });

  it.each(NOT_EVENTS)('%s reports no %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it('reports an announced delivery with its size as planned, dated by publication', () => {
    const events = run('Atlantis will send 30 of its older tanks to Borduria in an aid package worth $120 million, the defence ministry said.', '2024-06-12');
    const aid = events.filter((e) => e.type === 'AID_PROVISION');
    expect(aid).toHaveLength(1);
    expect(aid[0]).toMatchObject({ status: 'planned', date: { start: '2024-06-12' } });
    expect(aid[0].quantity).not.toBeNull();
  });

  it('reports an act dated after publication as planned', () => {
    const [e] = run("The doctors' union in Lviv has called a second 24-hour strike for 26 March.", '2026-03-12').filter((x) => x.type === 'PROTEST');
    expect(e).toMatchObject({ status: 'planned', date: { start: '2026-03-26' } });
  });

  it('does not report a vague plan without a size', () => {
    expect(types('Atlantis will send more help to Borduria, the minister said.')).not.toContain('AID_PROVISION');
  });

  it('reads releases told with "the previous exchange" as that exchange', () => {
    const events = run('The previous exchange took place on May 9, when each side released 60 prisoners.', '2024-06-01');
    expect(events.map((e) => [e.type, e.date?.start])).toEqual([['PRISONER_EXCHANGE', '2024-05-09']]);
  });

  it('does not repeat a part of a count as a second repatriation', () => {
    const events = run('The bodies of 300 soldiers were returned to Atlantis on Friday.\nAccording to officials, 250 of the bodies were brought back from the front and 50 from morgues.');
    expect(events.filter((e) => e.type === 'BODY_REPATRIATION')).toHaveLength(1);
  });

  it('gives a crowd estimate its count', () => {
    const [e] = run('In Lviv, police estimated the crowd on the main square at about 12,000.');
    expect(e.quantity).toMatchObject({ value: 12000, qualifier: 'approx' });
  });

  it('keeps a sentencing told "hours after" apart from an older arrest of the same person', () => {
    const events = run('The ruling came hours after a court in Lviv sentenced John Doe to 12 years.\nJohn Doe, who was arrested in March 2023, denies the charges.', '2024-07-19');
    expect(events.filter((e) => e.type === 'DETENTION').map((e) => e.date?.start)).toContain('2024-07-19');
  });

  it('does not let a plan inside a leading adjunct make the main clause planned', () => {
    const [e] = run('Minutes after the truce was due to begin, a rocket hit a school in Lviv.', '2024-01-07');
    expect(e).toMatchObject({ type: 'ATTACK', status: 'occurred' });
  });

  it('takes a definite truce with its own span as an event despite "despite"', () => {
    const events = run('Shelling went on despite the 48-hour truce that Jane Roe ordered from noon on 6 January.', '2024-01-07');
    expect(events.map((e) => [e.type, e.date?.start])).toContainEqual(['CEASEFIRE', '2024-01-06']);
  });

  it('dates "the bloc\'s 12th round of sanctions" by its own adjunct', () => {
    const events = run("The move follows Atlantis's 12th round of sanctions, adopted on Dec. 18, which listed 40 individuals.", '2025-01-10');
    expect(events.map((e) => [e.type, e.date?.start])).toContainEqual(['SANCTIONS', '2024-12-18']);
  });

  it('does not date an agreement by the deadline it sets', () => {
    const events = run('Members at the Oslo meeting on June 3 agreed to raise military spending to 3% of output by 2030.', '2025-06-10');
    expect(events.filter((e) => e.type === 'AGREEMENT').map((e) => e.date?.start)).toEqual(['2025-06-03']);
  });

  it('dates an attack by a participle that follows it', () => {
    const events = run('Borduria launched its biggest aerial attack so far, firing 300 drones at Atlantis on Sunday.', '2025-07-02');
    expect(events.filter((e) => e.type === 'ATTACK').map((e) => e.date?.start)).toEqual(['2025-06-29']);
  });

  it('keeps two people meeting at a summit apart from the summit', () => {
    const events = run('At the Oslo summit on May 5, Jane Roe met John Doe and praised the talks.', '2025-05-10');
    expect(events.filter((e) => e.type === 'MEETING')).toHaveLength(2);
  });

  it('keeps "a separate accord" apart from the agreement before it', () => {
    const events = run('Jane Roe and John Doe signed a security agreement in Oslo on Monday.\nAtlantis signed a separate accord with John Doe the same day.', '2025-05-10');
    expect(events.filter((e) => e.type === 'AGREEMENT')).toHaveLength(2);
  });

  it('keeps a sentencing and an arrest told in two sentences apart', () => {
    const events = run('A court in Lviv sentenced John Doe to five years on Monday.\nOutside the court, police detained at least six people on Monday.', '2025-05-10');
    expect(events.filter((e) => e.type === 'DETENTION')).toHaveLength(2);
  });

  it('counts an aid package by its money, not the weapons it includes', () => {
    const [e] = run('Atlantis unveiled a package worth about €300 million on Tuesday, including four launchers.', '2025-05-10');
    expect(e).toMatchObject({ type: 'AID_PROVISION', quantity: { value: 300000000 } });
  });

  it('reads a release told with "the 12th exchange" as that exchange', () => {
    const events = run('Jane Roe said it was the 12th exchange this year and that 900 soldiers had been freed from captivity since 2022.', '2024-08-24');
    expect(events.map((e) => e.type)).toContain('PRISONER_EXCHANGE');
    expect(events.map((e) => e.type)).not.toContain('PRISONER_RELEASE');
  });

  it('dates a running total by publication even after a long "since" clause', () => {
    const events = run('Atlantis has now imposed asset freezes on more than 500 individuals since Borduria launched its full-scale invasion of Lviv in February 2022.', '2025-01-10');
    expect(events.filter((e) => e.type === 'SANCTIONS').map((e) => e.date?.start)).toEqual(['2025-01-10']);
  });

  it('keeps a protest arrest of the day apart from a custody that began months ago', () => {
    const events = run('John Doe has been in custody since July, when police searched his office.\n\nOutside the court, police detained at least five people who had held up placards.', '2023-02-15');
    expect(events.filter((e) => e.type === 'DETENTION').map((e) => e.quantity?.value ?? null)).toEqual([null, 5]);
  });

  it('dates a strike told with a merge-only noun before its verb ("shelling of the centre killed")', () => {
    const events = run('On April 30, shelling of the centre of Lviv killed 25 people.', '2024-05-12');
    expect(events.filter((e) => e.type === 'ATTACK').map((e) => e.date?.start)).toEqual(['2024-04-30']);
  });

  it('dates a truce by its own span, not by a day told before "despite"', () => {
    const events = run('Fighting went on on Saturday despite the 48-hour truce that Jane Roe ordered from noon on 6 January.', '2024-01-07');
    expect(events.filter((e) => e.type === 'CEASEFIRE').map((e) => e.date?.start)).toEqual(['2024-01-06']);
  });

  it('does not take a nationality adjective for the place ("killed in a Russian attack on Lviv")', () => {
    // The entity engine reports "Russian" as a mention of the country; the fixture does the same.
    const names: FixtureName[] = [...NAMES, ['Russian', 'Russia', 'PLACE', true]];
    const events = runEvents('At least 9 people were killed and 30 injured in a Russian attack on Lviv on Tuesday.', names, '2025-03-06');
    const attacks = events.filter((e) => e.type === 'ATTACK');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ place: 'Lviv', date: { start: '2025-03-04' } });
  });

  it('keeps two speakers of one day apart even when each is the one who "said"', () => {
    const events = run('In a televised address on Monday, Jane Roe said the reform would pass. Later on Monday, John Doe told the Atlantis parliament that he opposed it.', '2024-06-04');
    expect(events.filter((e) => e.type === 'SPEECH')).toHaveLength(2);
  });

  it.each([
    ['Atlantis is no longer sending weapons to Borduria, Jane Roe said late on Wednesday.', '2024-06-05'],
    ['Atlantis is no longer sending weapons to Borduria, Jane Roe said early on Tuesday.', '2024-06-04'],
  ])('dates "%s" by the day of the report', (text, day) => {
    const events = run(text, '2024-06-06');
    expect(events.find((e) => e.type === 'AID_SUSPENSION')?.date?.start).toBe(day);
  });

  it('reads a homecoming told on the day of an undated exchange as that exchange', () => {
    const events = run('Atlantis and Borduria have carried out a prisoner exchange brokered by Oslo. Jane Roe said on Wednesday that 120 soldiers had come home.', '2024-06-05');
    expect(events.map((e) => e.type)).toEqual(['PRISONER_EXCHANGE']);
  });

  it('keeps an undated release far from an exchange, in a digest of other news, apart from it', () => {
    const filler = ['Oslo hosted a film festival.', 'Lviv opened a new bridge.', 'Prices rose in Atlantis.', 'A storm hit the coast.', 'The central bank kept rates.', 'Trains were delayed.', 'A museum reopened.'].join(' ');
    const events = run(`Atlantis and Borduria exchanged 90 prisoners of war on Tuesday. ${filler} John Doe walked free.`, '2024-06-27');
    expect(events.map((e) => e.type).sort()).toEqual(['PRISONER_EXCHANGE', 'PRISONER_RELEASE']);
  });

  it('keeps a release of another day apart from the exchange', () => {
    const events = run('Atlantis and Borduria exchanged 50 prisoners of war on Monday. On Wednesday, Borduria released 10 civilians held in Lviv.', '2024-06-05');
    expect(events.map((e) => e.type).sort()).toEqual(['PRISONER_EXCHANGE', 'PRISONER_RELEASE']);
  });

  it.each([
    ['On 7 March 130 Atlantis and 90 Bordurian servicemen went home after a prisoner swap.', 'PRISONER_EXCHANGE', 130],
    ['Officials said Borduria had forcibly deported between 2,000 and 3,500 Atlantis citizens, including 400 children.', 'DEPORTATION', 2000],
    ['Bordurian soldiers detained 14 clerics in Lviv in March 2023.', 'DETENTION', 14],
    // A deal on a swap is counted by those it frees.
    ['At talks in Oslo on Wednesday, the two sides agreed to swap 1,200 prisoners of war.', 'AGREEMENT', 1200],
    // Munitions shipped by the container.
    ['Officials said Borduria has shipped some 10,000 containers of munitions to Atlantis since last August.', 'AID_PROVISION', 10000],
    // "more than 500 new sanctions": the sanctions counted.
    ['Last Friday, Atlantis imposed more than 500 new sanctions on Borduria.', 'SANCTIONS', 500],
    // A bare count as the subject of a return ("while only 386 have been brought back", "1,600 of them have been brought back").
    ['Officials say 9,546 children have been deported to Borduria since 2022, while only 386 have been brought back.', 'PRISONER_RELEASE', 386],
    ['Officials say 9,546 children have been deported to Borduria. Just over 1,600 of them have been brought back, according to a charity.', 'PRISONER_RELEASE', 1600],
  ])('counts "%s" by the people it names', (text, type, value) => {
    expect(run(text, '2024-06-06').find((e) => e.type === type)?.quantity?.value).toBe(value);
  });

  it('counts an exchange by its own count, not by a running total merged into it first', () => {
    const events = run('Atlantis and Borduria have carried out the largest exchange of prisoners since the war began. More than 2,000 soldiers have now been freed from captivity since 2022, Jane Roe said. She said on Monday that 120 soldiers had come home.', '2024-06-03');
    const swap = events.find((e) => e.type === 'PRISONER_EXCHANGE');
    expect(swap?.quantity?.value).toBe(120);
  });
});
