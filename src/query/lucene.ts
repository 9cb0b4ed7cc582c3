/** Lucene's special characters, escaped with a backslash so user input is never query syntax. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** An exact phrase: the whole text as one quoted phrase. */
export function phraseQuery(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * A search box query: every word must match, the last one also as a prefix (typing "zelen" finds
 * Zelensky). Words are lower-cased so AND/OR/NOT typed by a user are words, not operators.
 *
 * @example searchQuery('Red Cross (ICRC)') === 'red AND cross AND (\\(icrc\\) OR \\(icrc\\)*)'
 */
export function searchQuery(text: string): string {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  return words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w)).join(' AND ');
}
