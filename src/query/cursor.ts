import { AppError } from '../common/errors';

/** A position in a (dateStart, id) keyset, and the direction it was taken in. */
export interface Cursor {
  dateStart: string;
  id: string;
  desc: boolean;
}

/** Opaque to clients: base64url of a small JSON array. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.dateStart, c.id, c.desc ? 1 : 0]), 'utf8').toString('base64url');
}

export class InvalidCursorError extends AppError {
  override name = 'InvalidCursorError';
  constructor(reason: string) {
    super('invalid request', 400, { errors: [{ field: 'cursor', reason }] });
  }
}

/** Decodes a cursor, or throws a 400 naming the field when it was forged, cut or made for another sort. */
export function decodeCursor(raw: string, desc: boolean): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not one this service issued');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(parsed[0]) ||
    typeof parsed[1] !== 'string' ||
    (parsed[2] !== 0 && parsed[2] !== 1)
  ) {
    throw new InvalidCursorError('cursor is not one this service issued');
  }
  if ((parsed[2] === 1) !== desc) throw new InvalidCursorError('cursor was issued for the other sort order');
  return { dateStart: parsed[0], id: parsed[1], desc };
}
