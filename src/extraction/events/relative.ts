import { CAME_DAYS_AFTER, DAYS_AFTER_VERB, DAYS_LATER } from '../lexicon/events-cues';
import { addDays, monthEnd, monthStart, parseIso } from '../time/calendar';
import type { Span, TimeExpr } from '../types';

const WORD_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const count = (n: string, unit: string): number => {
  const v = WORD_NUMBERS[n.toLowerCase()] ?? Number(n);
  return /^week/i.test(unit) ? 7 * v : /^hour/i.test(unit) ? Math.round(v / 24) : v;
};
const SAME_DAY = /\b(?:(?:on\s+)?the same day|that same day|later that day|earlier that day)\b/i;
const shifted = (t: TimeExpr, days: number, text: string): TimeExpr =>
  ({ start: addDays(t.start, days), end: addDays(t.start, days), granularity: 'day', source: 'relative', text });

/**
 * Dates told against another event: "A day later, X hosted Y" is the day after the last day named
 * before the sentence; "The swap came two days after X hit Y" dates X two days before the swap
 * (the day's news unless the subject names its own day). Null when the sentence is not told so.
 */
export function relativeToEvent(input: string, sentence: Span, trigger: Span, times: TimeExpr[], published: TimeExpr, verb = false): TimeExpr | null {
  const head = input.slice(sentence.start, trigger.start);
  const anchorDay = () => times.filter((t) => t.offsets && t.offsets.end <= sentence.start && t.granularity === 'day' && !t.open && t.prep !== 'until' && t.prep !== 'till').pop();
  // "The regulator blocked access to Facebook the same day": the last day named before.
  const same = SAME_DAY.exec(input.slice(sentence.start, sentence.end));
  if (same) {
    const anchor = anchorDay();
    return anchor ? shifted(anchor, 0, same[0]) : null;
  }
  const later = DAYS_LATER.exec(head);
  if (later) {
    const anchor = anchorDay();
    return anchor ? shifted(anchor, (later[3].toLowerCase() === 'earlier' ? -1 : 1) * count(later[1], later[2]), later[0].trim()) : null;
  }
  // The trigger must follow "after" in the same stretch of the sentence.
  // "Two days after the vote, parliament passed …": fronted, the phrase dates the main clause against an act we cannot date.
  const verbAfter = verb ? DAYS_AFTER_VERB.exec(head) : null;
  const after = CAME_DAYS_AFTER.exec(head) ?? (verbAfter && head.slice(0, verbAfter.index).trim() !== '' ? verbAfter : null);
  if (!after || head.length - (after.index + after[0].length) > 80 || /[.;]/.test(head.slice(after.index))) return null;
  const cut = sentence.start + after.index;
  const own = times.find((t) => t.offsets && t.offsets.start >= sentence.start && t.offsets.end <= cut && t.granularity === 'day');
  const sign = after[3].toLowerCase() === 'before' ? 1 : -1;
  // "came days after X ordered …": some days, no number: the month it fell in.
  if (!after[1]) {
    const t = shifted(own ?? published, sign * (/^week/i.test(after[2]) ? 14 : 3), after[0].trim());
    const p = parseIso(t.start);
    return { ...t, start: monthStart(p.y, p.m), end: monthEnd(p.y, p.m), granularity: 'month' };
  }
  return shifted(own ?? published, sign * count(after[1], after[2]), after[0].trim());
}
