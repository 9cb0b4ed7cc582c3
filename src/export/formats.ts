import { type EventSummaryDto } from '../query/event.responses';

/** CSV columns, one row per event. */
export const CSV_COLUMNS = [
  'id',
  'dateStart',
  'dateEnd',
  'granularity',
  'type',
  'cameo',
  'status',
  'participants',
  'participantIds',
  'place',
  'placeId',
  'lat',
  'lon',
  'quantity',
  'unit',
  'qualifier',
  'reports',
  'sources',
] as const;

/**
 * RFC 4180 escaping: quote a field holding a comma, quote or line break, double inner quotes.
 * Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(e: EventSummaryDto): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    id: e.id,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    granularity: e.granularity,
    type: e.type,
    cameo: e.cameo,
    status: e.status,
    participants: e.participants.map((p) => `${p.name} (${p.role})`).join('; '),
    participantIds: e.participants.map((p) => p.id).join(';'),
    place: e.place?.name,
    placeId: e.place?.id,
    lat: e.place?.lat,
    lon: e.place?.lon,
    quantity: e.quantity,
    unit: e.unit,
    qualifier: e.qualifier,
    reports: e.reportCount,
    sources: e.sourceCount,
  };
  return `${CSV_COLUMNS.map((c) => csvField(cells[c])).join(',')}\r\n`;
}

export function ndjsonRow(e: EventSummaryDto): string {
  return `${JSON.stringify(e)}\n`;
}

/** A GeoJSON Feature; events without coordinates keep `geometry: null` (valid GeoJSON). */
export function geoFeature(e: EventSummaryDto): Record<string, unknown> {
  const p = e.place;
  const geometry =
    p && typeof p.lat === 'number' && typeof p.lon === 'number'
      ? { type: 'Point', coordinates: [p.lon, p.lat] }
      : null;
  return {
    type: 'Feature',
    id: e.id,
    geometry,
    properties: {
      id: e.id,
      type: e.type,
      cameo: e.cameo,
      dateStart: e.dateStart,
      dateEnd: e.dateEnd,
      granularity: e.granularity,
      status: e.status,
      participants: e.participants,
      place: p?.name ?? null,
      placeId: p?.id ?? null,
      quantity: e.quantity,
      unit: e.unit,
      reports: e.reportCount,
      sources: e.sourceCount,
    },
  };
}
