import type { Sentence, TimeExpr } from '../types';

/** Temporal expressions normalised against the publication date (stub; built out next). */
export function extractTimes(_input: string, _sentences: Sentence[], _publishedAt: string | null): TimeExpr[] {
  return [];
}
