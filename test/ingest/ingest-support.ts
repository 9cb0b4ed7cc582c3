import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Entity, ExtractedEvent, Extraction } from '../../src/extraction/types';
import { GraphService } from '../../src/graph/graph.service';

/** Node and relationship counts of the graph (bookkeeping labels left out). */
export async function graphCounts(app: NestFastifyApplication): Promise<{ nodes: number; relationships: number }> {
  const [row] = await app.get(GraphService).read('read/ingest-graph-counts');
  return { nodes: row.nodes as number, relationships: row.relationships as number };
}

/** Runs a test-only Cypher query (assertions read the graph directly, as a researcher would). */
export async function query(app: NestFastifyApplication, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = app.get(GraphService).driver.session();
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => {
      const o = r.toObject() as Record<string, unknown>;
      for (const [k, v] of Object.entries(o)) {
        if (v && typeof v === 'object' && 'toNumber' in v) o[k] = (v as { toNumber(): number }).toNumber();
        else if (v && typeof v === 'object' && 'year' in v && 'month' in v && 'day' in v) o[k] = String(v);
      }
      return o;
    });
  } finally {
    await session.close();
  }
}

export function person(name: string, extra: Partial<Entity> = {}): Entity {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `person:${slug}`, type: 'PERSON', name, aliases: [], mentions: [{ start: 0, end: name.length }], geo: null, ...extra };
}

export function country(name: string, code: string, lat: number, lon: number): Entity {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `place:${slug}`, type: 'PLACE', name, aliases: [], mentions: [{ start: 0, end: 1 }], geo: { lat, lon, countryCode: code, kind: 'country', parent: null } };
}

export function city(name: string, code: string, parent: string | null, lat: number, lon: number): Entity {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { id: `place:${slug}`, type: 'PLACE', name, aliases: [], mentions: [{ start: 0, end: 1 }], geo: { lat, lon, countryCode: code, kind: 'city', parent } };
}

export const UKRAINE = country('Ukraine', 'UA', 49, 32);
export const RUSSIA = country('Russia', 'RU', 61, 105);

/** A prisoner exchange between Russia and Ukraine, as one article's extractor would give it. */
export function exchange(day: string, count: number, claimant: string, extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  const text = `Russia and Ukraine exchanged ${count} prisoners each, ${claimant} said.`;
  return {
    id: `PRISONER_EXCHANGE:${day}:${count}`,
    type: 'PRISONER_EXCHANGE',
    cameo: '0861',
    date: { start: day, end: day, granularity: 'day', source: 'explicit', text: day },
    place: null,
    placeId: null,
    participants: [
      { name: 'Russia', entityId: RUSSIA.id, role: 'agent' },
      { name: 'Ukraine', entityId: UKRAINE.id, role: 'agent' },
    ],
    quantity: { value: count, unit: 'prisoners', qualifier: 'exact' },
    status: 'occurred',
    attribution: { claimant, entityId: null },
    cumulative: false,
    evidence: { text, start: 0, end: text.length },
    confidence: 0.9,
    rule: 'test:exchange',
    ...extra,
  };
}

/** An extraction as `extract()` would return it, built by hand so the test controls every field. */
export function extraction(body: string, publishedAt: string, entities: Entity[], events: ExtractedEvent[]): Extraction {
  return { article: { title: body.slice(0, 40), publishedAt, authors: [], body }, entities, events };
}
