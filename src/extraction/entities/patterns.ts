import type { Sentence } from '../types';
import type { EntityTable } from './table';
import { cities, countryByDemonym, countryByName, countryOfCapital, countryPlace, curatedPlace, region } from '../gazetteer';
import { MINISTRY_FIELDS, PARLIAMENTS } from '../lexicon/institutions';
import { lookupKnown } from './lexicon-index';
import { isCommonWord, isNonEntityHead, isOrgHead, isPlaceHead, isTitleHead } from './word-class';

const FIELD = Object.keys(MINISTRY_FIELDS)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, '\\s+'))
  .join('|');
const OWNER = "([A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]*)?)(?:['’]s)?\\s+";

/** "Russia's Defense Ministry", "the Russian defense ministry", "the Interior Ministry". */
const MINISTRY = new RegExp(`(?:${OWNER})?(${FIELD})\\s+[Mm]inistry\\b`, 'gu');
/** "Lithuania's parliament", "the Ukrainian parliament". */
const PARLIAMENT = new RegExp(`${OWNER}[Pp]arliament\\b`, 'gu');
/** "the U.S. Embassy in Kyiv", "US embassy". */
const EMBASSY = /\b(U\.S\.|US|UK|U\.K\.|[A-Z][\p{L}]+)\s+([Ee]mbassy|Consulate)\b(?:\s+in\s+((?:The\s+)?[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?))?/gu;
/** "Kursk region", "Donetsk Oblast", "Kherson province". */
const REGION = /\b([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)\s+([Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b/gu;
/** "the Donetsk, Luhansk and Kherson regions": a list of names sharing a plural head. */
const REGIONS = /\b((?:[A-Z][\p{L}-]+,\s+)*[A-Z][\p{L}-]+,?\s+and\s+[A-Z][\p{L}-]+)\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b/gu;
/** One place name in a list: "Hrebenne", "Ras Isa", "Meiss al-Jabal". */
const LIST_NAME = "[A-Z][\\p{L}'’-]+(?:\\s(?:al-|el-)?[A-Z][\\p{L}'’-]+)?";
/**
 * "the Dorohusk, Hrebenne and Korczowa crossings", "the Slobidskyi and Osnovianskyi districts", "the ports of
 * Hodeidah, Ras Isa and Salif": names sharing a plural noun of localities.
 */
const LOCALITIES = new RegExp(
  `\\b((?:${LIST_NAME},\\s+)*${LIST_NAME},?\\s+and\\s+${LIST_NAME})\\s+(?:(?:border|nuclear|oil|gas|military)\\s+)?(districts|raions|hromadas|sectors|crossings|checkpoints|villages|towns|ports|airports|sites|fields|camps|neighbou?rhoods|municipalities|counties)\\b` +
    `|\\b(?:districts|hromadas|villages|towns|cities|ports|settlements|neighbou?rhoods)\\s+of\\s+((?:${LIST_NAME},\\s+)*${LIST_NAME},?\\s+and\\s+${LIST_NAME})\\b`,
  'gu',
);
const LIST_NAME_RE = new RegExp(LIST_NAME, 'gu');
/** Localities named together with their kind: "the Hodan and Wadajir districts" are "Hodan district" and "Wadajir district". */
const KIND_NAMED = /^(?:district|raion|hromada)s$/;

/** An acronym defined in brackets right after its long form: "(KNCHR)", "(SPLM-IO)". */
const ACRONYM = /\(([A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z]{1,4})?)\)/g;
/** Lower-case words inside a long form ("Law Society of Kenya", "Tehreek-e-Insaf"). */
const CONNECTORS = /^(?:of|for|on|in|and|the|de|del|la|des|du|el|al|y|et|e|der|für)$/;
/** Last words of weapons' names. */
const WEAPON_HEADS = /^(?:Systems?|Munitions?|Missiles?|Rockets?|Launchers?|Vehicles?|Drones?|Aircraft|Bombs?|Shells?|Weapons?)$/;
/** Words that end a place's long form ("Terrorism Confinement Center" is a prison, not an organisation). */
const PLACE_LONG_HEADS = /^(?:Territory|Territories|Zone|Corridor|Crossing|Prison|Camp|Base|Airport|Port|Square)$/;

/** "Ukraine's armed forces", "Ukrainian Armed Forces". */
const ARMED = /\b([A-Z][\p{L}]+)(['’]s)?\s+[Aa]rmed\s+[Ff]orces\b/gu;
/** "Ukraine's air force", "the Russian Navy": a country's service named by its owner. */
const SERVICE = new RegExp(`${OWNER}([Aa]ir\\s+[Ff]orce|[Nn]avy)\\b`, 'gu');
/** "the IK-3 penal colony", "Lefortovo pre-trial detention center", "the Trypillia thermal power plant", "the Kakhovka dam": a named facility. */
const FACILITY = /\b([A-Z][\p{L}\d-]*\d[\p{L}\d-]*|[A-Z][\p{L}-]+)\s+((?:penal|prison|correctional)\s+colony|(?:pre-trial\s+)?detention\s+(?:center|centre)|prison|air\s?base|military\s+base|(?:(?:nuclear|thermal|hydroelectric|coal-fired|gas-fired|combined heat and)\s+)?power\s+(?:plant|station)|hydroelectric\s+(?:plant|station)|dam|(?:oil\s+)?refinery)\b/gu;
/** "the village of Dubovoye", "the settlement of Kozacha Lopan": a settlement named after its kind. */
const SETTLEMENT = /\b(?:village|town|city|settlement|hamlet|township|port city|port town|district|sector|province|governorate|suburb|outskirts|neighbou?rhood)\s+of\s+([A-Z][\p{L}'’]+(?:[-\s][A-Z][\p{L}'’]+)?)/gu;
/** "the Shebekino district", "Sviatoshynskyi district": a district of a city or region. */
const DISTRICT = /\b((?:[A-Z][\p{L}-]+\s+){0,2}[A-Z][\p{L}'’-]+)\s+([Dd]istrict|[Rr]aion|[Hh]romada|sector|[Tt]ownship|[Tt]ehsil|[Uu]pazila)\b(?!\s+(?:Court|Council|Administration|Prosecutor))/gu;
/** "Jammu and Kashmir": a state or region of the package data whose name holds "and". */
const AND_REGION = /\b([A-Z][\p{L}-]+\s+and\s+[A-Z][\p{L}-]+)\b/gu;
/** "the Universytet metro station". */
const STATION = /\b([A-Z][\p{L}-]+)\s+(metro|subway|railway|train)\s+station\b/gu;

/** "Mexico City" after "Embassy in" is one place; "Kyiv Tuesday" is "Kyiv". */
function seatCity(words: string): string {
  const two = words.split(/\s+/);
  if (two.length === 1 || two[0] === 'The') return words;
  // the lexicon index holds the curated places; countryByName adds every alternative spelling of a country
  const known = cities(words).length > 0 || countryByName(words) || lookupKnown(words).some((k) => k.type === 'PLACE');
  return known || /^(?:City|Town)$/.test(two[1]) ? words : two[0];
}

function ownerCountry(owner: string | undefined): { code: string; name: string; demonym: string } | null {
  if (!owner) return null;
  const c = countryByName(owner) ?? countryByDemonym(owner) ?? countryOfCapital(owner);
  return c ? { code: c.code, name: c.name, demonym: c.demonyms[0] ?? c.name } : null;
}

/**
 * "Oman's foreign ministry", "Moscow's parliament": the owner named in the possessive is a place of the
 * story too (the country, a capital standing for it). A demonym ("the Omani ministry") names no place.
 */
function addOwnerPlace(table: EntityTable, text: string, at: number, owner: string | undefined, span: (i: number, len: number) => { start: number; end: number }): void {
  if (!owner || !/^['’]s\b/.test(text.slice(at + owner.length, at + owner.length + 2))) return;
  const c = countryByName(owner) ?? countryOfCapital(owner);
  if (c) table.add('PLACE', c.name, owner, span(at, owner.length), { geo: countryPlace(c).geo, fixedName: true });
}

/**
 * Institutions that are written in lower case or around a possessive, which capitalised-run
 * detection cannot see. Adds them to the table and returns the spans they cover.
 */
export function institutionPatterns(s: Sentence, table: EntityTable): { start: number; end: number }[] {
  const covered: { start: number; end: number }[] = [];
  const text = s.text;
  const span = (i: number, len: number) => ({ start: s.start + i, end: s.start + i + len });
  let m: RegExpExecArray | null;

  for (const re of [MINISTRY, PARLIAMENT, EMBASSY, REGION, ARMED, SERVICE, FACILITY, STATION, ACRONYM]) re.lastIndex = 0;
  // "the Law Society of Kenya (LSK)": a name its acronym spells out is an organisation (a place when its head is one).
  while ((m = ACRONYM.exec(text))) {
    const long = longForm(text, m.index, m[1]);
    if (!long) continue;
    const surface = text.slice(long.start, long.end);
    if (countryByName(surface) || lookupKnown(surface).length || lookupKnown(m[1]).length || table.covered(span(long.start, surface.length))) continue;
    const last = surface.split(/\s+/).pop()!;
    // weapons ("Army Tactical Missile System (ATACMS)"), documents, and offices held by a person ("Director General of …")
    if (WEAPON_HEADS.test(last) || isNonEntityHead(last) || isTitleHead(surface.split(/\s+/)[0])) continue;
    const type = PLACE_LONG_HEADS.test(last) ? 'PLACE' : 'ORGANIZATION';
    table.add(type, surface, null, span(long.start, surface.length));
    table.add(type, surface, m[1], span(m.index + 1, m[1].length));
    covered.push(span(long.start, surface.length), span(m.index + 1, m[1].length));
    // "… of Kenya", "… in South Sudan": a country named inside the long form is a place of the story too
    for (const n of surface.matchAll(/\b(?:of|in)\s+((?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/gu)) {
      const c = countryByName(n[1].replace(/^the\s+/, ''));
      if (c) table.add('PLACE', c.name, n[1], span(long.start + n.index! + n[0].length - n[1].length, n[1].length));
    }
  }
  while ((m = MINISTRY.exec(text))) {
    const owner = ownerCountry(m[1]);
    const field = MINISTRY_FIELDS[m[2].toLowerCase().replace(/\s+/g, ' ')];
    // "the Gaza Health Ministry", "the Houthi health ministry": a territory or movement that is no country stays in the name's surface.
    const ownerWord = m[1]?.split(/\s/)[0];
    const holder = !owner && ownerWord != null && !isCommonWord(ownerWord) && !isTitleHead(ownerWord);
    const start = owner || holder || !m[1] ? m.index : m.index + m[0].indexOf(m[2]);
    const surface = text.slice(start, m.index + m[0].length);
    const known = lookupKnown(surface).find((k) => k.type === 'ORGANIZATION');
    const name = known?.name ?? (owner ? `${owner.demonym} Ministry of ${field}` : `Ministry of ${field}`);
    table.add('ORGANIZATION', name, surface, span(start, surface.length), { fixedName: true });
    covered.push(span(start, surface.length));
    if (owner) addOwnerPlace(table, text, m.index, m[1], span);
  }
  while ((m = PARLIAMENT.exec(text))) {
    const owner = ownerCountry(m[1]);
    if (!owner) continue;
    const name = PARLIAMENTS[owner.code] ?? `Parliament of ${owner.name}`;
    table.add('ORGANIZATION', name, m[0], span(m.index, m[0].length), { fixedName: true });
    covered.push(span(m.index, m[0].length));
    addOwnerPlace(table, text, m.index, m[1], span);
  }
  while ((m = EMBASSY.exec(text))) {
    const owner = ownerCountry(m[1]);
    if (!owner) continue;
    const ownerSurface = /^(US|U\.S\.)$/.test(m[1]) ? 'U.S.' : owner.name;
    const head = m[2][0].toUpperCase() + m[2].slice(1).toLowerCase();
    const city = m[3] ? seatCity(m[3]) : null;
    const surface = city ? m[0].slice(0, m[0].lastIndexOf(m[3]) + city.length) : m[0];
    const existing = table.ofType('ORGANIZATION').find(([, d]) => d.name.startsWith(`${ownerSurface} ${head}`));
    const name = existing ? existing[1].name : city ? `${ownerSurface} ${head} in ${city}` : `${ownerSurface} ${head}`;
    table.add('ORGANIZATION', name, surface, span(m.index, surface.length));
    // "in Kyiv" stays visible: the city is a place of the story too.
    covered.push(span(m.index, m[0].indexOf(m[2]) + m[2].length));
    EMBASSY.lastIndex = m.index + surface.length;
  }
  // "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions": each name of the list is a region.
  REGIONS.lastIndex = 0;
  while ((m = REGIONS.exec(text))) {
    const list = m[1];
    const at = m.index;
    for (const w of list.matchAll(/[A-Z][\p{L}-]+/gu)) {
      const r = region(w[0]);
      if (!r || countryByName(w[0])) continue;
      table.add('PLACE', r.name, w[0], span(at + w.index, w[0].length), { geo: r.geo, fixedName: true });
      covered.push(span(at + w.index, w[0].length));
    }
  }
  // "the Dorohusk, Hrebenne and Korczowa crossings": each name of the list is a place.
  LOCALITIES.lastIndex = 0;
  while ((m = LOCALITIES.exec(text))) {
    const list = m[1] ?? m[3];
    const at = m.index + m[0].indexOf(list);
    const kind = m[2] && KIND_NAMED.test(m[2]) ? m[2].slice(0, -1) : null;
    for (const w of list.matchAll(LIST_NAME_RE)) {
      const name = w[0];
      if (countryByName(name) || countryByDemonym(name) || isCommonWord(name.split(/[-\s]/)[0]) || table.covered(span(at + w.index!, name.length))) continue;
      if (lookupKnown(name).some((k) => k.type !== 'PLACE')) continue;
      const known = curatedPlace(name) ?? (kind ? null : cities(name)[0] ?? null);
      table.add('PLACE', known?.name ?? (kind ? `${name} ${kind}` : name), name, span(at + w.index!, name.length), { geo: known?.geo ?? null });
      covered.push(span(at + w.index!, name.length));
    }
  }
  while ((m = REGION.exec(text))) {
    if (countryByName(m[1])) continue;
    const r = region(m[1]);
    if (!r) continue;
    table.add('PLACE', r.name, m[0], span(m.index, m[0].length), { geo: r.geo, fixedName: true });
    covered.push(span(m.index, m[0].length));
  }
  while ((m = ARMED.exec(text))) {
    const owner = ownerCountry(m[1]);
    if (!owner) continue;
    table.add('ORGANIZATION', `Armed Forces of ${owner.name}`, m[0], span(m.index, m[0].length), { fixedName: true });
    covered.push(span(m.index, m[0].length));
    addOwnerPlace(table, text, m.index, m[1], span);
  }
  while ((m = SERVICE.exec(text))) {
    const owner = ownerCountry(m[1]);
    if (!owner) continue;
    const service = /navy/i.test(m[2]) ? 'Navy' : 'Air Force';
    table.add('ORGANIZATION', `${owner.demonym} ${service}`, m[0], span(m.index, m[0].length), { fixedName: true });
    covered.push(span(m.index, m[0].length));
    addOwnerPlace(table, text, m.index, m[1], span);
  }
  while ((m = FACILITY.exec(text))) {
    // the name must be a name: not a country, demonym or adjective ("Russian prison", "Siberian penal colony")
    if (ownerCountry(m[1]) || isCommonWord(m[1]) || /(?:ian|ean|ese|ish)$/.test(m[1]) || m[0].length > 80) continue;
    table.add('PLACE', m[0], m[1], span(m.index, m[0].length));
    covered.push(span(m.index, m[0].length));
  }
  SETTLEMENT.lastIndex = 0;
  while ((m = SETTLEMENT.exec(text))) {
    // a country or curated place is typed (and named) by the gazetteer; a town of the package data keeps its name and, when it is the only one, its map point
    if (countryByName(m[1]) || curatedPlace(m[1]) || isCommonWord(m[1].split(/[-\s]/)[0])) continue;
    const towns = cities(m[1]);
    const at = m.index + m[0].length - m[1].length;
    table.add('PLACE', towns[0]?.name ?? m[1], m[1], span(at, m[1].length), { geo: towns.length === 1 ? towns[0].geo : null });
    covered.push(span(at, m[1].length));
  }
  AND_REGION.lastIndex = 0;
  while (text.includes(' and ') && (m = AND_REGION.exec(text))) {
    const r = countryByName(m[1]) ? null : region(m[1]);
    if (!r || table.covered(span(m.index, m[0].length))) continue;
    table.add('PLACE', r.name, m[0], span(m.index, m[0].length), { geo: r.geo, fixedName: true });
    covered.push(span(m.index, m[0].length));
  }
  DISTRICT.lastIndex = 0;
  while ((m = DISTRICT.exec(text))) {
    // "the Krishna Ghati sector", "In Pokrovsk district": the name without an article or a sentence's first words in front
    const words = m[1].split(/\s+/);
    const drop = words.findIndex((w, i) => i === words.length - 1 || !(isCommonWord(w) || /^(?:The|A|An|This|That|Each|Every)$/.test(w)));
    if (drop > 0) {
      DISTRICT.lastIndex = m.index + m[1].indexOf(words[drop]);
      continue;
    }
    if (countryByName(m[1]) || countryByDemonym(m[1]) || isCommonWord(m[1]) || m[1].split(/\s+/).some((w) => isCommonWord(w) && !/^[A-Z]/.test(w))) continue;
    // "the Bondhere district" is also plain "Bondhere"
    table.add('PLACE', m[0], m[1], span(m.index, m[0].length));
    covered.push(span(m.index, m[0].length));
  }
  while ((m = STATION.exec(text))) {
    table.add('PLACE', m[0], null, span(m.index, m[0].length));
    covered.push(span(m.index, m[0].length));
  }
  return covered;
}

/**
 * The long form an acronym in brackets stands for, as offsets into `text`: the capitalised words
 * (with "of", "and", "in" between them) right before the bracket whose letters spell the acronym
 * in order, the first at the start of a word (Schwartz & Hearst, 2003).
 */
function longForm(text: string, bracket: number, acronym: string): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, bracket - 140), bracket);
  const offset = bracket - before.length;
  const words = [...before.matchAll(/[\p{L}\p{N}'’.-]+/gu)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 12; i--) {
    const w = words[i];
    const gap = before.slice(w.index! + w[0].length, i + 1 < words.length ? words[i + 1].index : before.length);
    if (!/^\s*$/.test(gap)) break;
    if (!/^\p{Lu}/u.test(w[0]) && !CONNECTORS.test(w[0])) break;
    first = i;
  }
  if (first >= words.length) return null;
  const startAt = words[first].index!;
  const end = words[words.length - 1].index! + words[words.length - 1][0].length;
  const orig = before.slice(startAt, end);
  const long = orig.toLowerCase();
  const short = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  let l = long.length - 1;
  for (let si = short.length - 1; si >= 0; si--) {
    const c = short[si];
    // the first letter starts a capitalised word ("Office of Foreign Assets Control", not "of Foreign …")
    while (l >= 0 && (long[l] !== c || (si === 0 && ((l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1])) || !/\p{Lu}/u.test(orig[l]))))) l--;
    if (l < 0) return null;
    l--;
  }
  let start = startAt + long.lastIndexOf(' ', l + 1) + 1;
  // the long form starts at a capitalised word, never at "the" or "of"
  while (!/^\p{Lu}/u.test(before.slice(start))) {
    const next = before.indexOf(' ', start);
    if (next < 0 || next >= end) return null;
    start = next + 1;
  }
  if (/^The\s/.test(before.slice(start))) start += 4;
  const res = before.slice(start, end);
  if (res.split(/\s+/).length < 2 || /^\p{Lu}+$/u.test(res)) return null;
  // "the Electoral Chamber of the Supreme Court of Justice (TSJ)": the acronym names the inner part of a longer name, left to the runs
  const outer = /(\p{Lu}[\p{L}'’-]*)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before.slice(0, start));
  if (outer && (isOrgHead(outer[1]) || isPlaceHead(outer[1]))) return null;
  return { start: offset + start, end: offset + end };
}
