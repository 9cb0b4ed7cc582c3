/** Public surface of the extraction: pure functions and the contract types. */
export { extract } from './extract';
export { cleanPage } from './page/clean-page';
export type { CleanedPage } from './page/clean-page';
export { splitSentences } from './page/sentences';
export { extractEntities } from './entities/extract-entities';
export { ExtractionError, UnusablePageError } from './errors';
export * from './types';
