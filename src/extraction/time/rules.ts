import {
  addDays, addMonths, iso, isValidDay, monthEnd, monthStart, orthodoxEaster, parseIso, weekday, weekStart,
  westernEaster,
} from './calendar';
import {
  FUTURE_CLAUSE_CUE, FUTURE_CUE, MONTH_RE, SEASON_RE, SEASONS, SMALL_NUMBERS, WEEKDAY_RE, WEEKDAYS, monthNumber,
} from './vocabulary';
import type { DateSource, Granularity } from '../types';

/** What a rule resolves a match to; the caller adds text and offsets. */
export interface Resolved {
  start: string;
  end: string;
  granularity: Granularity;
  source: DateSource;
  open?: boolean;
  /** A year this expression names, for a later "that year". */
  year?: number;
}

export interface RuleContext {
  pub: string;
  /** The last year named earlier in the article ("in the autumn of that year"). */
  lastYear: number | null;
  /** Sentence text before the match: future cues ("will", "until") turn off the past bias. */
  before: string;
  /** Sentence text after the match ("Monday would be a day of mourning"). */
  after?: string;
  /** The last day named before this sentence ("Days later, on March 1" follows it). */
  lastDay?: string;
}

export interface TimeRule {
  id: string;
  /** A cheap test the sentence must pass before the rule's pattern runs. */
  gate: RegExp;
  re: RegExp;
  resolve(m: RegExpExecArray, ctx: RuleContext): Resolved | null;
}

/** "November 10 of that year": the year named before, or one counted from publication. */
const OF_YEAR = '\\s+of\\s+(that|the same|the previous|the following|last|this|next)\\s+year\\b';

function namedYear(word: string | undefined, ctx: RuleContext): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  const { y } = parseIso(ctx.pub);
  const base = ctx.lastYear ?? y;
  const year = w === 'last' ? y - 1 : w === 'this' ? y : w === 'next' ? y + 1 : w === 'the previous' ? base - 1 : w === 'the following' ? base + 1 : ctx.lastYear;
  return year == null ? undefined : String(year);
}

/** Between the first and last day of a run: "11-12", "6 and 7", "25 to 27". */
const DAY_RUN = '(?:\\s*[-–]\\s*|\\s+(?:to|and|through)\\s+)';
const PREP = '(?:(in|on|since|from|until|till|by|during|through|throughout|before|after|of|as of)\\s+)?';
const day = (d: string, source: DateSource, year?: number): Resolved => ({ start: d, end: d, granularity: 'day', source, year });
const month = (y: number, m: number, source: DateSource): Resolved => ({
  start: monthStart(y, m), end: monthEnd(y, m), granularity: 'month', source, year: y,
});
const yearOf = (y: number, source: DateSource): Resolved => ({
  start: iso(y, 1, 1), end: iso(y, 12, 31), granularity: 'year', source, year: y,
});

/** Words setting a deadline ahead: "proposed a meeting before the end of August", "agreed to … by the end of January". */
const DEADLINE_SET = /\b(?:propos\w*|agree\w*|demand\w*|call\w*\s+for|urg\w*|aim\w*|plan\w*|want\w*|expect\w*|hop\w*|pledg\w*|promis\w*|deadline)\b[^.;]*$/i;

/** A future cue close before the time, or anywhere in its clause ("which will be adopted by ministers at a meeting in Luxembourg on Monday"). */
function future(ctx: RuleContext): boolean {
  // "Canada will provide …, Carney said on Sunday": the day of saying is past.
  if (/\b(?:said|says|told|announced|added|stated|confirmed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(ctx.before)) return false;
  // The time's own clause: after the last comma, and after "that/which/who" ("will sign the law that parliament passed in March")
  // or "after" ("said it was ready to accept a truce after talks in Jeddah on Tuesday": the talks came before).
  // ("a summit of the Community of Latin American and Caribbean States (Celac) in Tegucigalpa on 9 April": a bracketed name is no clause edge.)
  // ("is due to meet Benny Gantz, a member of the war cabinet, at the White House on Monday": an apposition set off by commas is no clause edge either.)
  const clause = /[^,;:()]*$/.exec(ctx.before.slice(-200).replace(/\([^()]{0,40}\)/g, '').replace(/(?<=[A-Z][\w'’.-]*|["”]),\s+(?:a|an|the)\s(?![^,;:]*\b(?:said|says|told|added|reported|announced|stated)\b)[^,;:]{1,70},/g, ''))![0].split(/\b(?:that|which|who|whom|after|following)\b/i).pop()!;
  const near = ctx.before.slice(-70).split(/\b(?:that|which|who|whom|after|following)\s/i).pop()!;
  // "On 17 October, Zelenskyy is due to present the plan": a day opening the sentence is ahead when its clause is.
  const opening = /^\W*(?:on\s+)?$/i.test(ctx.before) && FRONTED_AHEAD.test(ctx.after ?? '');
  return FUTURE_CUE.test(near) || FUTURE_CUE.test(clause) || FUTURE_CLAUSE_CUE.test(clause) || opening;
}

/** The subject and a future cue right after a day set off at the sentence's start. */
const FRONTED_AHEAD = /^,\s+(?:(?!(?:said|says|told|announced|added)\b)[\w'’.-]+\s+){1,4}?(?:will\b|(?:is|are)\s+(?:due|expected|scheduled|set|slated|to)\b)/i;

/** Open range when the expression follows "since": it runs to the publication date. */
function withPrep(r: Resolved | null, prep: string | undefined, pub: string): Resolved | null {
  if (!r || prep?.toLowerCase() !== 'since') return r;
  return { ...r, end: pub, open: true };
}

/**
 * Year-less month-day: the last such day on or before publication, unless the text looks ahead.
 * A weekday named with it ("on Monday, June 2") picks the year whose calendar agrees; "weeks later,
 * on September 17" after a year named before stays in that year.
 */
export function resolveMonthDay(m: number, d: number, ctx: RuleContext): string | null {
  const { y: py } = parseIso(ctx.pub);
  if (!isValidDay(py, m, d) && !isValidDay(py - 1, m, d)) return null;
  const named = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday),?\s+$/i.exec(ctx.before);
  if (named) {
    const wd = WEEKDAYS[named[1].toLowerCase()];
    const fits = [py, py - 1, py + 1].filter((yy) => isValidDay(yy, m, d) && weekday(iso(yy, m, d)) === wd);
    if (fits.length === 1) return iso(fits[0], m, d);
  }
  if (ctx.lastYear != null && ctx.lastYear < py && LATER_ON.test(ctx.before.slice(-60)) && isValidDay(ctx.lastYear, m, d)) {
    // "in late November 2024 … Days later, on March 1": later than the day before it, so the next year.
    const later = ctx.lastDay != null && iso(ctx.lastYear, m, d) < ctx.lastDay && isValidDay(ctx.lastYear + 1, m, d) && iso(ctx.lastYear + 1, m, d) <= ctx.pub;
    return iso(ctx.lastYear + (later ? 1 : 0), m, d);
  }
  let y = py;
  const cand = iso(y, m, d);
  // "declared November 19 a day of mourning" in a November 18 paper: a day just ahead is this year's.
  if (cand > ctx.pub && !future(ctx) && !(cand <= addDays(ctx.pub, 3) && DECLARED_DAY.test(ctx.before))) y -= 1;
  return isValidDay(y, m, d) ? iso(y, m, d) : null;
}

/** "declared November 19 a day of mourning": a day named by a decision may lie just ahead. */
const DECLARED_DAY = /\b(?:declared|declares|designated|proclaimed|named|set)\s+$/i;

/** "Weeks later, on September 17": a day told after an earlier one, in its year. */
const LATER_ON = /\b(?:days|weeks|months|a\s+(?:day|week|month)|shortly|soon)\s+(?:later|afterwards?)\b/i;

/** Year-less month: the last such month on or before publication ("in July"); `strict` for "last July". */
function resolveMonth(m: number, ctx: RuleContext, strict: boolean): number {
  const { y, m: pm } = parseIso(ctx.pub);
  if (strict) return m < pm ? y : y - 1;
  // Looking ahead, a month already past this year is next year's ("will start from January" in December).
  if (future(ctx)) return m < pm ? y + 1 : y;
  return m <= pm ? y : y - 1;
}

function seasonRange(season: string, y: number): Resolved {
  const first = SEASONS[season.toLowerCase()].first;
  const start = iso(y, first, 1);
  const last = addDays(addMonths(start, 3), -1);
  return { start, end: last, granularity: 'season', source: 'explicit', year: y };
}

function countWord(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : SMALL_NUMBERS[w.toLowerCase().replace(/^a few$/, 'few')] ?? 1;
}

const HOLIDAYS: Record<string, (y: number, orthodox: boolean) => string> = {
  'palm sunday': (y, o) => addDays(o ? orthodoxEaster(y) : westernEaster(y), -7),
  easter: (y, o) => (o ? orthodoxEaster(y) : westernEaster(y)),
  'easter sunday': (y, o) => (o ? orthodoxEaster(y) : westernEaster(y)),
  'good friday': (y, o) => addDays(o ? orthodoxEaster(y) : westernEaster(y), -2),
  christmas: (y, o) => (o ? iso(y, 1, 7) : iso(y, 12, 25)),
  'christmas day': (y, o) => (o ? iso(y, 1, 7) : iso(y, 12, 25)),
  'christmas eve': (y, o) => (o ? iso(y, 1, 6) : iso(y, 12, 24)),
  "new year's day": (y) => iso(y, 1, 1),
  "new year's eve": (y) => iso(y, 12, 31),
  'boxing day': (y) => iso(y, 12, 26),
};

export const TIME_RULES: TimeRule[] = [
  {
    id: 'time.day-month-year',
    gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: new RegExp(`\\b${PREP}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})|${OF_YEAR})?(?![\\w-])`, 'g'),
    resolve: (m, ctx) => monthDay(Number(m[2]), m[3], m[4] ?? namedYear(m[5], ctx), m[1], ctx),
  },
  {
    id: 'time.month-day-year',
    gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: new RegExp(`\\b${PREP}(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(\\d{4})(?!\\d)|${OF_YEAR})?`, 'g'),
    resolve: (m, ctx) => monthDay(Number(m[3]), m[2], m[4] ?? namedYear(m[5], ctx), m[1], ctx),
  },
  {
    // "on 11-12 June", "June 11–12, 2024", "on 6 and 7 June", "March 25 to 27, 2022": a run of days starts on its first day.
    id: 'time.day-range',
    gate: /\d\s*(?:[-–]|\s(?:to|and|through)\s)\s*\d/,
    re: new RegExp(`\\b${PREP}(?:(\\d{1,2})${DAY_RUN}(\\d{1,2})\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(\\d{1,2})${DAY_RUN}(\\d{1,2}))(?!\\d|:\\d|\\s*(?:%|per\\s*cent|percent)|\\s+(?!(?:in|at|on|when|and|as|after|before|during|while|with|to|for|that|the|a|an|this|last|next)\\b)[a-z])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
    resolve: (m, ctx) => {
      const [a, b, word] = m[2] ? [Number(m[2]), Number(m[3]), m[4]] : [Number(m[6]), Number(m[7]), m[5]];
      if (b <= a || b > 31) return null;
      const first = monthDay(a, word, m[8], m[1], ctx);
      const last = monthDay(b, word, m[8], undefined, ctx);
      return first && last ? { ...first, end: last.end > first.end ? last.end : first.end } : null;
    },
  },
  {
    // "on the 15th": a day of the month, the last one on or before publication (unless the text looks ahead).
    id: 'time.day-of-month',
    gate: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/,
    re: new RegExp(`\\b(on|since|until|by|from)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(this|last|next)\\s+month)?\\b(?!\\s+(?:of\\s+)?(?:${MONTH_RE}|century|anniversary|day|days|night|nights|time|times|round|package|session|meeting|floor|minute|hour|week|month|year|birthday|summit|consecutive|straight|attempt|wave|convocation|congress|brigade|army|division)\\b)`, 'gi'),
    resolve: (m, ctx) => {
      const d = Number(m[2]);
      const { y, m: pm, d: pd } = parseIso(ctx.pub);
      // "on the 18th of this month", "the 3rd of last month": the month is told.
      if (m[3]) {
        const shift = { this: 0, last: -1, next: 1 }[m[3].toLowerCase() as 'this' | 'last' | 'next'];
        const [yy, mm] = pm + shift < 1 ? [y - 1, 12] : pm + shift > 12 ? [y + 1, 1] : [y, pm + shift];
        return isValidDay(yy, mm, d) ? withPrep(day(iso(yy, mm, d), 'relative'), m[1], ctx.pub) : null;
      }
      // "In August, Ukraine brought home 84 people on the 14th": the month named before in the sentence.
      const named = [...ctx.before.matchAll(new RegExp(`\\b(${MONTH_RE})\\b`, 'g'))].pop();
      const mo = named ? monthNumber(named[1]) : null;
      if (mo) {
        const yy = mo <= pm || future(ctx) ? y : y - 1;
        return isValidDay(yy, mo, d) ? withPrep(day(iso(yy, mo, d), 'relative'), m[1], ctx.pub) : null;
      }
      const ahead = future(ctx);
      let [yy, mm] = [y, pm];
      if (!ahead && d > pd) [yy, mm] = pm === 1 ? [y - 1, 12] : [y, pm - 1];
      if (ahead && d < pd) [yy, mm] = pm === 12 ? [y + 1, 1] : [y, pm + 1];
      // "the 30th" in early March: the last month that has one.
      if (!isValidDay(yy, mm, d) && !ahead) [yy, mm] = mm === 1 ? [yy - 1, 12] : [yy, mm - 1];
      return isValidDay(yy, mm, d) ? withPrep(day(iso(yy, mm, d), 'relative'), m[1], ctx.pub) : null;
    },
  },
  {
    id: 'time.numeric-date',
    gate: /\d[./-]\d/,
    re: /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      let y: number, mo: number, d: number;
      if (m[5]) [y, mo, d] = [Number(m[5]), Number(m[6]), Number(m[7])];
      else {
        const a = Number(m[1]);
        const b = Number(m[3]);
        y = Number(m[4]);
        // Slashes read month-first (US) unless the first number cannot be a month; dots read day-first.
        [mo, d] = m[2] === '/' && a <= 12 ? [a, b] : [b, a];
      }
      return isValidDay(y, mo, d) ? day(iso(y, mo, d), 'explicit', y) : null;
    },
  },
  {
    // "between March and May last year", "from October 2023 to March 2024": the run starts in its first month.
    id: 'time.month-range',
    gate: /\b(?:between|from)\s/i,
    re: new RegExp(`(?<=\\b(?:[Bb]etween|[Ff]rom)\\s+(?:(?:early|mid|late)[-\\s]+)?)(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?\\s+(?:and|to|until|through)\\s+(?:(?:early|mid|late)[-\\s]+)?(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d)|\\s+(last|this)\\s+year)?(?![\\w-]|\\s+\\d)`, 'g'),
    resolve: (m, ctx) => {
      const [first, last] = [monthNumber(m[1]), monthNumber(m[3])];
      if (!first || !last) return null;
      const { y } = parseIso(ctx.pub);
      // A year told after the run is its last month's; with none, the run starts in the last such first month (a run may reach past today).
      const told = m[4] ? Number(m[4]) : m[5] ? (m[5].toLowerCase() === 'last' ? y - 1 : y) : null;
      const firstYear = m[2] ? Number(m[2]) : told != null ? (first <= last ? told : told - 1) : resolveMonth(first, ctx, false);
      const lastYear = told ?? (first <= last ? firstYear : firstYear + 1);
      if (firstYear > lastYear) return null;
      const end = month(lastYear, last, 'relative').end;
      return { ...month(firstYear, first, m[2] || m[4] ? 'explicit' : 'relative'), end };
    },
  },
  {
    id: 'time.month-year',
    gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    re: new RegExp(`\\b${PREP}(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[-\\s]+)?(${MONTH_RE})(?:\\s+of)?,?\\s+((?:19|20)\\d\\d)(?!\\d|,\\d)`, 'g'),
    resolve: (m, ctx) => withPrep(month(Number(m[3]), monthNumber(m[2]) ?? 1, 'explicit'), m[1], ctx.pub),
  },
  {
    // "on Aug. 6 last year", "on 6 August this year".
    id: 'time.month-day-relative-year',
    gate: / year\b/,
    re: new RegExp(`\\b${PREP}(?:(${MONTH_RE})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_RE}))(?:st|nd|rd|th)?,?\\s+(last|this|next)\\s+year\\b`, 'g'),
    resolve: (m, ctx) => {
      const mo = monthNumber(m[2] ?? m[5]);
      const d = Number(m[3] ?? m[4]);
      const { y } = parseIso(ctx.pub);
      const year = m[6].toLowerCase() === 'last' ? y - 1 : m[6].toLowerCase() === 'next' ? y + 1 : y;
      return mo && isValidDay(year, mo, d) ? withPrep(day(iso(year, mo, d), 'explicit', year), m[1], ctx.pub) : null;
    },
  },
  {
    // "in April last year", "March of this year", "(in) May the previous year".
    id: 'time.month-of-relative-year',
    gate: / year\b/,
    re: new RegExp(`\\b${PREP}(?:(?:early|mid|late)[-\\s]+)?(${MONTH_RE})(?:\\s+of)?,?\\s+(last|this|next|that|the previous|the following|the same)\\s+year\\b`, 'g'),
    resolve: (m, ctx) => {
      const mo = monthNumber(m[2]);
      if (!mo) return null;
      const { y } = parseIso(ctx.pub);
      const which = m[3].toLowerCase();
      const base = which === 'that' || which === 'the same' ? ctx.lastYear : which === 'the previous' ? (ctx.lastYear ?? y) - 1 : which === 'the following' ? (ctx.lastYear ?? y) + 1 : null;
      const year = which === 'last' ? y - 1 : which === 'next' ? y + 1 : which === 'this' ? y : base;
      return year == null ? null : withPrep(month(year, mo, 'relative'), m[1], ctx.pub);
    },
  },
  {
    id: 'time.month-relative',
    gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    // The cue may open the sentence ("In June, …", "Since February, …"); month names stay capitalised.
    re: new RegExp(`\\b([Ii]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hrough|[Tt]hroughout|of|[Ii]n early|[Ii]n late|[Ii]n mid)[-\\s]+(?:(?:early|mid|late)[-\\s]+)?(${MONTH_RE})(?![\\w-]|\\s+\\d)`, 'g'),
    resolve: (m, ctx) => {
      const mo = monthNumber(m[2]);
      if (!mo) return null;
      const mod = m[1].toLowerCase();
      const { y } = parseIso(ctx.pub);
      if (mod === 'next') return month(mo > parseIso(ctx.pub).m ? y : y + 1, mo, 'relative');
      if (mod === 'this') return month(y, mo, 'relative');
      // "proposed a meeting before the end of August", "agreed to exchange all prisoners by the end of January": a deadline set
      // ahead is the next such month ("By the end of August, forces had captured the town" stays behind).
      if (mod === 'of' && /\b(?:before|by|until|till)\s+the\s+end\s+$/i.test(ctx.before) && (future(ctx) || DEADLINE_SET.test(ctx.before))) {
        return month(mo >= parseIso(ctx.pub).m ? y : y + 1, mo, 'relative');
      }
      const r = month(resolveMonth(mo, ctx, mod === 'last'), mo, 'relative');
      return withPrep(r, mod, ctx.pub);
    },
  },
  {
    id: 'time.month-attributive',
    gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
    // "blocked the package at a December summit": a month naming an event's time ("since the October election" is a bound: no time).
    re: new RegExp(`(?<=\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s)(?<!\\b(?:[Ss]ince|[Bb]efore|[Aa]fter|[Aa]head of|[Uu]ntil|[Tt]ill|[Ff]ollowing|[Bb]y|[Ff]rom|[Dd]uring)\\s+(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s)(${MONTH_RE})(?=\\s+(?:[a-z]+\\s+)?(?:summit|meeting|vote|election|elections|referendum|attack|offensive|ruling|visit|talks|protests?|rally|raid|swap|exchange|ceasefire|truce|session|congress|conference|poll|decree|coup|uprising|crackdown)\\b)`, 'g'),
    resolve: (m, ctx) => {
      const mo = monthNumber(m[1]);
      return mo ? month(resolveMonth(mo, ctx, false), mo, 'relative') : null;
    },
  },
  {
    id: 'time.season',
    gate: /spring|summer|autumn|fall|winter/i,
    re: new RegExp(`\\b${PREP}(?:(last|this|next|early|late|the|in the)\\s+)?(${SEASON_RE})(?:\\s+of)?(?:\\s+((?:19|20)\\d\\d|that year|the same year|last year|this year))?\\b`, 'gi'),
    resolve: (m, ctx) => {
      const mod = m[2]?.toLowerCase();
      const yearText = m[4]?.toLowerCase();
      if (!mod && !yearText && !m[1]) return null;
      // "cover the winter energy bills", "the summer was hot": "the" season with no preposition or year is a noun, not a time.
      if (mod === 'the' && !m[1] && !yearText && !/\b(?:over|across|into|for)\s+$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return null;
      if (m[3].toLowerCase() === 'fall' && !yearText && !mod) return null;
      const { y: py } = parseIso(ctx.pub);
      let y: number | null = null;
      if (yearText && /^\d/.test(yearText)) y = Number(yearText);
      else if (yearText === 'that year' || yearText === 'the same year') y = ctx.lastYear;
      else if (yearText === 'last year') y = py - 1;
      else if (yearText === 'this year' || mod === 'this') y = py;
      else if (mod === 'next') y = py + 1;
      if (y == null) {
        // Most recent such season that began on or before publication (strictly ended, for "last").
        y = py;
        const startsAfter = (yy: number) => seasonRange(m[3], yy).start > ctx.pub;
        const notEnded = (yy: number) => seasonRange(m[3], yy).end >= ctx.pub;
        while (startsAfter(y) || (mod === 'last' && notEnded(y))) y -= 1;
      }
      const r = seasonRange(m[3], y);
      return withPrep({ ...r, source: yearText && /^\d/.test(yearText) ? 'explicit' : 'relative' }, m[1], ctx.pub);
    },
  },
  {
    id: 'time.decade',
    gate: /\d0'?s\b/,
    re: /\b(?:(in|since|during|by|until|of)\s+)?(?:the\s+)?(?:(early|mid|late)[-\s]+)?((?:19|20)\d0)'?s\b/g,
    resolve: (m, ctx) => {
      const y = Number(m[3]);
      return withPrep({ start: iso(y, 1, 1), end: iso(y + 9, 12, 31), granularity: 'decade', source: 'explicit' }, m[1], ctx.pub);
    },
  },
  {
    id: 'time.year',
    gate: /(?:19|20)\d\d/,
    // ("Decree 70/2023", "Resolution 2231/2015": a number's tail after a slash is no year of its own.)
    re: /\b(?:(in|since|from|until|till|by|of|during|before|after|throughout|early|late|mid|the end of|the start of|the beginning of)[-\s]+)?(?<!\d\/)((?:19|20)\d\d)(?![\d,.%]\d|[\d%]|-year|\s*(?:%|percent|per cent))/g,
    resolve: (m, ctx) => withPrep(yearOf(Number(m[2]), 'explicit'), m[1], ctx.pub),
  },
  {
    id: 'time.that-year',
    gate: / year\b/,
    re: /\b(in|of|during|by|later|earlier|since)\s+(?:that|the same)\s+year\b/g,
    resolve: (m, ctx) => (ctx.lastYear == null ? null : withPrep({ ...yearOf(ctx.lastYear, 'relative'), year: undefined }, m[1], ctx.pub)),
  },
  {
    id: 'time.holiday',
    gate: /Sunday|Easter|Friday|Christmas|New Year|Boxing Day/,
    // "an Easter truce", "a Christmas message": the holiday names a thing, not the day.
    re: /\b(?:(the eve of|the day before)\s+)?(Orthodox\s+)?(Palm Sunday|Easter Sunday|Easter|Good Friday|Christmas Day|Christmas Eve|Christmas|New Year's Day|New Year's Eve|Boxing Day)\b(?!\s+(?:truce|ceasefire|pause|message|address|speech|greetings|service|services|market|markets|tree|trees|break|holidays|season|period|offensive|attack|strike|bombing|shopping)\b)/g,
    resolve: (m, ctx) => {
      const f = HOLIDAYS[m[3].toLowerCase()];
      const orthodox = Boolean(m[2]);
      const { y } = parseIso(ctx.pub);
      let d = f(y, orthodox);
      // "on the eve of Easter" in a page of the day before: this year's holiday, a day ahead.
      const eve = Boolean(m[1]);
      if (d > (eve ? addDays(ctx.pub, 1) : ctx.pub) && !future(ctx)) d = f(y - 1, orthodox);
      return day(eve ? addDays(d, -1) : d, 'relative');
    },
  },
  {
    id: 'time.day-word',
    gate: /yesterday|today|tonight|overnight|night|morning|afternoon|evening|tomorrow/i,
    // "overnight on Thursday", "in overnight raids … on Tuesday", "overnight on May 25": the day named after it dates the night.
    re: /\b(yesterday|the day before yesterday|today|tonight|overnight(?!\s+(?:into|to)\s+(?:\w+day|the)\b)(?![^.;]{0,60}\b(?:on|into)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\b)|last night|this (?:morning|afternoon|evening)|earlier today|later today|tomorrow)\b/gi,
    resolve: (m, ctx) => {
      const w = m[1].toLowerCase();
      if (w === 'yesterday' || w === 'last night') return day(addDays(ctx.pub, -1), 'relative');
      if (w === 'the day before yesterday') return day(addDays(ctx.pub, -2), 'relative');
      if (w === 'tomorrow') return day(addDays(ctx.pub, 1), 'relative');
      return day(ctx.pub, 'relative');
    },
  },
  {
    id: 'time.weekday',
    gate: /day\b/,
    // "on Tuesday last week", "Friday of next week": the weekday of the week named after it.
    re: new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Ff]rom)\\s+)?(${WEEKDAY_RE})(?:\\s+(?:night|morning|afternoon|evening))?(?:,?\\s+(?:of\\s+)?(last|this|next)\\s+week\\b)?\\b`, 'g'),
    resolve: (m, ctx) => {
      const target = WEEKDAYS[m[2].toLowerCase()];
      const mod = m[1]?.toLowerCase();
      const back = (weekday(ctx.pub) - target + 7) % 7;
      let d: string;
      if (m[3]) {
        // weeks run Monday to Sunday
        const monday = weekStart(ctx.pub);
        const shift = { last: -7, this: 0, next: 7 }[m[3].toLowerCase() as 'last' | 'this' | 'next'];
        d = addDays(monday, shift + ((target + 6) % 7));
      } else if (mod === 'next') d = addDays(ctx.pub, ((target - weekday(ctx.pub) + 7) % 7) || 7);
      // "last Tuesday" in a Wednesday paper is a week ago: yesterday would be "on Tuesday".
      else if (mod === 'last') d = addDays(ctx.pub, -(back <= 1 ? back + 7 : back));
      else if (back !== 0 && (future(ctx) || /^\s+(?:will|would|is to|is due to)\b/i.test(ctx.after ?? ''))) d = addDays(ctx.pub, (target - weekday(ctx.pub) + 7) % 7);
      else d = addDays(ctx.pub, -back);
      return withPrep(day(d, 'relative'), mod, ctx.pub);
    },
  },
  {
    // "over the weekend", "last weekend", "this weekend": the Saturday and Sunday before (or of) publication.
    id: 'time.weekend',
    gate: /weekend/i,
    // "over the weekend of March 25 to 27": the days named say which weekend.
    re: new RegExp(`\\b(?:(?:over|during|at|on)\\s+the|(last|this|next|past))\\s+weekend\\b(?!\\s+of\\s+(?:the\\s+)?(?:\\d|${MONTH_RE}))`, 'gi'),
    resolve: (m, ctx) => {
      const mod = m[1]?.toLowerCase();
      const wd = weekday(ctx.pub);
      const lastSat = addDays(ctx.pub, -((wd + 1) % 7));
      let sat = mod === 'last' && (wd === 6 || wd === 0) ? addDays(lastSat, -7) : lastSat;
      if (mod === 'next' || ((mod === 'this' || !mod) && future(ctx))) sat = addDays(ctx.pub, (6 - wd + 7) % 7 || 7);
      return { start: sat, end: addDays(sat, 1), granularity: 'week', source: 'relative' };
    },
  },
  {
    id: 'time.relative-period',
    gate: /week|month|year/i,
    re: /\b(last|this|next|earlier this|later this|earlier in the|later in the|previous|the previous|the past|past|coming|the coming)\s+(week|month|year)\b/gi,
    // "earlier in the week" is "earlier this week".
    resolve: (m, ctx) => relativePeriod(m[1].toLowerCase().replace(/^the /, '').replace(/ in the$/, ' this'), m[2].toLowerCase(), ctx.pub),
  },
  {
    id: 'time.ago',
    gate: /\bago\b/i,
    re: /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(day|week|fortnight|month|year)s?\s+ago(?:\s+this\s+(month|week))?\b/gi,
    resolve: (m, ctx) => {
      // "A year ago this month": the month of publication, that many years before.
      if (m[3] && m[2].toLowerCase() === 'year') {
        const { y: py, m: pmo } = parseIso(ctx.pub);
        return m[3].toLowerCase() === 'month' ? month(py - countWord(m[1]), pmo, 'relative') : { ...day(addMonths(ctx.pub, -12 * countWord(m[1])), 'relative'), granularity: 'week' };
      }
      const fortnight = m[2].toLowerCase() === 'fortnight';
      const n = countWord(m[1]) * (fortnight ? 2 : 1);
      const unit = fortnight ? 'week' : m[2].toLowerCase();
      const { y, m: pm } = parseIso(ctx.pub);
      if (unit === 'day') return day(addDays(ctx.pub, -n), 'relative');
      if (unit === 'week') return { ...day(addDays(ctx.pub, -7 * n), 'relative'), granularity: 'week' };
      if (unit === 'month') {
        const s = addMonths(monthStart(y, pm), -n);
        const p = parseIso(s);
        return month(p.y, p.m, 'relative');
      }
      return yearOf(y - n, 'relative');
    },
  },
  {
    id: 'time.past-day',
    gate: /\b(?:past|last)\b/i,
    re: /\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:day|24 hours|twenty-four hours|night)\b/gi,
    // "over the past 24 hours": the day's news, told on the day of the report.
    resolve: (_m, ctx) => ({ start: ctx.pub, end: ctx.pub, granularity: 'day', source: 'relative' }),
  },
  {
    id: 'time.last-n-units',
    gate: /\b(?:last|past)\b/i,
    re: /\b(?:in|over|during|within)\s+the\s+(?:last|past)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(day|week|month|year)s\b/gi,
    resolve: (m, ctx) => {
      const n = countWord(m[1]);
      const unit = m[2].toLowerCase();
      const { y, m: pm, d } = parseIso(ctx.pub);
      const start =
        unit === 'day' ? addDays(ctx.pub, -n) : unit === 'week' ? addDays(ctx.pub, -7 * n)
          : unit === 'month' ? iso(y, pm - n, d) : iso(y - n, pm, d);
      return { start, end: ctx.pub, granularity: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day', source: 'relative', open: true };
    },
  },
];

function monthDay(d: number, monthWord: string, yearText: string | undefined, prep: string | undefined, ctx: RuleContext): Resolved | null {
  const mo = monthNumber(monthWord);
  if (!mo) return null;
  if (yearText) {
    const y = Number(yearText);
    return isValidDay(y, mo, d) ? withPrep(day(iso(y, mo, d), 'explicit', y), prep, ctx.pub) : null;
  }
  const r = resolveMonthDay(mo, d, ctx);
  return r ? withPrep(day(r, 'explicit'), prep, ctx.pub) : null;
}

function relativePeriod(mod: string, unit: string, pub: string): Resolved {
  const { y, m } = parseIso(pub);
  const shift = mod === 'next' || mod === 'coming' ? 1 : mod === 'last' || mod === 'previous' ? -1 : 0;
  if (unit === 'week') {
    if (mod === 'past') return { start: addDays(pub, -7), end: pub, granularity: 'week', source: 'relative' };
    const s = addDays(weekStart(pub), 7 * shift);
    const e = shift === 0 ? pub : addDays(s, 6);
    return { start: s, end: mod === 'later this' ? addDays(s, 6) : e, granularity: 'week', source: 'relative' };
  }
  if (unit === 'month') {
    if (mod === 'past') return { start: addDays(pub, -30), end: pub, granularity: 'month', source: 'relative' };
    const p = parseIso(addMonths(monthStart(y, m), shift));
    return month(p.y, p.m, 'relative');
  }
  if (mod === 'past') return { start: iso(y - 1, parseIso(pub).m, parseIso(pub).d), end: pub, granularity: 'year', source: 'relative' };
  return { ...yearOf(y + shift, 'relative'), year: y + shift };
}
