import type { Entity, ExtractedEvent, Quantity, Sentence, TimeExpr } from '../types';

export interface EventInput {
  input: string;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  publishedAt: string | null;
}

/** Events from trigger lexicons (stub; built out next). */
export function extractEvents(_args: EventInput): ExtractedEvent[] {
  return [];
}
