import { DIGITS_RE, SCALES, SCALE_RE, SPELLED_RE, VAGUE, parseNumber } from './numbers';
import { CURRENCIES, CURRENCY_CODE, CURRENCY_SIGN, CURRENCY_WORD, DURATION_UNITS, NATIONAL_CURRENCIES, unitAfter } from './units';
import { PEOPLE_OBJECT_VERBS } from '../lexicon/events-cues';
import type { Qualifier, Quantity, Sentence, Span, TimeExpr } from '../types';

/** Qualifiers written before a number, longest first. */
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|not less than|just over|a minimum of)\s+$/i, 'at_least'],
  [/\b(?:up to|fewer than|less than|no more than|at most|under|as many as|a maximum of|just under)\s+$/i, 'at_most'],
  [/\b(?:almost|nearly|about|around|approximately|roughly|some|an estimated|estimated|close to|approx\.?|circa|an approximate)\s+$/i, 'approx'],
];
const NUMBER = new RegExp(
  `(?<![\\w.,$€£/:-])(${CURRENCY_SIGN}|(?:${CURRENCY_CODE})\\s?)?(${DIGITS_RE}|${SPELLED_RE})(${SCALE_RE})?(?![\\w])`,
  'gi',
);
/** Digits or a number word: sentences without one have no quantity to find. */
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b/i;
/** "several thousand protesters", "a few hundred people": a handful of the scale, approximate. */
const SEVERAL_RE = /\b(several|a few|a couple of)\s+(hundred|thousand|million|dozen)\s+(?!(?:thousand|million|billion)\b)/gi;
const VAGUE_RE = new RegExp(`\\b(${Object.keys(VAGUE).join('|')})\\s+of\\s+`, 'gi');
/** Numbers that name something: "Law No. 12414", "Article 5", "Su-34". */
const LABEL_BEFORE = /(?:\b(?:No|Nos|Law|law|Article|article|Resolution|resolution|Decree|decree|Bill|bill|number|Number|Flight|flight|Route|route|Section|section|Paragraph|Chapter|Order|order|Protocol|Unit|Brigade|Regiment|Division|Battalion|Corps|Group of|Group|Point|Item|page|Page|Room|room|Building|Highway|highway|Minsk|Gate|Leopard|Challenger|Marder|Mirage|Patriot|Iskander)\.?\s*|#|[A-Za-z]-|[A-Za-z])$/;
const NOT_A_COUNT_AFTER = /^(?:st|nd|rd|th)\b|^-(?:year|month|week|day|hour|minute|second|kilometer|kilometre|km|mile|meter|metre|strong|member|point|seat|storey|story)s?\b|^\s+years?\s+old\b|^:\d\d|^\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|^-for-|^\s*[-–]\s*(?:for)\b|^-(?:thirds?|quarters?|halves|time|fold)\b/i;
const TOLL_BEFORE = /\b(?:death toll|toll|number of (?:people|those|civilians|victims) killed)\b[^.;]{0,120}?\b(?:rose|risen|rises|climbed|reached|increased|stands|stood|is|was)\s+(?:to|at)\s+(?:at least\s+)?$|\b(?:raised|raising|raises|revised|put|puts)\s+the\s+death\s+toll\b[^.;]{0,80}?\s(?:to|at)\s+(?:at least\s+|more than\s+)?$/i;
const BARE_SUBJECT = /^(?:\s+of\s+(?:them|those|these))?(?:\s*,[^,.;]{1,40},)?\s+(?:more\s+|others\s+)?(?:were|have been|had been)\s+(?:\w+\s+)?(?:released|freed|pardoned|detained|arrested|deported|expelled|killed|injured|wounded|charged|sentenced|convicted|jailed|captured|shot dead|taken into custody)\b/i;
/** "detained the three in Haikou", "freed all five": a bare number as the object of such a verb. */
const BARE_OBJECT_BEFORE = new RegExp(`\\b(?:${Object.values(PEOPLE_OBJECT_VERBS).join('|')})\\s+(?:all\\s+)?(?:the\\s+)?$`, 'i');
/** "of Ms Roe's", "of Europe's": one named owner. ("two of his reporters" ends a list of people named, which the events read.) */
const PARTITIVE_OWNER = /^\s+of\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?=[a-z])/;
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b|percentage points?\b)/i;
// ("120bn Ugandan shillings": a nation's adjective before the currency's word names that nation's currency.)
const CURRENCY_AFTER = new RegExp(`^\\s*(?:((?:South\\s+|Sri\\s+)?(?:Canadian|Australian|US|U\\.S\\.|New Zealand|Hong Kong|Singapore|CFA|[A-Z][a-z]+(?:an|ese|ish|i)))\\s+)?(${CURRENCY_WORD})(?![\\w-])`, 'i');

/** The currency named by words after an amount, with their length; an adjective we cannot tie to a currency leaves the words as the unit. */
function currencyAfter(rest: string): { code: string; length: number } | null {
  const m = CURRENCY_AFTER.exec(rest);
  if (!m) return null;
  const word = m[2].toLowerCase();
  if (!m[1] || /^(?:US|U\.S\.)$/i.test(m[1])) return { code: CURRENCIES[word], length: m[0].length };
  return { code: NATIONAL_CURRENCIES[`${m[1]} ${m[2]}`.toLowerCase()] ?? `${m[1]} ${m[2]}`, length: m[0].length };
}
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to|and)\\s*(${DIGITS_RE})(${SCALE_RE})?`, 'i');

/**
 * Counted quantities in the sentences: value, counted noun, qualifier, money and percentages
 * marked by unit. Numbers inside dates, years, ages, clock times, ordinals and labels are skipped.
 *
 * @example "more than 19,500 Ukrainian children" → {value: 19500, unit: 'Ukrainian children', qualifier: 'at_least'}
 */
export function extractQuantities(input: string, sentences: Sentence[], times: TimeExpr[] = []): Quantity[] {
  const dateSpans = times.flatMap((t) => (t.offsets ? [t.offsets] : []));
  const out: Quantity[] = [];
  for (const s of sentences) {
    const text = input.slice(s.start, s.end);
    for (const q of quantitiesInText(text, dateSpans.map((d) => ({ start: d.start - s.start, end: d.end - s.start })))) {
      out.push({ ...q, offsets: { start: q.offsets!.start + s.start, end: q.offsets!.end + s.start } });
    }
  }
  return out;
}

/** Quantities in one text, offsets relative to it; `skip` are spans (dates) whose numbers are not counts. */
export function quantitiesInText(text: string, skip: Span[] = []): Quantity[] {
  const out: Quantity[] = [];
  const taken: Span[] = [];
  vagueAmounts(text, out, taken);
  if (!HAS_NUMBER.test(text)) {
    // "A farmer was killed": one victim is counted even in a sentence with no number.
    singleCasualties(text, taken, out);
    return out;
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (overlaps({ start, end }, skip) || overlaps({ start, end }, taken)) continue;
    const spelled = !/\d/.test(m[2]);
    if (/^(?:a|an|one)$/i.test(m[2].trim())) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end);
    // "Bill 64" names a bill; "passed the bill 64-35" counts its votes.
    if (!m[1] && LABEL_BEFORE.test(before) && !(/\bthe\s+(?:bill|resolution|law|measure|motion)\s+$/.test(before) && /^\s*[-–]\s*\d/.test(after))) continue;
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    // "Syrian nationals aged 19, 21 and 24": ages, not counts.
    if (/\baged\s+(?:between\s+)?(?:\d+(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+))*$/i.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (spelled && /^-\w/.test(after)) continue;
    const value = parseNumber(m[2] + (m[3] ?? ''));
    if (value == null) continue;
    if (!m[1] && !m[3] && !spelled && /^\d{4}$/.test(m[2]) && value >= 1900 && value <= 2100 && !/^\s+[a-z]+s\b/.test(after)) continue;
    const q: Quantity = { value, unit: '', qualifier: qualifierBefore(text.slice(0, start)), head: '' };
    let rest = after;
    const range = RANGE_AFTER.exec(rest);
    // "between 200 and 300", "200-300", "from 200 to 300"; a plain "and" joins two counts otherwise.
    if (range && (/\bbetween\s+$/i.test(before) || !/^\s*and\b/i.test(rest))) {
      const max = parseNumber(range[1] + (range[2] ?? ''));
      if (max != null && max > value) {
        q.max = max;
        if (q.qualifier === 'exact') q.qualifier = 'at_least';
        end += range[0].length;
        rest = text.slice(end);
      }
    }
    // "Another 200 or so had been arrested": an approximate count.
    const orSo = /^\s+or\s+so\b/i.exec(rest);
    if (orSo) {
      q.qualifier = 'approx';
      end += orSo[0].length;
      rest = text.slice(end);
    }
    const currency = m[1] ? CURRENCIES[m[1].trim().toLowerCase()] : undefined;
    const curAfter = currencyAfter(rest);
    if (currency || curAfter) {
      q.currency = currency ?? curAfter!.code;
      q.unit = q.currency;
      q.head = 'money';
      if (curAfter && !currency) end += curAfter.length;
    } else if (PERCENT_AFTER.test(rest)) {
      const p = PERCENT_AFTER.exec(rest)!;
      q.unit = 'percent';
      q.head = 'percent';
      end += p[0].length;
    } else {
      let lead = 0;
      const of = /^\s+of\s+(?:(?:the|our|their|its|his|her|them|whom|those|these)\s+)?/i.exec(rest);
      const outOf = /^\s+out\s+of\s+[\d,]+/i.exec(rest);
      // "30 of its roughly 350 arms export licences": a part of a counted whole is counted in the whole's noun.
      // (The whole keeps its own count: the part's span ends at its number.)
      const partOf = of ? PART_OF_COUNT.exec(rest) : null;
      if (outOf) lead = outOf[0].length;
      else if (partOf) lead = partOf[0].length;
      else if (of && /^\s+of\s+(?:the|our|their|its)\s/i.test(rest)) lead = of[0].length;
      // 'expel "about 25" diplomats': a count quoted from a statement keeps the noun after the quote.
      else if (QUOTED_COUNT.test(before) && /^["”']\s+[a-z]/.test(rest) && !NOT_A_NOUN.test(rest.slice(1))) lead = 1;
      // "Two of Ms Roe's close aides": a part of someone's people.
      else lead = PARTITIVE_OWNER.exec(rest)?.[0].length ?? 0;
      // "599 of those held had been freed": the people of a group named by what befell them.
      const those = /^\s+of\s+(?:those|the people|the men|the women)\s+(?:held|detained|arrested|jailed|imprisoned|freed|released|deported|killed|injured|wounded|abducted|kidnapped)\b/i.exec(rest);
      const u = those ? { unit: 'people', head: 'people', length: those[0].length } : unitAfter(rest.slice(lead));
      // "violated the truce more than 14,000 times": a count of violations.
      if (u.head === 'times' && /\b(?:violat|breach)\w*\b/i.test(text.slice(Math.max(0, start - 80), start))) Object.assign(u, { unit: 'violations', head: 'violations' });
      else if (DURATION_UNITS.test(u.head)) continue;
      // A tally: the count of the phrase after "the number of".
      const tallied = u.unit ? null : talliedPhrase(text, start, rest, before);
      const named = tallied ? unitAfter(tallied) : null;
      if (named?.unit) Object.assign(u, { unit: named.unit, head: named.head, length: 0 });
      // "…, killing three": a bare number after a verb of killing or wounding counts people.
      const hurt = u.unit ? null : /\b(kill|wound|injur)\w*\s+(?:at least\s+|more than\s+|about\s+|around\s+|some\s+)?$/i.exec(text.slice(Math.max(0, start - 30), start));
      if (hurt) Object.assign(u, { unit: 'people', head: hurt[1].toLowerCase() === 'kill' ? 'killed' : 'injured', length: 0 });
      // "Two more were killed": a bare number as the subject of a killing counts the dead.
      else if (!u.unit && /^\s+(?:more\s+|others\s+)?(?:were|have been|had been)\s+(?:killed|shot dead|murdered)\b/i.test(rest)) Object.assign(u, { unit: 'people', head: 'killed', length: 0 });
      // "The number of people killed … has risen to 16", "the death toll rose to 52": the dead counted.
      else if (!u.unit && TOLL_BEFORE.test(text.slice(Math.max(0, start - 160), start))) Object.assign(u, { unit: 'people', head: 'killed', length: 0 });
      // "a fishing boat and its crew of eight": the people of a crew or a group, counted after it.
      const crew = u.unit ? null : /\b(crews?|team|group|family|party|band) of\s+(?:about\s+|some\s+|at least\s+|more than\s+)?$/i.exec(before);
      if (crew) Object.assign(u, { unit: crew[1].toLowerCase(), head: 'crew', length: 0 });
      // "Thirty more were pardoned": a spelled number stands for people only as the subject of such a verb.
      if (spelled && !u.unit && !BARE_SUBJECT.test(rest) && !BARE_OBJECT_BEFORE.test(before)) continue;
      q.unit = u.unit;
      q.head = u.head;
      if (!partOf) end += lead + u.length;
      if (/^\s*each\b/i.test(text.slice(end))) q.perSide = true;
    }
    q.text = text.slice(start, end);
    q.offsets = { start, end };
    out.push(q);
    taken.push({ start, end });
  }
  singleCasualties(text, taken, out);
  return out.sort((a, b) => a.offsets!.start - b.offsets!.start);
}

/** An opening quote right before a count or its qualifier: 'expel "about 25" diplomats'. */
const QUOTED_COUNT = /["“']\s*(?:(?:about|some|around|roughly|nearly|almost|at least|more than|over|up to)\s+)?$/i;
/** Words after a quoted count that are no noun of it ('"stands at 40" officials confirmed', '"at least 40" overnight'). */
const NOT_A_NOUN = /^\s+(?:officials?|overnight|on|in|at|and|or|but|according|so far|yesterday|today|said|says|the|a|an)\b/i;
/** "of its roughly 350 ", "of the 251 ": the whole a part is counted from, with its own count. */
const PART_OF_COUNT = /^\s+of\s+(?:the|our|their|its|his|her)\s+(?:(?:roughly|about|around|some|nearly|almost|approximately|more than|over|at least)\s+)?\d[\d,.]*(?:\s+(?:million|thousand|billion|bn|m|k))?(?:\s+or\s+so)?\s+(?=[a-z])(?!(?:percent|per cent|pc|points?|million|thousand|billion)\b)/i;

/** More victims listed after one ("killed a teacher and five children", "a doctor, a nurse and three patients"): the list counts them. */
const MORE_VICTIMS = '\\s*(?:,\\s*(?:an?|one|\\d)|\\s+and\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?\\s))';
const PERSON_NOUN = '(?:person|civilian|man|woman|child|boy|girl|baby|resident|soldier|serviceman|servicewoman|police\\s*(?:man|woman|officer)|officer|teenager|pensioner|driver|worker|rescuer|medic|paramedic|journalist|volunteer|passenger|firefighter|guard|employee|farmer|fisherman|student|protester|demonstrator|photographer|reporter|scientist|engineer|doctor|nurse|teacher|official|commander|politician|lawmaker|activist|priest|pilot|diplomat|judge|prosecutor|lawyer|aid worker|cameraman|shepherd|motorcyclist|pedestrian)';
/**
 * "one person was killed", "A 46-year-old woman was killed", "killing one civilian": a single victim is
 * a count of one. Bare "one" and "a" are not counts elsewhere.
 */
const SINGLE_CASUALTY = new RegExp(
  `\\b(?:([Aa]t least|[Mm]ore than)\\s+)?(?:[Oo]ne|[Aa]n?)\\s+(?:(?:\\d+-year-old|elderly|young|local|[A-Z][a-z]+ian)\\s+){0,2}${PERSON_NOUN}\\b(?=(?:\\s*,[^,.;]{0,40},)?\\s+(?:was|has been|had been|is)\\s+(?:reported\\s+|confirmed\\s+)?(killed|dead|shot dead|shot and killed|stabbed to death|beaten to death|injured|wounded|hurt)\\b|\\s+died\\b)` +
    `|(?<=\\b(kill(?:ing|ed|s)?|injur(?:ing|ed|es)|wound(?:ing|ed|s))\\s+(?:at least\\s+)?)(?:one|an?)\\s+(?:(?:\\d+-year-old|[a-z]+|[A-Z][a-z]+ian)\\s+){0,2}${PERSON_NOUN}\\b(?!${MORE_VICTIMS})` +
    // "stabbed a police officer to death", "shot a protester dead": one victim of a killing told by its manner.
    `|(?<=\\b(?:stabb(?:ed|ing)|beat(?:en|ing)?|hack(?:ed|ing)|bludgeon(?:ed|ing)|strangl(?:ed|ing)|shot|shooting|burn(?:ed|t|ing))\\s+)(?:one|an?)\\s+(?:(?:\\d+-year-old|[a-z]+|[A-Z][a-z]+ian)\\s+){0,2}${PERSON_NOUN}(?=\\s+(?:to death|dead)\\b)`,
  'g',
);

const KIN_AFTER = /^\s+and\s+(?:his|her|their)\s+(?:\d+-year-old\s+|young\s+|baby\s+|infant\s+)?(?:son|daughter|wife|husband|child|mother|father|brother|sister|grandson|granddaughter)\b(?!\s+(?:were|was)\s+(?:injured|wounded|hurt)\b)/;

function singleCasualties(text: string, taken: Span[], out: Quantity[]): void {
  if (!/\b(?:kill|dead|died|death|injur|wound|hurt)/i.test(text)) return;
  SINGLE_CASUALTY.lastIndex = 0;
  for (let m = SINGLE_CASUALTY.exec(text); m; m = SINGLE_CASUALTY.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const verb = (m[2] ?? m[3] ?? 'killed').toLowerCase();
    const head = /^(?:kill|dead|shot|stabbed|beaten)/.test(verb) ? 'killed' : 'injured';
    const noun = /(\w+)$/.exec(m[0])![1];
    const qualifier = m[1] || /\b(?:at least|more than)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) ? 'at_least' : 'exact';
    // "killing a woman farmer and her 14-year-old daughter": one of the victim's family named after her is a second victim.
    const kin = m[3] ? KIN_AFTER.exec(text.slice(span.end)) : null;
    if (kin) {
      span.end += kin[0].length;
      out.push({ value: 2, unit: 'people', head, qualifier, text: text.slice(span.start, span.end), offsets: span });
      taken.push(span);
      continue;
    }
    out.push({ value: 1, unit: noun === 'person' ? 'people' : noun, head, qualifier, text: m[0], offsets: span });
    taken.push(span);
  }
}

/**
 * Vague amounts, approximate and valued at the least they can mean: "tens of thousands of civilians"
 * (the VAGUE table), "several thousand protesters" (two of the scale); "tens of billions of dollars" is money.
 */
const VAGUE_FORMS: Array<{ re: RegExp; gate: RegExp; value: (m: RegExpExecArray) => number }> = [
  { re: VAGUE_RE, gate: /(?:hundreds|thousands|millions|billions|dozens|scores|tens) of/i, value: (m) => VAGUE[m[1].toLowerCase()] },
  { re: SEVERAL_RE, gate: /several|few|couple/i, value: (m) => 2 * (m[2].toLowerCase() === 'dozen' ? 12 : SCALES[m[2].toLowerCase()]) },
];

/** "Tens of thousands gathered again", "Hundreds marched": a vague amount with no noun, as the subject of a crowd's verb, counts people. */
const BARE_CROWD = /\b(hundreds of thousands|tens of thousands|thousands|hundreds|dozens)(?=(?:\s+of\s+them)?\s+(?:more\s+|again\s+|also\s+|had\s+|have\s+)?(?:gathered|rallied|marched|protested|demonstrated|took to the streets|turned out|joined|poured|flocked|massed|assembled|filled|packed|streamed|chanted|(?:rally|march|protest|gather|demonstrate|take to the streets)(?=\s+(?:in|at|outside|against|for|across|near|on|over)\b))\b)/gi;
/**
 * "killing dozens", "arrested hundreds", "Dozens were killed", "thousands more remain in Russian custody": a vague amount
 * with no noun, the object of a verb that befalls people or the subject of its passive, counts people.
 */
const BARE_VAGUE_OBJECT = new RegExp(`\\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|${Object.values(PEOPLE_OBJECT_VERBS).join('|')})\\s+(?:at least\\s+)?$`, 'i');
const BARE_VAGUE_SUBJECT = /^(?:\s+more)?(?:\s*,[^,.;]{1,40},)?\s+(?:(?:were|have been|had been|are)\s+(?:\w+\s+)?(?:killed|wounded|injured|detained|arrested|jailed|deported|freed|released|held)\b|(?:are\s+(?:believed|thought|said)\s+to\s+)?(?:remain|are still)\s+(?:held|detained|imprisoned|jailed|in\s+(?:\w+\s+){0,2}(?:custody|captivity|hands|jails|prisons|detention))\b)/i;

/**
 * "brings to 73 the number of UN personnel held", "brought the number of people released under the pardons to 115":
 * the words after "the number of" that a tally counts, or null.
 */
function talliedPhrase(text: string, start: number, rest: string, before: string): string | null {
  const numberOf = /^\s+the\s+(?:total\s+)?number\s+of\s+/i.exec(rest);
  if (numberOf && /\bto\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$/i.test(before)) return rest.slice(numberOf[0].length);
  const brought = /\b(?:brought|brings|bringing)\s+the\s+(?:total\s+)?number\s+of\s+([^.;]{1,70}?)\s+to\s+(?:at least\s+|more than\s+|over\s+|some\s+|nearly\s+|about\s+)?$/i.exec(text.slice(Math.max(0, start - 110), start));
  return brought ? ` ${brought[1]}` : null;
}

function vagueAmounts(text: string, out: Quantity[], taken: Span[]): void {
  if (/hundreds|thousands|dozens/i.test(text)) {
    BARE_CROWD.lastIndex = 0;
    for (let m = BARE_CROWD.exec(text); m; m = BARE_CROWD.exec(text)) {
      const end = m.index + m[0].length;
      out.push({ value: VAGUE[m[1].toLowerCase()], unit: 'people', head: 'crowd', qualifier: 'approx', text: m[0], offsets: { start: m.index, end } });
      taken.push({ start: m.index, end });
    }
  }
  bareVagueAmounts(text, out, taken);
  for (const { re, gate, value } of VAGUE_FORMS) {
    if (!gate.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (overlaps({ start: m.index, end: m.index + m[0].length }, taken)) continue;
      // "tens of thousands of his supporters": a possessive may stand before the noun counted.
      const owner = /^(?:his|her|their|its)\s+/i.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0;
      const rest = text.slice(m.index + m[0].length + owner);
      const cur = owner ? null : currencyAfter(rest);
      const u = cur ? { unit: cur.code, head: 'money', length: cur.length } : unitAfter(rest);
      if (!u.unit) continue;
      const end = m.index + m[0].length + owner + u.length;
      const q: Quantity = { value: value(m), unit: u.unit, head: u.head, qualifier: 'approx', text: text.slice(m.index, end), offsets: { start: m.index, end } };
      if (cur) q.currency = u.unit;
      out.push(q);
      taken.push({ start: m.index, end });
    }
  }
}

const BARE_VAGUE = /\b(hundreds of thousands|tens of thousands|thousands|hundreds|dozens)\b(?!\s+of\b)/gi;

/** Vague amounts with no noun that count people by the verb they stand with (BARE_VAGUE_OBJECT, BARE_VAGUE_SUBJECT). */
function bareVagueAmounts(text: string, out: Quantity[], taken: Span[]): void {
  if (!/hundreds|thousands|dozens/i.test(text)) return;
  BARE_VAGUE.lastIndex = 0;
  for (let m = BARE_VAGUE.exec(text); m; m = BARE_VAGUE.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const verb = BARE_VAGUE_OBJECT.exec(text.slice(Math.max(0, m.index - 30), m.index)) ?? BARE_VAGUE_SUBJECT.exec(text.slice(span.end));
    if (!verb) continue;
    const head = /\bkill/i.test(verb[0]) ? 'killed' : /\b(?:wound|injur)/i.test(verb[0]) ? 'injured' : 'people';
    out.push({ value: VAGUE[m[1].toLowerCase()], unit: 'people', head, qualifier: 'approx', text: m[0], offsets: span });
    taken.push(span);
  }
}

function qualifierBefore(before: string): Qualifier {
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}

function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}
