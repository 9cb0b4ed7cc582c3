import { cleanPage } from './page/clean-page';
import { splitSentences } from './page/sentences';
import { extractEntities } from './entities/extract-entities';
import { extractTimes } from './time/extract-times';
import { extractQuantities } from './quantities/extract-quantities';
import { extractEvents } from './events/extract-events';
import type { Extraction, PageInput } from './types';

/**
 * The whole extraction, pure and deterministic: page → body → sentences → entities → dates →
 * quantities → events. `publishedAt` (given, or read from the page) is the only clock.
 */
export function extract(page: PageInput): Extraction {
  const cleaned = cleanPage(page);
  const { input, article } = cleaned;
  const sentences = splitSentences(input, cleaned.paragraphs);
  const entities = extractEntities(input, sentences, cleaned);
  const times = extractTimes(input, sentences, article.publishedAt);
  const quantities = extractQuantities(input, sentences, times);
  const events = extractEvents({ input, sentences, entities, times, quantities, publishedAt: article.publishedAt });
  return { article, entities, events };
}
