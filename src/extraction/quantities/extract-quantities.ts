import type { Quantity, Sentence } from '../types';

/** Counted quantities (stub; built out next). */
export function extractQuantities(_input: string, _sentences: Sentence[]): Quantity[] {
  return [];
}
