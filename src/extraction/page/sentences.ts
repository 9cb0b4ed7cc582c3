import type { Sentence, Span } from '../types';

/**
 * Abbreviations that end with a dot but do not end a sentence ("Feb. 5", "U.S. officials", "Mr. Smith").
 * Kept lower-case, without the final dot.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col sgt capt maj adm cmdr brig gov sen rep rev st mt jr sr inc ltd co corp no nos vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ fig ave blvd e.g i.e etc'
  ).split(' '),
);

/** A dot after a single capital ("J.D.", "U.S.") or an abbreviation never ends a sentence by itself. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  if (/^([A-Za-z]\.)*[A-Za-z]$/.test(word)) return true; // initials and U.S / J.D
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits each body paragraph into sentences, keeping offsets into the input.
 * A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace and a capital,
 * a digit or an opening quote; abbreviations and initials do not end sentences.
 * @example splitSentences('Kyiv said. Moscow refused.', [{ start: 0, end: 26 }]).length // 2
 */
export function splitSentences(input: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const text = input.slice(p.start, p.end);
    let start = 0;
    const re = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9\u0400-\u04FF])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const endPunct = m.index + m[1].length;
      if (m[1] === '.' && isAbbreviationBefore(text, m.index)) {
        // "U.S. President": an initialism followed by a capital is not a sentence end,
        // unless the next word is clearly a sentence opener (handled by accepting the risk).
        continue;
      }
      const end = endPunct + m[2].length;
      push(out, input, p.start + start, p.start + end, paragraph);
      start = end + m[3].length;
    }
    push(out, input, p.start + start, p.end, paragraph);
  });
  return out;
}

/**
 * No real sentence is this long. A longer run (a page that is one 5 MB line, a list without
 * stops) is cut at the last whitespace before the limit, so the per-sentence passes, some of
 * which scan the sentence once per trigger, stay linear in the length of the page.
 */
export const MAX_SENTENCE_CHARS = 1000;

function push(out: Sentence[], input: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(input[start])) start++;
  while (end > start && /\s/.test(input[end - 1])) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !/\s/.test(input[cut])) cut--;
    if (!/\s/.test(input[cut])) cut = start + MAX_SENTENCE_CHARS;
    push(out, input, start, cut, paragraph);
    start = cut;
    while (start < end && /\s/.test(input[start])) start++;
  }
  if (end > start) out.push({ text: input.slice(start, end), start, end, paragraph });
}
