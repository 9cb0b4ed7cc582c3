import { ANAPHORIC_DAY, resolveAnaphoricDay, type DayAnchor } from './anaphoric';
import { TIME_RULES, type Resolved } from './rules';
import type { Sentence, TimeExpr } from '../types';

/** Counted nouns after a four-digit number: "2000 soldiers" is a count, not a year. */
const COUNT_AFTER = /^\s+(?:(?!that\b|which\b|who\b|when\b|and\b|as\b)[a-z]+\s+)?(?:people|persons|soldiers|troops|civilians|prisoners|children|bodies|men|women|residents|refugees|servicemen|pows|homes|buildings|tons|tonnes|km|kilometers|kilometres|miles|votes|cases|deaths|dead|killed|injured|wounded)\b/i;
/** A number that names an article, law, resolution, flight… rather than a year. */
const LABEL_BEFORE = /(?:\b(?:No|Nos|Law|law|Article|article|Resolution|resolution|Decree|decree|Bill|bill|number|Number|Flight|flight|Route|route|Section|Paragraph|Order|order)\.?|#|\$|€|£|\d[.,]?)\s*$/;
/** Leading prepositions kept apart from the expression's text ("since" and "until" stay: they change its meaning). */
const DROP_PREP = /^(?:in|on|of|from|by|during|through|throughout|before|after|as of)\s+/i;

interface Candidate {
  rule: string;
  order: number;
  start: number;
  end: number;
  resolved: Resolved;
  prep: string | null;
  /** An anaphoric day's match, resolved against the day named before it. */
  match?: RegExpExecArray;
}

/**
 * Every temporal expression in the sentences, normalised against the publication date with a
 * past bias (news reports the past). Sentences are read in order so "that year" finds the year
 * named before it.
 *
 * @example extractTimes(text, sentences, '2025-03-06') // "on Feb. 5" → 2025-02-05, day, explicit
 */
export function extractTimes(input: string, sentences: Sentence[], publishedAt: string | null): TimeExpr[] {
  if (!publishedAt) return [];
  const out: TimeExpr[] = [];
  let lastYear: number | null = null;
  let lastDay: DayAnchor | null = null;
  for (const s of sentences) {
    const text = input.slice(s.start, s.end);
    const found = timesInText(text, publishedAt, () => lastYear, () => lastDay);
    for (const c of found) {
      if (c.resolved.year != null) lastYear = c.resolved.year;
      // ("… since Russia launched its invasion in February 2022. On the same day, …": a running total's start is no day told.)
      if (isAnchor(c.resolved, true) && !BOUND_PREP.test(c.prep ?? '') && c.rule !== 'time.month-attributive' && !SINCE_CLAUSE.test(text.slice(Math.max(0, c.start - 70), c.start))) lastDay = { start: c.resolved.start, granularity: c.resolved.granularity };
      out.push(toTimeExpr(text, s.start, c));
    }
  }
  return out;
}

/** The times in one piece of text (offsets relative to it); exported for table tests. */
export function timesInText(text: string, pub: string, lastYear: () => number | null, lastDay: () => DayAnchor | null = () => null): Candidate[] {
  const candidates: Candidate[] = [];
  TIME_RULES.forEach((rule, order) => {
    if (!rule.gate.test(text)) return;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (rule.id === 'time.year' && !plausibleYear(text, m)) continue;
      const before = text.slice(0, m.index);
      const yearBefore = lastYear();
      const resolved = rule.resolve(m, { pub, lastYear: yearBefore, before, after: text.slice(m.index + m[0].length, m.index + m[0].length + 60), lastDay: lastDay()?.start });
      if (!resolved) continue;
      const lead = DROP_PREP.exec(m[0]);
      candidates.push({
        rule: rule.id,
        order,
        start: m.index + (lead ? lead[0].length : 0),
        end: m.index + m[0].length,
        resolved,
        prep: lead ? lead[0].trim().toLowerCase() : firstWordIf(m[0], /^(since|until|till|last|next|this)$/i),
      });
    }
  });
  // "that evening", "two days earlier": resolved below, once the days named before them are known.
  const anaphoric = new RegExp(ANAPHORIC_DAY.source, 'gi');
  for (let m = anaphoric.exec(text); m; m = anaphoric.exec(text)) {
    const lead = /^on\s+/i.exec(m[0]);
    const resolved: Resolved = { ...resolveAnaphoricDay(m, { start: pub, granularity: 'day' }), source: 'relative' };
    candidates.push({ rule: 'time.anaphoric-day', order: TIME_RULES.length, start: m.index + (lead ? lead[0].length : 0), end: m.index + m[0].length, resolved, prep: lead ? 'on' : null, match: m });
  }
  // Longest expression wins an overlap; equal length → the earlier rule.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // "two days earlier, on Wednesday": the day named in apposition says it.
  const named = kept.filter((c, i) => !(c.match && kept[i + 1]?.resolved.granularity === 'day' && /^\s*,?\s*(?:on\s+)?$/i.test(text.slice(c.end, kept[i + 1].start))));
  // "on Sunday, March 5": the date in apposition names the day; the weekday only repeats it.
  const dated = named.filter((c, i) => {
    const next = named[i + 1];
    if (c.rule !== 'time.weekday' || !next || next.resolved.source !== 'explicit' || next.resolved.granularity !== 'day' || !/^\s*,?\s*$/.test(text.slice(c.end, next.start))) return true;
    next.prep ??= c.prep;
    return false;
  });
  kept.length = 0;
  kept.push(...dated);
  const unanchored = new Set<Candidate>();
  kept.forEach((c, i) => {
    if (!c.match) return;
    // "in October 2023 and, in the same month, …": a month named before anchors a month's anaphor.
    const before = kept.slice(0, i).filter((k) => isAnchor(k.resolved, /month/i.test(c.match![0])) && !BOUND_PREP.test(k.prep ?? '')).pop();
    const anchor = before ? { start: before.resolved.start, granularity: before.resolved.granularity } : lastDay();
    c.resolved = { ...resolveAnaphoricDay(c.match, anchor ?? { start: pub, granularity: 'day' }), source: 'relative' };
    // "Four days later" with no day named before it counts from nothing known: it names no day (not one after publication).
    if (!anchor && c.resolved.start > pub) unanchored.add(c);
    delete c.match;
  });
  return unanchored.size ? kept.filter((c) => !unanchored.has(c)) : kept;
}

/** A time inside a "since" clause ("since the invasion began in February 2022") starts a range. */
const SINCE_CLAUSE = /\bsince\b[^,;.]{0,60}$/i;

/** A bound or deadline ("from January 1", "until Friday") is no day an event was told on. */
const BOUND_PREP = /^(?:from|until|till|by|since|next)$/;

/**
 * A day or a week, not an open range: what a later "that day" or "two days later" counts from. A month named in an
 * earlier sentence counts too ("in early June … Officers arrested him three days later"); inside the sentence, a month
 * is mostly an aside ("her first visit since she took office last October, began the previous day").
 */
function isAnchor(r: Resolved, month = false): boolean {
  return (r.granularity === 'day' || r.granularity === 'week' || (month && r.granularity === 'month')) && !r.open;
}

function plausibleYear(text: string, m: RegExpExecArray): boolean {
  const at = m.index + m[0].length;
  if (COUNT_AFTER.test(text.slice(at, at + 40))) return false;
  const yearAt = m.index + m[0].lastIndexOf(m[2]);
  if (LABEL_BEFORE.test(text.slice(Math.max(0, yearAt - 14), yearAt))) return false;
  // ("the protests in Kyiv in 2013-14": a run into the next year starts in the first.)
  const next = /^[-–](\d{2})(?!\d)/.exec(text.slice(at, at + 4));
  if (/^[-–/]\d/.test(text.slice(at, at + 2)) && !/^[-–]\d{4}/.test(text.slice(at)) && !(next && Number(next[1]) === (Number(m[2]) + 1) % 100)) return false;
  return true;
}

function firstWordIf(s: string, re: RegExp): string | null {
  const w = s.split(/\s+/)[0];
  return re.test(w) ? w.toLowerCase() : null;
}

function toTimeExpr(text: string, base: number, c: Candidate): TimeExpr {
  const t: TimeExpr = {
    start: c.resolved.start,
    end: c.resolved.end,
    granularity: c.resolved.granularity,
    source: c.resolved.source,
    text: text.slice(c.start, c.end),
    offsets: { start: base + c.start, end: base + c.end },
    rule: c.rule,
  };
  if (c.resolved.open) t.open = true;
  if (c.prep) t.prep = c.prep;
  return t;
}
