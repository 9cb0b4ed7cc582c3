import { timesInText } from './extract-times';

/** [text, publication date, expected start, granularity, last year named before (optional)] */
const CASES: Array<[string, string, string, string, number | null]> = [
  // A name is no future cue ("President Willem Roe"), nor is "will" in what was said after the day.
  ['On Monday, President Willem Roe signed the bill.', '2025-03-26', '2025-03-24', 'day', null],
  ['On Monday, the ministry said it will expel 45 diplomats.', '2025-03-26', '2025-03-24', 'day', null],
  ['Atlantis fired 300 drones overnight on 25 March, killing 5.', '2025-03-26', '2025-03-25', 'day', null],
  // "overnight on May 25": the day named after it dates the night.
  ['Atlantis attacked Borduria with 367 drones overnight on May 25, killing 12.', '2025-05-26', '2025-05-25', 'day', null],
  // A day opening the sentence is ahead when its clause is ("On 17 October, X is due to present …"), past when told in the past.
  ['On 17 October, Jane Roe is due to present the plan at the summit in Oslo.', '2024-10-16', '2024-10-17', 'day', null],
  ['On 17 October, Jane Roe presented the plan at the summit in Oslo.', '2024-10-16', '2023-10-17', 'day', null],
  // Future arrangements: "is due in", a present progressive of hosting, "wanted to meet", an invitation to a summit, a
  // subjunctive "be held", "is widely expected to", and a "will" before an apposition closed by a quote.
  ['Jane Roe is due in Oslo on Saturday for talks with leaders.', '2023-05-19', '2023-05-20', 'day', null],
  ['Atlantis, which is hosting a conference on Borduria in Oslo on Tuesday, announced new funding.', '2025-04-14', '2025-04-15', 'day', null],
  ['He said the union wanted to meet Jane Roe again on Saturday.', '2024-01-26', '2024-01-27', 'day', null],
  ['Jane Roe and John Doe will co-chair a video call of the so-called "friends of Lviv", the group of some 30 countries, on Sunday afternoon, officials said.', '2025-08-16', '2025-08-17', 'day', null],
  ['Jane Roe is widely expected to invite John Doe to the summit in Oslo in May.', '2023-03-16', '2023-05-01', 'month', null],
  ['He said he had again invited Jane Roe to the leaders\' summit in Oslo in November.', '2025-05-22', '2025-11-01', 'month', null],
  ['Jane Roe said she would propose to Lviv that consultations be held in Oslo on 28 March.', '2024-02-20', '2024-03-28', 'day', null],
  // (review) not across a relative clause, nor "had wanted", nor "be held accountable".
  ['Jane Roe, who is visiting the region, met John Doe in Oslo on Monday.', '2024-05-10', '2024-05-06', 'day', null],
  ['Jane Roe said she had wanted to meet John Doe in Oslo in March.', '2024-05-10', '2024-03-01', 'month', null],
  ['Atlantis must be held accountable for the missile strike on Lviv on Saturday, the minister said.', '2024-05-10', '2024-05-04', 'day', null],
  // A day inside an "after" adjunct is the earlier act's, past even when the main clause looks ahead.
  ['Lviv said it was ready to accept a 30-day truce after eight hours of talks in Oslo on Tuesday.', '2025-03-12', '2025-03-11', 'day', null],
  // A run of years into the next ("in 2013-14") starts in the first.
  ['The protests in Lviv in 2013-14 toppled a president.', '2024-12-02', '2013-01-01', 'year', null],
  // A summit "that opens Saturday" is the coming one: a scheduled start told in the present.
  ['Jane Roe is to travel on to Oslo to attend a peace summit that opens Saturday.', '2024-06-14', '2024-06-15', 'day', null],
  // A timeline's line opens with its day and a colon ("March 7: Sixth day of action"); "7:30" is a clock time, not the 7th.
  ['March 7: Sixth day of action, with 1.28 million protesters.', '2023-03-24', '2023-03-07', 'day', null],
  // a plan told with "were planning" or "would introduce" looks ahead
  ['Campaigners said they were planning a counter-demonstration in Lviv on Wednesday evening.', '2024-08-05', '2024-08-07', 'day', null],
  ['Jane Roe said she would introduce a bill in January requiring hospitals to report attacks.', '2025-11-20', '2026-01-01', 'month', null],
  // a plan told in the past ("was planning … when he was arrested") stays in the past
  ['Police said the suspect was planning an attack in January when he was arrested.', '2025-03-06', '2025-01-01', 'month', null],
  // "next to" is a place, not a week ahead: a caption's present tense tells the day before.
  ['Police stand guard next to a torched building in Lviv on Friday, where a protest turned violent.', '2025-03-29', '2025-03-28', 'day', null],
  // A run of days joined by "and"/"to" starts on its first day, in the year told after it; a run of months starts in its first month.
  ['Over the weekend of March 25 to 27, 2022, the gangs killed 87 people.', '2024-03-27', '2022-03-25', 'day', null],
  ['On 6 and 7 June, officers raided homes in Sanaa.', '2024-06-15', '2024-06-06', 'day', null],
  ['US forces carried out strikes between March and May last year.', '2026-02-11', '2025-03-01', 'month', null],
  ['Prices rose sharply from October to March 2024.', '2025-01-10', '2023-10-01', 'month', null],
  ['Between November and February, 300 people were arrested.', '2025-03-10', '2024-11-01', 'month', null],
  // Review: a month run starts in the last such first month, and may run past publication.
  ['Authorities imposed a curfew from March to May.', '2025-04-10', '2025-03-01', 'month', null],
  ['The government extended heating subsidies from October to March.', '2025-01-15', '2024-10-01', 'month', null],
  // "Last Thursday" opening a sentence in a Thursday paper is a week ago; "a year ago this month"; a day just ahead.
  ['Last Thursday, the Bundestag passed the package.', '2026-01-22', '2026-01-15', 'day', null],
  ['A year ago this month, the two sides agreed a ceasefire.', '2025-11-18', '2024-11-01', 'month', null],
  ['The mayor declared November 19 a day of mourning.', '2024-11-18', '2024-11-19', 'day', null],
  ['The vote was held on November 25.', '2024-11-18', '2023-11-25', 'day', null],
  ['Police arrested the activist on November 19.', '2024-11-18', '2023-11-19', 'day', null],
  // A month naming an event's time before its noun.
  ['Orban had blocked the same package at a December summit.', '2024-02-17', '2023-12-01', 'month', null],
  // "in 2020 that killed" is a year, not a count of the killed.
  ['They fought a 44-day war in 2020 that killed about 6,500 people.', '2023-12-13', '2020-01-01', 'year', null],
  // "overnight on Thursday" is Thursday's night; "last Tuesday" in a Wednesday paper is a week ago; a meeting summoned for Monday lies ahead.
  ['Police arrested 14 workers in raids overnight on Thursday.', '2024-05-10', '2024-05-09', 'day', null],
  ['A farmer was killed last Tuesday near the roadblock.', '2024-01-31', '2024-01-23', 'day', null],
  ['She has summoned her Cabinet for Monday to adopt a decree.', '2024-10-19', '2024-10-21', 'day', null],
  // A weekday named with the day picks the year; "weeks later" stays in the year named before; a past day told in the past tense is last year's.
  ['Moscow proposed a second round of talks on Monday, June 2.', '2025-05-30', '2025-06-02', 'day', null],
  ['A second round was held in Istanbul on Monday, June 2.', '2025-12-01', '2025-06-02', 'day', null],
  ['Weeks later, on September 17, a truck bomb hit a base.', '2026-01-21', '2024-09-17', 'day', 2024],
  ['Police detained 20 protesters in the capital on March 18, the ministry said.', '2025-03-10', '2024-03-18', 'day', null],
  // A step moved to a day lies ahead.
  ['The federation said it would bring forward a general strike to April 10.', '2025-03-13', '2025-04-10', 'day', null],
  ['The swap took place on Feb. 5.', '2025-03-06', '2025-02-05', 'day', null],
  ['The swap took place on Dec. 22.', '2024-01-26', '2023-12-22', 'day', null],
  ['They met on 8 April 2023 in Geneva.', '2025-01-01', '2023-04-08', 'day', null],
  ['They met on March 6, 2025.', '2025-03-07', '2025-03-06', 'day', null],
  ['The talks resumed on June 2.', '2025-06-16', '2025-06-02', 'day', null],
  ['Protests will continue until July 31.', '2025-07-25', '2025-07-31', 'day', null],
  ['The parliament voted last July.', '2025-03-06', '2024-07-01', 'month', null],
  ['The parliament voted in July 2022.', '2025-03-06', '2022-07-01', 'month', null],
  ['They were killed in January.', '2023-02-04', '2023-01-01', 'month', null],
  ['It was struck in December 2024.', '2025-03-06', '2024-12-01', 'month', null],
  ['Deported since February 2022, officials said.', '2025-03-06', '2022-02-01', 'month', null],
  ['Kyiv has pushed for it since 2024.', '2025-03-06', '2024-01-01', 'year', null],
  ['Russia invaded in 2014.', '2025-03-06', '2014-01-01', 'year', null],
  ['The men were freed three years ago.', '2025-03-06', '2022-01-01', 'year', null],
  ['The documents were filed in the autumn of that year.', '2025-03-06', '2024-09-01', 'season', 2024],
  ['Shelling intensified earlier this week.', '2025-03-06', '2025-03-03', 'week', null],
  ['Drones attacked overnight.', '2025-03-06', '2025-03-06', 'day', null],
  ['The ministry said last month that it agreed.', '2025-03-06', '2025-02-01', 'month', null],
  ['The last swap, on the 18th of this month, freed 95 soldiers.', '2024-10-31', '2024-10-18', 'day', null],
  ['They met on the 3rd of last month.', '2024-10-31', '2024-09-03', 'day', null],
  ['The leaders met on Tuesday.', '2025-03-05', '2025-03-04', 'day', null],
  ['The leaders met on Wednesday.', '2025-03-05', '2025-03-05', 'day', null],
  ['The leaders will meet on Friday.', '2025-03-05', '2025-03-07', 'day', null],
  ['Ministers are expected on Monday in Oslo to agree to top up the fund.', '2022-12-09', '2022-12-12', 'day', null],
  ['A tense meeting Friday ended badly.', '2025-02-28', '2025-02-28', 'day', null],
  ['Authorities said it happened yesterday.', '2025-03-06', '2025-03-05', 'day', null],
  ['Officials said today that it was over.', '2025-03-06', '2025-03-06', 'day', null],
  ['Strikes hit this week.', '2025-03-06', '2025-03-03', 'week', null],
  ['Earlier in the week, drones knocked out power in Lviv.', '2025-03-06', '2025-03-03', 'week', null],
  ['Missiles struck as people celebrated Palm Sunday.', '2025-04-14', '2025-04-13', 'day', null],
  ['About 300 people rallied in Oslo on Sunday, March 5, calling for a release.', '2023-03-12', '2023-03-05', 'day', null],
  ['The report was published 02/19/2025.', '2025-02-20', '2025-02-19', 'day', null],
  ['Fighting raged last summer.', '2025-03-06', '2024-06-01', 'season', null],
  ['He said it in the 1990s.', '2025-03-06', '1990-01-01', 'decade', null],
  ['Atlantis and Borduria are to hold talks on Tuesday.', '2025-03-06', '2025-03-11', 'day', null],
  ['The visit is scheduled for Monday.', '2025-03-06', '2025-03-10', 'day', null],
  ['The previous exchange took place on the 15th.', '2022-12-31', '2022-12-15', 'day', null],
  ['On the 14th, the sides swapped prisoners.', '2022-12-31', '2022-12-14', 'day', null],
  ['It happened on the 30th.', '2025-03-05', '2025-01-30', 'day', null],
  ['Zelensky will sign the law that parliament passed in March.', '2024-06-15', '2024-03-01', 'month', null],
  ['The previous exchange took place on the 28th.', '2023-01-10', '2022-12-28', 'day', null],
  ['The next round is due to start on the 3rd.', '2023-01-10', '2023-02-03', 'day', null],
  ['It ended in a ceasefire on November 10 of that year.', '2023-09-21', '2020-11-10', 'day', 2020],
  ['Payments will start from January.', '2022-12-13', '2023-01-01', 'month', null],
  ['The sides swapped prisoners on Saturday, the eve of Orthodox Easter.', '2025-04-19', '2025-04-19', 'day', null],
  ['Shelling continued on Orthodox Easter.', '2025-04-25', '2025-04-20', 'day', null],
  ['Shelling continued on Easter Sunday.', '2025-04-10', '2024-03-31', 'day', null],
  ['On Boxing Day, the border guard boarded the tanker.', '2025-01-26', '2024-12-26', 'day', null],
  ['Another rally has been called for Friday in the capital.', '2025-03-06', '2025-03-07', 'day', null],
  ['The package, which will be formally adopted by ministers at a meeting in Brussels on Monday, bans imports.', '2025-03-06', '2025-03-10', 'day', null],
  ['The package, which was adopted at a meeting in Brussels on Monday, bans imports.', '2025-03-06', '2025-03-03', 'day', null],
  // What a group "had called for" lies behind the report: "Wednesday's rallies" were last Wednesday's.
  ['The movement, which had called for Wednesday’s rallies, said it would hold more protests on Saturday.', '2022-09-22', '2022-09-21', 'day', null],
  // A future cue before an apposition still holds after it.
  ['Jane Roe is due to meet John Doe, a member of the war cabinet, at the White House on Monday.', '2024-03-02', '2024-03-04', 'day', null],
  // A deadline set ahead ("proposed a meeting before the end of August") is the next such month.
  ['Ukraine had proposed a meeting of the two presidents before the end of August.', '2025-07-24', '2025-08-01', 'month', null],
  // "over the past day", "in the last 24 hours": the day's news, dated by the report.
  ['Two people were killed over the past day.', '2025-03-06', '2025-03-06', 'day', null],
  ['Eight children have been returned to their families over the past 24 hours.', '2025-10-10', '2025-10-10', 'day', null],
  ['Earlier, on 30 December, the ombudsman reported it.', '2025-01-23', '2024-12-30', 'day', null],
  ['In March, the council approved the budget.', '2025-06-10', '2025-03-01', 'month', null],
  ['Since January, lorry drivers have closed the crossing.', '2025-06-10', '2025-01-01', 'month', null],
  ['In November, the ministry froze the accounts.', '2025-06-10', '2024-11-01', 'month', null],
  ['The first battery reached the front in April last year.', '2025-06-10', '2024-04-01', 'month', null],
  ['Troops crossed the border on Aug. 6 last year.', '2025-09-10', '2024-08-06', 'day', null],
  ['Drones attacked the port over the weekend.', '2025-03-10', '2025-03-08', 'week', null],
  ['Rallies were held last weekend.', '2025-03-12', '2025-03-08', 'week', null],
  ['On Tuesday last week, a man crossed the border.', '2025-08-26', '2025-08-19', 'day', null],
  ['The vote is set for Friday of next week.', '2025-08-26', '2025-09-05', 'day', null],
  ['The ministers met a fortnight ago.', '2025-03-12', '2025-02-26', 'week', null],
  ['Prices rose sharply in March of this year.', '2025-06-10', '2025-03-01', 'month', null],
  ['The plant closed in May of that year.', '2025-06-10', '2019-05-01', 'month', 2019],
  ['The governor said that Monday would be a day of mourning.', '2025-06-11', '2025-06-16', 'day', null],
  ['Delegates gathered in Lisbon on 3-5 May.', '2025-06-10', '2025-05-03', 'day', null],
  ['The forum ran October 14–16, 2023 in Riga.', '2025-06-10', '2023-10-14', 'day', null],
];

/** Numbers that are not dates. */
const NOT_DATES: Array<[string, string]> = [
  ['The sirens sounded at March 7:30 by the old clock.', '2023-03-24'],
  ['Decree of Necessity and Urgency 70/2023 deregulates the economy.', '2024-01-25'],
  ['Law No. 12414 limits the bureau.', '2025-07-25'],
  ['Around 2000 soldiers returned.', '2025-07-25'],
  ['Turnout was 2024 votes short.', '2025-07-25'],
  ['The missiles hit around 10:15 am.', '2025-07-25'],
  // "the winter" with no preposition or year is a noun phrase, not a time.
  ['Protesters demanded that the state cover the winter energy bills.', '2025-03-13'],
];

/** [text, publication date, last day named before (or null), expected start of the last time in the text] */
const ANAPHORIC: Array<[string, string, string | null, string]> = [
  // "later" takes no object: "two days later the police …" counts from the day before.
  ['Two days later the police freed him.', '2025-05-09', '2025-05-06', '2025-05-08'],
  // "two months later" counts months from the month named before.
  ['The Bordurian leader attended the summit in Oslo two months later.', '2024-06-14', '2023-03-01', '2023-05-01'],
  ['That evening, the mayor spoke to a crowd.', '2025-05-09', '2025-05-06', '2025-05-06'],
  ['The two envoys signed a memorandum the same day.', '2025-05-09', '2025-05-07', '2025-05-07'],
  ['Later that night, a second drone hit the depot.', '2025-05-09', '2025-05-08', '2025-05-08'],
  ['The detainees were handed over the next day.', '2025-05-09', '2025-05-06', '2025-05-07'],
  ['Negotiators had met the day before.', '2025-05-09', '2025-05-06', '2025-05-05'],
  ['He had spoken to her by phone three days earlier.', '2025-05-09', null, '2025-05-06'],
  ['Inspectors arrived a week later.', '2025-05-09', '2025-04-20', '2025-04-27'],
  ['Ships left port on Monday; two days later, the blockade ended.', '2025-05-09', null, '2025-05-07'],
  ['The council had acted two days earlier, on Tuesday.', '2025-05-09', '2025-05-08', '2025-05-06'],
];

describe('timesInText', () => {
  it.each([['Four days later, protesters rallied in the capital.'], ['The detainees were handed over the next day.']])('%s with no day named before it names no day', (text) => {
    expect(timesInText(text, '2025-05-09', () => null, () => null)).toEqual([]);
  });

  it.each(ANAPHORIC)('%s (published %s, last day %s) → %s', (text, pub, last, start) => {
    const found = timesInText(text, pub, () => null, () => (last ? { start: last, granularity: 'day' } : null));
    expect(found.length).toBeGreaterThan(0);
    expect(found[found.length - 1].resolved.start).toBe(start);
  });

  it('leaves "two days before the vote" to the event rules', () => {
    expect(timesInText('They met two days before the vote.', '2025-05-09', () => null)).toEqual([]);
  });

  it.each(CASES)('%s (published %s) → %s %s', (text, pub, start, granularity, lastYear) => {
    const [first] = timesInText(text, pub, () => lastYear);
    expect(first).toBeDefined();
    expect(first.resolved.start).toBe(start);
    expect(first.resolved.granularity).toBe(granularity);
  });

  it('marks "since 2024" as an open range to the publication date', () => {
    const [t] = timesInText('pushed for it since 2024', '2025-03-06', () => null);
    expect(t.resolved.open).toBe(true);
    expect(t.resolved.end).toBe('2025-03-06');
  });

  it.each(NOT_DATES)('%s has no date', (text, pub) => {
    expect(timesInText(text, pub, () => null)).toEqual([]);
  });
});
