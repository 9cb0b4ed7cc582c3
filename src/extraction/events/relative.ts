import { DAYS_AFTER, DAYS_LATER } from '../lexicon/events-cues';
import { addDays, addMonths, monthEnd, monthStart, parseIso } from '../time/calendar';
import { SMALL_NUMBERS, spanDays } from '../time/vocabulary';
import type { Span, TimeExpr } from '../types';

/** Words between two days of one sentence that set the second in an aside on an older act (", days after the row on"). */
const ASIDE_AFTER_DAY = /^[^.;!?]*,\s+(?:(?:just|only|some|about)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+)?(?:hours|days|weeks|day|week)\s+(?:after|before)\s[^.;!?,]*$/i;

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
  const anchorDay = () => {
    const days = times.filter((t) => t.offsets && t.offsets.end <= sentence.start && t.granularity === 'day' && !t.open && t.prep !== 'until' && t.prep !== 'till');
    const [prior, last] = days.slice(-2);
    // "The US paused aid on 3 March, days after the row on 28 February. Two days later, …": a day in an aside set off after
    // the act's own day recalls an older act; the count runs from the act's day.
    if (prior?.offsets && last?.offsets && ASIDE_AFTER_DAY.test(input.slice(prior.offsets.end, last.offsets.start))) return prior;
    return last;
  };
  const later = DAYS_LATER.exec(head);
  if (later) {
    const anchor = anchorDay();
    return anchor ? shifted(anchor, (later[3].toLowerCase() === 'earlier' ? -1 : 1) * spanDays(later[1], later[2]), later[0].trim()) : null;
  }
  // The trigger must follow "after" in the same stretch of the sentence.
  // "Two days after the vote, parliament passed …": fronted, the phrase dates the main clause against an act we cannot date.
  const found = DAYS_AFTER.exec(head);
  // "A week after four U.S. citizens were abducted in Matamoros, a cartel faction apologised": the act inside a fronted
  // after-clause fell that many days before the main clause's day (the day's news when it names none).
  const fronted = frontedAfterClause(input, sentence, trigger);
  if (fronted) {
    const main = times.find((t) => t.offsets && t.offsets.start > fronted.comma && t.offsets.end <= sentence.end && t.granularity === 'day' && !t.open);
    const sign = fronted.found[3].toLowerCase() === 'before' ? 1 : -1;
    return shifted(main ?? published, sign * spanDays(fronted.found[1], fronted.found[2]), fronted.found[0].trim());
  }
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

/**
 * After the comma that closes a fronted "a week after …" clause: the main clause, with its subject and verb (not a
 * reporting clause, "the ministry said on Monday", nor a participle, "demanding a recount": the comma closed no clause then).
 */
const MAIN_AFTER = /^,\s+(?!(?:[\w'’-]+\s+){0,5}?(?:said|says|told|reported|added|according)\b)(?![a-z]+ing\b)[^,;.]{0,80}?\b(?:[a-z]+ed|was|were|is|are|has|have|had|began|came|went|held|took|met|made|gave|left|fled|won|lost)\b/;

/**
 * The trigger inside a fronted, counted "N days after …" clause that a comma closes before a main clause: the
 * "N days after" match and the comma's offset. Null when the sentence is not told so.
 */
function frontedAfterClause(input: string, sentence: Span, trigger: Span): { found: RegExpExecArray; comma: number } | null {
  const head = input.slice(sentence.start, trigger.start);
  const found = DAYS_AFTER.exec(head);
  if (!found?.[1] || head.slice(0, found.index).trim() !== '' || /[,;]/.test(head.slice(found.index))) return null;
  const at = input.slice(trigger.end, sentence.end).search(/,\s/);
  if (at < 0 || !MAIN_AFTER.test(input.slice(trigger.end + at, sentence.end))) return null;
  return { found, comma: trigger.end + at };
}

/** "Two days after police detained the activist, hundreds rallied on Sunday": the act is dated against the main clause's day. */
export function insideFrontedAfter(input: string, sentence: Span, trigger: Span, own: TimeExpr | null): boolean {
  const fronted = frontedAfterClause(input, sentence, trigger);
  // ("A week after the March 3 strike on Lviv, …": an act with its own day in the clause keeps it.)
  return fronted != null && !(own?.offsets && own.offsets.start < fronted.comma);
}

/** ", a day after": set off after a day named just before it. */
const SET_OFF_AFTER = /,\s+(?:(?:just|only)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(after|before)\s/gi;

/**
 * "The curfew was lifted on Saturday, a day after a protest turned violent": the act told after a day
 * and a set-off "a day after" fell that many days before the day named. Null when not told so.
 */
export function setOffAfter(input: string, sentence: Span, trigger: Span, times: TimeExpr[]): TimeExpr | null {
  const head = input.slice(sentence.start, trigger.start);
  if (!/\s(?:after|before)\s/i.test(head)) return null;
  const found = lastSetOff(head, SET_OFF_AFTER);
  if (!found) return null;
  const at = sentence.start + found.index;
  const day = times.find((t) => t.offsets && t.offsets.start >= sentence.start && t.offsets.end <= at && t.granularity === 'day' && !t.open && /^\s*$/.test(input.slice(t.offsets.end, at)));
  if (!day) return null;
  const sign = found[3].toLowerCase() === 'before' ? 1 : -1;
  return shifted(day, sign * spanDays(found[1], found[2]), found[0].slice(1).trim());
}

const SET_OFF_MONTHS = /,\s+(?:(?:just|only|some|about)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months?\s+(after|before)\s/gi;

/**
 * "The men were captured in October 2024 near Lyubimovka, two months after Ukrainian units crossed into Kursk region":
 * the act told after the set-off fell that many months before the month the sentence names. Null when not told so.
 */
export function monthsOffAfter(input: string, sentence: Span, trigger: Span, times: TimeExpr[]): TimeExpr | null {
  const head = input.slice(sentence.start, trigger.start);
  const found = lastSetOff(head, SET_OFF_MONTHS);
  if (!found) return null;
  const at = sentence.start + found.index;
  // "two months after the December 29 attack": the event's own time, told after the set-off, dates it.
  if (times.some((t) => t.offsets && t.offsets.start >= at + found[0].length && t.offsets.end <= sentence.end)) return null;
  const named = times.filter((t) => t.offsets && t.offsets.start >= sentence.start && t.offsets.end <= at && (t.granularity === 'day' || t.granularity === 'month') && !t.open).pop();
  if (!named) return null;
  const n = SMALL_NUMBERS[found[1].toLowerCase()] ?? Number(found[1]);
  const { y, m } = parseIso(named.start);
  const p = parseIso(addMonths(monthStart(y, m), (found[2].toLowerCase() === 'before' ? 1 : -1) * n));
  return { start: monthStart(p.y, p.m), end: monthEnd(p.y, p.m), granularity: 'month', source: 'relative', text: found[0].slice(1).trim() };
}

const YEARS_AFTER = /\b(?:(?:nearly|almost|more than|over|about|some|roughly|just over|just under)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+years?\s+(?:after|since)\s/gi;

/**
 * "… meant to keep the state running nearly two years after Russia launched its full-scale invasion": the act told right after
 * "N years after" fell about that many years before the day the sentence names (or publication): its year. Null when not told so.
 */
export function yearsOffAfter(input: string, sentence: Span, trigger: Span, times: TimeExpr[], published: TimeExpr): TimeExpr | null {
  const head = input.slice(sentence.start, trigger.start);
  const found = lastSetOff(head, YEARS_AFTER);
  // ("Two years after the invasion Russia struck Kyiv": fronted, the phrase times the main clause against another act.)
  if (!found || head.slice(0, found.index).trim() === '') return null;
  const at = sentence.start + found.index;
  if (times.some((t) => t.offsets && t.offsets.start >= at && t.offsets.end <= sentence.end)) return null;
  const named = times.filter((t) => t.offsets && t.offsets.start >= sentence.start && t.offsets.end <= at && t.granularity === 'day' && !t.open).pop() ?? published;
  const n = SMALL_NUMBERS[found[1].toLowerCase()] ?? Number(found[1]);
  const y = parseIso(named.start).y - n;
  return { start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', source: 'relative', text: found[0].trim() };
}

/**
 * The last set-off ("…, a day after", "…, two months after") in the words before the trigger, when the trigger's
 * clause follows it directly. "On Monday, two days after the election, protesters rallied": an aside closed before
 * the act dates nothing.
 */
function lastSetOff(head: string, re: RegExp): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const m of head.matchAll(re)) found = m as RegExpExecArray;
  if (!found || head.length - (found.index + found[0].length) > 80 || /[.;,]/.test(head.slice(found.index + found[0].length))) return null;
  return found;
}
