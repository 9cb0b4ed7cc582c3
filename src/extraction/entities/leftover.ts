import type { Token } from './tokens';
import type { ArticleContext } from './context';
import { cities, countryByName, region } from '../gazetteer';
import { isCommonWord, isFirstName, isPlaceHead } from './word-class';
import { addPerson, personShaped } from './people';
import { PLACE_PREFIXES } from '../lexicon/words';

/**
 * What is left of a run once known names are taken out: a city of the package data where the
 * sentence makes a place likely, a person when the words look like a name, a source
 * ("according to X").
 */
export function leftover(ctx: ArticleContext, part: Token[], tokens: Token[]): void {
  const idx = tokens.indexOf(part[0]);
  // "Don Mueang airport", "Kot Lakhpat jail", "Nur Shams camp": a name before a place noun is that place.
  const head = tokens[idx + part.length];
  const last = part[part.length - 1];
  // Two words at least, or one before an airport or a jail ("Esenboga airport"), or a river, square or bridge after a
  // preposition ("near Slavija square", "along the Naf river"); never "market share", "crossing into".
  const after = tokens[idx + part.length + 1];
  if (head && !head.cap && last.after === '' && !last.poss && FACILITY_HEADS.test(head.text) && !part.some((t) => t.upper) && (part.length >= 2 || (/^(?:airport|jail)$/.test(head.text) && !isFirstName(part[0].text)) || (/^(?:river|square|bridge|canal)$/.test(head.text) && /^(?:the|near|at|on|across|along|over|in|into)$/i.test(tokens[idx - 1]?.text ?? '') && !isFirstName(part[0].text))) &&
    !(head.text === 'market' && /^(?:value|share|shares|cap|capitali[sz]ation)$/.test(after?.text ?? '')) && !(head.text === 'crossing' && /^(?:into|the|to|of|from)$/.test(after?.text ?? '')) &&
    cities(ctx.surface(part), ctx.countries).length === 0 && !ctx.table.ofType('PLACE').some(([, d]) => d.name === ctx.surface(part))) {
    ctx.table.add('PLACE', `${ctx.surface(part)} ${head.text}`, ctx.surface(part), ctx.span(part));
    return;
  }
  if (part.length >= 2) {
    const place = cities(ctx.surface(part), ctx.countries)[0];
    // "from Amsterdam to Kuala Lumpur": a city of another country is still a city after a locative.
    const prev = tokens[idx - 1];
    const locative = prev && prev.after === '' && LOCATIVE.test(prev.text);
    // "in Abuja, Lagos, Kano, Port Harcourt and other cities": one city of that name, listed after a comma or "and" a place.
    const afterPlace = prev?.text === 'and' && prev.after === '' && idx >= 2 && ctx.table.placeEndsAt(tokens[idx - 2].end);
    const listed = (part[0].before === ',' || afterPlace || coordinated(ctx, tokens, idx)) && cities(ctx.surface(part)).length === 1;
    if (place && (ctx.countries.has(place.geo.countryCode ?? '') || locative || listed)) {
      ctx.table.add('PLACE', place.name, ctx.surface(part), ctx.span(part), { geo: place.geo });
      return;
    }
    // "in North Rhine-Westphalia and Lower Saxony", "parts of Norte de Santander": a state or region of the package data.
    const state = !place && (locative || coordinated(ctx, tokens, idx) || prev?.text === 'of') && !part.some((t) => t.upper) ? region(ctx.surface(part), ctx.countries) : null;
    if (state) {
      ctx.table.add('PLACE', state.name, ctx.surface(part), ctx.span(part), { geo: state.geo });
      return;
    }
    // "Der Spiegel", "Los Chapitos", "El País": after a foreign article, an unknown name no locative places is an outlet, a party or a gang.
    if (FOREIGN_ARTICLE.test(part[0].text) && !placeSlot(prev, tokens[idx + part.length]) && !(prev?.cap && prev.after === '') && !part.some((t) => t.upper) && !ctx.table.ofType('PERSON').some(([, d]) => d.name.endsWith(` ${ctx.surface(part)}`))) {
      ctx.table.add('ORGANIZATION', ctx.surface(part), null, ctx.span(part));
      return;
    }
    // "Velykyi Burluk", "La Guajira": a place word first makes the name a place
    if (PLACE_PREFIXES.has(part[0].text.toLowerCase()) && !part.some((t) => t.upper)) {
      ctx.table.add('PLACE', ctx.surface(part), null, ctx.span(part));
      return;
    }
    // "in Dera Ki Gali on Friday": an unknown name that is no person's, between a locative and the end of its phrase.
    // Not "an economist at Capital Economics": a post at a firm or a college.
    const post = ROLE_BEFORE.test(tokens[idx - 2]?.text ?? '') || INSTITUTION_END.test(last.text);
    if (locative && /^(?:in|near|outside|at)$/.test(prev.text) && !post && !isFirstName(part[0].text) && phraseEnds(last, tokens[idx + part.length]) && !part.some((t) => t.upper) && !NOT_PLACES.test(part[0].text)) {
      ctx.table.add('PLACE', ctx.surface(part), null, ctx.span(part));
      return;
    }
    if (part.every((t) => !isCommonWord(t.text) || isFirstName(t.text)) && personShaped(part)) {
      addPerson(ctx, part, null);
    }
    return;
  }
  const t = part[0];
  if (t.text.length < 3 || (isCommonWord(t.text) && !t.upper)) return;
  // a city of the package data, where the sentence or the article makes a place likely
  const prev = tokens[idx - 1];
  const next = tokens[idx + 1];
  // "between Port Sudan and …", "in eastern Aleppo", "in Liverpool city centre": a slot or a noun that makes a place likely
  // ("the provincial capital Peshawar", "the border town Teknaf": a settlement noun in apposition.)
  const locative = (prev && (LOCATIVE.test(prev.text) || /^(?:of|and|eastern|western|northern|southern|central|downtown)$/i.test(prev.text) || /^(?:capital|city|town|village|port|hub|outpost)$/.test(prev.text)) && prev.after === '') ||
    (next != null && !next.cap && t.after === '' && /^(?:city|town|province|state|county|district|region)$/.test(next.text)) ||
    // "Peshawar (Pakistan) (AFP) –": a dateline's town with its country in brackets.
    (next != null && next.cap && /\(\s*$/.test(t.after) && countryByName(next.text) != null);
  const list = t.before === ':' || t.before === ',';
  const candidates = t.upper ? [] : cities(t.text, ctx.countries);
  const best = candidates[0];
  // "Trump and Lee": a surname of a person the article names is not a town of that name
  const surname = ctx.table.ofType('PERSON').some(([, d]) => d.name.split(/\s+/).includes(t.text));
  if (best && !surname && (locative || list) && (ctx.countries.has(best.geo.countryCode ?? '') || candidates.length === 1)) {
    ctx.table.add('PLACE', best.name, t.text, ctx.span(part), { geo: best.geo });
    return;
  }
  // "in Alaska", "in Dagestan": a state or region of the package data, where the sentence makes a place likely
  const state = !best && !surname && locative && !t.upper && !isFirstName(t.text) ? region(t.text, ctx.countries) : null;
  if (state) {
    ctx.table.add('PLACE', state.name, t.text, ctx.span(part), { geo: state.geo });
    return;
  }
  // "floods hit Sindh", "the Sindh government", "over Apayao": a region of a country the article names, wherever it stands.
  const home = !surname && !t.upper && !isFirstName(t.text) && !t.poss ? region(t.text, ctx.countries) : null;
  if (home && ctx.countries.has(home.geo.countryCode ?? '')) {
    // (a city of the same name there, "Sumy" beside Sumy Oblast, is the city)
    const place = best?.geo.countryCode === home.geo.countryCode ? best : home;
    ctx.table.add('PLACE', place.name, t.text, ctx.span(part), { geo: place.geo });
    return;
  }
  // "in Naypyitaw on Saturday", "near Kabkabiya, aid workers said": an unknown name between a locative and the end of its phrase is a place
  // (a town of several countries, none of them the article's, is named without a map point)
  if (!surname && (locativeSlot(t, prev, next) || (coordinated(ctx, tokens, idx) && phraseEnds(t, next))) && (best || !isFirstName(t.text)) && !NOT_PLACES.test(t.text)) {
    ctx.table.add('PLACE', best?.name ?? t.text, t.text, ctx.span(part), { geo: candidates.length === 1 ? best.geo : null });
    return;
  }
  // sources: "according to X", "X reported", "reported by X"
  const prev2 = tokens[idx - 2];
  const source =
    (prev && prev2 && prev2.text.toLowerCase() === 'according' && prev.text === 'to') ||
    (prev && prev2 && /^reported|cited|quoted$/.test(prev2.text) && prev.text === 'by') ||
    (next && t.after === '' && /^(reported|reports|reporting)$/.test(next.text));
  if (source && !isFirstName(t.text)) {
    ctx.table.add('ORGANIZATION', t.text, null, ctx.span(part));
    return;
  }
  // "TikTok", "WhatsApp", "BlackRock": a word with a capital inside is a brand, not a surname ("McCarthy", "DeSantis", "LeBron").
  if (CAMEL_BRAND.test(t.text) && !surname) {
    ctx.table.add('ORGANIZATION', t.text, null, ctx.span(part));
    return;
  }
  // "The RCMP said", "USAID froze the grants": an unknown acronym in running text names a body.
  if (bodyAcronym(t, prev, next) && !placeInCapitals(t.text) && !spelledOut(ctx, t.text)) ctx.table.add('ORGANIZATION', t.text, null, ctx.span(part));
}

const CAMEL_BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El|Ab|Ben|Bin|Fitz|St|O)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+$/;

/** Acronyms that name no body: measures, titles, things, and words a headline writes in capitals. */
const NOT_BODIES = new Set(`
GDP GNP CEO CFO COO CTO AI TV NGO MP PM ID COVID HIV AIDS DNA SUV UAV USB GPS VIP FAQ PDF OK UTC GMT EST EDT CET CEST BST KM KG MW GW
KWH LNG LPG LGBT LGBTQ IVF ICU ER IT HR PR CCTV IED RPG APC ATM VAT EV AK II III IV VI VII VIII IX XI XII XX MRI CT PCR SMS DIY RIP CV
UPDATE BREAKING LIVE WATCH READ MORE PHOTO PHOTOS VIDEO EXCLUSIVE OPINION ANALYSIS NEW NEWS NOTE EDITOR WARNING ADVERTISEMENT SUBSCRIBE
ICBM ICBMS NASAMS SCALP KAB HIMARS ATACMS IRIS START AUKUS COP MANPADS SAM FPV UAVS RPGS IEDS HQ CEOS MPS NGOS
ISBN URL HTML API FM AM TBC TBD POW POWS MIA KIA IDP IDPS SOS ETA FYI USD EUR GBP CHF BC AD BCE CE PPE PPP CPI IPO ESG CO2 NO2 PM2
`.trim().split(/\s+/));

/** "KAZAN", "BOSTON": a place written in capitals (a dateline), not an acronym. */
const placeInCapitals = (w: string): boolean => {
  const title = w[0] + w.slice(1).toLowerCase();
  return cities(title).length > 0 || countryByName(title) != null || region(title) != null;
};

/** "RSF" after "the Rapid Support Forces": the acronym of a body the article names in full. */
function spelledOut(ctx: ArticleContext, w: string): boolean {
  return ctx.table.ofType('ORGANIZATION').some(([, d]) => d.name.split(/[\s-]+/).filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join('') === w);
}

/** An unknown acronym of two to seven characters, two capitals at least ("FDLR", "TF1"), in running text, not a measure or a headline word. */
function bodyAcronym(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (!t.upper || !/^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z\d]{1,6}$/.test(t.text) || NOT_BODIES.has(t.text)) return false;
  // A line in capitals ("BREAKING NEWS", "KYIV, Ukraine") is no running text.
  return !(prev?.upper || next?.upper) && (prev != null || next != null);
}

/** After a preposition or "and", or before a place noun ("on El Hierro", "the El Olivar and … neighbourhoods", "La Araucanía regions"). */
function placeSlot(prev: Token | undefined, next: Token | undefined): boolean {
  if (prev && prev.after === '' && /^(?:in|on|at|near|outside|from|to|into|of|off|around|across|toward|towards|and|or|visited)$/i.test(prev.text)) return true;
  return next != null && !next.cap && isPlaceHead(next.text.replace(/s$/, ''));
}

/** Articles of other languages that open names of outlets, parties and gangs ("Le Monde", "Die Linke", "Los Zetas"). */
const FOREIGN_ARTICLE = /^(?:Der|Die|Das|Le|Les|La|Las|Los|El|Il|Lo|Gli)$/;

/** Prepositions after which a name is likely a place ("in Goma", "between Port Sudan and …"). */
const LOCATIVE = /^(?:in|near|at|outside|from|to|into|around|across|toward|towards|between|via|through)$/i;

/** A post held at the name after "at": "an economist at", "a fellow at". */
const ROLE_BEFORE = /^(?:\w+(?:ist|er|or)|fellow|head|chief|director|partner|professor|lecturer|official|spokesman|spokeswoman|spokesperson|expert|staff)$/i;
const INSTITUTION_END = /^(?:Economics|College|Institution|Institute|Endowment|University|Bank|Group|Partners|Capital|Associates|Advisory|Consulting|Research)$/;

/** Lower-case nouns of a place named before them: "Don Mueang airport", "Kot Lakhpat jail". */
const FACILITY_HEADS = /^(?:airport|airbase|jail|prison|camp|park|square|avenue|street|boulevard|bridge|market|crossing|checkpoint|mosque|stadium|station|river|canal)$/;

/** Capitalised words that follow "in" without being places: months, days, languages, faiths, institutions, holidays. */
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Arabic|Hebrew|Spanish|Persian|Farsi|Urdu|Hindi|Swahili|Portuguese|Mandarin|Cantonese|Islam|Christianity|Judaism|God|Parliament|Congress|Senate|Court|Cabinet|Government|Office|Power|Custody|Person|Christmas|Easter|Ramadan|Lent|Passover|Eid|Hanukkah|Diwali)$/;
/** Words that close a place phrase: a time, a clause, a coordination. */
const PHRASE_END = /^(?:on|in|since|last|this|overnight|early|late|earlier|later|and|where|after|before|during|until|yesterday|today|tonight|when|while|as|following|amid)$/i;

/**
 * A single unknown name right after "in", "near", "outside" or "at" and right before the end of its phrase
 * (punctuation, a time, a new clause): "in Naypyitaw on Saturday", "outside Embu, police said".
 */
function locativeSlot(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (!prev || prev.after !== '' || t.before !== '' || !/^(?:in|near|outside|at)$/.test(prev.text)) return false;
  return phraseEnds(t, next);
}

/** The name closes its phrase: punctuation, a time, a new clause. */
function phraseEnds(t: Token, next: Token | undefined): boolean {
  if (t.poss || t.suffix || t.text.length < 4) return false;
  if (/^[,.;:!?)]/.test(t.after) || !next) return true;
  return t.after === '' && PHRASE_END.test(next.text) && !next.cap;
}

/** "in Darfur and Kordofan": the name follows "and" after a place that itself follows "in" ("financed by Norway and Equinor" is no list of places). */
function coordinated(ctx: ArticleContext, tokens: Token[], idx: number): boolean {
  const and = tokens[idx - 1];
  const before = tokens[idx - 2];
  if (!and || !before || and.text !== 'and' || and.after !== '' || before.after !== '' || !ctx.table.placeEndsAt(before.end)) return false;
  let j = idx - 2;
  while (j > 0 && tokens[j - 1].cap && tokens[j - 1].after === '') j--;
  return /^(?:in|near|at|outside|from|to|into|across|around|of|between)$/i.test(tokens[j - 1]?.text ?? '');
}
