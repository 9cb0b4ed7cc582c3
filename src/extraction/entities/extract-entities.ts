import type { Entity, Sentence } from '../types';
import type { CleanedPage } from '../page/clean-page';

/** People, organisations and places in the body (first cut: none yet). */
export function extractEntities(_input: string, _sentences: Sentence[], _cleaned: CleanedPage): Entity[] {
  return [];
}
