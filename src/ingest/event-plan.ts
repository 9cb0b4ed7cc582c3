import type { EventStatus, EventType, Extraction, Granularity, Qualifier, Role } from '../extraction/types';
import { eventId } from './article-identity';

/** What one article says about one event, as the REPORTED_IN relationship keeps it. */
export interface ReportProps {
  evidence: string;
  start: number;
  end: number;
  quantity: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  claimant: string | null;
  cumulative: boolean;
  status: EventStatus;
  confidence: number;
  rule: string;
}

/** An extracted event ready for resolution: graph ids, a date (or none), one report. */
export interface EventDraft {
  localId: string;
  /** Graph id if the event turns out to be new. */
  id: string;
  type: EventType;
  cameo: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  granularity: Granularity | null;
  dateSource: string | null;
  quantity: { value: number; max: number | null; unit: string; qualifier: Qualifier; perSide: boolean } | null;
  cumulative: boolean;
  status: EventStatus;
  placeId: string | null;
  placeName: string | null;
  participants: { entityId: string; role: Role }[];
  report: ReportProps;
}

/**
 * Extracted events as drafts: entity ids mapped to graph ids, and an event without a date of its
 * own dated by the article's publication date (`dateSource: 'publication'`), as the model says.
 */
export function planEvents(extraction: Extraction, article: string, idMap: Map<string, string>, publishedAt: string | null): EventDraft[] {
  return extraction.events.map((e) => {
    const date = e.date ?? (publishedAt ? { start: publishedAt, end: publishedAt, granularity: 'day' as const, source: 'publication' as const } : null);
    const seen = new Set<string>();
    const participants: EventDraft['participants'] = [];
    for (const p of e.participants) {
      const id = p.entityId ? (idMap.get(p.entityId) ?? null) : null;
      if (!id || seen.has(`${id}|${p.role}`)) continue;
      seen.add(`${id}|${p.role}`);
      participants.push({ entityId: id, role: p.role });
    }
    const q = e.quantity;
    const placeId = e.placeId ? (idMap.get(e.placeId) ?? null) : null;
    return {
      localId: e.id,
      id: eventId(article, e.id),
      type: e.type,
      cameo: e.cameo,
      dateStart: date?.start ?? null,
      dateEnd: date?.end ?? null,
      granularity: date?.granularity ?? null,
      dateSource: date?.source ?? null,
      quantity: q ? { value: q.value, max: q.max ?? null, unit: q.unit, qualifier: q.qualifier, perSide: q.perSide === true } : null,
      cumulative: e.cumulative,
      status: e.status,
      placeId,
      placeName: placeId ? e.place : null,
      participants,
      report: {
        evidence: e.evidence.text,
        start: e.evidence.start,
        end: e.evidence.end,
        quantity: q?.value ?? null,
        unit: q?.unit ?? null,
        qualifier: q?.qualifier ?? null,
        claimant: e.attribution?.claimant ?? null,
        cumulative: e.cumulative,
        status: e.status,
        confidence: e.confidence,
        rule: e.rule,
      },
    };
  });
}
