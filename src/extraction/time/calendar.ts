/**
 * Pure calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day.
 * `new Date(iso)` is used only to do arithmetic on a given date, never to read the clock.
 */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parseIso(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function iso(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const { y, m, d } = parseIso(date);
  return iso(y, m, d + days);
}

export function addMonths(date: string, months: number): string {
  const { y, m } = parseIso(date);
  return iso(y, m + months, 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const { y, m, d } = parseIso(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthStart(y: number, m: number): string {
  return iso(y, m, 1);
}

export function monthEnd(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Monday of the ISO week that contains `date`. */
export function weekStart(date: string): string {
  const wd = weekday(date);
  return addDays(date, -((wd + 6) % 7));
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function westernEaster(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(y, month, day);
}

/** Orthodox Easter Sunday (Julian computus, shifted to the Gregorian calendar; valid 1900-2099). */
export function orthodoxEaster(y: number): string {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays(iso(y, month, day), 13);
}
