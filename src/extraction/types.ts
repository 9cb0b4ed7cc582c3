/**
 * The extraction contract: what `extract(page, options)` returns.
 * Offsets (`start`/`end`) are JavaScript string indices into the INPUT text the caller gave,
 * so `input.slice(start, end) === text` wherever a text is kept. For HTML the input is the page's
 * text as `cleanPage` converts it (linkedom; blocks become lines), not the HTML source: tags and
 * scripts have no stable character positions. `cleanPage(page).input` returns that text.
 */

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

export interface Span {
  start: number;
  end: number;
}

export interface Geo {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 country code of the place (its own code for a country). */
  countryCode: string | null;
  /** 'country' | 'region' | 'city' | 'other' */
  kind: 'country' | 'region' | 'city' | 'other';
  /** Canonical name of the enclosing place (city → region or country), when known. */
  parent: string | null;
}

export interface Entity {
  /** Stable id: `<type>:<slug of canonical name>` (e.g. `person:donald-trump`, `place:kyiv`). */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  geo: Geo | null;
  /** Roles or titles seen with the name ("U.S. President"). */
  roles?: string[];
  /** Metonymy: this entity (a capital) also stands for the entity with this id (its country). */
  standsFor?: string | null;
}

export interface ArticleMeta {
  title: string | null;
  publishedAt: string | null; // YYYY-MM-DD
  authors: string[];
  url?: string | null;
  source?: string | null;
  /** The clean body text. */
  body: string;
  /** Offset of each body paragraph in the input: body is built from these input spans. */
  bodySpans?: Span[];
}

export type Granularity = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade';
export type DateSource = 'explicit' | 'relative' | 'publication';

export interface TimeExpr {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
  granularity: Granularity;
  source: DateSource;
  text: string;
  /** Offsets into the input; absent for the publication date. */
  offsets?: Span;
  /** Open range ("since 2024"): the end is the publication date. */
  open?: boolean;
  /** The preposition or modifier that introduced it ("since", "until", "on", "last"…). */
  prep?: string;
  /** Id of the time rule that produced it. */
  rule?: string;
}

export type Qualifier = 'exact' | 'at_least' | 'at_most' | 'approx';

export interface Quantity {
  value: number;
  unit: string;
  qualifier: Qualifier;
  text?: string;
  offsets?: Span;
  /** Upper bound of a range ("200-300 people"). */
  max?: number;
  /** "95 prisoners each": the count is per side. */
  perSide?: boolean;
  /** Money: ISO currency code when the unit is money. */
  currency?: string;
  /** Lower-cased head noun of the unit ("soldiers"; "money", "percent" for those). */
  head?: string;
}

export type EventType =
  | 'PRISONER_EXCHANGE'
  | 'PRISONER_RELEASE'
  | 'BODY_REPATRIATION'
  | 'PROTEST'
  | 'MEETING'
  | 'SPEECH'
  | 'AID_SUSPENSION'
  | 'AID_PROVISION'
  | 'SANCTIONS'
  | 'DEPORTATION'
  | 'DETENTION'
  | 'ATTACK'
  | 'AGREEMENT'
  | 'INVASION'
  | 'CEASEFIRE'
  | 'POLICY';

export type Role = 'agent' | 'recipient' | 'mediator' | 'target' | 'subject';
export type EventStatus = 'occurred' | 'planned' | 'proposed' | 'refused' | 'ongoing';

export interface Participant {
  name: string;
  entityId: string | null;
  role: Role;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface ExtractedEvent {
  /** Stable within the article: `<type>:<hash of evidence offsets>`. */
  id: string;
  type: EventType;
  cameo: string | null;
  date: TimeExpr | null;
  place: string | null;
  placeId: string | null;
  participants: Participant[];
  quantity: Quantity | null;
  status: EventStatus;
  attribution: { claimant: string; entityId: string | null } | null;
  /** "more than 4,300 returned since 2022": the count is a running total, not this event's. */
  cumulative: boolean;
  evidence: Evidence;
  /** Other counts told of the same event: the wounded beside the killed, each side's figure, a follow-up sentence's count. */
  quantities?: Quantity[];
  /** Further sentences merged into this event (a caption, a follow-up with the count). */
  moreEvidence?: Evidence[];
  confidence: number;
  rule: string;
}

export interface Extraction {
  article: ArticleMeta;
  entities: Entity[];
  events: ExtractedEvent[];
}

export interface PageInput {
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  /** YYYY-MM-DD; the reference for relative dates. Read from the page when absent. */
  publishedAt?: string | null;
}

export interface Sentence {
  text: string;
  /** Offsets into the input. */
  start: number;
  end: number;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}
