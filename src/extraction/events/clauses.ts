import type { Span } from '../types';

/** Where a clause ends inside a sentence: semicolons, dashes, and commas before a subordinating word. */
const BOUNDARY = /;|:\s|\s[—–]\s|,\s+(?=(?:but|while|whereas|although|though|when|as|after|before|which|who|where|urging|saying|adding|leading|including|with|amid|following|and then|even)\b)|,\s+(?=\w+ing\b)|\s+(?=but\b)/g;

/** Clause spans of a sentence (offsets relative to it). */
export function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The clause that contains offset `at`. */
export function clauseAt(spans: Span[], at: number): Span {
  return spans.find((c) => at >= c.start && at < c.end) ?? spans[spans.length - 1];
}
