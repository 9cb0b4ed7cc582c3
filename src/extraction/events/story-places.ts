import type { Mention } from './arguments';
import type { Draft } from './draft';
import { addDays } from '../time/calendar';
import type { Entity } from '../types';

/**
 * "Russia's full-scale invasion" told without a place: the country invaded is the article's most
 * named country other than the invader.
 */
export function placeInvaded(drafts: Draft[], entities: Entity[]): void {
  const countries = entities.filter((e) => e.type === 'PLACE' && e.geo?.kind === 'country').sort((a, b) => b.mentions.length - a.mentions.length);
  for (const d of drafts) {
    if (d.type !== 'INVASION' || d.place) continue;
    const invaders = new Set(d.participants.filter((p) => p.role === 'agent').map((p) => p.entityId));
    if (invaders.size === 0) continue;
    const target = d.participants.find((p) => p.entityId?.startsWith('place:') && !invaders.has(p.entityId) && p.role !== 'mediator')?.entityId ?? countries.find((c) => !invaders.has(c.id))?.id;
    const entity = entities.find((e) => e.id === target);
    const mention = entity?.mentions[0];
    if (entity && mention) d.place = { entity, start: mention.start, end: mention.end };
  }
}

/** Where people meet, speak, sign, rally or are held (a national decision is not made in a city): the dateline city. */
const AT_DATELINE = new Set<string>(['MEETING', 'SPEECH', 'PROTEST', 'AGREEMENT', 'DETENTION']);

/**
 * "VILNIUS — Leaders signed a declaration on Wednesday…": an event of that kind told without a place,
 * in the days around publication, took place in the dateline city. Strikes are reported from afar, and
 * background events from other times keep no place.
 */
export function placeAtDateline(drafts: Draft[], dateline: Mention | null, publishedAt: string | null): void {
  if (!dateline || !publishedAt) return;
  const from = addDays(publishedAt, -7);
  for (const d of drafts) {
    if (d.place || d.cumulative || !AT_DATELINE.has(d.type) || d.date.end < from || d.date.start > publishedAt) continue;
    d.place = dateline;
  }
}

/** For each place the story locates inside another one, by id, the places around it. */
export type Containment = Map<string, Entity[]>;

/** What may stand between a place and the place around it: "Rustaveli Avenue in central Tbilisi", "Jinnah House, Lahore". */
const IN_PLACE = /^(?:,\s*|\s+in\s+(?:(?:central|downtown|northern|southern|eastern|western|north|south|east|west|the\s+(?:centre|center|heart)\s+of)\s+)?)$/i;
/** "Tbilisi's Rustaveli Avenue". */
const OF_PLACE = /^['’]s\s+(?:(?:central|main|famous)\s+)?$/i;

/**
 * "Protesters on Rustaveli Avenue in Tbilisi": a street, square or building the gazetteer cannot place,
 * told inside a city, region or country, lies within it, so a rally there and a rally in that city on
 * the same day are one rally.
 */
export function placedWithin(input: string, mentions: Mention[]): Containment {
  const out: Containment = new Map();
  const add = (inner: Entity, outer: Entity) => {
    if (inner.id === outer.id || inner.geo) return;
    const list = out.get(inner.id) ?? [];
    if (!list.includes(outer)) list.push(outer);
    out.set(inner.id, list);
  };
  const places = mentions.filter((m) => m.entity.type === 'PLACE');
  for (let i = 0; i + 1 < places.length; i++) {
    const [m, n] = [places[i], places[i + 1]];
    const gap = input.slice(m.end, n.start);
    if (gap.length > 24) continue;
    if (IN_PLACE.test(gap) && n.entity.geo) add(m.entity, n.entity);
    else if (OF_PLACE.test(gap) && m.entity.geo) add(n.entity, m.entity);
  }
  return out;
}
