// 500 distinct news articles from templates: every article has its own URL and text, and the
// events they report vary in type, date, place, count and participants, so cross-article
// resolution has real work to do (some reports of one event merge, most do not).

const PAIRS = [
  ['Russia', 'Ukraine'],
  ['Israel', 'Hamas'],
  ['Armenia', 'Azerbaijan'],
  ['India', 'Pakistan'],
  ['Ethiopia', 'Eritrea'],
  ['Sudan', 'South Sudan'],
  ['Serbia', 'Kosovo'],
  ['Colombia', 'Venezuela'],
];
const CITIES = ['Kyiv', 'Kharkiv', 'Odesa', 'Geneva', 'Istanbul', 'Doha', 'Riyadh', 'Cairo', 'Vienna', 'Berlin', 'Warsaw', 'Oslo'];
const OUTLETS = ['Example Wire', 'Daily Ledger', 'Morning Post', 'Global Desk', 'Evening Star'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OFFICIALS = ['the foreign ministry', 'the defence ministry', 'a government spokesperson', 'the ombudsman', 'the Red Cross'];

const TEMPLATES = [
  (v) =>
    `${v.city.toUpperCase()}, ${v.month} ${v.day} (${v.outlet}) - ${v.a} and ${v.b} exchanged ${v.n} prisoners of war each on ${v.month} ${v.day}, ${v.official} said. ` +
    `The exchange was mediated by the United Arab Emirates. It was the ${v.k}th swap this year.`,
  (v) =>
    `${v.city.toUpperCase()}, ${v.month} ${v.day} (${v.outlet}) - At least ${v.n} people were killed in a missile strike on ${v.city} on ${v.month} ${v.day}, ${v.official} said. ` +
    `${v.a} blamed ${v.b} for the attack.`,
  (v) =>
    `${v.city.toUpperCase()}, ${v.month} ${v.day} (${v.outlet}) - Delegations of ${v.a} and ${v.b} met in ${v.city} on ${v.month} ${v.day} for talks on a ceasefire, ${v.official} said. ` +
    `About ${v.n} officials attended the meeting.`,
  (v) =>
    `${v.city.toUpperCase()}, ${v.month} ${v.day} (${v.outlet}) - ${v.a} released ${v.n} detained civilians on ${v.month} ${v.day}, ${v.official} said. ` +
    `${v.b} welcomed the release.`,
];

/** Article number i (0-based), deterministic. */
export function article(i, runTag) {
  const pair = PAIRS[i % PAIRS.length];
  const m = (i * 7) % 12;
  const v = {
    a: pair[0],
    b: pair[1],
    city: CITIES[(i * 5) % CITIES.length],
    outlet: OUTLETS[i % OUTLETS.length],
    official: OFFICIALS[(i * 3) % OFFICIALS.length],
    month: MONTHS[m],
    day: 1 + ((i * 13) % 28),
    n: 10 + ((i * 37) % 490),
    k: 2 + (i % 40),
  };
  const text = TEMPLATES[i % TEMPLATES.length](v);
  const publishedAt = `2024-${String(m + 1).padStart(2, '0')}-${String(Math.min(28, v.day + 1)).padStart(2, '0')}`;
  return { text: `${text} (Report ${runTag}-${i}.)`, url: `https://faults.example.org/${runTag}/${i}`, title: `Report ${i}`, source: v.outlet, publishedAt };
}
