import worldCountries from 'world-countries';
import { nameKey } from '../util/text';

/** A country as the gazetteer knows it. */
export interface Country {
  code: string; // ISO 3166-1 alpha-2
  name: string; // common English name, as news uses it
  lat: number;
  lon: number;
  capital: string | null;
  demonyms: string[];
}

/** Common English names where the package uses another form (news writes "Turkey"). */
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', VA: 'Vatican', PS: 'Palestine' };

/** Surface forms news uses beyond the package's alternative spellings. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  AE: ['U.A.E.', 'UAE', 'Emirates'],
  TR: ['Türkiye', 'Turkiye'],
  CZ: ['Czechia'],
  KR: ['Korea'],
  NL: ['Holland'],
  CD: ['DRC'],
  VA: ['Holy See', 'Vatican City'],
  MD: ['Moldova'],
  BY: ['Belarus'],
};

/** Capitals as news spells them (the package writes "Washington D.C."). */
const CAPITAL_OVERRIDES: Record<string, string> = { US: 'Washington, D.C.', IL: 'Jerusalem', PS: 'Ramallah' };

const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['U.S.', 'US'],
  GB: ['English', 'Scottish', 'Welsh'],
  NL: ['Dutch'],
  SA: ['Saudi'],
  UA: ['Ukrainians'],
  RU: ['Russians'],
};

/** Short codes ("US", "UA") are letters too: only these are accepted as names. */
const CODE_NAMES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);

export const COUNTRIES: Country[] = [];
const byKey = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
const byCode = new Map<string, Country>();
const independent = new Set<string>();

for (const c of worldCountries) {
  const code = c.cca2;
  const name = NAME_OVERRIDES[code] ?? c.name.common;
  const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[code] ?? [])].filter((d): d is string => !!d);
  const country: Country = {
    code,
    name,
    lat: c.latlng[0],
    lon: c.latlng[1],
    capital: CAPITAL_OVERRIDES[code] ?? c.capital?.[0] ?? null,
    demonyms: [...new Set(demonyms)],
  };
  COUNTRIES.push(country);
  byCode.set(code, country);
  const names = [name, c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_ALIASES[code] ?? [])];
  for (const n of names) {
    if (/^[A-Z]{2,3}$/.test(n) && !CODE_NAMES.has(n)) continue;
    const k = nameKey(n);
    if (k && !byKey.has(k)) byKey.set(k, country);
  }
  // "French", "American", "Dutch": a demonym a territory shares with its sovereign state means the state.
  for (const d of country.demonyms) {
    const k = nameKey(d);
    if (!byDemonym.has(k) || (c.independent && !independent.has(byDemonym.get(k)!.code))) byDemonym.set(k, country);
  }
  if (c.independent) independent.add(code);
}
// Demonyms shared by two countries go to the one news means by default.
byDemonym.set('congolese', byCode.get('CD')!);
byDemonym.set('korean', byCode.get('KR')!);

export function countryByName(surface: string): Country | null {
  return byKey.get(nameKey(surface)) ?? null;
}

/** "Ukrainian", "Russians", "American" → the country; plural forms fold to the singular. */
export function countryByDemonym(surface: string): Country | null {
  const k = nameKey(surface);
  return byDemonym.get(k) ?? (k.endsWith('s') ? byDemonym.get(k.slice(0, -1)) ?? null : null);
}

export function countryByCode(code: string): Country | null {
  return byCode.get(code) ?? null;
}
