import { quantitiesInText } from './extract-quantities';
import { parseNumber } from './numbers';

type Q = [number, string, string];
/** [text, expected quantities as [value, unit, qualifier]] */
const CASES: Array<[string, Q[]]> = [
  // A part of a counted whole is counted in the whole's noun, and the whole keeps its count; a quoted count keeps its noun.
  ['Atlantis suspends 30 of its roughly 350 arms export licences.', [[30, 'arms', 'exact'], [350, 'arms', 'approx']]],
  ['Police said 97 of the 251 hostages remain in Lviv.', [[97, 'hostages', 'exact'], [251, 'hostages', 'exact']]],
  ['Oslo said it would expel "about 25" diplomats and embassy staff.', [[25, 'diplomats', 'approx']]],
  // One victim of a killing told by its manner ("stabbed … to death") is a count of one.
  ['A man stabbed a police officer to death in Lviv on Friday.', [[1, 'officer', 'exact']]],
  // (review) a whole told with a scale word; a quote closed before a word that is no noun of the count.
  ['Officials said 20,000 of the 3 million residents had been deported.', [[20000, 'residents', 'exact'], [3000000, 'residents', 'exact']]],
  ['The death toll had risen to "at least 40" overnight.', [[40, '', 'at_least']]],
  // One victim named by trade or office is a count of one.
  ['Strikes overnight killed a nuclear scientist in Lviv.', [[1, 'scientist', 'exact']]],
  // (review) one victim named before more in a list does not count the list as one.
  ['The drone strike killed a teacher and five children in Lviv on Monday.', [[5, 'children', 'exact']]],
  // A model's code may open the counted phrase.
  ['Atlantis will send 31 M1 Abrams tanks and 12 M777 howitzers.', [[31, 'M1 Abrams tanks', 'exact'], [12, 'M777 howitzers', 'exact']]],
  // A nationality before a currency's word; "police" before the noun it modifies.
  ['The cabinet approved an allocation of 120bn Ugandan shillings on Thursday.', [[120000000000, 'UGX', 'exact']]],
  ['Lebanon set aside 120bn Lebanese pounds for the families.', [[120000000000, 'LBP', 'exact']]],
  ['Rebels freed two police officers on Monday.', [[2, 'police officers', 'exact']]],
  // "or so" makes a count approximate; "of those held" counts people; a name ending in a plural modifies the noun after it.
  ['Another 200 or so had been arrested on Sunday.', [[200, '', 'approx']]],
  ['Police said 599 of those held had been freed on Monday.', [[599, 'people', 'exact']]],
  ['Rebels released seven United Nations employees on Wednesday.', [[7, 'United Nations employees', 'exact']]],
  // Half of a scale word.
  ['Up to half a million workers walked out.', [[500000, 'workers', 'at_most']]],
  ['Half a dozen soldiers were freed.', [[6, 'soldiers', 'exact']]],
  // South Asian scales.
  ['Unions claimed that over 25 crore workers took part.', [[250000000, 'workers', 'at_least']]],
  ['About 3 lakh people were evacuated.', [[300000, 'people', 'approx']]],
  // A number before a verb with its own object ("Barrio 18 killed 87 people") counts nothing; "12 killed in" still counts the dead.
  ['Rival factions of Barrio 18 killed 87 people.', [[18, '', 'exact'], [87, 'people', 'exact']]],
  ['At least 12 killed in the Kharkiv strike.', [[12, 'killed', 'at_least']]],
  // One victim shot dead, or killed in a sentence with no number, is a count of one.
  ['A 17-year-old boy, Ali Noor, was shot dead by border guards on Saturday night.', [[1, 'boy', 'exact']]],
  ['A farmer was killed when a car ploughed into a roadblock.', [[1, 'farmer', 'exact']]],
  // A vague amount with no noun, as the subject of a crowd's verb, counts people.
  ['Tens of thousands gathered again outside City Hall on Sunday night.', [[20000, 'people', 'approx']]],
  // A vague amount with no noun counts people as the object of a verb that befalls them, the subject of its passive, or
  // those who remain held; a headline's present-tense crowd verb; and it is read once ("Hundreds of thousands marched").
  ['Atlantis kills dozens in Lviv as aid trickles in', [[20, 'people', 'approx']]],
  ['Dozens were killed in the strike.', [[20, 'people', 'approx']]],
  ['Thousands more, including civilians, are believed to remain in Bordurian jails.', [[2000, 'people', 'approx']]],
  ['Thousands rally in Oslo as the ruling party blocks a vote', [[2000, 'people', 'approx']]],
  ['Hundreds of thousands marched.', [[200000, 'people', 'approx']]],
  ['Thousands of them had rallied in front of the embassy.', [[2000, 'people', 'approx']]],
  ['Officials put the figure in the thousands.', []],
  // A victim and one of her family named after her are two victims.
  ['A car hit the roadblock, killing a woman farmer and her 14-year-old daughter.', [[2, 'people', 'exact']]],
  ['A woman was killed and her son was injured.', [[1, 'woman', 'exact']]],
  // A part of a named owner's people; two modifiers joined before one noun.
  ["Two of Ms Roe's close aides have been arrested.", [[2, 'close aides', 'exact']]],
  ['Police arrested seven current and former staff and board members.', [[7, 'current and former staff', 'exact']]],
  ['Police arrested two soldiers and five civilians.', [[2, 'soldiers', 'exact'], [5, 'civilians', 'exact']]],
  // Ages listed after "aged" are not counts.
  ['Three suspects, aged 19, 21 and 24, were detained.', [[3, 'suspects', 'exact']]],
  ['Three children aged 8, 12, and 17 were killed.', [[3, 'children', 'exact']]],
  // "brings to N the number of X held": N counts the phrase after "the number of".
  ['The arrests bring to at least 73 the number of aid workers held by the rebels.', [[73, 'aid workers', 'at_least']]],
  ['Kyiv secured the return of 150 POWs.', [[150, 'POWs', 'exact']]],
  // Currencies written with a country prefix or a code, and a hyphen before the scale.
  ['Ottawa has committed C$4.5 billion since 2022.', [[4500000000, 'CAD', 'exact']]],
  ['The ministry pledged ISK 200 million.', [[200000000, 'ISK', 'exact']]],
  ['The fund received $2.5-billion last year.', [[2500000000, 'USD', 'exact']]],
  ['The state spent 3 billion forints on the camp.', [[3000000000, 'HUF', 'exact']]],
  ['Moscow holds over 16,000 Ukrainian civilians.', [[16000, 'Ukrainian civilians', 'at_least']]],
  ['It deported more than 19,500 children.', [[19500, 'children', 'at_least']]],
  ['The strike killed at least 34 people.', [[34, 'people', 'at_least']]],
  ['Some 20 people died, including nine children.', [[20, 'people', 'approx'], [9, 'children', 'exact']]],
  ['Around 50 demonstrators gathered.', [[50, 'demonstrators', 'approx']]],
  ['The war killed tens of thousands of civilians.', [[20000, 'civilians', 'approx']]],
  ['Hundreds of pensioners picketed the ministry.', [[200, 'pensioners', 'approx']]],
  ['Allies have sent tens of billions of dollars in arms.', [[20000000000, 'USD', 'approx']]],
  ['The blast hit a market, killing four, officials said.', [[4, 'people', 'exact']]],
  ['Shelling killed two and wounded nine.', [[2, 'people', 'exact'], [9, 'people', 'exact']]],
  ['Nearly two dozen wounded soldiers were freed.', [[24, 'wounded soldiers', 'approx']]],
  ['The plan affects 1.8 million people.', [[1800000, 'people', 'exact']]],
  ['Twenty-five volunteers arrived.', [[25, 'volunteers', 'exact']]],
  ['The sides swapped 372 prisoners of war.', [[372, 'prisoners of war', 'exact']]],
  ['Up to 300 marines were sent.', [[300, 'marines', 'at_most']]],
  ['The bodies of 77 fallen soldiers were returned.', [[77, 'fallen soldiers', 'exact']]],
  ['Congress approved $61 billion in aid.', [[61000000000, 'USD', 'exact']]],
  ['The EU pledged €1.5 billion.', [[1500000000, 'EUR', 'exact']]],
  ['Borduria sanctioned 11 U.S. defence companies.', [[11, 'U.S. defence companies', 'exact']]],
  // A currency code that is an English word is not read as money.
  ['The court will try 12 suspects.', [[12, 'suspects', 'exact']]],
  // Currencies written as a short sign or local word: rupees, taka, yen, naira.
  ['The ministry approved the release of Rs 375.60 crore on Tuesday.', [[3756000000, 'INR', 'exact']]],
  ['The board approved Tk 50 crore in relief.', [[500000000, 'BDT', 'exact']]],
  ['Tokyo pledged ¥3 billion.', [[3000000000, 'JPY', 'exact']]],
  ['The state released 5 billion naira for the victims.', [[5000000000, 'NGN', 'exact']]],
  ['A poll found 70% of voters agree.', [[70, 'percent', 'exact']]],
  ['It may have deported between 260,000 and 700,000 minors.', [[260000, 'minors', 'at_least']]],
  ['We managed to return 116 of our people.', [[116, 'people', 'exact']]],
  ['The bodies of 79 more dead servicemen were returned.', [[79, 'dead servicemen', 'exact']]],
  ['Troops violated the truce more than 14,000 times.', [[14000, 'violations', 'at_least']]],
  ['Several thousand protesters gathered outside.', [[2000, 'protesters', 'approx']]],
  ['Three other RFE/RL journalists remain behind bars.', [[3, 'RFE/RL journalists', 'exact']]],
  ['130 Atlantis and 90 Bordurian servicemen went home.', [[130, 'Atlantis servicemen', 'exact'], [90, 'Bordurian servicemen', 'exact']]],
  ['A few hundred people came.', [[200, 'people', 'approx']]],
  ['Berlin will send 14 Leopard 2 A6 tanks.', [[14, 'Leopard 2 A6 tanks', 'exact']]],
  ['The death toll has risen to 16.', [[16, 'people', 'exact']]],
  ['Parliament approved NOK 75bn in aid.', [[75000000000, 'NOK', 'exact']]],
  // a single victim is a count of one
  ['Drones struck the city, killing one person and injuring eight.', [[1, 'people', 'exact'], [8, 'people', 'exact']]],
  ['A 46-year-old woman was killed when a drone hit her house.', [[1, 'woman', 'exact']]],
  ['At least one civilian was killed in the shelling.', [[1, 'civilian', 'at_least']]],
  ['One soldier died of his wounds.', [[1, 'soldier', 'exact']]],
  ['A 42-year-old man was hurt.', [[1, 'man', 'exact']]],
  ['The shelling killed at least one civilian.', [[1, 'civilian', 'at_least']]],
];

/** Numbers that are not counted quantities. */
const NOT_COUNTS: string[] = [
  'Group of 20 leaders met in Bali.',
  'A 42-year-old man was detained.',
  'One of the drones hit a house.',
  'A resident said the blast killed nobody.',
  'The missiles hit around 10:15 am.',
  'It adopted its 16th package.',
  'It protested against Law No. 12414.',
  'The Su-34 jets flew over.',
  'The first Leopard 2 tanks reached the front in spring.',
  'A Patriot 3 battery was moved to the capital.',
  'It agreed to a 30-day pause.',
  'It happened in 2014.',
  'The third day of protests.',
  'Two-thirds of voters agreed.',
  'They tried three times to leave.',
];

describe('quantitiesInText', () => {
  it.each(CASES)('%s', (text, expected) => {
    const got = quantitiesInText(text).map((q) => [q.value, q.unit, q.qualifier]);
    expect(got).toEqual(expected);
  });

  it.each(NOT_COUNTS)('%s has no count', (text) => {
    expect(quantitiesInText(text)).toEqual([]);
  });

  it('marks per-side counts and ranges', () => {
    const [each] = quantitiesInText('Each side released 95 prisoners each.');
    expect(each.perSide).toBe(true);
    const [range] = quantitiesInText('Between 200 and 300 people came.');
    expect(range.max).toBe(300);
  });

  it('skips numbers inside date spans', () => {
    expect(quantitiesInText('On Feb. 5, 150 POWs returned.', [{ start: 3, end: 9 }]).map((q) => q.value)).toEqual([150]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['19,500', 19500], ['1.8 million', 1800000], ['twenty-five', 25], ['two dozen', 24], ['a hundred', 100],
    ['three thousand', 3000], ['6,060', 6060], ['one hundred and thirty', 130], ['Two hundred and five', 205],
  ] as Array<[string, number]>)('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
