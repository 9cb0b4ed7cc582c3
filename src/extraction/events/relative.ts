import { DAYS_AFTER, DAYS_LATER } from '../lexicon/events-cues';
import { addDays, monthEnd, monthStart, parseIso } from '../time/calendar';
import { spanDays } from '../time/vocabulary';
import type { Span, TimeExpr } from '../types';

/** The subject "came" that many days after another act ("The swap came two days after …"). */
const COME_BEFORE = /\b(?:came|comes|happened|took place|followed|was)\s+$/i;
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
  const later = DAYS_LATER.exec(head);
  if (later) {
    const anchor = anchorDay();
    return anchor ? shifted(anchor, (later[3].toLowerCase() === 'earlier' ? -1 : 1) * spanDays(later[1], later[2]), later[0].trim()) : null;
  }
  // The trigger must follow "after" in the same stretch of the sentence.
  // "Two days after the vote, parliament passed …": fronted, the phrase dates the main clause against an act we cannot date.
  const found = DAYS_AFTER.exec(head);
  // "The swap came two days after X hit Y" (any trigger, counted); "held … nine days after Putin ordered …" (a verb, not fronted).
  const came = found != null && found[1] !== '' && COME_BEFORE.test(head.slice(0, found.index));
  const after = found && (came || (verb && head.slice(0, found.index).trim() !== '')) ? found : null;
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
  return shifted(own ?? published, sign * spanDays(after[1], after[2]), after[0].trim());
}
