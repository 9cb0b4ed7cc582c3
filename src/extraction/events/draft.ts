import type { Mention } from './arguments';
import type { TriggerHit } from './triggers';
import type { EventStatus, EventType, Evidence, Participant, Quantity, TimeExpr } from '../types';
import { REPORT_DAY_BEFORE } from '../lexicon/events-cues';

/** An event as found in one sentence, before merging. */
export interface Draft {
  type: EventType;
  hit: TriggerHit;
  sentence: number;
  paragraph: number;
  date: TimeExpr;
  /** The date comes from the event's own sentence, or from the sentence before it (not the publication date, not inherited). */
  ownDate: boolean;
  /** The date was read in the sentence before ("On May 7 … . The ministry said 31 were killed."), not the event's own. */
  borrowed?: boolean;
  /** The date was taken from an earlier report of the same type (it does not tie the two together). */
  inherited?: boolean;
  quantity: Quantity | null;
  quantities: Quantity[];
  cumulative: boolean;
  place: Mention | null;
  participants: Participant[];
  status: EventStatus;
  attribution: { claimant: string; entityId: string | null } | null;
  evidence: Evidence;
  more: Evidence[];
  /** A line without final punctuation (headline, caption): it restates the main story. */
  headline: boolean;
  /** A state told in the present ("are currently held", "remain in jails"): as of publication, never dated by a neighbour or the lead. */
  present?: boolean;
  /** Told as another event than its neighbours ("a separate accord", "strikes elsewhere"): it merges with nothing. */
  distinct?: boolean;
  /** The story of a many-story page (a digest) the sentence belongs to; 0 before the first dateline. */
  story?: number;
  /** The sentence's first event-making trigger (its main report), not an embedded mention. */
  primary: boolean;
  confidence: number;
}

export const specific = (d: Draft): boolean => d.date.source !== 'publication';

/** Dated by the day of saying ("…, the WHO chief said on Saturday"), before or after the trigger. */
export function sayingDay(x: Draft): boolean {
  const t = x.date.offsets;
  const at = t ? t.start - x.evidence.start : -1;
  return at >= 0 && REPORT_DAY_BEFORE.test(x.evidence.text.slice(0, at));
}
