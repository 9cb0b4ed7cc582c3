import type { Geo } from '../types';
import { nameKey } from '../util/text';
import { COUNTRIES, countryByCode, countryByDemonym, countryByName, type Country } from './countries';
import { CURATED_PLACES, UA_OBLASTS } from './curated-places';
import citiesData from './data/cities.json';
import statesData from './data/states.json';

export { countryByDemonym, countryByName, countryByCode, type Country };

/** A place the gazetteer knows: canonical name and geo facts. */
export interface GazPlace {
  name: string;
  geo: Geo;
}

const CITY_ROWS = citiesData as string[];
const STATE_ROWS = statesData as string[];

/** Rows are "key|Name|CC|state|lat|lon", sorted by key: binary search for all rows of one key. */
function rowsFor(rows: string[], key: string): string[][] {
  let lo = 0;
  let hi = rows.length;
  const probe = key + '|';
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < probe) lo = mid + 1;
    else hi = mid;
  }
  const out: string[][] = [];
  for (let i = lo; i < rows.length && rows[i].startsWith(probe); i++) out.push(rows[i].split('|'));
  return out;
}

const curated = new Map<string, GazPlace>();
for (const [name, kind, cc, lat, lon, aliases] of CURATED_PLACES) {
  const parent = cc ? countryByCode(cc)?.name ?? null : null;
  const place: GazPlace = { name, geo: { lat, lon, countryCode: cc, kind, parent } };
  for (const n of [name, ...aliases]) curated.set(nameKey(n), place);
}

const capitals = new Map<string, Country>();
for (const c of COUNTRIES) if (c.capital) capitals.set(nameKey(c.capital), c);
capitals.set('washington', countryByCode('US')!);

export function countryPlace(c: Country): GazPlace {
  return { name: c.name, geo: { lat: c.lat, lon: c.lon, countryCode: c.code, kind: 'country', parent: null } };
}

/** Curated places and their aliases ("Kiev" → Kyiv, "Washington" → Washington, D.C.). */
export function curatedPlace(surface: string): GazPlace | null {
  return curated.get(nameKey(surface)) ?? null;
}

/** The country whose capital this is ("Moscow" → Russia), for metonymy. */
export function countryOfCapital(surface: string): Country | null {
  const k = nameKey(surface);
  const place = curated.get(k);
  return capitals.get(place ? nameKey(place.name) : k) ?? capitals.get(k) ?? null;
}

/**
 * Cities of this name in the package data, best first: those in `preferred` countries (the ones
 * the article names), then the rest in data order.
 */
export function cities(surface: string, preferred: ReadonlySet<string> = new Set()): GazPlace[] {
  const rows = rowsFor(CITY_ROWS, nameKey(surface));
  const places = rows.map(([, name, cc, , lat, lon]) => ({
    name,
    geo: { lat: Number(lat), lon: Number(lon), countryCode: cc, kind: 'city' as const, parent: countryByCode(cc)?.name ?? null },
  }));
  return places.sort((a, b) => Number(preferred.has(b.geo.countryCode!)) - Number(preferred.has(a.geo.countryCode!)));
}

/**
 * A region from its base name, as in "Kursk region", "Donetsk Oblast", "Kherson province".
 * Ukrainian oblasts get the English "<Name> Oblast" form.
 */
export function region(base: string, preferred: ReadonlySet<string> = new Set()): GazPlace | null {
  const k = nameKey(base);
  const ua = UA_OBLASTS.find(([en]) => nameKey(en) === k);
  if (ua) {
    const row = rowsFor(STATE_ROWS, nameKey(`${ua[1]} oblast`)).find((r) => r[2] === 'UA');
    const [lat, lon] = row ? [Number(row[4]), Number(row[5])] : [48.4, 31.2];
    return { name: `${ua[0]} Oblast`, geo: { lat, lon, countryCode: 'UA', kind: 'region', parent: 'Ukraine' } };
  }
  for (const suffix of [' oblast', ' region', ' province', ' krai', ' state', ' governorate', ' autonomous okrug', ' autonomous oblast', ' republic', '']) {
    const rows = rowsFor(STATE_ROWS, k + suffix).concat(suffix === ' republic' ? rowsFor(STATE_ROWS, `republic of ${k}`) : []);
    if (rows.length) {
      // "Punjab" in a story about Pakistan is Pakistan's
      const [, name, cc, , lat, lon] = rows.find((r) => preferred.has(r[2])) ?? rows[0];
      return { name, geo: { lat: Number(lat), lon: Number(lon), countryCode: cc, kind: 'region', parent: countryByCode(cc)?.name ?? null } };
    }
  }
  return null;
}
