/** Numbers as written in news: digits with separators, spelled numbers, scale words, vague amounts. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, mn: 1e6, bn: 1e9, k: 1e3,
  // South Asian scales: "25 crore workers", "3 lakh people".
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/**
 * Vague amounts, marked approximate and valued at the least their plural can mean: two of the unit
 * ("tens of thousands" is at least two tens of thousands → 20,000). "Dozens" is 20: it is read as "a dozen or
 * more" as often as "two dozen or more", and 20 lies within a factor of two of 10, 12 and 24 alike.
 */
export const VAGUE: Record<string, number> = {
  'hundreds of thousands': 2e5, 'tens of thousands': 2e4, 'tens of millions': 2e7, 'hundreds of millions': 2e8,
  'tens of billions': 2e10, 'hundreds of billions': 2e11, billions: 2e9,
  millions: 2e6, thousands: 2e3, hundreds: 200, dozens: 20, scores: 40,
};

const SPELLED_UNIT = Object.keys(UNITS).join('|');
const SPELLED_TENS = Object.keys(TENS).join('|');
const SPELLED_BELOW_100 = `(?:(?:${SPELLED_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SPELLED_UNIT})`;
/** A spelled cardinal: "three", "twenty-five", "a hundred", "two dozen", "one hundred and thirty", "half a million". */
export const SPELLED_RE = `(?:half\\s+an?\\s+(?:hundred|thousand|million|billion|dozen)|(?:${SPELLED_BELOW_100}|an?)\\s+hundred\\s+and\\s+${SPELLED_BELOW_100}|${SPELLED_BELOW_100}(?:\\s+(?:hundred|thousand|million|billion|dozen))?|an?\\s+(?:hundred|thousand|million|dozen))`;
export const DIGITS_RE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
export const SCALE_RE = '(?:(?:\\s*|-)(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\\b|(?:m|mn|bn|k)\\b)';

/** The value of a written number ("19,500", "1.8 million", "twenty-five", "two dozen"), or null. */
export function parseNumber(text: string): number | null {
  // "$19.5-billion": a hyphen before the scale, as some papers write it.
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/(\d)-(?=(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)/, '$1 ');
  const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([a-z]+)?$/.exec(t);
  if (digits) {
    const v = Number(digits[1].replace(/,/g, ''));
    if (!digits[2]) return v;
    const s = SCALES[digits[2]];
    return s ? Math.round(v * s) : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  // "half a million": half of what follows.
  const half = /^half\s/.test(t);
  for (const w of (half ? t.slice(5) : t).split(/[-\s]+/)) {
    if (w === 'a' || w === 'an') { current = 1; seen = true; continue; }
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; }
    else if (w === 'and') continue;
    else return null;
    seen = true;
  }
  return seen ? (total + current) * (half ? 0.5 : 1) : null;
}
