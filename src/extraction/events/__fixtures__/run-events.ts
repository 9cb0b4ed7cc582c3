import { extractEvents } from '../extract-events';
import { extractQuantities } from '../../quantities/extract-quantities';
import { extractTimes } from '../../time/extract-times';
import { splitSentences } from '../../page/sentences';
import type { Entity, EntityType, ExtractedEvent, Sentence } from '../../types';

/** A known name for the fixtures: [surface form, canonical name, type, is a country, unknown to the gazetteer]. */
export type FixtureName = [string, string, EntityType, boolean, boolean?];

/**
 * Runs time, quantity and event extraction over a small text of our own (one paragraph per line),
 * with entities found by exact surface forms, so an event rule is tested without the entity engine.
 */
export function runEvents(text: string, names: FixtureName[], publishedAt = '2025-03-06'): ExtractedEvent[] {
  let at = 0;
  const paragraphs = text.split('\n').map((line) => {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    return span;
  });
  const sentences: Sentence[] = splitSentences(text, paragraphs);
  const entities: Entity[] = names
    .map(([surface, name, type, country, unlocated]): Entity => ({
      id: `${type.toLowerCase()}:${name.toLowerCase().replace(/\s+/g, '-')}`,
      type,
      name,
      aliases: [],
      mentions: [...text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + surface.length })),
      geo: type === 'PLACE' && !unlocated ? { lat: 0, lon: 0, countryCode: null, kind: country ? 'country' : 'city', parent: null } : null,
    }))
    .filter((e) => e.mentions.length > 0);
  const times = extractTimes(text, sentences, publishedAt);
  const quantities = extractQuantities(text, sentences, times);
  return extractEvents({ input: text, sentences, entities, times, quantities, publishedAt });
}
