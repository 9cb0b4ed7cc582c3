// A generated corpus of distinct short news articles for bench/ingest.mjs: template sentences
// (written for this project) filled with varying names, places, dates and counts from a seeded RNG.

const PLACES = [
  ['Kyiv', 'Ukraine'], ['Kharkiv', 'Ukraine'], ['Odesa', 'Ukraine'], ['Dnipro', 'Ukraine'], ['Lviv', 'Ukraine'],
  ['Tbilisi', 'Georgia'], ['Batumi', 'Georgia'], ['Chisinau', 'Moldova'], ['Vilnius', 'Lithuania'], ['Riga', 'Latvia'],
  ['Warsaw', 'Poland'], ['Krakow', 'Poland'], ['Prague', 'Czech Republic'], ['Budapest', 'Hungary'], ['Bucharest', 'Romania'],
  ['Belgrade', 'Serbia'], ['Istanbul', 'Turkey'], ['Ankara', 'Turkey'], ['Geneva', 'Switzerland'], ['Vienna', 'Austria'],
];
const FIRST = ['Olena', 'Andriy', 'Maria', 'Taras', 'Nino', 'Giorgi', 'Ana', 'Marek', 'Ewa', 'Tomas', 'Ieva', 'Mihai', 'Elif', 'Kemal', 'Sofia', 'Lukas', 'Irina', 'Pavel', 'Daria', 'Viktor'];
const LAST = ['Kovalenko', 'Bondar', 'Shevchuk', 'Beridze', 'Kapanadze', 'Nowak', 'Kowalski', 'Novak', 'Kazlauskas', 'Popescu', 'Yilmaz', 'Demir', 'Horvat', 'Petrenko', 'Melnyk', 'Tkachenko', 'Lysenko', 'Gelashvili', 'Ozols', 'Dvorak'];
const ROLES = ['Foreign Minister', 'Interior Minister', 'Mayor', 'regional governor', 'ombudsman', 'Defence Minister'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Harbour Post', 'Northern Courier', 'Alpine Wire', 'Eastern Report', 'Caucasus Daily', 'Baltic Ledger'];

/** Deterministic RNG (mulberry32), so a seed gives the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES = [
  (v) =>
    `${v.city.toUpperCase()} — ${v.country} and its neighbour exchanged ${v.n} prisoners of war on ${v.weekday}, officials said. ` +
    `${v.person}, the ${v.role}, said the swap on ${v.dateText} was mediated by the United Arab Emirates. ` +
    `Families waited for hours outside a hospital in ${v.city} as buses arrived.`,
  (v) =>
    `${v.city.toUpperCase()} — Thousands of people protested in ${v.city} on ${v.dateText} against a new media law, organisers said. ` +
    `Police said ${v.n} people were detained. ${v.person}, the ${v.role}, called for calm.`,
  (v) =>
    `${v.city.toUpperCase()} — ${v.person}, the ${v.role} of ${v.country}, met ${v.person2} in ${v.city} on ${v.dateText} to discuss energy supplies. ` +
    `The two sides agreed that experts would meet again next month, a spokesperson said.`,
  (v) =>
    `${v.city.toUpperCase()} — A drone attack on ${v.city} killed ${v.n} people and injured ${v.n2} on ${v.dateText}, ${v.person}, the ${v.role}, said. ` +
    `Rescue crews worked through the night to clear the debris of a damaged apartment building.`,
  (v) =>
    `${v.city.toUpperCase()} — The bodies of ${v.n} soldiers were returned to ${v.country} on ${v.dateText}, the authorities said. ` +
    `${v.person}, the ${v.role}, said forensic experts would work to identify the remains.`,
];

/**
 * `count` distinct articles; `runId` keeps URLs and content unique per run so that a bench run
 * writes new articles instead of skipping the ones a previous run left.
 */
export function generateCorpus(count, { seed = 42, runId = 'run' } = {}) {
  // The page cleaner may drop the short "Report …" line, so the run id also seeds the content.
  const r = rng(seed ^ [...runId].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const articles = [];
  for (let i = 0; i < count; i++) {
    const [city, country] = pick(PLACES);
    const year = 2022 + Math.floor(r() * 4);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 27);
    const d = new Date(Date.UTC(year, month, day));
    const published = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
    const v = {
      city,
      country,
      n: 5 + Math.floor(r() * 400),
      n2: 2 + Math.floor(r() * 90),
      person: `${pick(FIRST)} ${pick(LAST)}`,
      person2: `${pick(FIRST)} ${pick(LAST)}`,
      role: pick(ROLES),
      weekday: d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }),
      dateText: `${MONTHS[month]} ${day}, ${year}`,
    };
    const text = `${pick(TEMPLATES)(v)}\n\nReport ${runId}-${i}.`;
    articles.push({ text, url: `https://bench.example/${runId}/${i}`, title: text.slice(0, 60), source: pick(OUTLETS), publishedAt: published });
  }
  return articles;
}
