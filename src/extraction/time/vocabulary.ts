/** Words of time: month, weekday and season names as plain data. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names as they open a date: capitalised; abbreviations may carry a dot. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Northern-hemisphere meteorological seasons: first month and length. */
export const SEASONS: Record<string, { first: number }> = {
  spring: { first: 3 }, summer: { first: 6 }, autumn: { first: 9 }, fall: { first: 9 }, winter: { first: 12 },
};

export const SEASON_RE = '(?:spring|summer|autumn|fall|winter)';

export const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };

/** Spelled small numbers used in "three years ago", "the past two weeks". */
export const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};

/** Days in "two weeks", "three days", "48 hours" (hours rounded to whole days). */
export function spanDays(n: string, unit: string): number {
  const v = SMALL_NUMBERS[n.toLowerCase()] ?? Number(n);
  return /^week/i.test(unit) ? 7 * v : /^hour/i.test(unit) ? Math.round(v / 24) : v;
}

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Words before a date that point to the future (past bias is dropped for them). */
export const FUTURE_CUE =
  /\b(?:will|shall|won't|is|are|was|were) (?:(?:widely|also|now|still|reportedly)\s+)?(?:expected|scheduled|set|due|going|slated|poised) to\b|\bwill\b|\b(?:call(?:ed|s|ing)? on|urg(?:ed|es|ing)|invit(?:ed|es|ing))\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:march|rally|protest|gather|join|vote|strike|take to|turn out)\b|(?<!\b(?:approved|adopted|unveiled|announced|presented|backed|endorsed|passed|rejected|published|released|outlined)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?)\bplans? to\b|\bintends? to\b|\baims? to\b|\bplanning to\b|\buntil\b|\bupcoming\b|\bnext\b(?!\s+(?:to|door)\b)|\bapproach(?:es|ing)?\b|\bready to\b|\bdeadline\b|\b(?:is|are) to\s+(?:\w+\s+)?(?:hold|meet|be|take|visit|sign|start|begin|travel|host|discuss)\b|\b(?:scheduled|set|due|planned) for\b|\blater this\b|\bwould\s+(?:be|take|begin|start|hold|become|introduce|present|submit|table|propose|unveil|launch|sign|visit|travel|meet|host|convene|resume|return|vote|announce|decide|publish|release)\b|\b(?:is|are)\s+planning\b|\bsaid\s+(?:that\s+)?(?:they|he|she|it|we)\s+(?:were|was)\s+planning\b|\bplanned\s+(?:a|an|the|for)\b|\b(?:protest|rally|strike|march|meeting|summit|talks|vote|hearing|visit)s?\s+(?:\w+\s+)?for\s+$|(?<!\bhad\s+)\b(?:called|slated|planned|scheduled|announced|organi[sz]ed|set|summoned|convened|invited)\s+(?:[\w'’-]+\s+){0,8}?for\s+$|\bcalled\s+(?:an?\s+|another\s+)?(?:[\w-]+\s+){0,3}?(?:strike|protest|rally|march|demonstration|walkout|stoppage)s?\s+(?:starting|beginning|from)\s+$|\bcall(?:ed|s|ing)? for\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:protest|rally|march|strike|demonstration)\b|\bmeet again\b|\breconvene\b|\b(?:bring|brought|bringing|move[ds]?|moving|postpone[ds]?|postponing|delay(?:ed|s)?|push(?:ed)? back|reschedul\w+)\s+(?:[\w'’-]+\s+){0,5}?to\s+$|\b(?:is|are)\s+(?:expected|scheduled|due|set)\s+(?:(?:on|in|at|for)\s+)?$|\b(?:opens|begins|starts|kicks off|gets under way|convenes|ends|closes)\s+(?:on\s+)?$/i;

/**
 * Future arrangements read in the time's own clause only (not across a relative clause or a comma): "is due in Oslo on
 * Saturday", "which is hosting a conference on Tuesday", "wanted to meet X again on Saturday", "invited X to the summit in
 * November", "that consultations be held on 28 March". Not "is due in part to", "had wanted to meet", "be held accountable".
 */
export const FUTURE_CLAUSE_CUE =
  /\b(?:is|are)\s+due\s+(?:in|at|back)\b(?!\s+(?:large\s+)?part\b)|\b(?:is|are)\s+(?:hosting|convening|chairing|co-chairing|visiting|travell?ing)\b|(?<!\bhad\s)\b(?:wants?|wanted|hopes?|hoped|offered|proposed)\s+to\s+(?:meet|visit|hold|host|sign|travel|attend)\b|\binvit(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|talks|conference|forum|ceremony|visit|inauguration)\b|(?<!\bhad to\s)\bbe\s+held\b(?!\s+(?:accountable|responsible|to account|liable|captive|hostage|in custody|without))/i;
