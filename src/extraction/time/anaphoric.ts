import { addDays, addMonths, monthEnd, monthStart, parseIso } from './calendar';
import { SMALL_NUMBERS, spanDays } from './vocabulary';
import type { Granularity } from '../types';

/** The last day (or week) named before an expression: what "that evening" or "two days earlier" counts from. */
export interface DayAnchor {
  start: string;
  granularity: Granularity;
}

/**
 * Days told against the day named before them: "that evening", "the same day", "later that night", "that same month"
 * (the same day); "the next day", "the following morning" (+1); "the day before", "the previous
 * day" (−1); "two days earlier", "a week later" (±n); "two months later" (the month that many months on). "two days before the vote" counts from the
 * vote, not from the day named before, so a "before/after" with an object is left alone.
 */
export const ANAPHORIC_DAY =
  /\b(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the same|that same|this same)\s+(?:day|evening|night|morning|afternoon)\b|\b(?:in\s+)?(?:that same|the same)\s+month(?![\w-])(?!\s+(?:of|in)\s+\d{4}|\s+(?:last|the previous|a)\s+year|\s+a\s+year\s+(?:earlier|ago|before))|\b(?:hours|minutes|moments)\s+(?:earlier|later)\b(?!\s+(?:the|a|an|his|her|their|its|this|that|[A-Z\d]))|\b(?:on\s+)?the\s+(?:same\s+)?day\s+of\s+the\s+(?:verdict|sentencing|ruling|trial|hearing|vote|funeral|election|summit|attack|strike|swap|exchange|handover)\b|\bthe\s+(?:next|following)\s+(?:day|morning|evening|night|afternoon)\b|\bthe\s+(?:day|evening|night)\s+before\b(?!\s+(?:the|a|an|his|her|their|its|[A-Z\d]))|\bthe\s+previous\s+(?:day|evening|night)\b|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?)\s+(earlier|later|before(?!\s+(?:the|a|an|his|her|their|its|this|that|[A-Z\d])))\b/gi;

/** The day an anaphoric expression names, counted from the anchor (the publication day when none). */
export function resolveAnaphoricDay(m: RegExpExecArray, anchor: DayAnchor): { start: string; end: string; granularity: Granularity } {
  const text = m[0].toLowerCase();
  // "That same month the Treasury placed sanctions": the month of the day named before.
  if (/\bmonth$/.test(text)) {
    const { y, m: month } = parseIso(anchor.start);
    return { start: monthStart(y, month), end: monthEnd(y, month), granularity: 'month' };
  }
  // "two months later": the month that many months from the anchor's.
  if (m[1] && /^month/i.test(m[2])) {
    const n = SMALL_NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const from = parseIso(anchor.start);
    const { y, m: month } = parseIso(addMonths(monthStart(from.y, from.m), m[3].toLowerCase() === 'later' ? n : -n));
    return { start: monthStart(y, month), end: monthEnd(y, month), granularity: 'month' };
  }
  let shift = 0;
  if (m[1]) {
    const days = spanDays(m[1], m[2]);
    shift = m[3].toLowerCase() === 'later' ? days : -days;
  } else if (/\b(?:next|following)\b/.test(text)) shift = 1;
  else if (/\b(?:before|previous)\b/.test(text)) shift = -1;
  const d = addDays(anchor.start, shift);
  // Counted from a month ("in early June … three days later"), the day is only known to its month.
  if (anchor.granularity === 'month') {
    const { y, m: month } = parseIso(Math.abs(shift) < 7 ? anchor.start : d);
    return { start: monthStart(y, month), end: monthEnd(y, month), granularity: 'month' };
  }
  // Counted from a week ("last week … two days later"), the day is only known to that week.
  return { start: d, end: d, granularity: anchor.granularity === 'week' ? 'week' : 'day' };
}
