import worldCountries from 'world-countries';
import type { Entity, EntityType, Extraction } from '../extraction/types';
import { slugify } from '../extraction/util/text';
import { articleScope } from './article-identity';

/** One Entity node to MERGE. `stub` nodes (a parent place, a metonymy target) get no MENTIONS and never overwrite. */
export interface EntityRow {
  id: string;
  type: EntityType;
  label: 'Person' | 'Organization' | 'Place';
  name: string;
  aliases: string[];
  count: number;
  stub: boolean;
  lat: number | null;
  lon: number | null;
  countryCode: string | null;
  kind: string | null;
}

export interface LinkRow {
  from: string;
  to: string;
}

export interface EntityPlan {
  entities: EntityRow[];
  /** Place IN Place, child → parent. */
  placeIn: LinkRow[];
  standsFor: LinkRow[];
  /** Extraction id → graph id (only bare surnames differ). */
  idMap: Map<string, string>;
}

const LABELS: Record<EntityType, EntityRow['label']> = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' };
const PREFIX: Record<string, EntityType> = { person: 'PERSON', organization: 'ORGANIZATION', org: 'ORGANIZATION', place: 'PLACE' };

const COUNTRY_BY_CODE = new Map(
  (worldCountries as { cca2: string; name: { common: string } }[]).map((c) => [c.cca2.toUpperCase(), c.name.common]),
);

/** Country name for an ISO alpha-2 code, as world-countries spells it ("UA" → "Ukraine"). */
export function countryName(code: string): string | null {
  return COUNTRY_BY_CODE.get(code.toUpperCase()) ?? null;
}

/** A person known by one word only ("Smith"): resolving it across articles could merge two people. */
export function isBareName(e: Entity): boolean {
  return e.type === 'PERSON' && !/[\s-]/.test(e.name.trim());
}

function row(e: Entity, id: string): EntityRow {
  return {
    id,
    type: e.type,
    label: LABELS[e.type],
    name: e.name,
    aliases: [...new Set([e.name, ...e.aliases])],
    count: Math.max(1, e.mentions.length),
    stub: false,
    lat: e.geo?.lat ?? null,
    lon: e.geo?.lon ?? null,
    countryCode: e.geo?.countryCode ?? null,
    kind: e.geo?.kind ?? null,
  };
}

function stub(id: string, name: string, type: EntityType, extra: Partial<EntityRow> = {}): EntityRow {
  return { id, type, label: LABELS[type], name, aliases: [name], count: 0, stub: true, lat: null, lon: null, countryCode: null, kind: null, ...extra };
}

/** "place:united-states" → a readable fallback name for a stub whose canonical name is unknown. */
function nameFromId(id: string): string {
  const slug = id.slice(id.indexOf(':') + 1);
  return slug
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/**
 * Entities of one article as graph rows: ids are the extraction's stable ids (so entities resolve
 * across articles), except bare person names, which get an article-scoped id. Places link upward
 * (city → parent → country) from `geo.parent` and `geo.countryCode`; missing parents become stubs.
 */
export function planEntities(extraction: Extraction, article: string): EntityPlan {
  const idMap = new Map<string, string>();
  const rows = new Map<string, EntityRow>();
  for (const e of extraction.entities) {
    const id = isBareName(e) ? `${e.id}~${articleScope(article)}` : e.id;
    idMap.set(e.id, id);
    const existing = rows.get(id);
    if (existing) {
      existing.count += e.mentions.length;
      existing.aliases = [...new Set([...existing.aliases, e.name, ...e.aliases])];
    } else rows.set(id, row(e, id));
  }
  const placeIn: LinkRow[] = [];
  const link = (from: string, to: string): void => {
    if (from !== to && !placeIn.some((l) => l.from === from && l.to === to)) placeIn.push({ from, to });
  };
  const ensurePlace = (name: string, extra: Partial<EntityRow>): string => {
    const id = `place:${slugify(name)}`;
    if (!rows.has(id)) rows.set(id, stub(id, name, 'PLACE', extra));
    return id;
  };
  for (const e of extraction.entities) {
    if (e.type !== 'PLACE' || !e.geo) continue;
    const self = idMap.get(e.id) as string;
    const code = e.geo.countryCode;
    const country = code && e.geo.kind !== 'country' ? countryName(code) : null;
    const countryId = country ? ensurePlace(country, { kind: 'country', countryCode: code }) : null;
    if (e.geo.parent && slugify(e.geo.parent) !== slugify(e.name)) {
      const parentIsCountry = country !== null && slugify(e.geo.parent) === slugify(country);
      const parentId = ensurePlace(e.geo.parent, parentIsCountry ? { kind: 'country', countryCode: code } : { countryCode: code });
      link(self, parentId);
      if (countryId && parentId !== countryId) link(parentId, countryId);
    } else if (countryId) link(self, countryId);
  }
  const standsFor: LinkRow[] = [];
  for (const e of extraction.entities) {
    if (!e.standsFor) continue;
    const target = idMap.get(e.standsFor) ?? e.standsFor;
    const type = PREFIX[target.slice(0, target.indexOf(':'))];
    if (!type) continue;
    if (!rows.has(target)) rows.set(target, stub(target, nameFromId(target), type));
    standsFor.push({ from: idMap.get(e.id) as string, to: target });
  }
  const entities = [...rows.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { entities, placeIn, standsFor, idMap };
}
