import type { EventDraft } from './event-plan';

/** An Event already in the graph that a draft might be another report of. */
export interface Candidate {
  id: string;
  type: string;
  dateStart: string | null;
  dateEnd: string | null;
  granularity: string | null;
  quantity: number | null;
  unit: string | null;
  quantityMin: number | null;
  quantityMax: number | null;
  reportCount: number | null;
  firstReported: string | null;
  lastReported: string | null;
  status: string | null;
  participants: string[];
  places: string[];
}

/** What to write for one draft: a new Event, or one more report of an existing one. */
export interface Decision {
  draft: EventDraft;
  eventId: string;
  merged: boolean;
  /** Properties to SET on the Event (dates as YYYY-MM-DD). */
  props: Record<string, unknown>;
  /** Place to link with AT, if any. */
  at: string | null;
  reportCount: number;
}

const FINE = new Set(['day', 'week', 'month']);
const RANK: Record<string, number> = { day: 0, week: 1, month: 2, season: 3, quarter: 3, year: 4, decade: 5 };
const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function addDays(iso: string, n: number): string {
  return new Date((dayNumber(iso) + n) * DAY).toISOString().slice(0, 10);
}

/** Longest range of a day/week/month event, in days: bounds candidate reads from below. */
const LONGEST_FINE_SPAN = 40;

/**
 * The events a draft may match: those starting in [floor, to] and ending on or after `from` —
 * its own range, a day either side. Coarse drafts ("in 2024") only match the same coarse start.
 */
export function candidateWindow(d: EventDraft): { floor: string; from: string; to: string } | null {
  if (!d.dateStart || !d.dateEnd || !d.granularity) return null;
  if (!FINE.has(d.granularity)) return { floor: d.dateStart, from: d.dateStart, to: d.dateStart };
  const from = addDays(d.dateStart, -1);
  return { floor: addDays(from, -LONGEST_FINE_SPAN), from, to: addDays(d.dateEnd, 1) };
}

/**
 * Dates agree at their granularity: day/week/month ranges overlap (a day's slack between two
 * day-dated reports, for overnight events and time zones); coarser dates ("in 2024") only agree
 * with the same coarse date, so a vague mention never swallows a dated event.
 */
export function datesCompatible(d: EventDraft, c: Candidate): boolean {
  if (!d.dateStart || !d.dateEnd || !d.granularity || !c.dateStart || !c.dateEnd || !c.granularity) return false;
  if (!FINE.has(d.granularity) || !FINE.has(c.granularity)) return d.granularity === c.granularity && d.dateStart === c.dateStart;
  const slack = d.granularity === 'day' && c.granularity === 'day' ? 1 : 0;
  return dayNumber(d.dateStart) <= dayNumber(c.dateEnd) + slack && dayNumber(c.dateStart) <= dayNumber(d.dateEnd) + slack;
}

const MONEY = /^(usd|eur|gbp|uah|rub|dollars?|euros?|pounds?|hryvnias?|roubles?|rubles?|\$|€|£)$/i;

/**
 * Whether two counted nouns can be compared. Reports of one event count the same people in other
 * words ("prisoners", "servicemen", "POWs", "soldiers"), so any two counts of things compare;
 * money only compares with money.
 */
export function unitsComparable(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return MONEY.test(a.trim()) === MONEY.test(b.trim());
}

/**
 * Counts agree when they are within a factor of two of the event's range (Russia's 248 and
 * Ukraine's 230 are one exchange; 84 and 390 are two). Running totals, missing counts and counts
 * of incomparable things (money and people) never disagree. "95 each" is also read as 190.
 */
export function countsCompatible(d: EventDraft, c: Candidate): boolean {
  const q = d.quantity;
  if (!q || d.cumulative || c.quantityMin === null || c.quantityMax === null) return true;
  if (!unitsComparable(c.unit, q.unit)) return true;
  const values = q.perSide ? [q.value, q.value * 2] : [q.value];
  return values.some((v) => v <= 2 * c.quantityMin! && 2 * v >= c.quantityMax!);
}

/** Shared participants and place; 0 means the two have nothing in common. */
export function overlap(d: EventDraft, c: Candidate): number {
  const mine = new Set(d.participants.map((p) => p.entityId));
  const shared = new Set(c.participants.filter((id) => mine.has(id))).size;
  const place = d.placeId !== null && c.places.includes(d.placeId) ? 1 : 0;
  return shared * 2 + place * 2;
}

function score(d: EventDraft, c: Candidate): number {
  if (d.type !== c.type || !datesCompatible(d, c) || !countsCompatible(d, c)) return 0;
  const o = overlap(d, c);
  if (o === 0) return 0;
  const sameDay = d.dateStart === c.dateStart ? 1 : 0;
  const sameCount = d.quantity && d.quantity.value === c.quantity ? 1 : 0;
  return o + sameDay + sameCount;
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function quantityRange(d: EventDraft): [number, number] | null {
  if (!d.quantity || d.cumulative) return null;
  return [d.quantity.value, d.quantity.max ?? d.quantity.value];
}

function newEventProps(d: EventDraft, publishedAt: string | null): Record<string, unknown> {
  const range = quantityRange(d);
  return {
    type: d.type,
    cameo: d.cameo,
    dateStart: d.dateStart,
    dateEnd: d.dateEnd,
    granularity: d.granularity,
    dateSource: d.dateSource,
    quantity: range ? d.quantity!.value : null,
    unit: range ? d.quantity!.unit : null,
    qualifier: range ? d.quantity!.qualifier : null,
    quantityMin: range ? range[0] : null,
    quantityMax: range ? range[1] : null,
    status: d.status,
    place: d.placeName,
    reportCount: 1,
    firstReported: publishedAt,
    lastReported: publishedAt,
  };
}

/** Only the properties that change when one more article reports an existing event. */
function mergedProps(d: EventDraft, c: Candidate, publishedAt: string | null): Record<string, unknown> {
  const props: Record<string, unknown> = {
    reportCount: (c.reportCount ?? 1) + 1,
    firstReported: minDate(c.firstReported, publishedAt),
    lastReported: maxDate(c.lastReported, publishedAt),
  };
  const range = quantityRange(d);
  if (range && unitsComparable(c.unit, d.quantity!.unit)) {
    props.quantityMin = Math.min(c.quantityMin ?? range[0], range[0]);
    props.quantityMax = Math.max(c.quantityMax ?? range[1], range[1]);
    if (c.quantity === null) Object.assign(props, { quantity: d.quantity!.value, unit: d.quantity!.unit, qualifier: d.quantity!.qualifier });
  }
  // A finer date inside the known range sharpens the event ("in May" → "May 6").
  const finer = d.granularity && c.granularity && (RANK[d.granularity] ?? 9) < (RANK[c.granularity] ?? 9);
  if (finer && d.dateStart! >= c.dateStart! && d.dateEnd! <= c.dateEnd!) {
    Object.assign(props, { dateStart: d.dateStart, dateEnd: d.dateEnd, granularity: d.granularity, dateSource: d.dateSource });
  }
  if ((c.status === 'planned' || c.status === 'proposed') && d.status === 'occurred') props.status = 'occurred';
  if (c.places.length === 0 && d.placeName) props.place = d.placeName;
  return props;
}

/**
 * Decides, for each draft of one article, whether it is a new Event or another report of a
 * candidate already in the graph. Each candidate takes at most one draft of the article, and
 * two drafts of one article never merge with each other (the extractor already gives one event
 * per real event in an article).
 */
export function resolveEvents(drafts: EventDraft[], candidates: Candidate[], publishedAt: string | null): Decision[] {
  const used = new Set<string>();
  return drafts.map((d) => {
    let best: Candidate | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      if (used.has(c.id)) continue;
      const s = score(d, c);
      if (s > bestScore || (s === bestScore && s > 0 && best !== null && c.id < best.id)) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) return { draft: d, eventId: d.id, merged: false, props: newEventProps(d, publishedAt), at: d.placeId, reportCount: 1 };
    used.add(best.id);
    const props = mergedProps(d, best, publishedAt);
    return { draft: d, eventId: best.id, merged: true, props, at: best.places.length === 0 ? d.placeId : null, reportCount: props.reportCount as number };
  });
}

/**
 * Lock keys for one article's writes: one per (event type, month) its drafts may match, and one
 * bucket of article ids. Taken in sorted order, so two writers never wait on each other in a cycle.
 */
export function lockKeys(drafts: EventDraft[], articleIdValue: string, hash: string): string[] {
  const keys = new Set<string>([`article:${articleIdValue.slice(-2)}`, `content:${hash.slice(0, 2)}`]);
  for (const d of drafts) {
    const w = candidateWindow(d);
    if (!w || !d.granularity) continue;
    if (!FINE.has(d.granularity)) {
      keys.add(`event:${d.type}:${d.granularity}:${d.dateStart}`);
      continue;
    }
    for (let m = w.from.slice(0, 7), i = 0; m <= w.to.slice(0, 7) && i < 24; m = nextMonth(m), i++) keys.add(`event:${d.type}:${m}`);
  }
  return [...keys].sort();
}

function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
